//! Incident mode: a live record of what was decided, run, said and noted during a real
//! incident, kept in the browser.
//!
//! Like a drill, an incident is an append-only log of [`event::Event`]s, and
//! [`state::IncidentState`] is derived from it by replay, so saving is saving the log and a
//! reload (or another tab) shows exactly the same record. A drill never writes here and an
//! incident never writes to a drill: their saved texts have different labels (`incident/…`,
//! `drill/…`) and neither is read as the other.
//!
//! The UI's loop: [`saved::open_incident`] on load (the record, nothing, or the text it
//! could not read); `IncidentState::start` from the start form; for every action, stamp it
//! with [`state::IncidentState::stamp`], [`state::IncidentState::apply`] it, and save
//! [`saved::Saved::from_state`]`.to_text()`; draw [`view::incident_view`] on `/incident` and
//! [`view::banner`] on every other page. Closing files it ([`saved::PastIncidents::file`]).
//! [`export::to_markdown`] and [`export::to_json`] export it; [`export::from_json`] imports.

pub mod event;
pub mod export;
pub mod form;
pub mod record;
pub mod saved;
pub mod state;
pub mod view;

#[cfg(test)]
mod tests;

pub use event::{Answer, Checklist, DataLoss, EntryId, Event, EventKind, Priority, ScenarioRef};
pub use state::{EventError, IncidentState, ReplayError};
pub use view::{banner, incident_view, BannerSummary, BannerView, IncidentView};
