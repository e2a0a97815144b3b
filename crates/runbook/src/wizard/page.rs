//! Which page of a wizard to show for an address, and where each control on it leads.
//!
//! The site's wizard page is a thin renderer over [`screen`] and [`submit`]: the query
//! string goes in, a [`Screen`] comes out (the page, the journey, the Back link, notices
//! about ignored parameters), and a submitted answer becomes the next query string. Every
//! step is a navigation, so reload, Back, Forward and shared links all reproduce the page.

use super::engine::{self, Answers, Current, IgnoredReason, Journey, NextPage};
use super::model::{QuestionKind, Wizard};
use super::query::{self, View, WizardQuery};

/// The page to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// A question page. `value` pre-fills the control (the answer being changed, or an
    /// answer that was refused); `changing` means the journey returns to "Check your
    /// answers" once every question on the path is answered.
    Question {
        question: String,
        error: Option<String>,
        value: Option<String>,
        changing: bool,
    },
    /// "Check your answers".
    Check,
    /// The journey's outcome.
    Outcome(String),
    /// The whole tree as a diagram, with the path so far highlighted.
    Tree,
    /// The wizard's data is inconsistent; only hand-edited data can get here.
    Broken { node: String },
}

/// Where the on-page Back link goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Back {
    /// Leave the wizard for the list of wizards (on the first question).
    List,
    /// This wizard, with this query string (`""` or starting with `?`).
    Query(String),
}

/// Everything the wizard page needs to render one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub page: Page,
    pub journey: Journey,
    /// The answers as read from the address.
    pub answers: Answers,
    pub change: Option<String>,
    pub back: Back,
    /// Sentences about parts of the address that were ignored, for a notification banner.
    pub notices: Vec<String>,
}

/// Reads an address's query string and decides what to show. `now` is minutes since the
/// Unix epoch (UTC), for date-time questions.
pub fn screen(wizard: &Wizard, query_string: &str, now: Option<i64>) -> Screen {
    let WizardQuery {
        answers,
        change,
        view,
        problems,
    } = query::parse(wizard, query_string);
    let journey = engine::replay(wizard, &answers, now);
    let answered = |q: &str| journey.steps.iter().any(|s| s.question == q);
    let page = match (view, change.as_deref(), &journey.current) {
        (Some(View::Tree), _, _) => Page::Tree,
        (Some(View::Check), _, _) => Page::Check,
        (None, Some(c), _) if answered(c) => Page::Question {
            question: c.to_string(),
            error: None,
            value: answers.get(c).cloned(),
            changing: true,
        },
        (None, Some(_), Current::Outcome(_)) => Page::Check,
        (None, changing, Current::Ask { question, error }) => Page::Question {
            question: question.clone(),
            error: error.clone(),
            value: answers.get(question).cloned(),
            changing: changing.is_some(),
        },
        (None, None, Current::Outcome(o)) => Page::Outcome(o.clone()),
        (None, _, Current::Broken { node }) => Page::Broken { node: node.clone() },
    };
    let back = match &page {
        Page::Question { changing: true, .. } => {
            Back::Query(query::build(wizard, &journey.path_answers(), None, Some(View::Check)))
        }
        Page::Tree => Back::Query(query::build(wizard, &answers, change.as_deref(), None)),
        _ => match engine::back(wizard, &answers, now) {
            Some((_, kept)) => Back::Query(query::build(wizard, &kept, None, None)),
            None => Back::List,
        },
    };
    let asked_error = matches!(&page, Page::Question { error: Some(_), .. });
    let mut notices: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for ignored in &journey.ignored {
        let text = wizard
            .question(&ignored.question)
            .map_or(ignored.question.as_str(), |q| q.text.as_str());
        match &ignored.reason {
            IgnoredReason::UnknownQuestion => notices.push(format!(
                "The address mentions “{}”, which is not a question in this wizard, so it was ignored.",
                ignored.question
            )),
            IgnoredReason::NotOnPath => notices.push(format!(
                "The address answers “{text}”, which your other answers do not lead to, so that answer was ignored."
            )),
            // Shown as the question's error message when that question is on screen.
            IgnoredReason::Invalid(_) if asked_error => {}
            IgnoredReason::Invalid(reason) => {
                notices.push(format!("The address's answer to “{text}” was ignored: {reason}"))
            }
        }
    }
    Screen {
        page,
        journey,
        answers,
        change,
        back,
        notices,
    }
}

/// What a question page's Continue button does with the value given: the next query
/// string, or the error message to show (GOV.UK error summary and inline message).
pub fn submit(
    wizard: &Wizard,
    answers: &Answers,
    changing: bool,
    question: &str,
    value: &str,
    now: Option<i64>,
) -> Result<String, String> {
    let Some(q) = wizard.question(question) else {
        return Err("This question is not part of the wizard any more. Start again.".into());
    };
    let value = value.trim();
    if value.is_empty() {
        return Err(match q.kind {
            QuestionKind::Choice(_) => "Select an answer".into(),
            QuestionKind::YesNo { .. } => "Select yes or no".into(),
            QuestionKind::DateTime { .. } => "Enter a date and time, in UTC".into(),
        });
    }
    engine::evaluate(q, value, now)?;
    let answered = engine::answer(wizard, answers, question, value, now);
    Ok(match answered.next {
        NextPage::Ask { error: Some(e), .. } => return Err(e),
        NextPage::Ask { question, .. } if changing => query::build(wizard, &answered.answers, Some(&question), None),
        NextPage::Done if changing => query::build(wizard, &answered.answers, None, Some(View::Check)),
        NextPage::Ask { .. } | NextPage::Done | NextPage::Broken { .. } => {
            query::build(wizard, &answered.answers, None, None)
        }
    })
}

/// The query string of a "Change" link for `question`, from "Check your answers" or an
/// outcome's "Because you answered".
pub fn change_query(wizard: &Wizard, journey: &Journey, question: &str) -> String {
    query::build(wizard, &journey.path_answers(), Some(question), None)
}

/// The query string of this journey with another view (`None`: the question or outcome).
pub fn view_query(wizard: &Wizard, journey: &Journey, view: Option<View>) -> String {
    query::build(wizard, &journey.path_answers(), None, view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::model::DateRule;

    use crate::wizard::testing::{choice, outcome, question, DAY, NOW};

    /// kind: a -> b, c -> when ; b yes -> x, no -> y ; when: older than 7 days -> old, else b
    fn wizard() -> Wizard {
        Wizard {
            id: "w".into(),
            title: "W".into(),
            summary: String::new(),
            start: "kind".into(),
            questions: vec![
                question(
                    "kind",
                    QuestionKind::Choice(vec![choice("a", "b"), choice("c", "when")]),
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

    fn ask(q: &str, error: Option<&str>, value: Option<&str>, changing: bool) -> Page {
        Page::Question {
            question: q.into(),
            error: error.map(Into::into),
            value: value.map(Into::into),
            changing,
        }
    }

    fn check(query: &str, page: Page, back: Back) {
        let s = screen(&wizard(), query, Some(NOW));
        assert_eq!((s.page, s.back), (page, back), "{query}");
    }

    fn q(s: &str) -> Back {
        Back::Query(s.into())
    }

    #[test]
    fn each_address_has_one_page_and_a_back_link() {
        check("", ask("kind", None, None, false), Back::List);
        check("?kind=a", ask("b", None, None, false), q(""));
        check("?kind=a&b=yes", Page::Outcome("x".into()), q("?kind=a"));
        check("?kind=a&b=yes&view=check", Page::Check, q("?kind=a"));
        check("?kind=a&view=tree", Page::Tree, q("?kind=a"));
        check(
            "?kind=a&b=yes&change=kind",
            ask("kind", None, Some("a"), true),
            q("?kind=a&b=yes&view=check"),
        );
        // Changing to a branch with a new question: the new question, still in change mode.
        check(
            "?kind=c&b=yes&change=when",
            ask("when", None, None, true),
            q("?kind=c&view=check"),
        );
        // A change to a question not on the path, once complete, is the summary.
        check("?kind=a&b=yes&change=when", Page::Check, q("?kind=a"));
    }

    #[test]
    fn a_refused_answer_is_asked_again_with_its_reason() {
        let s = screen(&wizard(), "?kind=c&when=2026-06-01T00%3A00", Some(NOW));
        let Page::Question {
            question,
            error: Some(e),
            value,
            ..
        } = &s.page
        else {
            panic!("{s:?}")
        };
        assert_eq!(
            (question.as_str(), value.as_deref()),
            ("when", Some("2026-06-01T00:00"))
        );
        assert!(e.contains("in the future"), "{e}");
        assert!(s.notices.is_empty(), "{:?}", s.notices);
    }

    #[test]
    fn ignored_parameters_become_notices() {
        let s = screen(&wizard(), "?kind=a&when=2026-05-01T00%3A00&utm=1&b", Some(NOW));
        assert_eq!(s.page, ask("b", None, None, false));
        assert_eq!(s.notices.len(), 3, "{:?}", s.notices);
        assert!(s.notices[0].contains("“utm”"));
        assert!(s.notices[1].contains("could not be read"));
        assert!(s.notices[2].contains("“Text when?”"), "{:?}", s.notices);
        // On a summary page, a refused answer is reported in a notice instead.
        let s = screen(&wizard(), "?kind=zzz&view=check", Some(NOW));
        assert!(s.notices[0].contains("not one of the answers"), "{:?}", s.notices);
    }

    #[test]
    fn submitting_goes_to_the_next_address_or_says_what_is_wrong() {
        let w = wizard();
        let a =
            |pairs: &[(&str, &str)]| -> Answers { pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() };
        let go =
            |answers: &Answers, changing, question, value| submit(&w, answers, changing, question, value, Some(NOW));
        assert_eq!(go(&a(&[]), false, "kind", "a"), Ok("?kind=a".into()));
        assert_eq!(go(&a(&[("kind", "a")]), false, "b", "no"), Ok("?kind=a&b=no".into()));
        assert_eq!(go(&a(&[]), false, "kind", ""), Err("Select an answer".into()));
        assert_eq!(
            go(&a(&[("kind", "a")]), false, "b", " "),
            Err("Select yes or no".into())
        );
        assert!(go(&a(&[("kind", "c")]), false, "when", "2027-01-01T00:00").is_err_and(|e| e.contains("in the future")));
        assert!(go(&a(&[("kind", "c")]), false, "when", "soon").is_err_and(|e| e.contains("not a date")));
        assert_eq!(
            go(&a(&[("kind", "c")]), false, "when", ""),
            Err("Enter a date and time, in UTC".into())
        );
        assert!(go(&a(&[]), false, "nope", "x").is_err());
        // Changing: a complete path returns to the summary; a new question is asked first.
        let done = a(&[("kind", "a"), ("b", "yes")]);
        assert_eq!(go(&done, true, "b", "no"), Ok("?kind=a&b=no&view=check".into()));
        assert_eq!(go(&done, true, "kind", "c"), Ok("?kind=c&b=yes&change=when".into()));
        assert_eq!(
            go(&a(&[("kind", "c"), ("b", "yes")]), true, "when", "2026-05-21T09:00"),
            Ok("?kind=c&b=yes&when=2026-05-21T09%3A00&view=check".into())
        );
    }

    #[test]
    fn change_and_view_links_keep_only_the_path() {
        let w = wizard();
        let s = screen(&w, "?kind=a&b=yes&when=2026-05-01T00%3A00", Some(NOW));
        assert_eq!(change_query(&w, &s.journey, "b"), "?kind=a&b=yes&change=b");
        assert_eq!(view_query(&w, &s.journey, Some(View::Tree)), "?kind=a&b=yes&view=tree");
        assert_eq!(view_query(&w, &s.journey, None), "?kind=a&b=yes");
    }
}
