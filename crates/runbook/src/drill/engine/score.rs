//! Scoring: each decision against the runbook, how long it took on both clocks, and the
//! critical misses.

use crate::drill::state::DrillState;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The runbook's choice, by the deadline.
    Met,
    /// The runbook's choice, after the deadline.
    Late,
    /// Another choice.
    Missed,
    /// Open, deadline passed, nothing chosen.
    NoDecision,
    /// Open, deadline not yet passed.
    Pending,
    /// Never opened (its inject did not come up in this drill).
    NotReached,
    /// Not made, and the drill ended before its deadline (or before it opened): not a miss.
    EndedEarly,
}

/// A duration on both clocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Took {
    pub sim_ms: i64,
    pub wall_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionScore {
    pub decision: String,
    pub prompt: String,
    pub outcome: Outcome,
    /// The label of the option chosen, if any.
    pub chosen: Option<String>,
    /// The label of the runbook's option.
    pub expected: String,
    /// The runbook section that says so (`slug#anchor`).
    pub runbook: String,
    /// How a link to it reads: "Page title: Section heading" (empty in a report imported
    /// from a file that did not have it).
    #[serde(default)]
    pub runbook_title: String,
    pub critical_miss: bool,
    /// From the decision opening to it being made.
    pub time_to_decision: Option<Took>,
}

impl DecisionScore {
    /// The words for the link to the runbook: its title, or the reference if there is none.
    pub fn runbook_label(&self) -> &str {
        if self.runbook_title.is_empty() {
            &self.runbook
        } else {
            &self.runbook_title
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub decisions: Vec<DecisionScore>,
    pub met: usize,
    /// Missed, late or not made by the deadline.
    pub missed: usize,
    pub critical_misses: usize,
}

/// The score in words: "2 met, 1 missed, 1 critical miss".
pub fn in_words(met: usize, missed: usize, critical_misses: usize) -> String {
    let misses = if critical_misses == 1 { "miss" } else { "misses" };
    format!("{met} met, {missed} missed, {critical_misses} critical {misses}")
}

/// How many of `decisions` the drill ended before, in words, or `None` if none: "2 not
/// reached (the drill ended early)".
pub fn ended_early_in_words(decisions: &[DecisionScore]) -> Option<String> {
    let n = decisions.iter().filter(|d| d.outcome == Outcome::EndedEarly).count();
    (n > 0).then(|| format!("{n} not reached (the drill ended early)"))
}

/// Scores the drill as of `now_wall`. A critical decision counts as a critical miss when
/// the wrong option is chosen, or when its deadline passes with no choice at all: silence on
/// a critical call is as costly in an incident as the wrong call. A decision whose deadline
/// was still ahead when the drill ended was not missed: the drill ended early
/// ([`Outcome::EndedEarly`]), and it counts neither way.
pub fn score(state: &DrillState, now_wall: i64) -> Score {
    let now = state.sim_ms(now_wall);
    let ended = state.ended().is_some();
    let decisions: Vec<DecisionScore> = state
        .scenario()
        .decisions
        .iter()
        .map(|d| {
            let made = state.made(&d.id);
            let opened = state.opened_sim(d);
            let deadline = state.deadline_sim(d);
            let outcome = match (made, opened, deadline) {
                (Some(m), _, Some(deadline)) if m.option == d.expected => {
                    if m.at.sim_ms <= deadline {
                        Outcome::Met
                    } else {
                        Outcome::Late
                    }
                }
                (Some(_), _, _) => Outcome::Missed,
                (None, Some(_), Some(deadline)) if deadline <= now => Outcome::NoDecision,
                // The drill is over before this decision's time was up: not a miss.
                (None, Some(_), _) if ended => Outcome::EndedEarly,
                (None, Some(o), _) if o > now => Outcome::NotReached,
                (None, Some(_), _) => Outcome::Pending,
                (None, None, _) => Outcome::NotReached,
            };
            let time_to_decision = made.zip(opened).map(|(m, o)| Took {
                sim_ms: m.at.sim_ms - o,
                wall_ms: state.wall_when(o).map_or(0, |w| m.at.wall_ms - w),
            });
            let label = |id: &str| d.option(id).map_or_else(|| id.to_string(), |o| o.label.clone());
            DecisionScore {
                decision: d.id.clone(),
                prompt: d.prompt.clone(),
                outcome,
                chosen: made.map(|m| label(&m.option)),
                expected: label(&d.expected),
                runbook: d.runbook.clone(),
                runbook_title: d.runbook_title.clone(),
                critical_miss: d.critical && matches!(outcome, Outcome::Missed | Outcome::NoDecision),
                time_to_decision,
            }
        })
        .collect();
    let count = |f: fn(Outcome) -> bool| decisions.iter().filter(|d| f(d.outcome)).count();
    Score {
        met: count(|o| o == Outcome::Met),
        missed: count(|o| matches!(o, Outcome::Missed | Outcome::Late | Outcome::NoDecision)),
        critical_misses: decisions.iter().filter(|d| d.critical_miss).count(),
        decisions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::clock::{MINUTE_MS as M, REAL_TIME};
    use crate::drill::event::{Event, EventKind};
    use crate::drill::testing::scenario;

    const T0: i64 = 1_000_000;

    fn ev(minute: i64, kind: EventKind) -> Event {
        Event::new(T0 + minute * M, kind)
    }

    fn decide(minute: i64, decision: &str, option: &str) -> Event {
        ev(minute, crate::drill::testing::decision(decision, option))
    }

    /// Scores `events` (after the start) at wall minute `at`: (first, second) outcomes and
    /// the critical-miss count.
    fn check(events: Vec<Event>, at: i64, expected: (Outcome, Outcome, usize)) {
        let mut log = vec![ev(0, EventKind::Started { speed: REAL_TIME })];
        log.extend(events);
        let state = DrillState::replay(&scenario("s"), 1, &log).unwrap();
        let s = score(&state, T0 + at * M);
        assert_eq!(
            (s.decisions[0].outcome, s.decisions[1].outcome, s.critical_misses),
            expected
        );
    }

    #[test]
    fn the_score_in_words_counts_properly() {
        assert_eq!(in_words(2, 1, 1), "2 met, 1 missed, 1 critical miss");
        assert_eq!(in_words(0, 0, 0), "0 met, 0 missed, 0 critical misses");
    }

    #[test]
    fn outcomes() {
        use Outcome::*;
        check(vec![], 1, (Pending, NotReached, 0));
        check(vec![decide(3, "first", "wait")], 4, (Met, NotReached, 0));
        check(vec![decide(3, "first", "restore")], 4, (Missed, NotReached, 1));
        check(vec![], 15, (NoDecision, NotReached, 1));
        check(vec![decide(16, "first", "wait")], 16, (Late, NotReached, 0));
        // Ended before its deadline with nothing chosen: the drill ended early; that is not
        // a miss, critical or not (issue 23.9).
        check(vec![ev(2, EventKind::Ended)], 3, (EndedEarly, NotReached, 0));
        // Ended after its deadline with nothing chosen: missed.
        check(vec![ev(16, EventKind::Ended)], 17, (NoDecision, NotReached, 1));
        let tickets = ev(
            11,
            EventKind::InjectRevealed {
                inject: "tickets".into(),
            },
        );
        check(
            vec![tickets.clone(), decide(12, "second", "ignore")],
            13,
            (Pending, Missed, 0),
        );
        check(vec![tickets, decide(12, "second", "tell")], 16, (NoDecision, Met, 1));
    }

    #[test]
    fn ending_early_misses_nothing_still_ahead() {
        // Issue 23.9: ended at 12:00 with both deadlines (15:00 and 21:00) still ahead.
        let log = vec![
            ev(0, EventKind::Started { speed: REAL_TIME }),
            ev(
                11,
                EventKind::InjectRevealed {
                    inject: "tickets".into(),
                },
            ),
            ev(12, EventKind::Ended),
        ];
        let state = DrillState::replay(&scenario("s"), 1, &log).unwrap();
        let s = score(&state, T0 + 30 * M);
        assert_eq!(
            s.decisions.iter().map(|d| d.outcome).collect::<Vec<_>>(),
            vec![Outcome::EndedEarly, Outcome::EndedEarly]
        );
        assert_eq!((s.met, s.missed, s.critical_misses), (0, 0, 0));
        assert_eq!(
            ended_early_in_words(&s.decisions).as_deref(),
            Some("2 not reached (the drill ended early)")
        );
        // A decision that would have opened after the end was not reached either.
        let log = vec![ev(0, EventKind::Started { speed: REAL_TIME }), ev(1, EventKind::Ended)];
        let state = DrillState::replay(&scenario("s"), 1, &log).unwrap();
        let s = score(&state, T0 + 30 * M);
        assert_eq!(s.decisions[1].outcome, Outcome::NotReached, "its inject never came");
        assert_eq!(ended_early_in_words(&s.decisions[1..]), None);
    }

    #[test]
    fn counts_and_time_to_decision_on_both_clocks() {
        let log = vec![
            ev(0, EventKind::Started { speed: REAL_TIME }),
            ev(1, EventKind::Paused),
            ev(3, EventKind::Resumed),
            ev(4, EventKind::SpeedChanged { speed: 2_000 }),
            decide(5, "first", "wait"),
        ];
        let state = DrillState::replay(&scenario("s"), 1, &log).unwrap();
        let s = score(&state, T0 + 5 * M);
        assert_eq!((s.met, s.missed, s.critical_misses), (1, 0, 0));
        // Sim: 1 min, paused 2, 1 min at 1×, 1 min at 2×: 4 minutes. Wall: 5 minutes.
        assert_eq!(
            s.decisions[0].time_to_decision,
            Some(Took {
                sim_ms: 4 * M,
                wall_ms: 5 * M
            })
        );
        assert_eq!(s.decisions[0].expected, "Option wait");
        assert_eq!(s.decisions[0].runbook, "github-down#actions");
    }
}
