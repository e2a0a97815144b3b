//! A small scenario for the engine's tests.

use super::event::{Event, EventKind};
use super::model::*;
use crate::doc::{Block, Doc, Inline, Prose};

fn doc(text: &str) -> Prose {
    let doc = Doc {
        blocks: vec![Block::Paragraph(vec![Inline::Text(text.into())])],
    };
    Prose::render(&doc, &|_| None)
}

fn option(id: &str) -> DecisionOption {
    DecisionOption {
        id: id.into(),
        label: format!("Option {id}"),
    }
}

fn inject(id: &str, trigger: Trigger) -> Inject {
    Inject {
        id: id.into(),
        title: format!("Inject {id}"),
        body: doc(&format!("Body of {id}")),
        trigger,
        jitter_minutes: 0,
        complication: false,
        commands: Vec::new(),
    }
}

/// Injects: `tickets` at 10 min (±2), `complication` at 5 min (sometimes), `escalation` if
/// `first` is not decided by its deadline, `followup` when `first` is answered `restore`.
/// Decisions: `first` (opens at 0, 15 min, expects `wait`, critical) and `second` (opens
/// with `tickets`, 10 min, expects `tell`).
pub fn scenario(id: &str) -> Scenario {
    Scenario {
        id: id.into(),
        title: format!("Scenario {id}"),
        difficulty: Difficulty::Introductory,
        summary: "A test.".into(),
        objectives: vec!["Follow the runbook.".into()],
        situation: doc("Something broke."),
        roles: vec![
            Role {
                id: "lead".into(),
                name: "Incident lead".into(),
                brief: doc("SECRET lead brief"),
            },
            Role {
                id: "support".into(),
                name: "Support".into(),
                brief: doc("SECRET support brief"),
            },
        ],
        injects: vec![
            Inject {
                jitter_minutes: 2,
                ..inject("tickets", Trigger::AtMinute(10))
            },
            Inject {
                complication: true,
                ..inject("complication", Trigger::AtMinute(5))
            },
            inject("escalation", Trigger::NoDecisionBy("first".into())),
            inject(
                "followup",
                Trigger::OnDecision {
                    decision: "first".into(),
                    option: Some("restore".into()),
                },
            ),
        ],
        decisions: vec![
            Decision {
                id: "first".into(),
                prompt: "What first?".into(),
                opens: Opens::AtMinute(0),
                deadline_minutes: 15,
                options: vec![option("wait"), option("restore")],
                expected: "wait".into(),
                runbook: "github-down#actions".into(),
                runbook_title: "GitHub goes down: What to do".into(),
                why: doc("SECRET why first"),
                critical: true,
                wizard: None,
            },
            Decision {
                id: "second".into(),
                prompt: "Tell support?".into(),
                opens: Opens::WithInject("tickets".into()),
                deadline_minutes: 10,
                options: vec![option("tell"), option("ignore")],
                expected: "tell".into(),
                runbook: "azure-down#contact".into(),
                runbook_title: "Azure goes down: Contact".into(),
                why: doc("SECRET why second"),
                critical: false,
                wizard: Some("lost-data".into()),
            },
        ],
        facilitator_notes: doc("SECRET facilitator notes"),
        discussion: vec!["SECRET discussion question".into()],
        source: format!("content/drills/{id}.toml"),
    }
}

/// The team choosing `option` at `decision`, with no role recorded.
pub fn decision(decision: &str, option: &str) -> super::event::EventKind {
    super::event::EventKind::DecisionMade {
        decision: decision.into(),
        option: option.into(),
        role: None,
    }
}

/// A note taken at `at` (ms of wall time).
pub fn note(at: i64, text: &str) -> Event {
    Event::new(at, EventKind::NoteAdded { text: text.into() })
}

/// The facilitator recording `option` for `decision` at `at`, for no role.
pub fn decided(at: i64, decision: &str, option: &str) -> Event {
    Event::new(
        at,
        EventKind::DecisionMade {
            decision: decision.into(),
            option: option.into(),
            role: None,
        },
    )
}
