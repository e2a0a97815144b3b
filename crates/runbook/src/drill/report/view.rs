//! What the after-action report page shows, as a view model the site's components draw
//! (`src/components/drill_report/`): text and addresses, no markup. Also the page's forms'
//! fields ([`Field`]), which the components draw and the page's handlers read and mark with
//! the core's errors, and what the page says when there is no report yet.

use super::super::clock::format_elapsed;
use super::super::model::split_ref;
use super::super::score::{ended_early_in_words, in_words};
use super::{outcome_word, ActionItem, Attendee, Discussion, Report, ReportList};

/// The report as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportView {
    pub summary: SummaryView,
    pub timeline: Vec<LineView>,
    pub decisions: Vec<DecisionView>,
    /// Who facilitated: "Not recorded yet" until someone is entered.
    pub facilitator: String,
    pub attendees: Vec<Attendee>,
    pub went_well: Vec<String>,
    pub to_improve: Vec<String>,
    pub discussion: Vec<Discussion>,
    pub notes: Vec<LineView>,
    pub actions: Vec<ActionView>,
}

/// The factual summary at the top of the report.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SummaryView {
    pub scenario: String,
    /// When the drill started, for people: "3 December 2026, 17:27 UTC".
    pub started: String,
    pub seed: u64,
    /// "15:00 simulated, 05:00 real", or "Not ended yet".
    pub duration: String,
    /// "1 met, 1 missed, 0 critical misses; 2 not reached (the drill ended early)".
    pub score: String,
}

/// A line of the timeline or a note, at its time on both clocks ("mm:ss").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineView {
    pub sim: String,
    pub wall: String,
    pub text: String,
}

/// A link into the runbook: where it goes and how it reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LinkView {
    pub href: String,
    pub text: String,
}

/// A decision against the runbook.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DecisionView {
    pub prompt: String,
    /// The option chosen, or "–".
    pub chosen: String,
    pub expected: String,
    pub runbook: LinkView,
    /// "Met", "Late", …, with " (critical)" after a critical miss.
    pub result: String,
    pub critical: bool,
    /// "08:00 / 03:00" (simulated / real), or "–".
    pub took: String,
}

/// An action item as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActionView {
    pub what: String,
    pub owner: String,
    /// "2026-07-01", or "–".
    pub due: String,
}

/// The report's view. `doc_href` makes the address of a doc page's section (slug, anchor).
pub fn report_view(report: &Report, doc_href: &dyn Fn(&str, Option<&str>) -> String) -> ReportView {
    let r = report;
    let duration = r.ended.map_or_else(
        || "Not ended yet".to_string(),
        |end| {
            format!(
                "{} simulated, {} real",
                format_elapsed(end.sim_ms),
                format_elapsed(end.wall_ms - r.started.wall_ms)
            )
        },
    );
    let mut score = in_words(r.met, r.missed, r.critical_misses);
    if let Some(words) = ended_early_in_words(&r.decisions) {
        score = format!("{score}; {words}");
    }
    let line = |sim_ms: i64, wall_ms: i64, text: &str| LineView {
        sim: format_elapsed(sim_ms),
        wall: format_elapsed(wall_ms),
        text: text.to_string(),
    };
    ReportView {
        summary: SummaryView {
            scenario: r.scenario_title.clone(),
            started: r.started_label(),
            seed: r.seed,
            duration,
            score,
        },
        timeline: r.timeline.iter().map(|l| line(l.sim_ms, l.wall_ms, &l.text)).collect(),
        decisions: r
            .decisions
            .iter()
            .map(|d| {
                let (slug, anchor) = split_ref(&d.runbook);
                DecisionView {
                    prompt: d.prompt.clone(),
                    chosen: d.chosen.clone().unwrap_or_else(|| "–".into()),
                    expected: d.expected.clone(),
                    runbook: LinkView {
                        href: doc_href(slug, anchor),
                        text: d.runbook_label().to_string(),
                    },
                    result: format!(
                        "{}{}",
                        outcome_word(d.outcome),
                        if d.critical_miss { " (critical)" } else { "" }
                    ),
                    critical: d.critical_miss,
                    took: d.time_to_decision.map_or("–".to_string(), |t| {
                        format!("{} / {}", format_elapsed(t.sim_ms), format_elapsed(t.wall_ms))
                    }),
                }
            })
            .collect(),
        facilitator: if r.facilitator.is_empty() {
            "Not recorded yet".into()
        } else {
            r.facilitator.clone()
        },
        attendees: r.attendees.clone(),
        went_well: r.list(ReportList::WentWell).to_vec(),
        to_improve: r.list(ReportList::ToImprove).to_vec(),
        discussion: r.discussion.clone(),
        notes: r.notes.iter().map(|n| line(n.sim_ms, n.wall_ms, &n.text)).collect(),
        actions: r.actions.iter().map(action_view).collect(),
    }
}

fn action_view(a: &ActionItem) -> ActionView {
    ActionView {
        what: a.what.clone(),
        owner: a.owner.clone(),
        due: a.due.map_or("–".to_string(), |d| d.to_string()),
    }
}

/// A text field of the report page's forms: the components draw it by its id, label and
/// hint; the handlers read it and put the core's error beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Facilitator,
    AttendeeName,
    AttendeeRole,
    /// The field that adds to a list.
    NewItem(ReportList),
    ActionWhat,
    ActionOwner,
    ActionDue,
    /// The pasted report to import.
    ImportJson,
}

impl Field {
    /// Every field of the page.
    pub const ALL: [Field; 9] = [
        Field::Facilitator,
        Field::AttendeeName,
        Field::AttendeeRole,
        Field::NewItem(ReportList::WentWell),
        Field::NewItem(ReportList::ToImprove),
        Field::ActionWhat,
        Field::ActionOwner,
        Field::ActionDue,
        Field::ImportJson,
    ];

    /// The control's id; its hint's and error's are this with `-hint` and `-error`.
    pub fn id(self) -> &'static str {
        match self {
            Field::Facilitator => "facilitator-name",
            Field::AttendeeName => "attendee-name",
            Field::AttendeeRole => "attendee-role",
            Field::NewItem(ReportList::WentWell) => "went-well-new",
            Field::NewItem(ReportList::ToImprove) => "to-improve-new",
            Field::ActionWhat => "action-what",
            Field::ActionOwner => "action-owner",
            Field::ActionDue => "action-due",
            Field::ImportJson => "report-json",
        }
    }

    /// The id of its error message. A list's field keeps the list's own (`went-well-error`).
    pub fn error_id(self) -> String {
        match self {
            Field::NewItem(list) => format!("{}-error", list.id()),
            _ => format!("{}-error", self.id()),
        }
    }

    pub fn label(self) -> String {
        match self {
            Field::Facilitator => "Facilitator".into(),
            Field::AttendeeName => "Name".into(),
            Field::AttendeeRole => "Role".into(),
            Field::NewItem(list) => format!("Add to “{}”", list.title()),
            Field::ActionWhat => "Action".into(),
            Field::ActionOwner => "Owner".into(),
            Field::ActionDue => "Due date (optional)".into(),
            Field::ImportJson => "Report JSON".into(),
        }
    }

    pub fn hint(self) -> Option<&'static str> {
        match self {
            Field::AttendeeRole => Some("Their part in the drill, for example Incident lead, Developer or Observer"),
            Field::ActionDue => Some("For example, 2026-07-01"),
            Field::ImportJson => {
                Some("Paste the contents of a report downloaded as JSON. It replaces the report on this page.")
            }
            _ => None,
        }
    }

    /// The field [`Attendee::parse`] or [`ActionItem::parse`] names in an error.
    pub fn named(name: &str) -> Option<Self> {
        match name {
            "name" => Some(Field::AttendeeName),
            "role" => Some(Field::AttendeeRole),
            "what" => Some(Field::ActionWhat),
            "owner" => Some(Field::ActionOwner),
            "due" => Some(Field::ActionDue),
            _ => None,
        }
    }
}

/// What the page says when this browser holds no drill and nothing was imported.
pub const NO_REPORT: &str =
    "There is no drill to report on in this browser. Run a drill, or import a report below to review it.";

/// What the build's page says before the app has looked for a drill: true either way.
pub const BEFORE_THE_APP: &str =
    "The report of the drill in this browser opens here, drafted from the drill and ready for the team to edit. You can also import a report exported before, to review it.";

#[cfg(test)]
mod tests {
    use super::super::super::score::{DecisionScore, Outcome, Took};
    use super::super::super::state::Moment;
    use super::super::ReportLine;
    use super::*;

    fn report() -> Report {
        Report {
            schema_version: 2,
            scenario_id: "s".into(),
            scenario_title: "Login <down>".into(),
            seed: 42,
            started: Moment {
                wall_ms: 1_000,
                sim_ms: 0,
            },
            ended: Some(Moment {
                wall_ms: 61_000,
                sim_ms: 120_000,
            }),
            facilitator: String::new(),
            attendees: vec![],
            timeline: vec![ReportLine {
                sim_ms: 60_000,
                wall_ms: 30_000,
                text: "Note: <b>".into(),
            }],
            decisions: vec![DecisionScore {
                decision: "d".into(),
                prompt: "Which & why?".into(),
                outcome: Outcome::Missed,
                chosen: None,
                expected: "Restore".into(),
                runbook: "full-restore#steps".into(),
                runbook_title: "Full restore: Steps".into(),
                critical_miss: true,
                time_to_decision: Some(Took {
                    sim_ms: 60_000,
                    wall_ms: 1_000,
                }),
            }],
            met: 0,
            missed: 1,
            critical_misses: 1,
            went_well: vec![],
            to_improve: vec!["Faster".into()],
            discussion: vec![],
            notes: vec![],
            actions: vec![ActionItem {
                what: "Time it".into(),
                owner: "Ops".into(),
                due: None,
            }],
        }
    }

    #[test]
    fn the_view_says_everything_with_links_into_the_runbook() {
        let href = |slug: &str, anchor: Option<&str>| format!("/r/docs/{slug}#{}", anchor.unwrap_or(""));
        let v = report_view(&report(), &href);
        assert_eq!(
            v.summary,
            SummaryView {
                scenario: "Login <down>".into(),
                started: "1 January 1970, 00:00 UTC".into(),
                seed: 42,
                duration: "02:00 simulated, 01:00 real".into(),
                score: "0 met, 1 missed, 1 critical miss".into(),
            }
        );
        assert_eq!(
            v.timeline,
            vec![LineView {
                sim: "01:00".into(),
                wall: "00:30".into(),
                text: "Note: <b>".into()
            }]
        );
        let d = &v.decisions[0];
        assert_eq!(
            (d.chosen.as_str(), d.result.as_str(), d.took.as_str(), d.critical),
            ("–", "Missed (critical)", "01:00 / 00:01", true)
        );
        assert_eq!(
            d.runbook,
            LinkView {
                href: "/r/docs/full-restore#steps".into(),
                text: "Full restore: Steps".into()
            }
        );
        assert_eq!(v.facilitator, "Not recorded yet");
        assert_eq!(v.to_improve, vec!["Faster".to_string()]);
        assert_eq!(v.actions[0].due, "–");
        let mut r = report();
        r.ended = None;
        r.set_facilitator("Ada");
        let v = report_view(&r, &href);
        assert_eq!(
            (v.summary.duration.as_str(), v.facilitator.as_str()),
            ("Not ended yet", "Ada")
        );
    }

    #[test]
    fn each_field_has_its_own_id_and_the_parsers_names_map_to_them() {
        let fields = Field::ALL;
        for (i, f) in fields.iter().enumerate() {
            assert!(fields[..i].iter().all(|g| g.id() != f.id()), "{f:?}");
        }
        assert_eq!(Field::NewItem(ReportList::ToImprove).error_id(), "to-improve-error");
        assert_eq!(Field::ActionDue.error_id(), "action-due-error");
        for (name, f) in [("name", Field::AttendeeName), ("due", Field::ActionDue)] {
            assert_eq!(Field::named(name), Some(f));
        }
        assert_eq!(Field::named("x"), None);
    }
}
