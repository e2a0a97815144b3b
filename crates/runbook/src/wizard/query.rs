//! Wizard answers in the URL's query string: `?what-is-lost=important&when-lost=2026-05-22T14%3A30`.
//!
//! Keys are question ids, so a reload, the Back button and a shared link reproduce the page.
//! Parsing never fails as a whole: each bad parameter is reported in a sentence and skipped.
//! Whether an answer is valid for its question is the engine's call, not this module's.

pub use super::engine::Answers;
use super::model::Wizard;
use crate::address::{self, encode};

/// Keys the site uses for itself. Question ids may not take them.
pub const RESERVED_KEYS: [&str; 2] = ["change", "view"];

/// Pages of a wizard other than the current question or outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// "Check your answers".
    Check,
    /// The whole tree as a diagram.
    Tree,
}

impl View {
    fn parse(value: &str) -> Option<View> {
        match value {
            "check" => Some(View::Check),
            "tree" => Some(View::Tree),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            View::Check => "check",
            View::Tree => "tree",
        }
    }
}

/// What a query string says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WizardQuery {
    pub answers: Answers,
    /// The question whose answer is being changed from "Check your answers".
    pub change: Option<String>,
    pub view: Option<View>,
    pub problems: Vec<QueryProblem>,
}

/// A parameter that was ignored, and why. Displayed as a sentence for the page.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryProblem {
    #[error("The address mentions “{0}”, which is not a question in this wizard, so it was ignored.")]
    UnknownKey(String),
    #[error("Part of the address (“{0}”) could not be read, so it was ignored.")]
    Malformed(String),
    #[error("The address answers “{0}” more than once. The first answer was used.")]
    Repeated(String),
    #[error("The address asks to change “{0}”, which is not a question in this wizard, so it was ignored.")]
    UnknownChange(String),
    #[error("The address asks for the view “{0}”, which does not exist, so it was ignored.")]
    UnknownView(String),
}

/// Reads a query string, with or without its leading `?`.
pub fn parse(wizard: &Wizard, query: &str) -> WizardQuery {
    let mut out = WizardQuery::default();
    for (piece, decoded) in address::pieces(query) {
        // A wizard's every part is a question and its answer: a part without `=` is no answer.
        let decoded = decoded.filter(|(k, _)| piece.contains('=') && !k.is_empty());
        let Some((key, value)) = decoded else {
            out.problems.push(QueryProblem::Malformed(piece.to_string()));
            continue;
        };
        match key.as_str() {
            "change" if out.change.is_some() => out.problems.push(QueryProblem::Repeated(key)),
            "change" if wizard.question(&value).is_some() => out.change = Some(value),
            "change" => out.problems.push(QueryProblem::UnknownChange(value)),
            "view" if out.view.is_some() => out.problems.push(QueryProblem::Repeated(key)),
            "view" => match View::parse(&value) {
                Some(view) => out.view = Some(view),
                None => out.problems.push(QueryProblem::UnknownView(value)),
            },
            _ if wizard.question(&key).is_none() => out.problems.push(QueryProblem::UnknownKey(key)),
            // An empty answer is a question not yet answered, as an empty form field is.
            _ if value.is_empty() => {}
            _ if out.answers.contains_key(&key) => out.problems.push(QueryProblem::Repeated(key)),
            _ => {
                out.answers.insert(key, value);
            }
        }
    }
    out
}

/// The view a query string asks for, as [`parse`] reads it, without the wizard: a page
/// reads it before its wizard has arrived, to fetch what the view needs with it.
pub fn view(query: &str) -> Option<View> {
    let (_, value) = address::pieces(query)
        .filter(|(piece, _)| piece.contains('='))
        .find_map(|(_, pair)| pair.filter(|(key, _)| key == "view"))?;
    View::parse(&value)
}

/// Writes a query string (with its `?`, or empty when there is nothing to say). Answers
/// come in the wizard's question order, so the same state always gives the same URL.
pub fn build(wizard: &Wizard, answers: &Answers, change: Option<&str>, view: Option<View>) -> String {
    let mut pairs: Vec<(&str, &str)> = wizard
        .questions
        .iter()
        .filter_map(|q| answers.get(&q.id).map(|a| (q.id.as_str(), a.as_str())))
        .collect();
    pairs.extend(change.map(|c| ("change", c)));
    pairs.extend(view.map(|v| ("view", v.as_str())));
    if pairs.is_empty() {
        return String::new();
    }
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    format!("?{}", body.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::model::{Choice, Question, QuestionKind};

    fn wizard() -> Wizard {
        let question = |id: &str| Question {
            id: id.into(),
            text: String::new(),
            hint: None,
            since: None,
            kind: QuestionKind::Choice(vec![Choice {
                value: "x".into(),
                label: "X".into(),
                next: "end".into(),
            }]),
        };
        Wizard {
            id: "w".into(),
            title: String::new(),
            summary: String::new(),
            start: "what".into(),
            questions: vec![question("what"), question("when")],
            outcomes: vec![],
            source: String::new(),
            start_here: false,
            serves: vec![],
        }
    }

    fn check(query: &str, answers: &[(&str, &str)], problems: &[QueryProblem]) {
        let parsed = parse(&wizard(), query);
        let expected: Answers = answers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        assert_eq!(parsed.answers, expected, "{query}");
        assert_eq!(parsed.problems, problems, "{query}");
    }

    #[test]
    fn reads_answers_keyed_by_question_id() {
        check("", &[], &[]);
        check("?", &[], &[]);
        check(
            "?what=x&when=2026-05-22T14%3A30",
            &[("what", "x"), ("when", "2026-05-22T14:30")],
            &[],
        );
        check("what=a+b&&when=", &[("what", "a b")], &[]);
        check("what=%C3%A9", &[("what", "é")], &[]);
    }

    #[test]
    fn reports_and_skips_unknown_and_malformed_parameters() {
        use QueryProblem::*;
        check(
            "?utm_source=mail&what=x",
            &[("what", "x")],
            &[UnknownKey("utm_source".into())],
        );
        check("?what", &[], &[Malformed("what".into())]);
        check("?=x", &[], &[Malformed("=x".into())]);
        check(
            "?what=%zz&when=%E",
            &[],
            &[Malformed("what=%zz".into()), Malformed("when=%E".into())],
        );
        check("?what=%FF", &[], &[Malformed("what=%FF".into())]);
        check("?what=x&what=y", &[("what", "x")], &[Repeated("what".into())]);
        check(
            "?change=nope&view=map",
            &[],
            &[UnknownChange("nope".into()), UnknownView("map".into())],
        );
        assert!(Malformed("a".into()).to_string().contains("could not be read"));
    }

    #[test]
    fn reads_the_sites_own_keys() {
        let parsed = parse(&wizard(), "?what=x&change=what&view=check");
        assert_eq!(
            (parsed.change.as_deref(), parsed.view),
            (Some("what"), Some(View::Check))
        );
        assert_eq!(parse(&wizard(), "view=tree").view, Some(View::Tree));
        for query in [
            "view=tree",
            "?what=x&view=tree",
            "view=tree&view=check",
            "v%69ew=tree",
            "view=map",
            "",
            "?view",
            "view=%ZZ",
        ] {
            assert_eq!(view(query), parse(&wizard(), query).view, "{query}");
        }
    }

    #[test]
    fn builds_in_question_order_and_round_trips() {
        let w = wizard();
        let answers: Answers = [
            ("when".to_string(), "2026-05-22T14:30".to_string()),
            ("what".to_string(), "a b/é".to_string()),
        ]
        .into();
        let query = build(&w, &answers, Some("when"), Some(View::Check));
        assert_eq!(
            query,
            "?what=a%20b%2F%C3%A9&when=2026-05-22T14%3A30&change=when&view=check"
        );
        let parsed = parse(&w, &query);
        assert_eq!(
            (parsed.answers, parsed.change.as_deref(), parsed.problems),
            (answers, Some("when"), vec![])
        );
        assert_eq!(build(&w, &Answers::new(), None, None), "");
    }
}
