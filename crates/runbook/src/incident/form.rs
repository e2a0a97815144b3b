//! The `/incident` page's forms, read as a person typed them: the start form (a short name,
//! the scenario if known, the time in UTC, the priority), the priority form, the reminder
//! interval; and which pages are scenarios the start form offers. Each field's mistake is a
//! sentence for the GOV.UK error message beside it and in the error summary.
//!
//! What a recording from another page does with the open incident is decided here too
//! ([`recording`]): nothing without one, and a wizard's outcome seen again at reload is not
//! a second entry.

use super::event::{DataLoss, Event, EventKind, Priority, ScenarioRef};
use super::state::{IncidentState, MAX_NAME_CHARS};
use crate::command::DateTime;
use crate::content::Site;

/// A field of the incident page's forms. Its id is the control's id (and the error
/// summary's link to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Scenario,
    Started,
    Level,
    DataGone,
    HowEasy,
    Users,
    Reminder,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "incident-name",
            Field::Scenario => "incident-scenario",
            Field::Started => "incident-started",
            Field::Level => "incident-level",
            Field::DataGone => "incident-data-gone",
            Field::HowEasy => "incident-how-easy",
            Field::Users => "incident-users",
            Field::Reminder => "incident-reminder",
        }
    }
}

/// One field's mistake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl FieldError {
    fn new(field: Field, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

/// The message for `field` among `errors`, if it has one.
pub fn error_for(errors: &[FieldError], field: Field) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.clone())
}

/// The priority as typed: its level, and the runbook's three factors for a data loss
/// (all empty for an incident that loses no data).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PriorityFields {
    pub level: String,
    pub data_gone: String,
    pub how_easy: String,
    pub users: String,
}

impl PriorityFields {
    /// The fields filled with `priority`, to change it from.
    pub fn of(priority: &Priority) -> Self {
        let loss = priority.data_loss.clone();
        Self {
            level: priority.level.clone(),
            data_gone: loss.as_ref().map(|l| l.data_gone.clone()).unwrap_or_default(),
            how_easy: loss.as_ref().map(|l| l.how_easy_to_replace.clone()).unwrap_or_default(),
            users: loss.map(|l| l.users_affected).unwrap_or_default(),
        }
    }

    /// The priority, or each field's mistake. The three factors go together: all of them
    /// for a data loss, or none.
    pub fn read(&self) -> Result<Priority, Vec<FieldError>> {
        let mut errors = Vec::new();
        let level = self.level.trim();
        if level.is_empty() {
            errors.push(FieldError::new(
                Field::Level,
                "Enter the priority, as the incident process sets it (for example P1)",
            ));
        }
        let factors = [
            (Field::DataGone, self.data_gone.trim(), "Enter the data that’s gone"),
            (Field::HowEasy, self.how_easy.trim(), "Enter how easy it is to replace"),
            (Field::Users, self.users.trim(), "Enter how many users it will affect"),
        ];
        let any = factors.iter().any(|(_, v, _)| !v.is_empty());
        if any {
            for (field, value, message) in factors {
                if value.is_empty() {
                    errors.push(FieldError::new(
                        field,
                        format!("{message}, or leave all three empty if no data is lost"),
                    ));
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Priority {
            level: level.to_string(),
            data_loss: any.then(|| DataLoss {
                data_gone: self.data_gone.trim().to_string(),
                how_easy_to_replace: self.how_easy.trim().to_string(),
                users_affected: self.users.trim().to_string(),
            }),
        })
    }
}

/// The start form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartFields {
    pub name: String,
    /// A scenario's slug, or empty when it is not known.
    pub scenario: String,
    /// When it started, in UTC: `2026-05-22 14:30`; empty for now.
    pub started: String,
    pub priority: PriorityFields,
}

/// The start form's time field for wall time `now_ms`: `2026-05-22 14:30`, UTC.
pub fn time_field(now_ms: i64) -> String {
    let t = DateTime::from_unix_seconds(now_ms.div_euclid(1000));
    format!("{} {:02}:{:02}", t.date, t.seconds / 3600, t.seconds / 60 % 60)
}

impl StartFields {
    /// The incident's first event, recorded at `now_ms`, or each field's mistake.
    /// `scenarios` are those the form offered.
    pub fn read(&self, scenarios: &[ScenarioRef], now_ms: i64) -> Result<Event, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        let chars = name.chars().count();
        if name.is_empty() {
            errors.push(FieldError::new(Field::Name, "Enter a short name for the incident"));
        } else if chars > MAX_NAME_CHARS {
            errors.push(FieldError::new(
                Field::Name,
                format!("The name must be {MAX_NAME_CHARS} characters or fewer (it is {chars})"),
            ));
        }
        let scenario = match self.scenario.trim() {
            "" => None,
            slug => match scenarios.iter().find(|s| s.slug == slug) {
                Some(s) => Some(s.clone()),
                None => {
                    errors.push(FieldError::new(
                        Field::Scenario,
                        "Choose a scenario from the list, or “Not known yet”",
                    ));
                    None
                }
            },
        };
        let started_ms = match self.started.trim() {
            "" => now_ms,
            text => match DateTime::parse(text) {
                Ok(t) if t.unix_seconds() * 1000 > now_ms => {
                    errors.push(FieldError::new(
                        Field::Started,
                        "The time it started must be now or in the past",
                    ));
                    now_ms
                }
                Ok(t) => t.unix_seconds() * 1000,
                Err(why) => {
                    errors.push(FieldError::new(Field::Started, format!("The time it started {why}")));
                    now_ms
                }
            },
        };
        let priority = self.priority.read().map_err(|e| errors.extend(e)).ok();
        match priority {
            Some(priority) if errors.is_empty() => Ok(Event::new(
                now_ms,
                EventKind::Started {
                    name: name.to_string(),
                    scenario,
                    started_ms,
                    priority,
                },
            )),
            _ => Err(errors),
        }
    }
}

/// The reminder interval as typed, in whole minutes: `Ok(None)` (empty) turns it off.
pub fn reminder(text: &str) -> Result<Option<u32>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(m) if (1..=24 * 60).contains(&m) => Ok(Some(m)),
        _ => Err(FieldError::new(
            Field::Reminder,
            "Enter the minutes between updates as a whole number from 1 to 1440, or leave it empty for no reminder",
        )),
    }
}

/// Every page that is a scenario (it has a Contact section saying whom to tell), in the
/// order of the runbook: the start form's choices.
pub fn scenarios(site: &Site) -> Vec<ScenarioRef> {
    site.pages
        .iter()
        .filter(|p| p.doc.anchors().any(|a| a == "contact"))
        .map(|p| ScenarioRef {
            slug: p.slug.clone(),
            title: p.title.clone(),
        })
        .collect()
}

/// What recording `kind` from a page does with the incident this browser holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recording {
    /// No incident is open: nothing is recorded.
    NoIncident,
    /// The same outcome, with the same answers, is the last one recorded (the page was
    /// reloaded, or opened again): it is not recorded twice.
    AlreadyRecorded,
    /// Record it as this event.
    Record(Event),
}

/// What to do with `kind`, seen at wall time `now_ms`, given the open incident (if any).
pub fn recording(state: Option<&IncidentState>, kind: EventKind, now_ms: i64) -> Recording {
    let Some(state) = state.filter(|s| s.is_open()) else {
        return Recording::NoIncident;
    };
    if let EventKind::OutcomeReached { .. } = &kind {
        let last = state
            .entries()
            .iter()
            .rev()
            .find(|e| e.struck_out.is_none() && matches!(e.kind, EventKind::OutcomeReached { .. }));
        if last.is_some_and(|e| e.kind == kind) {
            return Recording::AlreadyRecorded;
        }
    }
    Recording::Record(Event::new(state.stamp(now_ms), kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_779_460_200_000; // 2026-05-22 14:30:00 UTC

    fn scenarios() -> Vec<ScenarioRef> {
        vec![ScenarioRef {
            slug: "data-loss".into(),
            title: "Data loss".into(),
        }]
    }

    fn fields() -> StartFields {
        StartFields {
            name: "  Database deleted ".into(),
            scenario: "data-loss".into(),
            started: "2026-05-22 14:05".into(),
            priority: PriorityFields {
                level: "P1".into(),
                data_gone: "Every registration".into(),
                how_easy: "Only from backup".into(),
                users: "Every school".into(),
            },
        }
    }

    #[test]
    fn a_filled_start_form_is_the_first_event() {
        assert_eq!(time_field(NOW), "2026-05-22 14:30");
        let event = fields().read(&scenarios(), NOW).unwrap();
        assert_eq!(event.at_ms, NOW);
        let EventKind::Started {
            name,
            scenario,
            started_ms,
            priority,
        } = event.kind
        else {
            panic!("not a start")
        };
        assert_eq!(name, "Database deleted");
        assert_eq!(scenario.unwrap().title, "Data loss");
        assert_eq!(started_ms, NOW - 25 * 60_000);
        assert_eq!(priority.data_loss.unwrap().users_affected, "Every school");
        // Empty: now, no scenario, no data loss.
        let mut f = fields();
        f.started.clear();
        f.scenario.clear();
        f.priority = PriorityFields {
            level: "P2".into(),
            ..PriorityFields::default()
        };
        let EventKind::Started {
            started_ms,
            scenario,
            priority,
            ..
        } = f.read(&scenarios(), NOW).unwrap().kind
        else {
            panic!()
        };
        assert_eq!((started_ms, scenario, priority.data_loss), (NOW, None, None));
    }

    #[test]
    fn every_mistake_is_named_at_its_field() {
        let f = StartFields {
            name: " ".into(),
            scenario: "nope".into(),
            started: "2026-05-22 15:00".into(),
            priority: PriorityFields {
                level: "".into(),
                data_gone: "Some".into(),
                ..PriorityFields::default()
            },
        };
        let errors = f.read(&scenarios(), NOW).unwrap_err();
        let named: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            named,
            [
                Field::Name,
                Field::Scenario,
                Field::Started,
                Field::Level,
                Field::HowEasy,
                Field::Users
            ]
        );
        assert_eq!(
            error_for(&errors, Field::Started).unwrap(),
            "The time it started must be now or in the past"
        );
        let mut f = fields();
        f.started = "yesterday".into();
        f.name = "x".repeat(MAX_NAME_CHARS + 1);
        let errors = f.read(&scenarios(), NOW).unwrap_err();
        assert!(error_for(&errors, Field::Started)
            .unwrap()
            .starts_with("The time it started should look like"));
        assert!(error_for(&errors, Field::Name).unwrap().contains("(it is 121)"));
    }

    #[test]
    fn a_reminder_is_minutes_or_nothing() {
        assert_eq!(reminder(" 30 "), Ok(Some(30)));
        assert_eq!(reminder(""), Ok(None));
        for bad in ["0", "1441", "half an hour", "-5"] {
            assert_eq!(reminder(bad).unwrap_err().field, Field::Reminder, "{bad}");
        }
    }

    #[test]
    fn an_outcome_seen_again_is_not_recorded_twice_and_nothing_without_an_incident() {
        let reached = |outcome: &str| EventKind::OutcomeReached {
            wizard: "lost-data".into(),
            wizard_title: "Lost data".into(),
            outcome: outcome.into(),
            outcome_title: "Full restore".into(),
            answers: vec![],
        };
        let outcome = reached("full");
        assert_eq!(recording(None, outcome.clone(), NOW), Recording::NoIncident);
        let mut state = IncidentState::start(fields().read(&scenarios(), NOW).unwrap()).unwrap();
        let Recording::Record(event) = recording(Some(&state), outcome.clone(), NOW + 1000) else {
            panic!("not recorded")
        };
        state.apply(event).unwrap();
        assert_eq!(
            recording(Some(&state), outcome.clone(), NOW + 2000),
            Recording::AlreadyRecorded
        );
        // A note between does not make it new; another outcome does.
        let note = EventKind::NoteAdded { text: "x".into() };
        let Recording::Record(event) = recording(Some(&state), note, NOW + 3000) else {
            panic!()
        };
        state.apply(event).unwrap();
        assert_eq!(
            recording(Some(&state), outcome.clone(), NOW),
            Recording::AlreadyRecorded
        );
        // A clock set back is stamped after the last entry.
        assert_eq!(
            recording(Some(&state), reached("partial"), NOW),
            Recording::Record(Event::new(NOW + 3000, reached("partial")))
        );
        state.apply(Event::new(NOW + 4000, EventKind::Closed)).unwrap();
        assert_eq!(recording(Some(&state), outcome, NOW + 5000), Recording::NoIncident);
    }
}
