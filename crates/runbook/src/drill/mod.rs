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

pub mod address;
pub mod briefing;
pub mod clock;
#[cfg(feature = "compile")]
pub mod compile;
pub mod event;
#[cfg(feature = "compile")]
pub mod giveaway;
pub mod marker;
pub mod model;
pub mod report;
pub mod report_edits;
pub mod rng;
pub mod saved;
pub mod score;
pub mod state;
pub mod view;
pub mod wheel;

#[cfg(test)]
mod testing;

pub use event::{Event, EventKind};
pub use model::Scenario;
pub use state::DrillState;
