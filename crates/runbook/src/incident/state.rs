//! An incident's record, derived by replaying its event log.
//!
//! Shaped like the drill's state (and a crux core): [`IncidentState::apply`] is the only way
//! the record changes, and it checks each event first, so a record replayed from saved or
//! imported text is one the site could have written.

use super::event::{Checklist, DataLoss, EntryId, Event, EventKind, Priority};
use serde::{Deserialize, Serialize};

/// The longest name an incident may have, in characters: it is on every page's banner.
pub const MAX_NAME_CHARS: usize = 120;

/// One line of the record: an event that made an entry (everything but edits and
/// strike-outs, which change an entry), as it now reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    pub at_ms: i64,
    /// What happened. A note's text is its latest; what it replaced is in `edits`.
    pub kind: EventKind,
    /// Each correction, oldest first, with the text it replaced.
    pub edits: Vec<Edit>,
    pub struck_out: Option<StruckOut>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub at_ms: i64,
    /// The text before this edit.
    pub replaced: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StruckOut {
    pub at_ms: i64,
    pub reason: Option<String>,
}

/// How often an update is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub every_minutes: u32,
    /// When it was set: the first update is due one interval after it (or after the last
    /// message copied, if that is later).
    pub set_ms: i64,
}

/// Why an event cannot be applied. The record is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error("the incident has already started")]
    AlreadyStarted,
    #[error("the incident is closed: nothing more can be recorded")]
    Closed,
    #[error("it is dated {}, before the entry before it ({})", utc(*at_ms), utc(*previous_ms))]
    OutOfOrder { at_ms: i64, previous_ms: i64 },
    #[error("the incident starts at {}, after it was recorded ({})", utc(*started_ms), utc(*at_ms))]
    StartsLater { started_ms: i64, at_ms: i64 },
    #[error("an incident needs a short name")]
    EmptyName,
    #[error("the name is {0} characters long: keep it to {MAX_NAME_CHARS}")]
    NameTooLong(usize),
    #[error("the priority needs a level")]
    EmptyLevel,
    #[error("the priority's “{0}” is empty")]
    EmptyFactor(&'static str),
    #[error("{0} must have some text")]
    EmptyText(&'static str),
    #[error("there is no entry {0}")]
    UnknownEntry(EntryId),
    #[error("entry {0} is not a note: only notes can be edited (strike it out and add a note instead)")]
    NotANote(EntryId),
    #[error("entry {0} is struck out")]
    StruckOut(EntryId),
    #[error("the start of the incident cannot be struck out")]
    StrikingTheStart,
    #[error("step {} of “{}” is already ticked", .step + 1, .list)]
    AlreadyTicked { list: String, step: u32 },
    #[error("step {} of “{}” is not ticked", .step + 1, .list)]
    NotTicked { list: String, step: u32 },
    #[error("a reminder must be at least every minute")]
    ZeroReminder,
}

/// Why a log does not replay.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplayError {
    #[error("the log is empty")]
    Empty,
    #[error("the log does not begin with the incident starting")]
    NotStartedFirst,
    #[error("entry {index} cannot be applied: {error}")]
    BadEvent { index: usize, error: EventError },
}

/// `ms` as the record writes a time: `2026-05-22 14:30:05 UTC`.
pub fn utc(ms: i64) -> String {
    let t = crate::command::DateTime::from_unix_seconds(ms.div_euclid(1000));
    let s = t.seconds;
    format!("{} {:02}:{:02}:{:02} UTC", t.date, s / 3600, s / 60 % 60, s % 60)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentState {
    events: Vec<Event>,
    entries: Vec<Entry>,
    /// The steps ticked now, by list.
    ticked: Vec<(Checklist, u32)>,
    priority: Priority,
    reminder: Option<Reminder>,
    /// When a message was last copied: the last update sent.
    last_update_ms: Option<i64>,
    closed_ms: Option<i64>,
}

impl IncidentState {
    /// Starts an incident: the log's first event. `Started` is the only kind it takes.
    pub fn start(event: Event) -> Result<Self, EventError> {
        let EventKind::Started {
            name,
            started_ms,
            priority,
            ..
        } = &event.kind
        else {
            return Err(EventError::AlreadyStarted);
        };
        check_name(name)?;
        check_priority(priority)?;
        if *started_ms > event.at_ms {
            return Err(EventError::StartsLater {
                started_ms: *started_ms,
                at_ms: event.at_ms,
            });
        }
        Ok(Self {
            priority: priority.clone(),
            entries: vec![Entry::new(0, &event)],
            events: vec![event],
            ticked: Vec::new(),
            reminder: None,
            last_update_ms: None,
            closed_ms: None,
        })
    }

    /// Rebuilds a record from its log: the same events always give the same record.
    pub fn replay(events: &[Event]) -> Result<Self, ReplayError> {
        let (first, rest) = events.split_first().ok_or(ReplayError::Empty)?;
        if !matches!(first.kind, EventKind::Started { .. }) {
            return Err(ReplayError::NotStartedFirst);
        }
        let mut state = Self::start(first.clone()).map_err(|error| ReplayError::BadEvent { index: 0, error })?;
        for (i, event) in rest.iter().enumerate() {
            state
                .apply(event.clone())
                .map_err(|error| ReplayError::BadEvent { index: i + 1, error })?;
        }
        Ok(state)
    }

    /// The time to stamp an event the person makes at wall time `now_ms`: never before the
    /// last one, so a clock set back cannot put the record out of order.
    pub fn stamp(&self, now_ms: i64) -> i64 {
        now_ms.max(self.last_ms())
    }

    /// Applies one event and appends it to the log, or changes nothing and says why.
    pub fn apply(&mut self, event: Event) -> Result<(), EventError> {
        if self.closed_ms.is_some() {
            return Err(EventError::Closed);
        }
        let previous_ms = self.last_ms();
        if event.at_ms < previous_ms {
            return Err(EventError::OutOfOrder {
                at_ms: event.at_ms,
                previous_ms,
            });
        }
        let id = self.events.len() as EntryId;
        let mut makes_entry = true;
        match &event.kind {
            EventKind::Started { .. } => return Err(EventError::AlreadyStarted),
            EventKind::PriorityChanged { priority } => {
                check_priority(priority)?;
                self.priority = priority.clone();
            }
            EventKind::OutcomeReached { .. } => {}
            EventKind::CommandCopied { text, .. } => non_empty(text, "a copied command")?,
            EventKind::StepTicked { list, step, ticked, .. } => self.tick(list, *step, *ticked)?,
            EventKind::MessageCopied { text, .. } => {
                non_empty(text, "a copied message")?;
                self.last_update_ms = Some(event.at_ms);
            }
            EventKind::NoteAdded { text } => non_empty(text, "a note")?,
            EventKind::EntryEdited { entry, text } => {
                non_empty(text, "an edited note")?;
                self.edit(*entry, text, event.at_ms)?;
                makes_entry = false;
            }
            EventKind::EntryStruckOut { entry, reason } => {
                self.strike(*entry, reason.clone(), event.at_ms)?;
                makes_entry = false;
            }
            EventKind::ReminderSet { every_minutes } => {
                self.reminder = match every_minutes {
                    Some(0) => return Err(EventError::ZeroReminder),
                    Some(every_minutes) => Some(Reminder {
                        every_minutes: *every_minutes,
                        set_ms: event.at_ms,
                    }),
                    None => None,
                };
            }
            EventKind::Closed => self.closed_ms = Some(event.at_ms),
        }
        if makes_entry {
            self.entries.push(Entry::new(id, &event));
        }
        self.events.push(event);
        Ok(())
    }

    fn tick(&mut self, list: &Checklist, step: u32, ticked: bool) -> Result<(), EventError> {
        let at = self.ticked.iter().position(|(l, s)| l.same_list(list) && *s == step);
        let title = || list.title().to_string();
        match (at, ticked) {
            (Some(_), true) => Err(EventError::AlreadyTicked { list: title(), step }),
            (None, false) => Err(EventError::NotTicked { list: title(), step }),
            (None, true) => {
                self.ticked.push((list.clone(), step));
                Ok(())
            }
            (Some(i), false) => {
                self.ticked.remove(i);
                Ok(())
            }
        }
    }

    fn entry_mut(&mut self, id: EntryId) -> Result<&mut Entry, EventError> {
        self.entries
            .iter_mut()
            .find(|e| e.id == id)
            .ok_or(EventError::UnknownEntry(id))
    }

    fn edit(&mut self, id: EntryId, text: &str, at_ms: i64) -> Result<(), EventError> {
        let entry = self.entry_mut(id)?;
        if entry.struck_out.is_some() {
            return Err(EventError::StruckOut(id));
        }
        let EventKind::NoteAdded { text: old } = &mut entry.kind else {
            return Err(EventError::NotANote(id));
        };
        let replaced = std::mem::replace(old, text.to_string());
        entry.edits.push(Edit { at_ms, replaced });
        Ok(())
    }

    fn strike(&mut self, id: EntryId, reason: Option<String>, at_ms: i64) -> Result<(), EventError> {
        let entry = self.entry_mut(id)?;
        if matches!(entry.kind, EventKind::Started { .. }) {
            return Err(EventError::StrikingTheStart);
        }
        if entry.struck_out.is_some() {
            return Err(EventError::StruckOut(id));
        }
        let reason = reason.map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
        entry.struck_out = Some(StruckOut { at_ms, reason });
        Ok(())
    }

    fn last_ms(&self) -> i64 {
        self.events.last().map_or(i64::MIN, |e| e.at_ms)
    }

    /// The log, for saving.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The record's entries, in the order they were recorded.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, id: EntryId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    fn started(&self) -> (&str, &Option<super::event::ScenarioRef>, i64) {
        match self.events.first().map(|e| &e.kind) {
            Some(EventKind::Started {
                name,
                scenario,
                started_ms,
                ..
            }) => (name, scenario, *started_ms),
            // `start` only makes a state from a `Started` event.
            _ => ("", &None, 0),
        }
    }

    pub fn name(&self) -> &str {
        self.started().0
    }

    pub fn scenario(&self) -> Option<&super::event::ScenarioRef> {
        self.started().1.as_ref()
    }

    /// When the incident started (ms since the Unix epoch, UTC).
    pub fn started_ms(&self) -> i64 {
        self.started().2
    }

    /// When the incident was first recorded.
    pub fn recorded_ms(&self) -> i64 {
        self.events.first().map_or(0, |e| e.at_ms)
    }

    /// The priority now.
    pub fn priority(&self) -> &Priority {
        &self.priority
    }

    pub fn reminder(&self) -> Option<Reminder> {
        self.reminder
    }

    pub fn closed_ms(&self) -> Option<i64> {
        self.closed_ms
    }

    pub fn is_open(&self) -> bool {
        self.closed_ms.is_none()
    }

    /// The steps of `list` ticked now, in the order they were ticked: what a wizard outcome
    /// or procedure page shows ticked after a reload.
    pub fn ticked(&self, list: &Checklist) -> Vec<u32> {
        self.ticked
            .iter()
            .filter(|(l, _)| l.same_list(list))
            .map(|(_, s)| *s)
            .collect()
    }

    /// When the next update is due (ms), if a reminder is set and the incident is open:
    /// one interval after the reminder was set or the last message was copied, whichever
    /// is later.
    pub fn update_due_ms(&self) -> Option<i64> {
        let reminder = self.reminder.filter(|_| self.is_open())?;
        let from = self.last_update_ms.map_or(reminder.set_ms, |m| m.max(reminder.set_ms));
        Some(from + i64::from(reminder.every_minutes) * 60_000)
    }
}

impl Entry {
    fn new(id: EntryId, event: &Event) -> Self {
        Self {
            id,
            at_ms: event.at_ms,
            kind: event.kind.clone(),
            edits: Vec::new(),
            struck_out: None,
        }
    }
}

fn non_empty(text: &str, what: &'static str) -> Result<(), EventError> {
    if text.trim().is_empty() {
        Err(EventError::EmptyText(what))
    } else {
        Ok(())
    }
}

fn check_name(name: &str) -> Result<(), EventError> {
    let chars = name.trim().chars().count();
    match chars {
        0 => Err(EventError::EmptyName),
        n if n > MAX_NAME_CHARS => Err(EventError::NameTooLong(n)),
        _ => Ok(()),
    }
}

fn check_priority(priority: &Priority) -> Result<(), EventError> {
    if priority.level.trim().is_empty() {
        return Err(EventError::EmptyLevel);
    }
    if let Some(loss) = &priority.data_loss {
        check_factors(loss)?;
    }
    Ok(())
}

fn check_factors(loss: &DataLoss) -> Result<(), EventError> {
    match loss.factors().into_iter().find(|(_, value)| value.trim().is_empty()) {
        Some((label, _)) => Err(EventError::EmptyFactor(label)),
        None => Ok(()),
    }
}
