//! The after-action report: drafted from a drill, edited by the facilitator, exported as
//! Markdown (for the team's notes) and JSON (to import and review later).

pub mod edits;
pub mod file;
pub mod view;

use crate::date::Date;
use crate::drill::clock::{format_elapsed, format_speed};
use crate::drill::event::EventKind;
use crate::drill::score::{score, DecisionScore, Outcome};
use crate::drill::state::{DrillState, Moment};
pub use file::ReportFileError;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// The report file's format. Version 2 added who took part, the discussion and the
/// runbook's page titles; a version 1 file still imports (without them).
pub const REPORT_SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Report {
    pub schema_version: u32,
    pub scenario_id: String,
    pub scenario_title: String,
    pub seed: u64,
    pub started: Moment,
    pub ended: Option<Moment>,
    /// Who ran the drill (empty until the facilitator enters it; since version 2).
    #[serde(default)]
    pub facilitator: String,
    /// Who took part, and in which role (since version 2).
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    /// Every event, at its time on both clocks (elapsed from the start).
    pub timeline: Vec<ReportLine>,
    pub decisions: Vec<DecisionScore>,
    pub met: usize,
    pub missed: usize,
    pub critical_misses: usize,
    pub went_well: Vec<String>,
    pub to_improve: Vec<String>,
    /// The scenario's discussion prompts, each with the team's answer (empty until written;
    /// since version 2).
    #[serde(default)]
    pub discussion: Vec<Discussion>,
    pub notes: Vec<ReportLine>,
    pub actions: Vec<ActionItem>,
}

/// Someone who took part in the drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Attendee {
    pub name: String,
    /// Their part in the drill: one of the scenario's roles, or what they did (observer).
    pub role: String,
}

/// A discussion prompt from the scenario and what the team said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Discussion {
    pub prompt: String,
    pub answer: String,
}

/// How many of each list a report may hold: an imported file with more is refused before
/// its items are read, and the page adds no more than these (so every report it exports
/// imports again). (name in the file, what its items are called, the most).
pub const LIMITS: [(&str, &str, usize); 8] = [
    ("timeline", "timeline entries", 5_000),
    ("decisions", "decisions", 500),
    ("attendees", "attendees", 200),
    ("went-well", "items in “What went well”", 1_000),
    ("to-improve", "items in “What to improve”", 1_000),
    ("discussion", "discussion prompts", 200),
    ("notes", "notes", 1_000),
    ("actions", "action items", 1_000),
];

/// The most a list of the report may hold (see [`LIMITS`]).
pub fn limit(name: &str) -> usize {
    LIMITS.iter().find(|(n, _, _)| *n == name).map_or(0, |(_, _, max)| *max)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ReportLine {
    pub sim_ms: i64,
    /// Wall time since the drill started.
    pub wall_ms: i64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ActionItem {
    pub what: String,
    pub owner: String,
    pub due: Option<Date>,
}

/// Why an action item cannot be added, in a sentence for the error message beside the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error("Enter what needs to be done")]
    NoWhat,
    #[error("Enter who owns the action")]
    NoOwner,
    #[error("Enter the due date as YYYY-MM-DD, for example 2026-07-01")]
    BadDue,
    #[error("A report can have at most {0} action items: remove one first")]
    Full(usize),
}

impl ActionItem {
    /// An action item from the form's three fields. The due date may be left blank; every
    /// problem is returned at once, tagged with the field it belongs to (`what`, `owner`, `due`).
    pub fn parse(what: &str, owner: &str, due: &str) -> Result<Self, Vec<(&'static str, ActionError)>> {
        let mut errors = Vec::new();
        if what.trim().is_empty() {
            errors.push(("what", ActionError::NoWhat));
        }
        if owner.trim().is_empty() {
            errors.push(("owner", ActionError::NoOwner));
        }
        let due = match due.trim() {
            "" => None,
            text => match Date::parse(text) {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push(("due", ActionError::BadDue));
                    None
                }
            },
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            what: what.trim().to_string(),
            owner: owner.trim().to_string(),
            due,
        })
    }
}

/// Why an attendee cannot be added, in a sentence for the error message beside the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttendeeError {
    #[error("Enter the attendee's name")]
    NoName,
    #[error("Enter their role in the drill, for example Incident lead or Observer")]
    NoRole,
    #[error("A report can have at most {0} attendees")]
    Full(usize),
}

impl Attendee {
    /// An attendee from the form's two fields; every problem at once, tagged with its field
    /// (`name`, `role`).
    pub fn parse(name: &str, role: &str) -> Result<Self, Vec<(&'static str, AttendeeError)>> {
        let mut errors = Vec::new();
        if name.trim().is_empty() {
            errors.push(("name", AttendeeError::NoName));
        }
        if role.trim().is_empty() {
            errors.push(("role", AttendeeError::NoRole));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            name: name.trim().to_string(),
            role: role.trim().to_string(),
        })
    }
}

/// The two lists the facilitator writes into a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportList {
    WentWell,
    ToImprove,
}

impl ReportList {
    /// The list's name in the page's ids and in [`ReportList::parse`].
    pub fn id(self) -> &'static str {
        match self {
            ReportList::WentWell => "went-well",
            ReportList::ToImprove => "to-improve",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            ReportList::WentWell => "What went well",
            ReportList::ToImprove => "What to improve",
        }
    }

    pub fn parse(id: &str) -> Option<Self> {
        [ReportList::WentWell, ReportList::ToImprove]
            .into_iter()
            .find(|l| l.id() == id)
    }
}

/// Why an item cannot be added to a list, in a sentence for the error beside the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ItemError {
    #[error("Enter some text to add")]
    Empty,
    #[error("This list has {0} items, the most a report can have: remove one first")]
    Full(usize),
}

impl Report {
    pub fn list(&self, list: ReportList) -> &[String] {
        match list {
            ReportList::WentWell => &self.went_well,
            ReportList::ToImprove => &self.to_improve,
        }
    }

    fn list_mut(&mut self, list: ReportList) -> &mut Vec<String> {
        match list {
            ReportList::WentWell => &mut self.went_well,
            ReportList::ToImprove => &mut self.to_improve,
        }
    }

    /// Adds `text`, trimmed, to `list`; text that is only spaces is refused, and so is an
    /// item past the list's [`limit`].
    pub fn add_to(&mut self, list: ReportList, text: &str) -> Result<(), ItemError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ItemError::Empty);
        }
        let max = limit(list.id());
        let items = self.list_mut(list);
        if items.len() >= max {
            return Err(ItemError::Full(max));
        }
        items.push(text.to_string());
        Ok(())
    }

    /// Adds an attendee, up to the [`limit`].
    pub fn add_attendee(&mut self, attendee: Attendee) -> Result<(), AttendeeError> {
        let max = limit("attendees");
        if self.attendees.len() >= max {
            return Err(AttendeeError::Full(max));
        }
        self.attendees.push(attendee);
        Ok(())
    }

    /// Removes attendee `index`, if there is one.
    pub fn remove_attendee(&mut self, index: usize) {
        if index < self.attendees.len() {
            self.attendees.remove(index);
        }
    }

    /// Sets who facilitated (trimmed; empty when not known).
    pub fn set_facilitator(&mut self, name: &str) {
        self.facilitator = name.trim().to_string();
    }

    /// Sets the answers to the discussion prompts, in their order (trailing spaces and
    /// line ends dropped); answers past the last prompt are ignored.
    pub fn set_answers<'a>(&mut self, answers: impl IntoIterator<Item = &'a str>) {
        for (d, answer) in self.discussion.iter_mut().zip(answers) {
            d.answer = answer.trim_end().to_string();
        }
    }

    /// When the drill started, for people: "3 December 2026, 17:27 UTC".
    pub fn started_label(&self) -> String {
        crate::wizard::datetime::label(self.started.wall_ms.div_euclid(60_000))
    }

    /// Removes item `index` of `list`, if there is one (a stale button does nothing).
    pub fn remove_from(&mut self, list: ReportList, index: usize) {
        let items = self.list_mut(list);
        if index < items.len() {
            items.remove(index);
        }
    }

    /// Adds an action item, up to the [`limit`]; the error is for the form's first field.
    pub fn add_action(&mut self, item: ActionItem) -> Result<(), (&'static str, ActionError)> {
        let max = limit("actions");
        if self.actions.len() >= max {
            return Err(("what", ActionError::Full(max)));
        }
        self.actions.push(item);
        Ok(())
    }

    /// Removes action item `index`, if there is one.
    pub fn remove_action(&mut self, index: usize) {
        if index < self.actions.len() {
            self.actions.remove(index);
        }
    }

    /// A first draft: what went well and what to improve are seeded from the score, for
    /// the facilitator to edit; action items start empty.
    pub fn draft(state: &DrillState, now_wall: i64) -> Self {
        let scenario = state.scenario();
        let start = state.started();
        let line = |at: Moment, text: String| ReportLine {
            sim_ms: at.sim_ms,
            wall_ms: at.wall_ms - start.wall_ms,
            text,
        };
        let timeline = state
            .timeline()
            .iter()
            .map(|entry| line(entry.at, describe(state, &entry.event)))
            .collect();
        let s = score(state, now_wall);
        let mut went_well = Vec::new();
        let mut to_improve = Vec::new();
        for d in &s.decisions {
            let took = d
                .time_to_decision
                .map(|t| {
                    format!(
                        " in {} (simulated) / {} (real)",
                        format_elapsed(t.sim_ms),
                        format_elapsed(t.wall_ms)
                    )
                })
                .unwrap_or_default();
            match d.outcome {
                Outcome::Met => went_well.push(format!("{} {}{took}, as the runbook says.", d.prompt, d.expected)),
                Outcome::Late => to_improve.push(format!("{} {} was right but late{took}.", d.prompt, d.expected)),
                Outcome::Missed => to_improve.push(format!(
                    "{} {} was chosen; the runbook ({}) says: {}.",
                    d.prompt,
                    d.chosen.as_deref().unwrap_or("Another option"),
                    d.runbook_label(),
                    d.expected
                )),
                Outcome::NoDecision => to_improve.push(format!(
                    "{} No decision by the deadline; the runbook ({}) says: {}.",
                    d.prompt,
                    d.runbook_label(),
                    d.expected
                )),
                Outcome::Pending | Outcome::NotReached | Outcome::EndedEarly => {}
            }
        }
        Self {
            schema_version: REPORT_SCHEMA_VERSION,
            scenario_id: scenario.id.clone(),
            scenario_title: scenario.title.clone(),
            seed: state.seed(),
            started: start,
            ended: state.ended(),
            facilitator: String::new(),
            attendees: Vec::new(),
            timeline,
            met: s.met,
            missed: s.missed,
            critical_misses: s.critical_misses,
            decisions: s.decisions,
            went_well,
            to_improve,
            discussion: scenario
                .discussion
                .iter()
                .map(|prompt| Discussion {
                    prompt: prompt.clone(),
                    answer: String::new(),
                })
                .collect(),
            notes: state.notes().iter().map(|n| line(n.at, n.text.clone())).collect(),
            actions: Vec::new(),
        }
    }

    /// The exported file: JSON, because people keep it, read it and import it again.
    pub fn to_json(&self) -> String {
        file::to_json(self)
    }

    /// Reads an exported report; old, new, damaged and oversized files each get their own
    /// error, which speaks of the file.
    pub fn from_json(text: &str) -> Result<Self, ReportFileError> {
        file::from_json(text)
    }

    /// The report as Markdown. `doc_href` makes the address of a doc page's section (slug,
    /// anchor): the site gives whole addresses, so the links work wherever the text is pasted.
    pub fn to_markdown(&self, doc_href: &dyn Fn(&str, Option<&str>) -> String) -> String {
        let mut md = String::new();
        // Writing to a String cannot fail; the results are ignored on purpose.
        let _ = writeln!(md, "# After-action report: {}\n", self.scenario_title);
        let _ = writeln!(md, "- Scenario: `{}`, seed {}", self.scenario_id, self.seed);
        let _ = writeln!(md, "- Started: {}", self.started_label());
        let _ = writeln!(
            md,
            "- Facilitator: {}",
            if self.facilitator.is_empty() {
                "not recorded"
            } else {
                self.facilitator.as_str()
            }
        );
        let attendees: Vec<String> = self
            .attendees
            .iter()
            .map(|a| format!("{} ({})", a.name, a.role).replace('\n', " "))
            .collect();
        let _ = writeln!(
            md,
            "- Attendees: {}",
            if attendees.is_empty() {
                "not recorded".to_string()
            } else {
                attendees.join(", ")
            }
        );
        if let Some(end) = self.ended {
            let _ = writeln!(
                md,
                "- Duration: {} simulated, {} real",
                format_elapsed(end.sim_ms),
                format_elapsed(end.wall_ms - self.started.wall_ms)
            );
        }
        let _ = write!(
            md,
            "- Decisions met: {}, missed: {}, critical misses: {}",
            self.met, self.missed, self.critical_misses
        );
        match crate::drill::score::ended_early_in_words(&self.decisions) {
            Some(words) => {
                let _ = writeln!(md, "; {words}\n");
            }
            None => md.push_str("\n\n"),
        }
        md.push_str("## Timeline\n\n| Simulated | Real | What happened |\n| --- | --- | --- |\n");
        for l in &self.timeline {
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                format_elapsed(l.sim_ms),
                format_elapsed(l.wall_ms),
                cell(&l.text)
            );
        }
        md.push_str("\n## Decisions against the runbook\n\n| Decision | Chosen | Runbook says | Result | Time to decide (simulated / real) |\n| --- | --- | --- | --- | --- |\n");
        for d in &self.decisions {
            let took = d.time_to_decision.map_or("–".to_string(), |t| {
                format!("{} / {}", format_elapsed(t.sim_ms), format_elapsed(t.wall_ms))
            });
            let (slug, anchor) = crate::drill::model::split_ref(&d.runbook);
            let _ = writeln!(
                md,
                "| {} | {} | {} ([{}]({})) | {}{} | {} |",
                cell(&d.prompt),
                cell(d.chosen.as_deref().unwrap_or("–")),
                cell(&d.expected),
                cell(&link_text(d.runbook_label())),
                doc_href(slug, anchor).replace(['(', ')', ' '], ""),
                outcome_word(d.outcome),
                if d.critical_miss { " (critical)" } else { "" },
                took
            );
        }
        list(&mut md, "What went well", &self.went_well);
        list(&mut md, "What to improve", &self.to_improve);
        if !self.discussion.is_empty() {
            md.push_str("\n## Discussion\n");
            for (i, d) in self.discussion.iter().enumerate() {
                let _ = write!(md, "\n### {}. {}\n\n", i + 1, d.prompt.replace('\n', " "));
                if d.answer.trim().is_empty() {
                    // Room to write the answer in, on a printout.
                    md.push_str("Answer:\n\n\n\n");
                } else {
                    let _ = writeln!(md, "{}", d.answer);
                }
            }
        }
        let notes: Vec<String> = self
            .notes
            .iter()
            .map(|n| format!("{} (simulated {})", n.text, format_elapsed(n.sim_ms)))
            .collect();
        list(&mut md, "Notes", &notes);
        md.push_str("\n## Action items\n\n");
        if self.actions.is_empty() {
            md.push_str("None recorded.\n");
        } else {
            md.push_str("| Action | Owner | Due |\n| --- | --- | --- |\n");
            for a in &self.actions {
                let due = a.due.map_or("–".to_string(), |d| d.to_string());
                let _ = writeln!(md, "| {} | {} | {} |", cell(&a.what), cell(&a.owner), due);
            }
        }
        md
    }
}

fn list(md: &mut String, heading: &str, items: &[String]) {
    let _ = write!(md, "\n## {heading}\n\n");
    if items.is_empty() {
        md.push_str("None recorded.\n");
    }
    for item in items {
        let _ = writeln!(md, "- {}", item.replace('\n', " "));
    }
}

/// A link's text: brackets would end it early.
fn link_text(text: &str) -> String {
    text.replace('[', "\\[").replace(']', "\\]")
}

/// Table cells: a `|` or a line break would end the cell early.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The words for an outcome, in the report and on screen.
pub fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => "Met",
        Outcome::Late => "Late",
        Outcome::Missed => "Missed",
        Outcome::NoDecision => "No decision",
        Outcome::Pending => "Pending",
        Outcome::NotReached => "Not reached",
        Outcome::EndedEarly => "Not reached (ended early)",
    }
}

fn describe(state: &DrillState, event: &EventKind) -> String {
    let scenario = state.scenario();
    match event {
        EventKind::Started { speed } => format!("Drill started at {} speed.", format_speed(*speed)),
        EventKind::InjectRevealed { inject } => {
            format!(
                "Inject: {}.",
                scenario.inject(inject).map_or(inject.as_str(), |i| i.title.as_str())
            )
        }
        EventKind::DecisionMade { decision, option, role } => {
            let d = scenario.decision(decision);
            let prompt = d.map_or(decision.as_str(), |d| d.prompt.as_str());
            let label = d
                .and_then(|d| d.option(option))
                .map_or(option.as_str(), |o| o.label.as_str());
            let by = role
                .as_deref()
                .and_then(|r| scenario.role(r))
                .map(|r| format!(" ({})", r.name))
                .unwrap_or_default();
            format!("Decision: {prompt} {label}{by}")
        }
        EventKind::NoteAdded { text } => format!("Note: {text}"),
        EventKind::Paused => "Clock paused.".into(),
        EventKind::Resumed => "Clock resumed.".into(),
        EventKind::SpeedChanged { speed } => format!("Speed set to {}.", format_speed(*speed)),
        EventKind::Advanced { minutes } => {
            format!(
                "Clock advanced {minutes} minute{}.",
                if *minutes == 1 { "" } else { "s" }
            )
        }
        EventKind::Ended => "Drill ended.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::clock::{MINUTE_MS as M, REAL_TIME};
    use crate::drill::event::Event;
    use crate::drill::testing::scenario;

    fn report() -> Report {
        let log = vec![
            Event::new(0, EventKind::Started { speed: REAL_TIME }),
            Event::new(2 * M, EventKind::Advanced { minutes: 5 }),
            Event::new(
                3 * M,
                EventKind::DecisionMade {
                    decision: "first".into(),
                    option: "restore".into(),
                    role: Some("lead".into()),
                },
            ),
            Event::new(
                4 * M,
                EventKind::NoteAdded {
                    text: "Nobody | checked the runbook".into(),
                },
            ),
            Event::new(6 * M, EventKind::Ended),
        ];
        let state = DrillState::replay(&scenario("s"), 1, &log).unwrap();
        let mut report = Report::draft(&state, 6 * M);
        report.actions.push(ActionItem {
            what: "Rehearse restores".into(),
            owner: "Platform team".into(),
            due: Date::parse("2026-07-01").ok(),
        });
        report
    }

    #[test]
    fn json_round_trips() {
        let report = report();
        assert_eq!(Report::from_json(&report.to_json()), Ok(report));
    }

    #[test]
    fn importing_old_new_or_damaged_reports_says_which() {
        use ReportFileError as E;
        assert!(matches!(Report::from_json("nope"), Err(E::Damaged(_))));
        assert!(matches!(
            Report::from_json(r#"{"schema-version":0}"#),
            Err(E::Older { .. })
        ));
        assert!(matches!(
            Report::from_json(r#"{"schema-version":3}"#),
            Err(E::Newer { .. })
        ));
        assert!(matches!(
            Report::from_json(r#"{"schema-version":2}"#),
            Err(E::Damaged(_))
        ));
        // A newer format with fields of its own is newer, not damaged.
        assert!(matches!(
            Report::from_json(r#"{"actions":{"a":[1,2.5,null]},"schema-version":3,"new":"x"}"#),
            Err(E::Newer { .. })
        ));
        assert_eq!(
            Report::from_json(r#"{"scenario-id":"s"}"#),
            Err(E::Damaged("it has no schema-version".into()))
        );
    }

    fn href(slug: &str, anchor: Option<&str>) -> String {
        format!("https://runbook.example/docs/{slug}#{}", anchor.unwrap_or(""))
    }

    #[test]
    fn markdown_has_every_part() {
        let mut r = report();
        r.set_facilitator("  Ada  ");
        r.add_attendee(Attendee::parse("Bo", "Incident lead").unwrap()).unwrap();
        r.add_attendee(Attendee::parse("Cy", "Observer").unwrap()).unwrap();
        r.set_answers(["Support first\n", "ignored: there is one prompt"]);
        let md = r.to_markdown(&href);
        for expected in [
            "# After-action report: Scenario s",
            "seed 1",
            "- Started: 1 January 1970, 00:00 UTC",
            "- Facilitator: Ada\n- Attendees: Bo (Incident lead), Cy (Observer)\n",
            "- Duration: 11:00 simulated, 06:00 real",
            "| 07:00 | 02:00 | Clock advanced 5 minutes. |",
            "| 08:00 | 03:00 | Decision: What first? Option restore (Incident lead) |",
            "| What first? | Option restore | Option wait ([GitHub goes down: What to do](https://runbook.example/docs/github-down#actions)) | Missed (critical) | 08:00 / 03:00 |",
            "## What to improve\n\n- What first? Option restore was chosen; the runbook (GitHub goes down: What to do) says: Option wait.",
            "## Discussion\n\n### 1. SECRET discussion question\n\nSupport first\n",
            "Nobody \\| checked the runbook",
            "| Rehearse restores | Platform team | 2026-07-01 |",
        ] {
            assert!(md.contains(expected), "missing {expected:?} in\n{md}");
        }
        // Nobody entered yet, and a prompt not answered: room to write it in.
        r.facilitator.clear();
        r.attendees.clear();
        r.set_answers([""]);
        let md = r.to_markdown(&href);
        assert!(
            md.contains("- Facilitator: not recorded\n- Attendees: not recorded\n"),
            "{md}"
        );
        assert!(
            md.contains("### 1. SECRET discussion question\n\nAnswer:\n\n\n"),
            "{md}"
        );
    }

    #[test]
    fn a_drill_ended_early_says_so_and_misses_nothing_ahead() {
        let log = vec![
            Event::new(0, EventKind::Started { speed: REAL_TIME }),
            Event::new(5 * M + 10_000, EventKind::Ended),
        ];
        let state = DrillState::replay(&scenario("s"), 1, &log).unwrap();
        let r = Report::draft(&state, 6 * M);
        assert_eq!((r.met, r.missed, r.critical_misses), (0, 0, 0));
        assert_eq!(r.decisions[0].outcome, Outcome::EndedEarly);
        assert!(r.to_improve.is_empty(), "{:?}", r.to_improve);
        let md = r.to_markdown(&href);
        assert!(
            md.contains("- Decisions met: 0, missed: 0, critical misses: 0; 1 not reached (the drill ended early)\n"),
            "{md}"
        );
        assert!(md.contains("| Not reached (ended early) |"), "{md}");
        let json = r.to_json();
        assert!(json.contains("\"outcome\": \"ended-early\""), "{json}");
        assert_eq!(Report::from_json(&json), Ok(r));
    }

    #[test]
    fn who_took_part_and_the_discussion() {
        let mut r = report();
        assert_eq!(r.discussion.len(), 1, "the scenario's prompts, to answer");
        assert_eq!(r.discussion[0].answer, "");
        assert_eq!(
            Attendee::parse(" ", ""),
            Err(vec![("name", AttendeeError::NoName), ("role", AttendeeError::NoRole)])
        );
        for i in 0..limit("attendees") {
            r.add_attendee(Attendee::parse(&format!("P{i}"), "Observer").unwrap())
                .unwrap();
        }
        assert_eq!(
            r.add_attendee(Attendee::parse("One more", "Observer").unwrap()),
            Err(AttendeeError::Full(200))
        );
        r.remove_attendee(999);
        r.remove_attendee(0);
        assert_eq!(r.attendees[0].name, "P1");
        assert_eq!(r.started_label(), "1 January 1970, 00:00 UTC");
    }

    #[test]
    fn the_lists_take_trimmed_text_and_lose_items_by_index() {
        let mut r = report();
        let before = r.list(ReportList::WentWell).len();
        assert_eq!(r.add_to(ReportList::WentWell, "  "), Err(ItemError::Empty));
        assert_eq!(r.add_to(ReportList::WentWell, " Called early "), Ok(()));
        assert_eq!(
            r.list(ReportList::WentWell).last().map(String::as_str),
            Some("Called early")
        );
        r.remove_from(ReportList::WentWell, 99);
        r.remove_from(ReportList::WentWell, before);
        assert_eq!(r.list(ReportList::WentWell).len(), before);
        r.remove_action(5);
        assert_eq!(r.actions.len(), 1);
        let item = r.actions[0].clone();
        while r.actions.len() < limit("actions") {
            r.add_action(item.clone()).unwrap();
        }
        assert_eq!(r.add_action(item), Err(("what", ActionError::Full(1000))));
        r.actions.truncate(1);
        r.remove_action(0);
        assert!(r.actions.is_empty());
        assert_eq!(ReportList::parse("to-improve"), Some(ReportList::ToImprove));
        assert_eq!(ReportList::parse("nope"), None);
        // A list holds no more than an import would read back.
        while r.list(ReportList::ToImprove).len() < limit("to-improve") {
            r.add_to(ReportList::ToImprove, "x").unwrap();
        }
        assert_eq!(r.add_to(ReportList::ToImprove, "x"), Err(ItemError::Full(1000)));
    }

    #[test]
    fn action_items_from_the_form() {
        assert_eq!(
            ActionItem::parse(" Time the restore ", "Dev lead", "2026-07-01"),
            Ok(ActionItem {
                what: "Time the restore".into(),
                owner: "Dev lead".into(),
                due: Date::new(2026, 7, 1),
            })
        );
        assert_eq!(ActionItem::parse("x", "y", " ").map(|a| a.due), Ok(None));
        assert_eq!(
            ActionItem::parse("", " ", "1 July"),
            Err(vec![
                ("what", ActionError::NoWhat),
                ("owner", ActionError::NoOwner),
                ("due", ActionError::BadDue)
            ])
        );
        assert_eq!(
            ActionItem::parse("x", "y", "2026-02-30"),
            Err(vec![("due", ActionError::BadDue)])
        );
    }
}
