//! What the browser keeps: the open incident's log, and the past incidents, each written as
//! versioned text by [`crate::saved_text`] (`incident/1:…`, `past-incidents/1:…`).
//!
//! Saved text is user-influenced (another tab, an older or newer release, a hand edit), so
//! reading it never panics and never drops it: what cannot be read comes back as
//! [`Unreadable`], holding the raw text for the page to show and offer for download before
//! anything replaces it.

use super::event::Event;
use super::state::{IncidentState, ReplayError};
use crate::saved_text::{self, TextError};
use serde::{Deserialize, Serialize};

/// Bump when the saved form (or an event's shape) changes in a way old data cannot be read as.
pub const FORMAT_VERSION: u32 = 1;

/// The label of the open incident's saved text. A drill's log is `drill/…`: neither is
/// ever read as the other.
pub const LABEL: &str = "incident";
/// The label of the list of past incidents.
pub const PAST_LABEL: &str = "past-incidents";

/// The longest text read as the open incident. A long incident's log, notes, commands and
/// messages, is tens of kilobytes; far beyond that is not a record this site wrote.
pub const MAX_SAVED_BYTES: usize = 1024 * 1024;
/// The longest list of past incidents read: each keeps its whole record.
pub const MAX_PAST_BYTES: usize = 4 * 1024 * 1024;

/// The open incident, as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub events: Vec<Event>,
}

/// Why saved text could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SavedError {
    #[error("The saved incident could not be read ({0}). It may have been damaged.")]
    Damaged(String),
    #[error("The saved incident is from an older version of the runbook (format {found}, now {current}) and cannot be read.")]
    OlderVersion { found: u32, current: u32 },
    #[error("The saved incident is from a newer version of the runbook (format {found}, this is {current}). Reload to get the latest version.")]
    NewerVersion { found: u32, current: u32 },
    #[error("The saved incident is too large to read ({} KB, more than the {} KB it can be). It may have been damaged.", .size.div_ceil(1024), .limit / 1024)]
    TooLarge { size: usize, limit: usize },
    #[error("The saved incident's record does not replay: {0}.")]
    Replay(ReplayError),
    #[error("The past incidents could not be read ({0}). They may have been damaged.")]
    PastDamaged(String),
}

/// Saved text that could not be read, with the text itself: the page shows it (or its
/// size) and offers it for download, and replaces it only when the person starts afresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub error: SavedError,
    pub raw: String,
}

impl Unreadable {
    /// The name to download the raw text under.
    pub fn file_name(&self) -> &'static str {
        "unreadable-incident-data.txt"
    }
}

impl SavedError {
    fn from_text(error: TextError) -> Self {
        match error {
            TextError::Damaged(reason) => SavedError::Damaged(reason),
            TextError::OtherVersion { found, current } if found < current => {
                SavedError::OlderVersion { found, current }
            }
            TextError::OtherVersion { found, current } => SavedError::NewerVersion { found, current },
        }
    }
}

fn bounded(text: &str, limit: usize) -> Result<&str, SavedError> {
    if text.len() > limit {
        return Err(SavedError::TooLarge {
            size: text.len(),
            limit,
        });
    }
    Ok(text)
}

impl Saved {
    pub fn from_state(state: &IncidentState) -> Self {
        Self {
            events: state.events().to_vec(),
        }
    }

    /// The text kept in localStorage (and told to the site's other tabs).
    pub fn to_text(&self) -> String {
        saved_text::encode(LABEL, FORMAT_VERSION, self)
    }

    /// Reads what [`Saved::to_text`] wrote.
    pub fn load(text: &str) -> Result<Self, SavedError> {
        saved_text::decode(LABEL, FORMAT_VERSION, bounded(text, MAX_SAVED_BYTES)?).map_err(SavedError::from_text)
    }

    pub fn resume(&self) -> Result<IncidentState, SavedError> {
        IncidentState::replay(&self.events).map_err(SavedError::Replay)
    }
}

/// What a page does on load with the saved open incident, if there is one: `Ok(None)` when
/// nothing is saved, the record when it reads, or the text it could not read.
pub fn open_incident(saved: Option<&str>) -> Result<Option<IncidentState>, Unreadable> {
    let Some(text) = saved.filter(|t| !t.trim().is_empty()) else {
        return Ok(None);
    };
    Saved::load(text)
        .and_then(|s| s.resume())
        .map(Some)
        .map_err(|error| Unreadable {
            error,
            raw: text.to_string(),
        })
}

/// Whether a tab showing `current` takes up the record another tab saved (`told`): the same
/// incident carried on (every event it has, and more), or another incident altogether (a
/// tab started a new one). An older copy, or one that rewrites what happened, is ignored.
pub fn follows(current: Option<&Saved>, told: &Saved) -> bool {
    let Some(current) = current else { return true };
    let same = told.events.first() == current.events.first();
    !same || (told.events.len() > current.events.len() && told.events.starts_with(&current.events))
}

/// One closed incident, filed with its whole record, so it can still be read and exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastIncident {
    pub name: String,
    pub started_ms: i64,
    pub closed_ms: i64,
    pub priority: String,
    pub events: Vec<Event>,
}

impl PastIncident {
    pub fn resume(&self) -> Result<IncidentState, SavedError> {
        IncidentState::replay(&self.events).map_err(SavedError::Replay)
    }
}

/// The list of past incidents, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PastIncidents {
    pub incidents: Vec<PastIncident>,
}

/// Why an incident cannot be filed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("The incident is still open: close it first.")]
    StillOpen,
    #[error("This incident is already filed.")]
    AlreadyFiled,
}

impl PastIncidents {
    pub fn load(text: &str) -> Result<Self, SavedError> {
        saved_text::decode(PAST_LABEL, FORMAT_VERSION, bounded(text, MAX_PAST_BYTES)?).map_err(|e| match e {
            TextError::Damaged(reason) => SavedError::PastDamaged(reason),
            other => SavedError::from_text(other),
        })
    }

    pub fn to_text(&self) -> String {
        saved_text::encode(PAST_LABEL, FORMAT_VERSION, self)
    }

    /// Files a closed incident at the top of the list.
    pub fn file(&mut self, state: &IncidentState) -> Result<(), FileError> {
        let closed_ms = state.closed_ms().ok_or(FileError::StillOpen)?;
        if self
            .incidents
            .iter()
            .any(|p| p.events.first() == state.events().first())
        {
            return Err(FileError::AlreadyFiled);
        }
        self.incidents.insert(
            0,
            PastIncident {
                name: state.name().to_string(),
                started_ms: state.started_ms(),
                closed_ms,
                priority: state.priority().level.clone(),
                events: state.events().to_vec(),
            },
        );
        Ok(())
    }
}

/// What a page does on load with the saved past incidents: an empty list when nothing is
/// saved, or the text it could not read.
pub fn past_incidents(saved: Option<&str>) -> Result<PastIncidents, Unreadable> {
    let Some(text) = saved.filter(|t| !t.trim().is_empty()) else {
        return Ok(PastIncidents::default());
    };
    PastIncidents::load(text).map_err(|error| Unreadable {
        error,
        raw: text.to_string(),
    })
}
