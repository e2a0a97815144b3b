//! What the build draws for paper and for the one-file runbook: a drill scenario's briefing
//! and its role cards, one to a printed page (`runbook::drill::briefing`). Only the build
//! draws them; no app does.

mod role_cards;
mod scenario_briefing;

pub use role_cards::RoleCards;
pub use scenario_briefing::ScenarioBriefing;
