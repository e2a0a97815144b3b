//! The wizard engine: answers in, the journey so far out. Pure and total: any answers,
//! however stale or malformed, give a journey, never a panic.
//!
//! Answers are keyed by question id and the current page is derived by replaying them from
//! the start (as GOV.UK Smart Answers does), so a reloaded page, the Back button and a
//! shared link all land on the same page.

use super::datetime;
use super::model::{NodeRef, Outcome, Question, QuestionKind, Wizard};
use crate::collect::SmallMap;
use serde::{Deserialize, Serialize};

/// Question id -> the answer as it appears in the URL (an option value, `yes`/`no`, or a
/// date-time like `2026-05-22T14:30`).
pub type Answers = SmallMap<String, String>;

/// One answered question on the path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub question: String,
    /// The canonical answer, as it should be written back into the URL.
    pub answer: String,
    /// The answer as a person reads it: the option's label, "Yes", or a UTC date-time.
    pub label: String,
    /// The node the answer led to.
    pub next: String,
}

/// Where the journey has got to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Current {
    /// Ask this question. `error` says why the answer given was refused, if one was.
    Ask { question: String, error: Option<String> },
    /// The journey is complete.
    Outcome(String),
    /// The wizard data points at a node it does not have, or loops. Compiled wizards are
    /// checked for both, so this only happens with hand-edited JSON.
    Broken { node: String },
}

/// An answer that was supplied but not used, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignored {
    pub question: String,
    pub value: String,
    pub reason: IgnoredReason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum IgnoredReason {
    /// The wizard has no question with this id.
    UnknownQuestion,
    /// The question is not on the path the other answers take, and cannot come up later.
    NotOnPath,
    /// The question is on the path but the answer is not valid for it: the sentence says why.
    Invalid(String),
}

/// The result of replaying answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    pub steps: Vec<Step>,
    pub current: Current,
    pub ignored: Vec<Ignored>,
}

/// A row of "Check your answers", also the "because you answered …" list on an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryRow {
    /// For the Change link.
    pub question: String,
    pub question_text: String,
    pub answer: String,
}

/// What to show after an answer is given or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NextPage {
    /// Ask this question next (with the reason the answer was refused, if it was).
    Ask {
        question: String,
        error: Option<String>,
    },
    /// Every question on the path is answered: show the summary when changing an answer,
    /// the outcome otherwise.
    Done,
    Broken {
        node: String,
    },
}

/// The answers to keep after answering, and the page to go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    pub answers: Answers,
    pub next: NextPage,
}

/// Replays `answers` from the start. `now` (minutes since the Unix epoch, UTC) is needed
/// only by date-time questions: without it they are asked again with an explanation.
pub fn replay(wizard: &Wizard, answers: &Answers, now: Option<i64>) -> Journey {
    let mut steps = Vec::new();
    let mut ignored = Vec::new();
    // Questions answered and nodes passed: tens at most, so a list is enough.
    let mut used: Vec<&str> = Vec::new();
    let mut visited: Vec<String> = Vec::new();
    let mut node = wizard.start.clone();
    let current = loop {
        if visited.contains(&node) {
            break Current::Broken { node };
        }
        visited.push(node.clone());
        let question = match wizard.node(&node) {
            None => break Current::Broken { node },
            Some(NodeRef::Outcome(o)) => break Current::Outcome(o.id.clone()),
            Some(NodeRef::Question(q)) => q,
        };
        let Some(value) = answers.get(&question.id) else {
            break Current::Ask {
                question: node,
                error: None,
            };
        };
        used.push(&question.id);
        match evaluate(question, value, now) {
            Ok(step) => {
                node = step.next.clone();
                steps.push(step);
            }
            Err(error) => {
                ignored.push(Ignored {
                    question: question.id.clone(),
                    value: value.clone(),
                    reason: IgnoredReason::Invalid(error.clone()),
                });
                break Current::Ask {
                    question: node,
                    error: Some(error),
                };
            }
        }
    };
    // Answers to questions that may still come up are kept quietly: they are what lets a
    // changed answer keep the later answers that still apply.
    let still_ahead = match &current {
        Current::Ask { question, .. } => reachable_from(wizard, question),
        _ => Vec::new(),
    };
    for (question, value) in answers {
        if used.contains(&question.as_str()) || still_ahead.contains(question) {
            continue;
        }
        let reason = if wizard.question(question).is_some() {
            IgnoredReason::NotOnPath
        } else {
            IgnoredReason::UnknownQuestion
        };
        ignored.push(Ignored {
            question: question.clone(),
            value: value.clone(),
            reason,
        });
    }
    Journey {
        steps,
        current,
        ignored,
    }
}

/// Records an answer (a first answer or a changed one) and says what to show next. Later
/// answers that still apply are kept; those no longer on the path are dropped.
pub fn answer(wizard: &Wizard, answers: &Answers, question: &str, value: &str, now: Option<i64>) -> Answered {
    let mut answers = answers.clone();
    answers.insert(question.to_string(), value.to_string());
    let journey = replay(wizard, &answers, now);
    for ignored in &journey.ignored {
        answers.remove(&ignored.question);
    }
    // Write answers back in canonical form, so the URL is the same however they were typed.
    for step in &journey.steps {
        answers.insert(step.question.clone(), step.answer.clone());
    }
    let next = match journey.current {
        Current::Ask { question, error } => NextPage::Ask { question, error },
        Current::Outcome(_) => NextPage::Done,
        Current::Broken { node } => NextPage::Broken { node },
    };
    Answered { answers, next }
}

/// The Back link: the previous question, and the answers before it. `None` on the first
/// question.
pub fn back(wizard: &Wizard, answers: &Answers, now: Option<i64>) -> Option<(String, Answers)> {
    let journey = replay(wizard, answers, now);
    let (last, before) = journey.steps.split_last()?;
    let kept = before.iter().map(|s| (s.question.clone(), s.answer.clone())).collect();
    Some((last.question.clone(), kept))
}

impl Journey {
    pub fn outcome<'w>(&self, wizard: &'w Wizard) -> Option<&'w Outcome> {
        match &self.current {
            Current::Outcome(id) => wizard.outcome(id),
            _ => None,
        }
    }

    /// The question to ask now, with the reason its last answer was refused.
    pub fn asking<'w>(&self, wizard: &'w Wizard) -> Option<(&'w Question, Option<&str>)> {
        match &self.current {
            Current::Ask { question, error } => wizard.question(question).map(|q| (q, error.as_deref())),
            _ => None,
        }
    }

    /// The answered path as "Check your answers" rows; on an outcome, the reasons for it.
    pub fn summary(&self, wizard: &Wizard) -> Vec<SummaryRow> {
        self.steps
            .iter()
            .map(|s| SummaryRow {
                question: s.question.clone(),
                question_text: wizard
                    .question(&s.question)
                    .map_or_else(|| s.question.clone(), |q| q.text.clone()),
                answer: s.label.clone(),
            })
            .collect()
    }

    /// Only the answers on the path, in canonical form: what a clean URL holds.
    pub fn path_answers(&self) -> Answers {
        self.steps
            .iter()
            .map(|s| (s.question.clone(), s.answer.clone()))
            .collect()
    }
}

/// Checks one answer against its question and finds where it leads.
pub fn evaluate(question: &Question, value: &str, now: Option<i64>) -> Result<Step, String> {
    let step = |answer: String, label: String, next: &str| Step {
        question: question.id.clone(),
        answer,
        label,
        next: next.to_string(),
    };
    match &question.kind {
        QuestionKind::Choice(options) => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| step(o.value.clone(), o.label.clone(), &o.next))
            .ok_or_else(|| format!("“{value}” is not one of the answers to this question. Select one of the options.")),
        QuestionKind::YesNo { yes, no } => match value {
            "yes" => Ok(step("yes".into(), "Yes".into(), yes)),
            "no" => Ok(step("no".into(), "No".into(), no)),
            _ => Err(format!(
                "“{value}” is not an answer to this question. Select yes or no."
            )),
        },
        QuestionKind::DateTime { rules, otherwise } => {
            let at = datetime::parse(value)?;
            let Some(now) = now else {
                return Err("The current time is not known, so this date cannot be checked. Enter it again.".into());
            };
            if at > now {
                return Err(format!(
                    "{} is in the future. Enter a date and time in the past, in UTC.",
                    datetime::label(at)
                ));
            }
            let next = rules
                .iter()
                .find(|r| now - at > r.older_than_minutes)
                .map_or(otherwise.as_str(), |r| r.next.as_str());
            Ok(step(datetime::format(at), datetime::label(at), next))
        }
    }
}

/// Every question that can still come up from `start` (itself included).
fn reachable_from(wizard: &Wizard, start: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut todo = vec![start.to_string()];
    while let Some(id) = todo.pop() {
        let Some(q) = wizard.question(&id) else {
            continue;
        };
        if !seen.contains(&id) {
            todo.extend(q.exits().into_iter().map(|(_, next)| next.to_string()));
            seen.push(id);
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::model::DateRule;

    use crate::wizard::testing::{choice, outcome, question, DAY, NOW};

    /// kind -> (a: a->b, a->when) ; b yes/no -> x | y ; when: older than 7 days -> old, else recent
    fn wizard() -> Wizard {
        Wizard {
            id: "w".into(),
            title: "W".into(),
            summary: String::new(),
            start: "kind".into(),
            questions: vec![
                question(
                    "kind",
                    QuestionKind::Choice(vec![choice("a", "b"), choice("c", "when"), choice("d", "b")]),
                ),
                question(
                    "b",
                    QuestionKind::YesNo {
                        yes: "x".into(),
                        no: "y".into(),
                    },
                ),
                question(
                    "when",
                    QuestionKind::DateTime {
                        rules: vec![DateRule {
                            older_than_minutes: 7 * DAY,
                            next: "old".into(),
                        }],
                        otherwise: "b".into(),
                    },
                ),
            ],
            outcomes: ["x", "y", "old"].into_iter().map(outcome).collect(),
            source: String::new(),
            start_here: false,
            serves: vec![],
        }
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn check(pairs: &[(&str, &str)], expected: Current) {
        assert_eq!(
            replay(&wizard(), &answers(pairs), Some(NOW)).current,
            expected,
            "{pairs:?}"
        );
    }

    fn ask(q: &str) -> Current {
        Current::Ask {
            question: q.into(),
            error: None,
        }
    }

    #[test]
    fn replays_answers_to_the_current_node() {
        check(&[], ask("kind"));
        check(&[("kind", "a")], ask("b"));
        check(&[("kind", "a"), ("b", "yes")], Current::Outcome("x".into()));
        check(&[("kind", "d"), ("b", "no")], Current::Outcome("y".into()));
        check(
            &[("kind", "c"), ("when", "2026-05-01T09:00")],
            Current::Outcome("old".into()),
        );
        check(&[("kind", "c"), ("when", "2026-05-20T09:00")], ask("b"));
        check(
            &[("kind", "c"), ("when", "2026-05-20T09:00"), ("b", "yes")],
            Current::Outcome("x".into()),
        );
    }

    #[test]
    fn the_week_boundary_is_more_than_seven_days() {
        check(&[("kind", "c"), ("when", "2026-05-15T12:00")], ask("b"));
        check(
            &[("kind", "c"), ("when", "2026-05-15T11:59")],
            Current::Outcome("old".into()),
        );
    }

    #[test]
    fn invalid_answers_ask_again_with_the_reason() {
        let j = replay(&wizard(), &answers(&[("kind", "zzz")]), Some(NOW));
        let Current::Ask {
            question,
            error: Some(e),
        } = &j.current
        else {
            panic!("{j:?}")
        };
        assert_eq!(question, "kind");
        assert!(e.contains("not one of the answers"), "{e}");
        assert!(matches!(j.ignored[0].reason, IgnoredReason::Invalid(_)));

        let future = replay(
            &wizard(),
            &answers(&[("kind", "c"), ("when", "2026-05-23T00:00")]),
            Some(NOW),
        );
        assert!(
            matches!(&future.current, Current::Ask { error: Some(e), .. } if e.contains("in the future")),
            "{future:?}"
        );
        let malformed = replay(
            &wizard(),
            &answers(&[("kind", "c"), ("when", "last tuesday")]),
            Some(NOW),
        );
        assert!(matches!(&malformed.current, Current::Ask { error: Some(e), .. } if e.contains("not a date and time")));
        let no_clock = replay(
            &wizard(),
            &answers(&[("kind", "c"), ("when", "2026-05-20T09:00")]),
            None,
        );
        assert!(
            matches!(&no_clock.current, Current::Ask { error: Some(e), .. } if e.contains("current time is not known"))
        );
        let yes_no = replay(&wizard(), &answers(&[("kind", "a"), ("b", "maybe")]), Some(NOW));
        assert!(matches!(&yes_no.current, Current::Ask { error: Some(e), .. } if e.contains("yes or no")));
    }

    #[test]
    fn unused_answers_are_reported() {
        let j = replay(
            &wizard(),
            &answers(&[("kind", "a"), ("b", "yes"), ("when", "2026-05-01T00:00"), ("nope", "1")]),
            Some(NOW),
        );
        let reasons: Vec<_> = j
            .ignored
            .iter()
            .map(|i| (i.question.as_str(), i.reason.clone()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                ("nope", IgnoredReason::UnknownQuestion),
                ("when", IgnoredReason::NotOnPath)
            ]
        );
    }

    #[test]
    fn answers_still_ahead_are_not_reported() {
        // `b` can still come up after `when`, so its answer waits quietly.
        let j = replay(&wizard(), &answers(&[("kind", "c"), ("b", "yes")]), Some(NOW));
        assert_eq!(j.current, ask("when"));
        assert!(j.ignored.is_empty(), "{j:?}");
    }

    #[test]
    fn changing_an_answer_keeps_later_answers_that_still_apply() {
        let w = wizard();
        let start = answers(&[("kind", "a"), ("b", "yes")]);
        // a -> d: both lead to b, so b's answer still applies and the path is complete.
        let changed = answer(&w, &start, "kind", "d", Some(NOW));
        assert_eq!(changed.answers, answers(&[("kind", "d"), ("b", "yes")]));
        assert_eq!(changed.next, NextPage::Done);
        // a -> c: `when` is new and asked first; b may come after it, so it is kept.
        let changed = answer(&w, &start, "kind", "c", Some(NOW));
        assert_eq!(changed.answers, answers(&[("kind", "c"), ("b", "yes")]));
        assert_eq!(
            changed.next,
            NextPage::Ask {
                question: "when".into(),
                error: None
            }
        );
        // Answering `when` with an old date leads to `old`: b is no longer on the path.
        let done = answer(&w, &changed.answers, "when", "2026-05-01T00:00:00Z", Some(NOW));
        assert_eq!(done.answers, answers(&[("kind", "c"), ("when", "2026-05-01T00:00")]));
        assert_eq!(done.next, NextPage::Done);
        // And changing it to a recent date asks b again, since its old answer was dropped.
        let again = answer(&w, &done.answers, "when", "2026-05-21T00:00", Some(NOW));
        assert_eq!(
            again.next,
            NextPage::Ask {
                question: "b".into(),
                error: None
            }
        );
    }

    #[test]
    fn an_invalid_change_is_refused_and_asked_again() {
        let w = wizard();
        let changed = answer(&w, &answers(&[("kind", "a"), ("b", "yes")]), "b", "perhaps", Some(NOW));
        assert!(matches!(&changed.next, NextPage::Ask { question, error: Some(_) } if question == "b"));
        assert_eq!(changed.answers, answers(&[("kind", "a")]));
    }

    #[test]
    fn back_goes_to_the_previous_question() {
        let w = wizard();
        assert_eq!(back(&w, &answers(&[]), Some(NOW)), None);
        let (q, kept) = back(&w, &answers(&[("kind", "a"), ("b", "yes")]), Some(NOW)).unwrap();
        assert_eq!((q.as_str(), kept), ("b", answers(&[("kind", "a")])));
    }

    #[test]
    fn summary_rows_name_the_question_and_the_answer() {
        let w = wizard();
        let j = replay(
            &w,
            &answers(&[("kind", "c"), ("when", "2026-05-20T09:00"), ("b", "no")]),
            Some(NOW),
        );
        let rows: Vec<_> = j
            .summary(&w)
            .into_iter()
            .map(|r| (r.question, r.question_text, r.answer))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("kind".into(), "Text kind?".into(), "Label c".into()),
                ("when".into(), "Text when?".into(), "20 May 2026, 09:00 UTC".into()),
                ("b".into(), "Text b?".into(), "No".into()),
            ]
        );
        assert_eq!(j.outcome(&w).map(|o| o.id.as_str()), Some("y"));
    }

    #[test]
    fn broken_data_does_not_panic_or_loop() {
        let mut w = wizard();
        w.start = "missing".into();
        assert_eq!(
            replay(&w, &answers(&[]), None).current,
            Current::Broken { node: "missing".into() }
        );
        let mut w = wizard();
        w.questions[1].kind = QuestionKind::YesNo {
            yes: "kind".into(),
            no: "kind".into(),
        };
        assert_eq!(
            replay(&w, &answers(&[("kind", "a"), ("b", "yes")]), None).current,
            Current::Broken { node: "kind".into() }
        );
    }
}
