//! The record leaves the browser two ways: as Markdown, for the incident channel and the
//! post-incident review (every entry in order, with its UTC time), and as JSON, which the
//! `/incident` page imports again.
//!
//! The JSON is written and read with `serde_json`, as the drill's report is. Only the
//! incident page links this, the format is the log's own serde shape (so it can never drift from what is
//! saved), and it is read strictly (`deny_unknown_fields`), then replayed, so an imported
//! record is one the site could have written. Measure with `make bench` when the page lands.

use super::event::Event;
use super::state::{utc, IncidentState, ReplayError};
use super::view::{incident_view, EntryView, Status};
use serde::{Deserialize, Serialize};

/// What the JSON file says it is.
pub const JSON_FORMAT: &str = "runbook-incident";
/// Bump with any change old files cannot be read as.
pub const JSON_VERSION: u32 = 1;
/// The largest file read.
pub const MAX_JSON_BYTES: usize = 4 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct IncidentFile {
    format: String,
    version: u32,
    /// For a person reading the file; not read back (the events say it).
    name: String,
    events: Vec<Event>,
}

/// The first keys of any version's file: read before the rest, so a newer file is named
/// as newer rather than as damaged.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// Why a file could not be imported. Each is a sentence for the page.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("The file is too large to be an incident record ({} KB).", .0.div_ceil(1024))]
    TooLarge(usize),
    #[error("The file is not JSON ({0}).")]
    NotJson(String),
    #[error("The file is not an incident record from this runbook.")]
    NotAnIncident,
    #[error("The file is from a newer version of the runbook (format {found}, this is {current}). Reload to get the latest version.")]
    NewerVersion { found: u32, current: u32 },
    #[error("The file is from an older version of the runbook (format {found}, now {current}) and cannot be read.")]
    OlderVersion { found: u32, current: u32 },
    #[error("The file could not be read ({0}). It may have been damaged.")]
    Damaged(String),
    #[error("The file's record does not replay: {0}.")]
    Replay(ReplayError),
}

/// The record as a JSON file.
pub fn to_json(state: &IncidentState) -> String {
    let file = IncidentFile {
        format: JSON_FORMAT.to_string(),
        version: JSON_VERSION,
        name: state.name().to_string(),
        events: state.events().to_vec(),
    };
    // Strings, integers, enums and lists: serialising cannot fail.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a file [`to_json`] wrote, and replays it.
pub fn from_json(text: &str) -> Result<IncidentState, ImportError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let header: Header = serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    if header.format.as_deref() != Some(JSON_FORMAT) {
        return Err(ImportError::NotAnIncident);
    }
    match header.version {
        Some(JSON_VERSION) => {}
        Some(found) if found > JSON_VERSION => {
            return Err(ImportError::NewerVersion {
                found,
                current: JSON_VERSION,
            })
        }
        Some(found) => {
            return Err(ImportError::OlderVersion {
                found,
                current: JSON_VERSION,
            })
        }
        None => return Err(ImportError::Damaged("it has no version".into())),
    }
    let file: IncidentFile = serde_json::from_str(text).map_err(|e| ImportError::Damaged(e.to_string()))?;
    IncidentState::replay(&file.events).map_err(ImportError::Replay)
}

/// The file name to export under: `incident-2026-05-22-1430.md` (or `.json`).
pub fn file_name(state: &IncidentState, extension: &str) -> String {
    let t = crate::command::DateTime::from_unix_seconds(state.started_ms().div_euclid(1000));
    format!(
        "incident-{}-{:02}{:02}.{extension}",
        t.date,
        t.seconds / 3600,
        t.seconds / 60 % 60
    )
}

/// The record as Markdown, at wall time `now_ms`: a summary, then every entry in order
/// with its UTC time. Struck-out entries stay, crossed out; edited notes say what they
/// replaced. Copied commands and messages are in fenced blocks, exactly as copied.
pub fn to_markdown(state: &IncidentState, now_ms: i64) -> String {
    let view = incident_view(state, now_ms);
    let mut out = format!("# Incident: {}\n\n", one_line(&view.name));
    if let Some(s) = &view.scenario {
        out += &format!("- Scenario: {}\n", one_line(&s.title));
    }
    out += &format!("- Priority: {}\n", one_line(&view.priority.level));
    for f in &view.priority.why {
        out += &format!("  - {}: {}\n", f.label, one_line(&f.value));
    }
    out += &format!("- Started: {}\n", view.started);
    match &view.status {
        Status::Open => out += &format!("- Status: open, {} so far\n", view.elapsed),
        Status::Closed { at } => out += &format!("- Status: closed at {at}, after {}\n", view.elapsed),
    }
    out += &format!("- Exported: {}\n\n## Record (times in UTC)\n\n", utc(now_ms));
    for entry in &view.entries {
        out += &entry_markdown(entry);
    }
    out
}

fn entry_markdown(entry: &EntryView) -> String {
    let text = indented(&entry.text, "  ");
    let text = if entry.struck_out.is_some() {
        format!("~~{text}~~")
    } else {
        text
    };
    let mut out = format!("- {} · {} · {text}\n", entry.at, entry.kind.label());
    for d in &entry.details {
        out += &format!("  - {}: {}\n", one_line(&d.label), one_line(&d.value));
    }
    if let Some(exact) = &entry.exact {
        let fence = fence_for(exact);
        out += &format!("\n  {fence}\n{}\n  {fence}\n\n", indented_all(exact, "  "));
    }
    for e in &entry.edits {
        out += &format!(
            "  - Edited at {}. Before, it said: {}\n",
            e.at,
            indented(&e.replaced, "    ")
        );
    }
    if let Some(s) = &entry.struck_out {
        match &s.reason {
            Some(reason) => out += &format!("  - Struck out at {}: {}\n", s.at, one_line(reason)),
            None => out += &format!("  - Struck out at {}\n", s.at),
        }
    }
    out
}

/// Text on one line: line breaks become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text whose lines after the first are indented, to stay inside a list item.
fn indented(text: &str, indent: &str) -> String {
    text.trim().lines().collect::<Vec<_>>().join(&format!("\n{indent}"))
}

fn indented_all(text: &str, indent: &str) -> String {
    text.lines()
        .map(|l| format!("{indent}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A fence longer than any run of backticks in `text`.
fn fence_for(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}
