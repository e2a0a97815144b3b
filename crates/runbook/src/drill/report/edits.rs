//! What the facilitator writes into an after-action report (what went well, what to
//! improve, the action items), kept in the browser so that a reload loses none of it.
//!
//! The rest of the report is drafted again from the drill's log on every load
//! ([`Report::draft`]), so it follows a drill that is still running; the edits belong to one
//! drill (its scenario, seed and start) and are put back only into that drill's report.

use crate::drill::report::{ActionItem, Attendee, Discussion, Report};
use crate::saved_text::{self, TextError};
use serde::{Deserialize, Serialize};

/// Bump when the saved form changes in a way old data cannot be read as. Version 2 added
/// who took part and the discussion's answers; version 1 is still read.
pub const REPORT_EDITS_VERSION: u32 = 2;

const KIND: &str = "report-edits";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportEdits {
    pub scenario_id: String,
    pub seed: u64,
    pub started_wall_ms: i64,
    pub facilitator: String,
    pub attendees: Vec<Attendee>,
    pub went_well: Vec<String>,
    pub to_improve: Vec<String>,
    /// Each discussion prompt with its answer: put back by prompt, so an answer stays with
    /// its question if the scenario's prompts change.
    pub discussion: Vec<Discussion>,
    pub actions: Vec<ActionItem>,
}

/// What version 1 saved.
#[derive(Deserialize)]
struct EditsV1 {
    scenario_id: String,
    seed: u64,
    started_wall_ms: i64,
    went_well: Vec<String>,
    to_improve: Vec<String>,
    actions: Vec<ActionItem>,
}

/// Why saved edits could not be read. Their text is kept as it is whatever the problem: the
/// page offers it for download, and only a person's choice discards it (never a newer
/// version's, which a newer build reads).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditsProblem {
    #[error("The changes saved for this report could not be read ({0}).")]
    Damaged(String),
    #[error("The changes saved for this report are from an older version of the runbook, which this one cannot read.")]
    Older,
    #[error("The changes saved for this report were made by a newer build of the runbook (format {found}; this is {current}).")]
    Newer { found: u32, current: u32 },
}

impl EditsProblem {
    /// The recovery banner's title.
    pub fn title(&self) -> &'static str {
        match self {
            EditsProblem::Newer { .. } => "Saved changes to the report are from a newer build",
            _ => "Saved changes to the report could not be read",
        }
    }

    /// What the reader can do.
    pub fn advice(&self) -> &'static str {
        match self {
            EditsProblem::Newer { .. } => "They stay as saved, and changes made here are not saved: reload the page to get the newer build, which reads them.",
            _ => "They stay as saved, and changes made here are not saved, until you choose: download them if you need them, then discard them.",
        }
    }

    /// Whether the page offers to discard them: never a newer build's.
    pub fn can_discard(&self) -> bool {
        !matches!(self, EditsProblem::Newer { .. })
    }

    fn of(error: TextError) -> Self {
        match error {
            TextError::Damaged(reason) => EditsProblem::Damaged(reason),
            TextError::OtherVersion { found, current } if found > current => EditsProblem::Newer { found, current },
            TextError::OtherVersion { .. } => EditsProblem::Older,
        }
    }
}

impl ReportEdits {
    /// The edits as they stand in `report`.
    pub fn of(report: &Report) -> Self {
        Self {
            scenario_id: report.scenario_id.clone(),
            seed: report.seed,
            started_wall_ms: report.started.wall_ms,
            facilitator: report.facilitator.clone(),
            attendees: report.attendees.clone(),
            went_well: report.went_well.clone(),
            to_improve: report.to_improve.clone(),
            discussion: report.discussion.clone(),
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
        report.facilitator = self.facilitator.clone();
        report.attendees = self.attendees.clone();
        report.went_well = self.went_well.clone();
        report.to_improve = self.to_improve.clone();
        for d in &mut report.discussion {
            if let Some(saved) = self.discussion.iter().find(|s| s.prompt == d.prompt) {
                d.answer = saved.answer.clone();
            }
        }
        report.actions = self.actions.clone();
        true
    }

    pub fn to_text(&self) -> String {
        saved_text::encode(KIND, REPORT_EDITS_VERSION, self)
    }

    /// Reads saved edits, this version's or version 1's. Never inlined: the site calls it
    /// in two places, and one copy of the decoder is enough.
    #[inline(never)]
    pub fn load(text: &str) -> Result<Self, EditsProblem> {
        match saved_text::decode(KIND, REPORT_EDITS_VERSION, text) {
            Err(TextError::OtherVersion { found: 1, .. }) if !text.trim_start().starts_with('{') => {
                let v1: EditsV1 = saved_text::decode(KIND, 1, text).map_err(EditsProblem::of)?;
                Ok(Self {
                    scenario_id: v1.scenario_id,
                    seed: v1.seed,
                    started_wall_ms: v1.started_wall_ms,
                    facilitator: String::new(),
                    attendees: Vec::new(),
                    went_well: v1.went_well,
                    to_improve: v1.to_improve,
                    discussion: Vec::new(),
                    actions: v1.actions,
                })
            }
            other => other.map_err(EditsProblem::of),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::drill::clock::{MINUTE_MS as M, REAL_TIME};
    use crate::drill::event::{Event, EventKind};
    use crate::drill::state::DrillState;
    use crate::drill::testing::scenario;

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
    fn who_took_part_and_answers_come_back_too() {
        let mut edited = draft(1, &started());
        edited.set_facilitator("Ada");
        edited
            .add_attendee(Attendee::parse("Bo", "Developer").unwrap())
            .unwrap();
        edited.set_answers(["Prepare the list of SITs"]);
        let edits = ReportEdits::load(&ReportEdits::of(&edited).to_text()).unwrap();
        let mut fresh = draft(1, &started());
        assert!(edits.apply(&mut fresh));
        assert_eq!(fresh.facilitator, "Ada");
        assert_eq!(fresh.attendees, edited.attendees);
        assert_eq!(fresh.discussion[0].answer, "Prepare the list of SITs");
    }

    #[test]
    fn version_1_edits_still_load() {
        #[derive(serde::Serialize)]
        struct V1 {
            scenario_id: String,
            seed: u64,
            started_wall_ms: i64,
            went_well: Vec<String>,
            to_improve: Vec<String>,
            actions: Vec<ActionItem>,
        }
        let text = saved_text::encode(
            "report-edits",
            1,
            &V1 {
                scenario_id: "s".into(),
                seed: 1,
                started_wall_ms: 0,
                went_well: vec!["Calm".into()],
                to_improve: vec![],
                actions: vec![],
            },
        );
        let edits = ReportEdits::load(&text).unwrap();
        let mut fresh = draft(1, &started());
        assert!(edits.apply(&mut fresh));
        assert_eq!(fresh.went_well, vec!["Calm".to_string()]);
        assert_eq!(fresh.discussion.len(), 1, "the draft's prompts stay, unanswered");
    }

    #[test]
    fn damaged_older_or_newer_edits_are_problems_and_only_a_newer_one_is_never_discarded() {
        let mut edited = draft(1, &started());
        edited.went_well = vec!["Calm hand-over".into()];
        let good = ReportEdits::of(&edited).to_text();
        let cut_one = &good[..good.len() - 1];
        let damaged = [
            cut_one.to_string(),
            good[..good.len() / 2].to_string(),
            format!("{good}A"),
            format!("{good}AAAA"),
            good.replacen("report-edits/2:", "report-edits/2:%", 1),
            good.replacen("report-edits/2:", "report-edits/x:", 1),
            good.replacen("report-edits/2:", "report-edits/2", 1),
            good.replacen("report-edits", "report-edit", 1),
            "report-edits/2:".to_string(),
            String::new(),
            "drill/2:AA".to_string(),
        ];
        for text in &damaged {
            let problem = ReportEdits::load(text).expect_err(text);
            assert!(matches!(problem, EditsProblem::Damaged(_)), "{text}: {problem:?}");
            assert!(problem.can_discard());
        }
        let newer = good.replacen("report-edits/2:", "report-edits/3:", 1);
        let problem = ReportEdits::load(&newer).unwrap_err();
        assert_eq!(problem, EditsProblem::Newer { found: 3, current: 2 });
        assert!(!problem.can_discard(), "a newer build's edits are never discarded");
        assert!(problem.to_string().contains("made by a newer build"));
        assert_eq!(problem.title(), "Saved changes to the report are from a newer build");
        let older = ReportEdits::load(r#"{"went_well":[]}"#).unwrap_err();
        assert_eq!(older, EditsProblem::Older);
        assert!(older.can_discard());
    }
}
