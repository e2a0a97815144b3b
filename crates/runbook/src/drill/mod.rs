//! Tabletop drills: scenarios as data, and the engine that runs them.
//!
//! A drill is an append-only log of [`event::Event`]s; [`state::DrillState`] is derived from
//! it by replay, so saving is saving the log and a reload resumes exactly. Wall time comes
//! in with each event and the seed drives all chance ([`wheel`]), so the same seed and the
//! same events always give the same drill, natively and in the browser.
//!
//! The UI's loop: `DrillState::start` (or [`saved::resume`]), then on every timer tick
//! append what [`state::DrillState::tick`] returns, append the facilitator's actions with
//! [`state::DrillState::apply`], save [`saved::Saved::from_state`] after each, and render
//! [`view::facilitator_view`] or [`view::participant_view`]. At the end,
//! [`report::Report::draft`].

// The folders are the roles: `engine/` runs a drill (the scenario as data, the event log and
// its replay, the two clocks, the seed, the score); `saved` keeps it in the browser; `view/`
// is what each window shows, as view models; `report/` is the after-action report; and
// `compile/` turns a scenario's TOML into the model, at build time only. The modules keep
// their short paths (`drill::state`, `drill::report_edits`) through the re-exports below.
#[cfg(feature = "compile")]
pub mod compile;
pub mod engine;
pub mod remote;
pub mod report;
pub mod saved;
pub mod view;

#[cfg(feature = "compile")]
pub use compile::giveaway;
pub use engine::{clock, event, model, rng, score, state, wheel};
pub use report::edits as report_edits;
pub use view::{address, briefing, marker};

#[cfg(test)]
mod testing;

pub use event::{Event, EventKind};
pub use model::Scenario;
pub use state::DrillState;
