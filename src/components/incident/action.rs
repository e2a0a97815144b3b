use runbook::incident::form::{PriorityFields, StartFields};
use runbook::incident::EntryId;

/// What the reader asks of the incident page; the page answers each through the core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IncidentAction {
    Start(StartFields),
    AddNote(String),
    EditNote(EntryId, String),
    StrikeOut(EntryId, String),
    ChangePriority(PriorityFields),
    /// The interval as typed, in minutes (empty turns the reminder off).
    SetReminder(String),
    ExportMarkdown,
    ExportJson,
    /// A JSON file's text, to import.
    Import(String),
    Print,
    Close,
    /// A past incident (by its place in the list) as Markdown.
    ExportPast(usize),
}

/// Where on the page an action was taken: its error (or its result) is said there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Start,
    Note,
    Entry(EntryId),
    Priority,
    Reminder,
    Export,
    Import,
    Close,
}

/// What went wrong with an action, said at its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionError {
    pub place: Place,
    pub message: String,
}
