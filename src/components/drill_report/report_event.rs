use runbook::drill::report::ReportList;

/// What the reader asks of the report page: each is answered by the page through the core
/// (`runbook::drill::report::Report`'s edits), reading the forms' fields by
/// `runbook::drill::report::view::Field`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportEvent {
    SaveFacilitator,
    AddAttendee,
    RemoveAttendee(usize),
    /// Add what is typed in the list's field.
    Add(ReportList),
    Remove(ReportList, usize),
    SaveAnswers,
    AddAction,
    RemoveAction(usize),
    Import,
    Export(Export),
}

/// The ways the report leaves the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    CopyMarkdown,
    Markdown,
    Json,
}
