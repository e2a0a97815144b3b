/// What the facilitator asks of the drill from the console: each becomes an event for the
/// core (`runbook::drill::EventKind`), or a question before one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsoleEvent {
    Pause,
    Resume,
    /// Move the incident clock on by this many minutes.
    Advance(u32),
    /// Reveal this inject now.
    Reveal(String),
    /// Run the clock at this speed (a value of the speed list).
    Speed(String),
    /// Ask whether to end the drill (`true`), or stop asking.
    AskToEnd(bool),
    End,
    Note(String),
    /// Record the team's choice for a decision; `None` when no option was chosen.
    Decide {
        decision: String,
        option: Option<String>,
    },
}
