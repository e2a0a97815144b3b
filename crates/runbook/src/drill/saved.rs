//! What is kept in localStorage: the drill's log, and the list of past drills, each written
//! as versioned text by [`crate::saved_text`].
//!
//! Saved text is user-influenced (another tab, an old release, a hand edit), so loading
//! never panics: every failure is a [`SavedError`] the UI can show in a sentence, next to
//! the raw text for export and a fresh start.

use super::clock::SpeedPerMille;
use super::event::{Event, EventKind};
use super::model::Scenario;
use super::score::score;
use super::state::{check_speed, DrillState, EventError, ReplayError};
use crate::saved_text::{self, TextError};
use serde::{Deserialize, Serialize};

/// Bump when the saved form changes in a way old data cannot be read as. Version 1 was JSON.
pub const SAVED_SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub scenario_id: String,
    pub seed: u64,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SavedError {
    #[error("The saved drill could not be read ({0}). It may have been damaged.")]
    Corrupt(String),
    #[error("The saved drill is from an older version of the runbook (format {found}, now {current}) and cannot be resumed.")]
    OlderVersion { found: u32, current: u32 },
    #[error("The saved drill is from a newer version of the runbook (format {found}, this is {current}). Reload to get the latest version.")]
    NewerVersion { found: u32, current: u32 },
    #[error("The saved drill is for the scenario “{0}”, which no longer exists.")]
    UnknownScenario(String),
    #[error("The saved drill's log does not replay: {0}.")]
    Replay(ReplayError),
}

impl SavedError {
    /// The sentence for text that is damaged or in another format's version (older or newer).
    pub(crate) fn from_text(error: TextError) -> Self {
        match error {
            TextError::Damaged(reason) => SavedError::Corrupt(reason),
            TextError::OtherVersion { found, current } if found < current => {
                SavedError::OlderVersion { found, current }
            }
            TextError::OtherVersion { found, current } => SavedError::NewerVersion { found, current },
        }
    }
}

impl Saved {
    pub fn from_state(state: &DrillState) -> Self {
        Self {
            scenario_id: state.scenario().id.clone(),
            seed: state.seed(),
            events: state.events().to_vec(),
        }
    }

    /// A new drill's log, exactly as [`DrillState::start`] would save it, from the scenario's
    /// id alone: the page that starts a drill carries no scenarios (only the drill's own
    /// windows do, to replay the log).
    pub fn start(scenario_id: &str, seed: u64, wall_ms: i64, speed: SpeedPerMille) -> Result<Self, EventError> {
        check_speed(speed)?;
        Ok(Self {
            scenario_id: scenario_id.to_string(),
            seed,
            events: vec![Event::new(wall_ms, EventKind::Started { speed })],
        })
    }

    /// Whether the log ends the drill (then it is in the list of past drills already).
    pub fn has_ended(&self) -> bool {
        self.events.iter().any(|e| e.kind == EventKind::Ended)
    }

    /// The text kept in localStorage and sent to the drill's other windows.
    pub fn to_text(&self) -> String {
        saved_text::encode("drill", SAVED_SCHEMA_VERSION, self)
    }

    pub fn load(text: &str) -> Result<Self, SavedError> {
        saved_text::decode("drill", SAVED_SCHEMA_VERSION, text).map_err(SavedError::from_text)
    }

    /// Replays the log against its scenario.
    pub fn resume(&self, scenarios: &[Scenario]) -> Result<DrillState, SavedError> {
        let scenario = scenarios
            .iter()
            .find(|s| s.id == self.scenario_id)
            .ok_or_else(|| SavedError::UnknownScenario(self.scenario_id.clone()))?;
        DrillState::replay(scenario, self.seed, &self.events).map_err(SavedError::Replay)
    }
}

/// Loads saved text and resumes the drill in one go: what the UI does on page load.
pub fn resume(text: &str, scenarios: &[Scenario]) -> Result<DrillState, SavedError> {
    Saved::load(text)?.resume(scenarios)
}

/// One line in the list of past drills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastDrill {
    pub scenario_id: String,
    pub title: String,
    pub seed: u64,
    pub started_wall_ms: i64,
    pub ended_wall_ms: Option<i64>,
    pub met: usize,
    pub missed: usize,
    pub critical_misses: usize,
}

impl PastDrill {
    pub fn from_state(state: &DrillState, now_wall: i64) -> Self {
        let s = score(state, now_wall);
        Self {
            scenario_id: state.scenario().id.clone(),
            title: state.scenario().title.clone(),
            seed: state.seed(),
            started_wall_ms: state.started().wall_ms,
            ended_wall_ms: state.ended().map(|e| e.wall_ms),
            met: s.met,
            missed: s.missed,
            critical_misses: s.critical_misses,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PastDrills {
    pub drills: Vec<PastDrill>,
}

impl PastDrills {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn load(text: &str) -> Result<Self, SavedError> {
        saved_text::decode("past-drills", SAVED_SCHEMA_VERSION, text).map_err(SavedError::from_text)
    }

    pub fn to_text(&self) -> String {
        saved_text::encode("past-drills", SAVED_SCHEMA_VERSION, self)
    }
}

#[cfg(test)]
mod tests {
    use super::super::clock::REAL_TIME;
    use super::super::event::EventKind;
    use super::super::state::EventError;
    use super::super::testing::scenario;
    use super::*;

    fn state() -> DrillState {
        let mut s = DrillState::start(scenario("s"), 42, 1_000, REAL_TIME).unwrap();
        s.apply(Event::new(2_000, EventKind::Paused)).unwrap();
        s.apply(Event::new(3_000, EventKind::NoteAdded { text: "ok".into() }))
            .unwrap();
        s
    }

    #[test]
    fn a_save_resumes_exactly() {
        let state = state();
        let text = Saved::from_state(&state).to_text();
        assert_eq!(resume(&text, &[scenario("other"), scenario("s")]), Ok(state));
    }

    fn check(text: &str, expected: SavedError) {
        let got = resume(text, &[scenario("s")]);
        assert_eq!(got, Err(expected.clone()));
        assert!(!expected.to_string().is_empty());
    }

    fn saved(scenario_id: &str, events: Vec<Event>) -> String {
        Saved {
            scenario_id: scenario_id.into(),
            seed: 1,
            events,
        }
        .to_text()
    }

    #[test]
    fn every_way_saved_data_can_be_wrong() {
        check(
            "drill/2:not*base64",
            SavedError::Corrupt("it has an unexpected character at position 4".into()),
        );
        check(
            "past-drills/2:AA",
            SavedError::Corrupt("it does not start with “drill/”".into()),
        );
        check(
            r#"{"schema-version":1,"scenario-id":"s","seed":1,"events":[]}"#,
            SavedError::OlderVersion { found: 1, current: 2 },
        );
        check("drill/0:AA", SavedError::OlderVersion { found: 0, current: 2 });
        check("drill/99:", SavedError::NewerVersion { found: 99, current: 2 });
        check(&saved("gone", vec![]), SavedError::UnknownScenario("gone".into()));
        check(
            &saved(
                "s",
                vec![
                    Event::new(0, EventKind::Started { speed: REAL_TIME }),
                    Event::new(1, EventKind::Resumed),
                ],
            ),
            SavedError::Replay(ReplayError::BadEvent {
                index: 1,
                error: EventError::NotPaused,
            }),
        );
        let truncated = Saved::from_state(&state()).to_text();
        let truncated = &truncated[..truncated.len() - 5];
        assert!(matches!(
            resume(truncated, &[scenario("s")]),
            Err(SavedError::Corrupt(_))
        ));
        assert_eq!(
            SavedError::OlderVersion { found: 1, current: 2 }.to_string(),
            "The saved drill is from an older version of the runbook (format 1, now 2) and cannot be resumed."
        );
    }

    #[test]
    fn a_drill_started_from_its_id_is_the_drill_the_state_would_save() {
        let state = DrillState::start(scenario("s"), 42, 1_000, REAL_TIME).unwrap();
        assert_eq!(Saved::start("s", 42, 1_000, REAL_TIME), Ok(Saved::from_state(&state)));
        assert_eq!(
            Saved::start("s", 42, 1_000, 0),
            DrillState::start(scenario("s"), 42, 1_000, 0).map(|s| Saved::from_state(&s))
        );
        assert!(Saved::start("s", 42, 1_000, 0).is_err());
    }

    #[test]
    fn a_log_says_whether_the_drill_ended_as_its_replay_does() {
        let mut state = state();
        assert!(!Saved::from_state(&state).has_ended());
        assert_eq!(state.ended(), None);
        state.apply(Event::new(4_000, EventKind::Ended)).unwrap();
        assert!(Saved::from_state(&state).has_ended());
        assert!(state.ended().is_some());
    }

    #[test]
    fn past_drills_round_trip() {
        let mut past = PastDrills::new();
        past.drills.push(PastDrill::from_state(&state(), 5_000));
        assert_eq!(PastDrills::load(&past.to_text()), Ok(past));
        assert!(matches!(PastDrills::load("[]"), Err(SavedError::Corrupt(_))));
        assert!(matches!(
            PastDrills::load(r#"{"schema-version":1,"drills":[]}"#),
            Err(SavedError::OlderVersion { found: 1, .. })
        ));
    }
}
