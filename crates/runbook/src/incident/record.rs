//! What the pages record into an open incident, worked out from what they show: a wizard's
//! outcome with the answers that led to it, a step of an outcome's checklist ticked, a
//! generated command copied. The site passes what it drew; the core says what the entry
//! holds. Ticked steps are kept whether or not an incident is open ([`Ticks`]).

use super::event::{Answer, Checklist, EventKind};
use crate::command::view::CommandView;
use crate::command::{Environment, Generator};
use crate::message::Message;
use crate::saved_text;
use crate::wizard::view::{Body, WizardView};
use serde::{Deserialize, Serialize};

/// The wizard page's outcome reached, as an entry; `None` on any other page.
pub fn outcome_reached(page: &WizardView) -> Option<EventKind> {
    let Body::Outcome(outcome) = &page.body else {
        return None;
    };
    Some(EventKind::OutcomeReached {
        wizard: page.wizard.clone(),
        wizard_title: page.caption.clone(),
        outcome: outcome.id.clone(),
        outcome_title: outcome.title.clone(),
        answers: outcome
            .rows
            .iter()
            .map(|r| Answer {
                question: r.question.clone(),
                text: r.text.clone(),
                answer: r.answer.clone(),
            })
            .collect(),
    })
}

/// The checklist an outcome page shows, and its steps; `None` on any other page.
pub fn outcome_checklist(page: &WizardView) -> Option<(Checklist, &[String])> {
    let Body::Outcome(outcome) = &page.body else {
        return None;
    };
    Some((
        Checklist::Outcome {
            wizard: page.wizard.clone(),
            outcome: outcome.id.clone(),
            title: format!("{}: {}", page.caption, outcome.title),
        },
        &outcome.advice.steps,
    ))
}

/// Step `step` (from 0) of the outcome page's checklist ticked (or unticked), as an entry.
pub fn step_ticked(page: &WizardView, step: u32, ticked: bool) -> Option<EventKind> {
    let (list, steps) = outcome_checklist(page)?;
    let text = steps.get(step as usize)?.clone();
    Some(EventKind::StepTicked {
        list,
        step,
        text,
        ticked,
    })
}

/// A generator's command copied, as an entry: exactly what was copied, where it acts, and
/// whether production was confirmed first.
pub fn command_copied(generator: &Generator, command: &CommandView, confirmed: bool) -> EventKind {
    let environment = if command.production {
        Environment::Production
    } else if generator.touches == Environment::Production {
        // It acts on production only for some values (`production_when`): these are not.
        Environment::OtherRemote
    } else {
        generator.touches
    };
    EventKind::CommandCopied {
        generator: generator.id.clone(),
        generator_title: generator.title.clone(),
        text: command.text.clone(),
        environment,
        production_confirmed: command.production && confirmed,
    }
}

/// A message draft copied, as an entry: which message, the contact groups it is for (by
/// name, as the record is read by people), and exactly what was copied.
pub fn message_copied(message: &Message, text: &str) -> EventKind {
    EventKind::MessageCopied {
        message: message.id.clone(),
        title: message.title.clone(),
        groups: message.groups.iter().map(|g| g.name.clone()).collect(),
        text: text.to_string(),
    }
}

/// The steps ticked on each checklist in this browser, kept across reloads whether or not an
/// incident is open. Keyed by [`Ticks::key`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticks {
    lists: Vec<(String, Vec<u32>)>,
}

/// The saved text's label and version.
pub const TICKS_LABEL: &str = "ticks";
pub const TICKS_VERSION: u32 = 1;

impl Ticks {
    /// The key a checklist's ticks are kept under.
    pub fn key(list: &Checklist) -> String {
        match list {
            Checklist::Outcome { wizard, outcome, .. } => format!("outcome:{wizard}/{outcome}"),
            Checklist::Page { page, .. } => format!("page:{page}"),
        }
    }

    /// Reads saved ticks; what cannot be read counts as none ticked (ticks are a reminder
    /// on the page, not a record: the incident's record keeps every tick).
    pub fn load(text: Option<&str>) -> Self {
        text.and_then(|t| saved_text::decode(TICKS_LABEL, TICKS_VERSION, t).ok())
            .unwrap_or_default()
    }

    pub fn to_text(&self) -> String {
        saved_text::encode(TICKS_LABEL, TICKS_VERSION, self)
    }

    /// The steps ticked on `key`'s list, in order.
    pub fn ticked(&self, key: &str) -> Vec<u32> {
        self.lists
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, steps)| steps.clone())
            .unwrap_or_default()
    }

    /// Ticks or unticks a step.
    pub fn set(&mut self, key: &str, step: u32, ticked: bool) {
        let i = match self.lists.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                self.lists.push((key.to_string(), Vec::new()));
                self.lists.len() - 1
            }
        };
        let steps = &mut self.lists[i].1;
        steps.retain(|s| *s != step);
        if ticked {
            steps.push(step);
            steps.sort_unstable();
        }
        if steps.is_empty() {
            self.lists.remove(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copied_message_is_recorded_with_its_groups_and_exact_text() {
        use crate::message::{Advice, Group, Message};
        let message = Message {
            id: "trs-api-down-support-team".into(),
            title: "TRS is down: tell the support team".into(),
            scenarios: Vec::new(),
            groups: vec![
                Group {
                    id: "support".into(),
                    name: "Support team".into(),
                },
                Group {
                    id: "ab".into(),
                    name: "Appropriate bodies".into(),
                },
            ],
            advice: Advice::DoNotSend {
                reason: Default::default(),
            },
            source: "content/messages/trs-api-down-support-team.toml".into(),
        };
        assert_eq!(
            message_copied(&message, "Hello,\nTRS is down since 09:00 UTC."),
            EventKind::MessageCopied {
                message: "trs-api-down-support-team".into(),
                title: "TRS is down: tell the support team".into(),
                groups: vec!["Support team".into(), "Appropriate bodies".into()],
                text: "Hello,\nTRS is down since 09:00 UTC.".into(),
            }
        );
    }

    #[test]
    fn the_banners_summary_reads_back_and_says_the_same_as_the_record() {
        use crate::incident::view::{banner, BannerSummary};
        use crate::incident::{Event, IncidentState, Priority};
        let start = Event::new(
            600_000,
            EventKind::Started {
                name: "Notify down".into(),
                scenario: None,
                started_ms: 0,
                priority: Priority {
                    level: "P2".into(),
                    data_loss: None,
                },
            },
        );
        let mut state = IncidentState::start(start).unwrap();
        state
            .apply(Event::new(
                600_000,
                EventKind::ReminderSet {
                    every_minutes: Some(30),
                },
            ))
            .unwrap();
        let summary = BannerSummary::of(&state).unwrap();
        let read = BannerSummary::load(&summary.to_text()).unwrap();
        for now in [600_000, 2_400_000] {
            assert_eq!(Some(read.view(now)), banner(&state, now));
        }
        assert!(read.view(2_400_000).update_due);
        assert_eq!(read.view(600_000).elapsed, "10 minutes");
        assert_eq!(BannerSummary::load("incident/1:AAAA"), None);
        state.apply(Event::new(700_000, EventKind::Closed)).unwrap();
        assert_eq!(BannerSummary::of(&state), None);
    }

    #[test]
    fn ticks_are_kept_per_list_and_read_back() {
        let list = Checklist::Outcome {
            wizard: "lost-data".into(),
            outcome: "full".into(),
            title: "x".into(),
        };
        let key = Ticks::key(&list);
        assert_eq!(key, "outcome:lost-data/full");
        let mut ticks = Ticks::default();
        ticks.set(&key, 2, true);
        ticks.set(&key, 0, true);
        ticks.set("page:full-restore#steps", 1, true);
        assert_eq!(ticks.ticked(&key), [0, 2]);
        ticks.set(&key, 2, false);
        let again = Ticks::load(Some(&ticks.to_text()));
        assert_eq!(again.ticked(&key), [0]);
        assert_eq!(again.ticked("page:full-restore#steps"), [1]);
        // Damaged or another kind of text: none ticked, never a panic.
        assert_eq!(Ticks::load(Some("drill/1:xyz")), Ticks::default());
        assert_eq!(Ticks::load(None), Ticks::default());
    }
}
