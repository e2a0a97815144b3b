//! What the `/incident` page and the banner on every page show, as view models the site's
//! components draw: text only, no markup. Times are UTC, written out; durations in words.

use super::event::{EntryId, EventKind, ScenarioRef};
use super::state::{utc, Entry, IncidentState};
use crate::command::Environment;
use serde::{Deserialize, Serialize};

/// The `/incident` page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentView {
    pub name: String,
    pub scenario: Option<ScenarioRef>,
    pub priority: PriorityView,
    /// When it started: `2026-05-22 14:30:00 UTC`.
    pub started: String,
    /// How long since it started (or how long it lasted, once closed): "1 hour 5 minutes".
    pub elapsed: String,
    pub status: Status,
    pub reminder: Option<ReminderView>,
    /// Every entry, in the order recorded.
    pub entries: Vec<EntryView>,
}

/// The priority now, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriorityView {
    pub level: String,
    /// The runbook's three factors for a data loss, each with its label; empty for an
    /// incident that loses no data.
    pub why: Vec<Factor>,
    /// How many times it has changed since the start (each change is an entry).
    pub changes: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Factor {
    /// The runbook's words: "The data that's gone".
    pub label: &'static str,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Open,
    Closed { at: String },
}

/// The update rhythm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderView {
    /// "Every 30 minutes".
    pub every: String,
    /// When the next update is due: `2026-05-22 15:00:00 UTC`.
    pub next_due: String,
    /// It is due now (or overdue).
    pub due: bool,
}

/// What kind of entry a line is: the page marks each kind, and may filter by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Started,
    PriorityChanged,
    OutcomeReached,
    CommandCopied,
    StepTicked,
    StepUnticked,
    MessageCopied,
    Note,
    ReminderSet,
    Closed,
}

impl EntryKind {
    /// The entry's tag, in words.
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Started => "Started",
            EntryKind::PriorityChanged => "Priority",
            EntryKind::OutcomeReached => "Decision",
            EntryKind::CommandCopied => "Command copied",
            EntryKind::StepTicked => "Step done",
            EntryKind::StepUnticked => "Step undone",
            EntryKind::MessageCopied => "Message copied",
            EntryKind::Note => "Note",
            EntryKind::ReminderSet => "Reminder",
            EntryKind::Closed => "Closed",
        }
    }
}

/// One line of the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryView {
    /// What an edit or strike-out names.
    pub id: EntryId,
    /// When it was recorded: `2026-05-22 14:32:05 UTC`.
    pub at: String,
    pub kind: EntryKind,
    /// What happened, as a sentence (a note's latest text).
    pub text: String,
    /// What more there is to say, each a label and a value: the answers that led to an
    /// outcome, where a command acts, whether production was confirmed.
    pub details: Vec<Detail>,
    /// Text kept exactly as it was copied (a command, a message), to show as code.
    pub exact: Option<String>,
    /// Each correction, oldest first, with the text it replaced.
    pub edits: Vec<EditView>,
    pub struck_out: Option<StruckOutView>,
    /// It may be edited now (an open incident's note, not struck out).
    pub can_edit: bool,
    /// It may be struck out now (anything but the start, while open).
    pub can_strike: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditView {
    pub at: String,
    pub replaced: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StruckOutView {
    pub at: String,
    pub reason: Option<String>,
}

/// The slim banner every page shows while an incident is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BannerView {
    pub name: String,
    /// Time since it started: "1 hour 5 minutes".
    pub elapsed: String,
    /// An update is due by the reminder: the banner says so, with the drafts a click away.
    pub update_due: bool,
    /// "An update was due at 15:00 UTC", when one is due.
    pub due_text: Option<String>,
}

/// The `/incident` page at wall time `now_ms`.
pub fn incident_view(state: &IncidentState, now_ms: i64) -> IncidentView {
    let open = state.is_open();
    let until = state.closed_ms().unwrap_or(now_ms);
    let priority = state.priority();
    let changes = state
        .entries()
        .iter()
        .filter(|e| matches!(e.kind, EventKind::PriorityChanged { .. }))
        .count();
    IncidentView {
        name: state.name().to_string(),
        scenario: state.scenario().cloned(),
        priority: PriorityView {
            level: priority.level.clone(),
            why: factors(priority),
            changes,
        },
        started: utc(state.started_ms()),
        elapsed: duration(until - state.started_ms()),
        status: match state.closed_ms() {
            None => Status::Open,
            Some(at) => Status::Closed { at: utc(at) },
        },
        reminder: state.reminder().filter(|_| open).map(|r| {
            let due_ms = state.update_due_ms().unwrap_or(r.set_ms);
            ReminderView {
                every: format!("Every {}", minutes(i64::from(r.every_minutes))),
                next_due: utc(due_ms),
                due: now_ms >= due_ms,
            }
        }),
        entries: state.entries().iter().map(|e| entry_view(e, open)).collect(),
    }
}

/// The banner at wall time `now_ms`; `None` once the incident is closed.
pub fn banner(state: &IncidentState, now_ms: i64) -> Option<BannerView> {
    BannerSummary::of(state).map(|s| s.view(now_ms))
}

/// What every page's banner needs of the open incident, saved beside its record
/// (`incident-banner/1`) whenever the record is saved: a page that only shows the banner
/// decodes these three values, not the log, and carries no replay (docs/performance.md: the
/// whole record cost every app 19 KB of gzipped wasm).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BannerSummary {
    pub name: String,
    pub started_ms: i64,
    /// When the next update is due, if a reminder is set.
    pub update_due_ms: Option<i64>,
}

/// The summary's saved text's label and version.
pub const BANNER_LABEL: &str = "incident-banner";
pub const BANNER_VERSION: u32 = 1;

impl BannerSummary {
    /// The open incident's summary; `None` once it is closed.
    pub fn of(state: &IncidentState) -> Option<Self> {
        state.is_open().then(|| Self {
            name: state.name().to_string(),
            started_ms: state.started_ms(),
            update_due_ms: state.update_due_ms(),
        })
    }

    pub fn to_text(&self) -> String {
        crate::saved_text::encode(BANNER_LABEL, BANNER_VERSION, self)
    }

    /// Reads what [`BannerSummary::to_text`] wrote; `None` for anything else.
    pub fn load(text: &str) -> Option<Self> {
        crate::saved_text::decode(BANNER_LABEL, BANNER_VERSION, text).ok()
    }

    /// The banner at wall time `now_ms`.
    pub fn view(&self, now_ms: i64) -> BannerView {
        let due = self.update_due_ms.filter(|due| now_ms >= *due);
        BannerView {
            name: self.name.clone(),
            elapsed: duration(now_ms - self.started_ms),
            update_due: due.is_some(),
            due_text: due.map(|due| format!("An update was due at {}", utc(due))),
        }
    }
}

fn factors(priority: &super::event::Priority) -> Vec<Factor> {
    priority
        .data_loss
        .iter()
        .flat_map(|loss| loss.factors())
        .map(|(label, value)| Factor {
            label,
            value: value.to_string(),
        })
        .collect()
}

fn detail(label: impl Into<String>, value: impl Into<String>) -> Detail {
    Detail {
        label: label.into(),
        value: value.into(),
    }
}

/// One entry as the page (and the Markdown export) shows it.
pub fn entry_view(entry: &Entry, open: bool) -> EntryView {
    let mut details = Vec::new();
    let mut exact = None;
    let (kind, text) = match &entry.kind {
        EventKind::Started {
            name,
            scenario,
            started_ms,
            priority,
        } => {
            if let Some(s) = scenario {
                details.push(detail("Scenario", &s.title));
            }
            details.push(detail("Started at", utc(*started_ms)));
            details.push(detail("Priority", &priority.level));
            details.extend(factors(priority).into_iter().map(|f| detail(f.label, f.value)));
            (EntryKind::Started, format!("Incident started: {name}"))
        }
        EventKind::PriorityChanged { priority } => {
            details.extend(factors(priority).into_iter().map(|f| detail(f.label, f.value)));
            (
                EntryKind::PriorityChanged,
                format!("Priority changed to {}", priority.level),
            )
        }
        EventKind::OutcomeReached {
            wizard_title,
            outcome_title,
            answers,
            ..
        } => {
            details.push(detail("Wizard", wizard_title));
            details.extend(answers.iter().map(|a| detail(&a.text, &a.answer)));
            (EntryKind::OutcomeReached, outcome_title.clone())
        }
        EventKind::CommandCopied {
            generator_title,
            text,
            environment,
            production_confirmed,
            ..
        } => {
            details.push(detail("Acts on", environment.describe()));
            if *environment == Environment::Production {
                let confirmed = if *production_confirmed { "Yes" } else { "No" };
                details.push(detail("Production confirmed", confirmed));
            }
            exact = Some(text.clone());
            (EntryKind::CommandCopied, format!("Copied from {generator_title}"))
        }
        EventKind::StepTicked {
            list,
            step,
            text,
            ticked,
        } => {
            let (kind, verb) = if *ticked {
                (EntryKind::StepTicked, "Done")
            } else {
                (EntryKind::StepUnticked, "Not done after all")
            };
            (kind, format!("{verb}: step {} of {}: {text}", step + 1, list.title()))
        }
        EventKind::MessageCopied {
            title, groups, text, ..
        } => {
            details.push(detail("For", groups.join(", ")));
            exact = Some(text.clone());
            (EntryKind::MessageCopied, format!("Copied the message “{title}”"))
        }
        EventKind::NoteAdded { text } => (EntryKind::Note, text.clone()),
        EventKind::ReminderSet { every_minutes } => (
            EntryKind::ReminderSet,
            match every_minutes {
                Some(m) => format!("Updates due every {}", minutes(i64::from(*m))),
                None => "Update reminder turned off".to_string(),
            },
        ),
        EventKind::Closed => (EntryKind::Closed, "Incident closed".to_string()),
        // Edits and strike-outs change an entry; they are never entries themselves.
        EventKind::EntryEdited { .. } | EventKind::EntryStruckOut { .. } => (EntryKind::Note, String::new()),
    };
    let live = open && entry.struck_out.is_none();
    EntryView {
        id: entry.id,
        at: utc(entry.at_ms),
        kind,
        text,
        details,
        exact,
        edits: entry
            .edits
            .iter()
            .map(|e| EditView {
                at: utc(e.at_ms),
                replaced: e.replaced.clone(),
            })
            .collect(),
        struck_out: entry.struck_out.as_ref().map(|s| StruckOutView {
            at: utc(s.at_ms),
            reason: s.reason.clone(),
        }),
        can_edit: live && kind == EntryKind::Note,
        can_strike: live && kind != EntryKind::Started,
    }
}

/// A span of time in words, to the minute: "less than a minute", "1 hour 5 minutes",
/// "2 days 3 hours".
pub fn duration(ms: i64) -> String {
    let total = ms.max(0) / 60_000;
    let (days, hours, mins) = (total / 1440, total / 60 % 24, total % 60);
    let unit = |n: i64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match (days, hours, mins) {
        (0, 0, 0) => "less than a minute".to_string(),
        (0, 0, m) => unit(m, "minute", "minutes"),
        (0, h, 0) => unit(h, "hour", "hours"),
        (0, h, m) => format!("{} {}", unit(h, "hour", "hours"), unit(m, "minute", "minutes")),
        (d, 0, _) => unit(d, "day", "days"),
        (d, h, _) => format!("{} {}", unit(d, "day", "days"), unit(h, "hour", "hours")),
    }
}

fn minutes(m: i64) -> String {
    duration(m * 60_000)
}
