//! What the build draws for paper and for the one-file runbook: a drill scenario's briefing
//! and its role cards, one to a printed page (`runbook::drill::briefing`), a message's
//! template and a scenario's list of them (`runbook::message::in_file`). Only the build
//! draws them; no app does.

mod message_template;
mod role_cards;
mod scenario_briefing;
mod scenario_messages;

pub use message_template::MessageTemplate;
pub use role_cards::RoleCards;
pub use scenario_briefing::ScenarioBriefing;
pub use scenario_messages::ScenarioMessages;
