//! The after-action report: drafted from a drill, edited by the facilitator, exported as
//! Markdown (for the team's notes) and JSON (to import and review later).

use super::clock::{format_elapsed, format_speed};
use super::event::EventKind;
use super::saved::SavedError;
use super::score::{score, DecisionScore, Outcome};
use super::state::{DrillState, Moment};
use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

pub const REPORT_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Report {
    pub schema_version: u32,
    pub scenario_id: String,
    pub scenario_title: String,
    pub seed: u64,
    pub started: Moment,
    pub ended: Option<Moment>,
    /// Every event, at its time on both clocks (elapsed from the start).
    pub timeline: Vec<ReportLine>,
    pub decisions: Vec<DecisionScore>,
    pub met: usize,
    pub missed: usize,
    pub critical_misses: usize,
    pub went_well: Vec<String>,
    pub to_improve: Vec<String>,
    pub notes: Vec<ReportLine>,
    pub actions: Vec<ActionItem>,
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

/// The two lists the facilitator writes into a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// An item for a list was left empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmptyItem;

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

    /// Adds `text`, trimmed, to `list`; text that is only spaces is refused.
    pub fn add_to(&mut self, list: ReportList, text: &str) -> Result<(), EmptyItem> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EmptyItem);
        }
        self.list_mut(list).push(text.to_string());
        Ok(())
    }

    /// Removes item `index` of `list`, if there is one (a stale button does nothing).
    pub fn remove_from(&mut self, list: ReportList, index: usize) {
        let items = self.list_mut(list);
        if index < items.len() {
            items.remove(index);
        }
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
                    d.runbook,
                    d.expected
                )),
                Outcome::NoDecision => to_improve.push(format!(
                    "{} No decision by the deadline; the runbook ({}) says: {}.",
                    d.prompt, d.runbook, d.expected
                )),
                Outcome::Pending | Outcome::NotReached => {}
            }
        }
        Self {
            schema_version: REPORT_SCHEMA_VERSION,
            scenario_id: scenario.id.clone(),
            scenario_title: scenario.title.clone(),
            seed: state.seed(),
            started: start,
            ended: state.ended(),
            timeline,
            met: s.met,
            missed: s.missed,
            critical_misses: s.critical_misses,
            decisions: s.decisions,
            went_well,
            to_improve,
            notes: state.notes().iter().map(|n| line(n.at, n.text.clone())).collect(),
            actions: Vec::new(),
        }
    }

    /// The exported file: JSON, because people keep it, read it and import it again.
    pub fn to_json(&self) -> String {
        super::report_json::to_json(self)
    }

    /// Reads an exported report; old, new and damaged files each get their own error.
    pub fn from_json(text: &str) -> Result<Self, SavedError> {
        super::report_json::from_json(text)
    }

    pub fn to_markdown(&self) -> String {
        let mut md = String::new();
        // Writing to a String cannot fail; the results are ignored on purpose.
        let _ = writeln!(md, "# After-action report: {}\n", self.scenario_title);
        let _ = writeln!(md, "- Scenario: `{}`, seed {}", self.scenario_id, self.seed);
        if let Some(end) = self.ended {
            let _ = writeln!(
                md,
                "- Duration: {} simulated, {} real",
                format_elapsed(end.sim_ms),
                format_elapsed(end.wall_ms - self.started.wall_ms)
            );
        }
        let _ = writeln!(
            md,
            "- Decisions met: {}, missed: {}, critical misses: {}\n",
            self.met, self.missed, self.critical_misses
        );
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
            let _ = writeln!(
                md,
                "| {} | {} | {} ({}) | {}{} | {} |",
                cell(&d.prompt),
                cell(d.chosen.as_deref().unwrap_or("–")),
                cell(&d.expected),
                d.runbook,
                outcome_word(d.outcome),
                if d.critical_miss { " (critical)" } else { "" },
                took
            );
        }
        list(&mut md, "What went well", &self.went_well);
        list(&mut md, "What to improve", &self.to_improve);
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
    use super::super::clock::{MINUTE_MS as M, REAL_TIME};
    use super::super::event::Event;
    use super::super::testing::scenario;
    use super::*;

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
        assert!(matches!(Report::from_json("nope"), Err(SavedError::Corrupt(_))));
        assert!(matches!(
            Report::from_json(r#"{"schema-version":0}"#),
            Err(SavedError::OlderVersion { .. })
        ));
        assert!(matches!(
            Report::from_json(r#"{"schema-version":2}"#),
            Err(SavedError::NewerVersion { .. })
        ));
        assert!(matches!(
            Report::from_json(r#"{"schema-version":1}"#),
            Err(SavedError::Corrupt(_))
        ));
        // A newer format with fields of its own is newer, not damaged.
        assert!(matches!(
            Report::from_json(r#"{"actions":{"a":[1,2.5,null]},"schema-version":2,"new":"x"}"#),
            Err(SavedError::NewerVersion { .. })
        ));
        assert_eq!(
            Report::from_json(r#"{"scenario-id":"s"}"#),
            Err(SavedError::Corrupt("it has no schema-version".into()))
        );
    }

    #[test]
    fn markdown_has_every_part() {
        let md = report().to_markdown();
        for expected in [
            "# After-action report: Scenario s",
            "seed 1",
            "- Duration: 11:00 simulated, 06:00 real",
            "| 07:00 | 02:00 | Clock advanced 5 minutes. |",
            "| 08:00 | 03:00 | Decision: What first? Option restore (Incident lead) |",
            "| What first? | Option restore | Option wait (github-down#actions) | Missed (critical) | 08:00 / 03:00 |",
            "## What to improve\n\n- What first? Option restore was chosen; the runbook (github-down#actions) says: Option wait.",
            "Nobody \\| checked the runbook",
            "| Rehearse restores | Platform team | 2026-07-01 |",
        ] {
            assert!(md.contains(expected), "missing {expected:?} in\n{md}");
        }
    }

    #[test]
    fn the_lists_take_trimmed_text_and_lose_items_by_index() {
        let mut r = report();
        let before = r.list(ReportList::WentWell).len();
        assert_eq!(r.add_to(ReportList::WentWell, "  "), Err(EmptyItem));
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
        r.remove_action(0);
        assert!(r.actions.is_empty());
        assert_eq!(ReportList::parse("to-improve"), Some(ReportList::ToImprove));
        assert_eq!(ReportList::parse("nope"), None);
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
