//! What is kept in localStorage: the drill's log in a versioned envelope, and the list of
//! past drills.
//!
//! Saved text is user-influenced (another tab, an old release, a hand edit), so loading
//! never panics: every failure is a [`SavedError`] the UI can show in a sentence, next to
//! the raw text for export and a fresh start.

use super::event::Event;
use super::model::Scenario;
use super::score::score;
use super::state::{DrillState, ReplayError};
use serde::{Deserialize, Serialize};

/// Bump when the saved form changes in a way old data cannot be read as.
pub const SAVED_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Saved {
    pub schema_version: u32,
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
    #[error("The saved drill is for the scenario `{0}`, which no longer exists.")]
    UnknownScenario(String),
    #[error("The saved drill's log does not replay: {0}.")]
    Replay(ReplayError),
}

/// Reads `schema-version` before anything else, so an old or new format is reported as
/// such rather than as corrupt.
pub(crate) fn check_version(text: &str, current: u32) -> Result<(), SavedError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| SavedError::Corrupt(e.to_string()))?;
    let found = value
        .get("schema-version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| SavedError::Corrupt("it has no schema-version".into()))?;
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    match found.cmp(&current) {
        std::cmp::Ordering::Less => Err(SavedError::OlderVersion { found, current }),
        std::cmp::Ordering::Greater => Err(SavedError::NewerVersion { found, current }),
        std::cmp::Ordering::Equal => Ok(()),
    }
}

impl Saved {
    pub fn from_state(state: &DrillState) -> Self {
        Self {
            schema_version: SAVED_SCHEMA_VERSION,
            scenario_id: state.scenario().id.clone(),
            seed: state.seed(),
            events: state.events().to_vec(),
        }
    }

    pub fn to_json(&self) -> String {
        // Only strings and integers: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn load(text: &str) -> Result<Self, SavedError> {
        check_version(text, SAVED_SCHEMA_VERSION)?;
        serde_json::from_str(text).map_err(|e| SavedError::Corrupt(e.to_string()))
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
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
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
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PastDrills {
    pub schema_version: u32,
    pub drills: Vec<PastDrill>,
}

impl PastDrills {
    pub fn new() -> Self {
        Self {
            schema_version: SAVED_SCHEMA_VERSION,
            drills: Vec::new(),
        }
    }

    pub fn load(text: &str) -> Result<Self, SavedError> {
        check_version(text, SAVED_SCHEMA_VERSION)?;
        serde_json::from_str(text).map_err(|e| SavedError::Corrupt(e.to_string()))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
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
        let text = Saved::from_state(&state).to_json();
        assert_eq!(resume(&text, &[scenario("other"), scenario("s")]), Ok(state));
    }

    fn check(text: &str, expected: SavedError) {
        let got = resume(text, &[scenario("s")]);
        assert_eq!(got, Err(expected.clone()));
        assert!(!expected.to_string().is_empty());
    }

    #[test]
    fn every_way_saved_data_can_be_wrong() {
        check(
            "{not json",
            SavedError::Corrupt("key must be a string at line 1 column 2".into()),
        );
        check("{}", SavedError::Corrupt("it has no schema-version".into()));
        check(
            r#"{"schema-version":0,"anything":true}"#,
            SavedError::OlderVersion {
                found: 0,
                current: SAVED_SCHEMA_VERSION,
            },
        );
        check(
            r#"{"schema-version":99}"#,
            SavedError::NewerVersion {
                found: 99,
                current: SAVED_SCHEMA_VERSION,
            },
        );
        check(
            r#"{"schema-version":1,"scenario-id":"gone","seed":1,"events":[]}"#,
            SavedError::UnknownScenario("gone".into()),
        );
        check(
            r#"{"schema-version":1,"scenario-id":"s","seed":1,"events":[{"wall-ms":0,"kind":{"type":"started","speed":1000}},{"wall-ms":1,"kind":{"type":"resumed"}}]}"#,
            SavedError::Replay(ReplayError::BadEvent {
                index: 1,
                error: EventError::NotPaused,
            }),
        );
        let truncated = Saved::from_state(&state()).to_json();
        let truncated = &truncated[..truncated.len() - 5];
        assert!(matches!(
            resume(truncated, &[scenario("s")]),
            Err(SavedError::Corrupt(_))
        ));
        assert_eq!(
            SavedError::OlderVersion { found: 0, current: 1 }.to_string(),
            "The saved drill is from an older version of the runbook (format 0, now 1) and cannot be resumed."
        );
    }

    #[test]
    fn past_drills_round_trip() {
        let mut past = PastDrills::new();
        past.drills.push(PastDrill::from_state(&state(), 5_000));
        assert_eq!(PastDrills::load(&past.to_json()), Ok(past));
        assert!(matches!(PastDrills::load("[]"), Err(SavedError::Corrupt(_))));
    }
}
