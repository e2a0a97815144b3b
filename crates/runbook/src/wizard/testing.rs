//! Builders for the small wizards the unit tests walk.

use super::model::{AnswerForm, AnswerParam, Choice, CommandLink, Outcome, Question, QuestionKind, Wizard};
use crate::collect::SmallMap;
use crate::doc::Prose;

/// Minutes in a day.
pub const DAY: i64 = 24 * 60;
/// 2026-05-22T12:00 UTC, in minutes since the epoch.
pub const NOW: i64 = 20_595 * DAY + 12 * 60;

pub fn choice(value: &str, next: &str) -> Choice {
    Choice {
        value: value.into(),
        label: format!("Label {value}"),
        next: next.into(),
    }
}

pub fn question(id: &str, kind: QuestionKind) -> Question {
    Question {
        id: id.into(),
        text: format!("Text {id}?"),
        hint: None,
        since: None,
        kind,
    }
}

pub fn outcome(id: &str) -> Outcome {
    Outcome {
        id: id.into(),
        title: id.into(),
        service: None,
        body: Prose::default(),
        steps: vec![],
        contacts: vec![],
        messages: vec![],
        links: vec![],
        commands: vec![],
        wizards: vec![],
        loses_data_after: None,
    }
}

fn titled(id: &str) -> Outcome {
    Outcome {
        title: format!("Outcome {id}"),
        ..outcome(id)
    }
}

/// start -(a)-> sure -(yes/no)-> x ; start -(b "quoted")-> y, with text to escape.
pub fn two_paths() -> Wizard {
    Wizard {
        id: "w".into(),
        title: "W & co".into(),
        summary: String::new(),
        start: "start".into(),
        questions: vec![
            Question {
                id: "start".into(),
                text: "Which <one>?".into(),
                hint: None,
                since: None,
                kind: QuestionKind::Choice(vec![
                    Choice {
                        value: "a".into(),
                        label: "A".into(),
                        next: "sure".into(),
                    },
                    Choice {
                        value: "b".into(),
                        label: "B \"quoted\"".into(),
                        next: "y".into(),
                    },
                ]),
            },
            Question {
                id: "sure".into(),
                text: "Sure?".into(),
                hint: None,
                since: None,
                kind: QuestionKind::YesNo {
                    yes: "x".into(),
                    no: "x".into(),
                },
            },
        ],
        outcomes: vec![titled("x"), titled("y")],
        source: String::new(),
        start_here: false,
        serves: vec![],
    }
}

/// A link to the restore-time generator, filled from the date-time answered to `question`.
pub fn restore_time_from(question: &str) -> CommandLink {
    CommandLink {
        generator: "restore-timestamp".into(),
        label: "Restore time".into(),
        params: SmallMap::new(),
        from_answers: vec![AnswerParam {
            param: "timestamp".into(),
            question: question.into(),
            form: AnswerForm::DateTime,
        }],
    }
}
