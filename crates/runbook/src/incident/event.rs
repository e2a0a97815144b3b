//! What happens during an incident: the append-only log the record is replayed from.
//!
//! Every event carries the wall time it was recorded at (ms since the Unix epoch, UTC),
//! supplied by the caller: the core never reads a clock, so a replay is exact. Each event
//! keeps the titles it was recorded with (a wizard's, an outcome's, a message's), so the
//! record reads the same after the runbook changes, and exports without the runbook's data.

use crate::command::Environment;
use serde::{Deserialize, Serialize};

/// Saved with [`crate::saved_text`] (postcard) and exported as JSON (serde_json): variants
/// are stored by position in the first and by name in the second, so add new ones at the
/// end, never rename one, and bump `saved::FORMAT_VERSION` for any other change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Event {
    /// When it was recorded: ms since the Unix epoch, UTC.
    pub at_ms: i64,
    pub kind: EventKind,
}

/// An entry's id: the position of the event that made it in the log. The log is
/// append-only, so an id never changes.
pub type EntryId = u32;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// Always the first event, and only the first.
    Started {
        /// A short name: "Database deleted on registration day".
        name: String,
        /// The runbook's scenario, when it is known.
        scenario: Option<ScenarioRef>,
        /// When the incident started, which may be before it was recorded: ms since the
        /// Unix epoch, UTC.
        started_ms: i64,
        priority: Priority,
    },
    /// The priority changed; the record keeps every one it had.
    PriorityChanged {
        priority: Priority,
    },
    /// A decision wizard reached an outcome.
    OutcomeReached {
        wizard: String,
        wizard_title: String,
        outcome: String,
        outcome_title: String,
        /// The answers that led to it, in the order they were asked.
        answers: Vec<Answer>,
    },
    /// A generated command (or value, or checklist) was copied.
    CommandCopied {
        generator: String,
        generator_title: String,
        /// Exactly what was copied.
        text: String,
        environment: Environment,
        /// The person ticked "I understand this runs against production" first. Always
        /// `false` for a command that does not touch production.
        production_confirmed: bool,
    },
    /// A step of a checklist was ticked (`ticked`) or unticked.
    StepTicked {
        list: Checklist,
        /// The step's position in its list, from 0.
        step: u32,
        /// The step's text, as it read when ticked.
        text: String,
        ticked: bool,
    },
    /// A message draft was copied.
    MessageCopied {
        message: String,
        title: String,
        /// The names of the contact groups it is for ("Appropriate bodies").
        groups: Vec<String>,
        /// Exactly what was copied.
        text: String,
    },
    NoteAdded {
        text: String,
    },
    /// A note's text was corrected. The entry keeps what it replaced.
    EntryEdited {
        entry: EntryId,
        text: String,
    },
    /// An entry was struck out: it stays in the record, marked.
    EntryStruckOut {
        entry: EntryId,
        reason: Option<String>,
    },
    /// How often an update is due, in minutes; `None` turns the reminder off.
    ReminderSet {
        every_minutes: Option<u32>,
    },
    /// The incident is over: nothing more is recorded, and it is filed under past incidents.
    Closed,
}

/// A runbook page the incident follows (a scenario: a page with a Contact section).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ScenarioRef {
    pub slug: String,
    pub title: String,
}

/// The incident's priority, and why. The runbook names no priority levels (the Schools
/// Digital incident playbook sets them), so the level is the team's own words; what the
/// runbook gives is the three things it depends on for data loss
/// (`content/docs/data-loss.md#setting-the-priority`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Priority {
    /// "P1", "High": as the incident process sets it.
    pub level: String,
    /// For data loss: the three factors. `None` for an incident that loses no data.
    pub data_loss: Option<DataLoss>,
}

/// The runbook's three factors for the priority of a data loss.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct DataLoss {
    /// The data that's gone.
    pub data_gone: String,
    /// How easy it is to replace.
    pub how_easy_to_replace: String,
    /// How many users it will affect.
    pub users_affected: String,
}

impl DataLoss {
    /// Each factor with the runbook's own words for it.
    pub fn factors(&self) -> [(&'static str, &str); 3] {
        [
            ("The data that's gone", &self.data_gone),
            ("How easy it is to replace", &self.how_easy_to_replace),
            ("How many users it will affect", &self.users_affected),
        ]
    }
}

/// One answer on the way to a wizard's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Answer {
    /// The question's id (the key of its answer in the wizard's address).
    pub question: String,
    /// The question as asked.
    pub text: String,
    /// The answer as shown: an option's label, "Yes", a time in UTC.
    pub answer: String,
}

/// The checklist a ticked step belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Checklist {
    /// A wizard outcome's steps.
    Outcome {
        wizard: String,
        outcome: String,
        /// "Stop the service and do a full restore".
        title: String,
    },
    /// A numbered procedure on a doc page (`full-restore#steps`).
    Page {
        /// `slug` or `slug#section`.
        page: String,
        /// "Full data restore: Steps".
        title: String,
    },
}

impl Checklist {
    /// What the list is, in a sentence's words.
    pub fn title(&self) -> &str {
        match self {
            Checklist::Outcome { title, .. } | Checklist::Page { title, .. } => title,
        }
    }

    /// Whether two lists are the same list (titles aside: a title may read differently
    /// after the runbook changes).
    pub fn same_list(&self, other: &Checklist) -> bool {
        match (self, other) {
            (
                Checklist::Outcome { wizard, outcome, .. },
                Checklist::Outcome {
                    wizard: w, outcome: o, ..
                },
            ) => wizard == w && outcome == o,
            (Checklist::Page { page, .. }, Checklist::Page { page: p, .. }) => page == p,
            _ => false,
        }
    }
}

impl Event {
    pub fn new(at_ms: i64, kind: EventKind) -> Self {
        Self { at_ms, kind }
    }
}
