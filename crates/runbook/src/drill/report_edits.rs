//! What the facilitator writes into an after-action report (what went well, what to
//! improve, the action items), kept in the browser so that a reload loses none of it.
//!
//! The rest of the report is drafted again from the drill's log on every load
//! ([`Report::draft`]), so it follows a drill that is still running; the edits belong to one
//! drill (its scenario, seed and start) and are put back only into that drill's report.

use super::report::{ActionItem, Report};
use crate::saved_text::{self, TextError};
use serde::{Deserialize, Serialize};

/// Bump when the saved form changes in a way old data cannot be read as.
pub const REPORT_EDITS_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportEdits {
    pub scenario_id: String,
    pub seed: u64,
    pub started_wall_ms: i64,
    pub went_well: Vec<String>,
    pub to_improve: Vec<String>,
    pub actions: Vec<ActionItem>,
}

impl ReportEdits {
    /// The edits as they stand in `report`.
    pub fn of(report: &Report) -> Self {
        Self {
            scenario_id: report.scenario_id.clone(),
            seed: report.seed,
            started_wall_ms: report.started.wall_ms,
            went_well: report.went_well.clone(),
            to_improve: report.to_improve.clone(),
            actions: report.actions.clone(),
        }
    }

    /// Whether these are edits to `report`'s drill.
    pub fn belong_to(&self, report: &Report) -> bool {
        self.scenario_id == report.scenario_id
            && self.seed == report.seed
            && self.started_wall_ms == report.started.wall_ms
    }

    /// Puts the edits back into `report` when they are its drill's; says whether it did.
    pub fn apply(&self, report: &mut Report) -> bool {
        if !self.belong_to(report) {
            return false;
        }
        report.went_well = self.went_well.clone();
        report.to_improve = self.to_improve.clone();
        report.actions = self.actions.clone();
        true
    }

    pub fn to_text(&self) -> String {
        saved_text::encode("report-edits", REPORT_EDITS_VERSION, self)
    }

    /// Reads saved edits. Whatever the error, the page starts from the draft and says so.
    pub fn load(text: &str) -> Result<Self, TextError> {
        saved_text::decode("report-edits", REPORT_EDITS_VERSION, text)
    }
}

#[cfg(test)]
mod tests {
    use super::super::clock::{MINUTE_MS as M, REAL_TIME};
    use super::super::event::{Event, EventKind};
    use super::super::state::DrillState;
    use super::super::testing::scenario;
    use super::*;
    use crate::date::Date;

    fn draft(seed: u64, log: &[Event]) -> Report {
        let state = DrillState::replay(&scenario("s"), seed, log).unwrap();
        Report::draft(&state, 10 * M)
    }

    fn started() -> Vec<Event> {
        vec![Event::new(0, EventKind::Started { speed: REAL_TIME })]
    }

    #[test]
    fn edits_come_back_into_a_fresh_draft_of_the_same_drill_only() {
        let mut edited = draft(1, &started());
        edited.went_well = vec!["Calm hand-over".into()];
        edited.to_improve.push("Find the restore command faster".into());
        edited.actions.push(ActionItem {
            what: "Rehearse restores".into(),
            owner: "Platform team".into(),
            due: Date::parse("2026-07-01").ok(),
        });
        let text = ReportEdits::of(&edited).to_text();
        let edits = ReportEdits::load(&text).unwrap();

        // The drill went on after the edits: the fresh draft has the later events, and the
        // team's words.
        let mut log = started();
        log.push(Event::new(2 * M, EventKind::NoteAdded { text: "later".into() }));
        let mut fresh = draft(1, &log);
        assert!(edits.apply(&mut fresh));
        assert_eq!(fresh.went_well, edited.went_well);
        assert_eq!(fresh.to_improve, edited.to_improve);
        assert_eq!(fresh.actions, edited.actions);
        assert_eq!(fresh.notes.len(), 1, "the draft's own parts stay current");

        let mut other = draft(2, &started());
        let before = other.clone();
        assert!(!edits.apply(&mut other), "another drill's report is left alone");
        assert_eq!(other, before);
    }

    #[test]
    fn damaged_or_foreign_edits_are_errors() {
        assert!(matches!(
            ReportEdits::load("report-edits/1:%"),
            Err(TextError::Damaged(_))
        ));
        assert!(matches!(ReportEdits::load("drill/2:AA"), Err(TextError::Damaged(_))));
        assert_eq!(
            ReportEdits::load("report-edits/9:AA"),
            Err(TextError::OtherVersion { found: 9, current: 1 })
        );
    }
}
