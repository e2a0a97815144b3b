//! What each screen shows: the facilitator's view and the players' view.
//!
//! Secrecy is enforced by types: [`ParticipantView`] has no field for facilitator notes,
//! expected answers, scores, other roles' briefs or injects not yet revealed, so no
//! rendering mistake can leak them. It is also what goes over BroadcastChannel to the
//! players' window, so nothing secret is even sent.

pub mod address;
pub mod briefing;
pub mod marker;

use crate::doc::Prose;
use crate::drill::clock::{format_elapsed, format_speed, SpeedPerMille};
use crate::drill::model::{CommandRef, DecisionOption, Difficulty};
use crate::drill::score::{score, Score};
use crate::drill::state::{DrillState, Moment, Note, TimelineEntry};
use serde::{Deserialize, Serialize};

/// What players may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantView {
    pub title: String,
    pub situation: Prose,
    /// Every role, so players know who is who and each can open the screen with their brief.
    pub roles: Vec<RoleName>,
    /// The brief of the role this screen belongs to, if one was chosen.
    pub my_role: Option<RoleBrief>,
    pub sim_ms: i64,
    pub paused: bool,
    pub ended: bool,
    /// Revealed injects, oldest first.
    pub injects: Vec<InjectCard>,
    pub open_decisions: Vec<DecisionCard>,
    /// Decisions made, with the option taken (not whether it was right).
    pub made: Vec<MadeCard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleName {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleBrief {
    pub name: String,
    pub brief: Prose,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InjectCard {
    pub id: String,
    pub title: String,
    /// Code blocks already carry `# DRILL: do not run`.
    pub body: Prose,
    /// Rendered and marked by the build; the UI fills in today's date
    /// ([`CommandRef::text`]).
    pub commands: Vec<CommandRef>,
    pub sim_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionCard {
    pub id: String,
    pub prompt: String,
    pub options: Vec<DecisionOption>,
    pub deadline_sim_ms: Option<i64>,
    /// The incident clock has passed the deadline and the team has not decided.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MadeCard {
    pub prompt: String,
    pub chosen: String,
    pub sim_ms: i64,
}

impl ParticipantView {
    /// The id of the newest inject, which presentation mode marks and scrolls into view
    /// when it changes.
    pub fn newest_inject(&self) -> Option<&str> {
        self.injects.last().map(|c| c.id.as_str())
    }
}

/// What the clocks are doing, in words; the facilitator also sees the speed.
pub fn clock_status(paused: bool, ended: bool, speed: Option<SpeedPerMille>) -> String {
    if ended {
        "Drill ended".to_string()
    } else if paused {
        "Paused".to_string()
    } else {
        match speed {
            Some(s) => format!("Running at {}", format_speed(s)),
            None => "Running".to_string(),
        }
    }
}

/// When a decision is due, on the incident clock; nothing if it has no deadline. Both
/// windows tag it "Overdue" once [`DecisionCard::overdue`].
pub fn deadline_text(card: &DecisionCard) -> Option<String> {
    card.deadline_sim_ms
        .map(|t| format!("Deadline: {} on the incident clock.", format_elapsed(t)))
}

/// One decision's runbook answer as the facilitator's console shows it: what the runbook
/// says, why, the section that says so, and how the team has done so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedAnswer {
    pub prompt: String,
    pub expected: String,
    pub why: Prose,
    /// The runbook section: a page and, if any, its anchor.
    pub page: String,
    pub anchor: Option<String>,
    /// "critical", the deadline, as the line after the link says them.
    pub facts: Vec<String>,
    /// "Met", "Missed", "Late", "Open"… (`report::outcome_word`).
    pub outcome: &'static str,
}

/// Every decision's runbook answer, in the scenario's order.
pub fn expected_answers(view: &FacilitatorView) -> Vec<ExpectedAnswer> {
    view.decisions
        .iter()
        .map(|d| {
            let (page, anchor) = crate::drill::model::split_ref(&d.runbook);
            let outcome = view
                .score
                .decisions
                .iter()
                .find(|s| s.decision == d.id)
                .map_or("", |s| crate::drill::report::outcome_word(s.outcome));
            let facts = d
                .critical
                .then(|| "critical".to_string())
                .into_iter()
                .chain(d.deadline_sim_ms.map(|t| format!("deadline {}", format_elapsed(t))))
                .collect();
            ExpectedAnswer {
                prompt: d.prompt.clone(),
                expected: d.expected.clone(),
                why: d.why.clone(),
                page: page.to_string(),
                anchor: anchor.map(str::to_string),
                facts,
                outcome,
            }
        })
        .collect()
}

/// What is coming up, for the facilitator: each timed inject with when it is due, soonest
/// first, then those waiting on a decision or a deadline.
pub fn coming_up(view: &FacilitatorView) -> Vec<String> {
    view.upcoming
        .iter()
        .map(|u| format!("{} – {}", format_elapsed(u.due_sim_ms), u.title))
        .chain(view.conditional.iter().map(|t| format!("When triggered – {t}")))
        .collect()
}

/// The runbook's answer to open decision `id`, for the facilitator's eyes.
pub fn expected_for<'a>(view: &'a FacilitatorView, id: &str) -> &'a str {
    view.decisions
        .iter()
        .find(|b| b.id == id)
        .map_or("", |b| b.expected.as_str())
}

/// The players' view; `role` picks whose private brief this screen shows.
pub fn participant_view(state: &DrillState, now_wall: i64, role: Option<&str>) -> ParticipantView {
    let scenario = state.scenario();
    ParticipantView {
        title: scenario.title.clone(),
        situation: scenario.situation.clone(),
        roles: scenario
            .roles
            .iter()
            .map(|r| RoleName {
                id: r.id.clone(),
                name: r.name.clone(),
            })
            .collect(),
        my_role: role.and_then(|r| scenario.role(r)).map(|r| RoleBrief {
            name: r.name.clone(),
            brief: r.brief.clone(),
        }),
        sim_ms: state.sim_ms(now_wall),
        paused: state.is_paused(),
        ended: state.ended().is_some(),
        injects: inject_cards(state),
        open_decisions: state
            .open_decisions(now_wall)
            .into_iter()
            .map(|d| {
                let deadline_sim_ms = state.deadline_sim(d);
                DecisionCard {
                    id: d.id.clone(),
                    prompt: d.prompt.clone(),
                    options: d.options.clone(),
                    deadline_sim_ms,
                    overdue: deadline_sim_ms.is_some_and(|t| state.sim_ms(now_wall) > t),
                }
            })
            .collect(),
        made: state
            .decisions_made()
            .iter()
            .filter_map(|m| {
                let d = scenario.decision(&m.decision)?;
                Some(MadeCard {
                    prompt: d.prompt.clone(),
                    chosen: d
                        .option(&m.option)
                        .map_or_else(|| m.option.clone(), |o| o.label.clone()),
                    sim_ms: m.at.sim_ms,
                })
            })
            .collect(),
    }
}

fn inject_cards(state: &DrillState) -> Vec<InjectCard> {
    let cards = state.revealed_injects().iter().filter_map(|r| {
        let i = state.scenario().inject(&r.inject)?;
        Some(InjectCard {
            id: i.id.clone(),
            title: i.title.clone(),
            body: i.body.clone(),
            commands: i.commands.clone(),
            sim_ms: r.at.sim_ms,
        })
    });
    crate::collect::in_order_by_key(cards, |c| c.sim_ms)
}

/// Everything, for the person running the drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacilitatorView {
    /// What the players see, to mirror it.
    pub players: ParticipantView,
    pub scenario_id: String,
    pub difficulty: Difficulty,
    pub seed: u64,
    pub speed: u32,
    pub wall_elapsed_ms: i64,
    pub objectives: Vec<String>,
    pub roles: Vec<RoleBrief>,
    pub facilitator_notes: Prose,
    pub discussion: Vec<String>,
    /// Timed injects not yet revealed, soonest first, with when they are due.
    pub upcoming: Vec<Upcoming>,
    /// Injects waiting on a decision or a deadline, and complications the seed left out.
    pub conditional: Vec<String>,
    pub left_out: Vec<String>,
    pub decisions: Vec<DecisionBrief>,
    pub score: Score,
    pub notes: Vec<Note>,
    pub timeline: Vec<TimelineEntry>,
    pub started: Moment,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upcoming {
    pub inject: String,
    pub title: String,
    pub due_sim_ms: i64,
}

/// A decision with the runbook's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionBrief {
    pub id: String,
    pub prompt: String,
    pub expected: String,
    pub runbook: String,
    pub why: Prose,
    pub critical: bool,
    pub wizard: Option<String>,
    pub opened_sim_ms: Option<i64>,
    pub deadline_sim_ms: Option<i64>,
}

pub fn facilitator_view(state: &DrillState, now_wall: i64) -> FacilitatorView {
    let scenario = state.scenario();
    let plan = state.plan();
    let pending = scenario
        .injects
        .iter()
        .filter(|i| plan.includes(&i.id) && state.revealed(&i.id).is_none());
    let upcoming = pending.clone().filter_map(|i| {
        Some(Upcoming {
            inject: i.id.clone(),
            title: i.title.clone(),
            due_sim_ms: state.scheduled_sim(&i.id)?,
        })
    });
    let upcoming = crate::collect::in_order_by_key(upcoming, |u| u.due_sim_ms);
    FacilitatorView {
        players: participant_view(state, now_wall, None),
        scenario_id: scenario.id.clone(),
        difficulty: scenario.difficulty,
        seed: state.seed(),
        speed: state.speed(),
        wall_elapsed_ms: state.wall_elapsed_ms(now_wall),
        objectives: scenario.objectives.clone(),
        roles: scenario
            .roles
            .iter()
            .map(|r| RoleBrief {
                name: r.name.clone(),
                brief: r.brief.clone(),
            })
            .collect(),
        facilitator_notes: scenario.facilitator_notes.clone(),
        discussion: scenario.discussion.clone(),
        conditional: pending
            .filter(|i| state.scheduled_sim(&i.id).is_none())
            .map(|i| i.title.clone())
            .collect(),
        upcoming,
        left_out: plan.left_out.clone(),
        decisions: scenario
            .decisions
            .iter()
            .map(|d| DecisionBrief {
                id: d.id.clone(),
                prompt: d.prompt.clone(),
                expected: d
                    .option(&d.expected)
                    .map_or_else(|| d.expected.clone(), |o| o.label.clone()),
                runbook: d.runbook.clone(),
                why: d.why.clone(),
                critical: d.critical,
                wizard: d.wizard.clone(),
                opened_sim_ms: state.opened_sim(d),
                deadline_sim_ms: state.deadline_sim(d),
            })
            .collect(),
        score: score(state, now_wall),
        notes: state.notes().to_vec(),
        timeline: state.timeline().to_vec(),
        started: state.started(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::clock::{MINUTE_MS as M, REAL_TIME};
    use crate::drill::event::{Event, EventKind};
    use crate::drill::testing::{decided, note, scenario};

    fn state() -> DrillState {
        let log = vec![
            Event::new(0, EventKind::Started { speed: REAL_TIME }),
            note(M, "SECRET note"),
            decided(2 * M, "first", "restore"),
        ];
        DrillState::replay(&scenario("s"), 1, &log).unwrap()
    }

    #[test]
    fn the_clocks_and_deadlines_are_said_in_words() {
        assert_eq!(clock_status(false, false, Some(2000)), "Running at 2×");
        assert_eq!(clock_status(false, false, None), "Running");
        assert_eq!(clock_status(true, false, Some(2000)), "Paused");
        assert_eq!(clock_status(true, true, None), "Drill ended");
        let started = vec![Event::new(0, EventKind::Started { speed: REAL_TIME })];
        let fresh = DrillState::replay(&scenario("s"), 1, &started).unwrap();
        let view = participant_view(&fresh, M, None);
        let card = &view.open_decisions[0];
        assert_eq!(
            deadline_text(card).as_deref(),
            Some("Deadline: 15:00 on the incident clock.")
        );
        let no_deadline = DecisionCard {
            deadline_sim_ms: None,
            ..card.clone()
        };
        assert_eq!(deadline_text(&no_deadline), None);
    }

    #[test]
    fn the_facilitator_sees_each_answer_with_its_section_facts_and_outcome() {
        let view = facilitator_view(&state(), 3 * M);
        let answers = expected_answers(&view);
        let first = answers.iter().find(|a| a.prompt == "What first?").unwrap();
        assert_eq!(
            (first.page.as_str(), first.anchor.as_deref()),
            ("github-down", Some("actions"))
        );
        assert_eq!(first.facts, ["critical", "deadline 15:00"]);
        assert_eq!(first.outcome, "Missed", "restore was not the runbook's answer");
        assert_eq!(expected_for(&view, "first"), first.expected);
        assert_eq!(expected_for(&view, "nothing"), "");
        let mut view = view;
        view.conditional = vec!["Escalation".into()];
        let coming = coming_up(&view);
        assert_eq!(coming.last().map(String::as_str), Some("When triggered – Escalation"));
        assert!(coming.iter().take(view.upcoming.len()).all(|line| line.contains(" – ")));
    }

    #[test]
    fn the_newest_inject_is_the_last_revealed() {
        let reveal = |at, id: &str| Event::new(at, EventKind::InjectRevealed { inject: id.into() });
        let log = vec![
            Event::new(0, EventKind::Started { speed: REAL_TIME }),
            reveal(M, "tickets"),
            reveal(2 * M, "complication"),
        ];
        let state = DrillState::replay(&scenario("s"), 1, &log).unwrap();
        let view = participant_view(&state, 3 * M, None);
        assert_eq!(view.newest_inject(), Some("complication"));
        assert_eq!(participant_view(&self::state(), 0, None).newest_inject(), None);
    }

    #[test]
    fn players_never_receive_facilitator_content() {
        let state = state();
        for role in [None, Some("lead")] {
            let json = serde_json::to_string(&participant_view(&state, 30 * M, role)).unwrap();
            for secret in [
                "SECRET why",
                "SECRET facilitator",
                "SECRET discussion",
                "SECRET note",
                "SECRET support",
                "github-down#actions",
                "critical",
                "expected",
                "Body of followup",
            ] {
                assert!(!json.contains(secret), "participant view leaks {secret:?}: {json}");
            }
        }
        let lead = participant_view(&state, 0, Some("lead"));
        assert_eq!(lead.my_role.unwrap().name, "Incident lead");
        assert_eq!(
            lead.roles
                .iter()
                .map(|r| (r.id.as_str(), r.name.as_str()))
                .collect::<Vec<_>>(),
            [("lead", "Incident lead"), ("support", "Support")]
        );
        assert_eq!(
            participant_view(&state, 0, Some("nobody")).my_role,
            None,
            "an unknown role shows no brief"
        );
    }

    #[test]
    fn players_see_what_has_happened() {
        let mut state = state();
        for e in state.tick(2 * M) {
            state.apply(e).unwrap();
        }
        let view = participant_view(&state, 2 * M, None);
        assert_eq!(
            view.injects.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["followup"]
        );
        assert_eq!(view.made[0].chosen, "Option restore");
        assert!(view.open_decisions.is_empty());
    }

    #[test]
    fn the_facilitator_sees_answers_scores_and_what_is_coming() {
        let view = facilitator_view(&state(), 2 * M);
        assert_eq!(view.decisions[0].expected, "Option wait");
        assert_eq!(view.score.critical_misses, 1);
        assert_eq!(view.notes[0].text, "SECRET note");
        assert!(view.upcoming.iter().any(|u| u.inject == "tickets"));
        assert!(view.conditional.contains(&"Inject escalation".to_string()));
    }
}
