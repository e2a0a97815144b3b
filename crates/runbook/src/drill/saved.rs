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

/// The longest saved text (in bytes) a page reads. A long drill's log, notes and all, is tens
/// of kilobytes; text far beyond that is not a drill this runbook wrote, and decoding and
/// replaying megabytes of it kept a page blank for seconds, so it is not read at all.
pub const MAX_SAVED_BYTES: usize = 512 * 1024;

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
    #[error("The saved drill is too large to read ({} KB, more than the {} KB a drill can be). It may have been damaged.", kb(*.size), kb(*.limit))]
    TooLarge { size: usize, limit: usize },
    #[error("The saved drill is for the scenario “{0}”, which no longer exists.")]
    UnknownScenario(String),
    #[error("The saved drill's log does not replay: {0}.")]
    Replay(ReplayError),
}

/// The longest damaged text a page shows in full beside its download. Longer text is only
/// offered for download: a browser lays a text box of hundreds of kilobytes (with no line
/// breaks) out for seconds.
pub const MAX_SHOWN_BYTES: usize = 16 * 1024;

/// Whether a page shows damaged saved text `raw` in full, or says its size and offers only
/// the download (in kilobytes, rounded up).
pub fn shown_raw(raw: &str) -> Result<&str, usize> {
    if raw.len() <= MAX_SHOWN_BYTES {
        Ok(raw)
    } else {
        Err(kb(raw.len()))
    }
}

/// Kilobytes, rounded up.
fn kb(bytes: usize) -> usize {
    bytes.div_ceil(1024)
}

/// Refuses text longer than [`MAX_SAVED_BYTES`] before anything reads it.
fn bounded(text: &str) -> Result<&str, SavedError> {
    if text.len() > MAX_SAVED_BYTES {
        return Err(SavedError::TooLarge {
            size: text.len(),
            limit: MAX_SAVED_BYTES,
        });
    }
    Ok(text)
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

    /// Reads the text [`Saved::to_text`] wrote; text over [`MAX_SAVED_BYTES`] is refused
    /// unread.
    pub fn load(text: &str) -> Result<Self, SavedError> {
        saved_text::decode("drill", SAVED_SCHEMA_VERSION, bounded(text)?).map_err(SavedError::from_text)
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

/// Where a drill window heard of a log: a message on the drill's channel, which any page of
/// the site can send, or the browser's saved drill changing (another window saved it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told {
    Channel,
    Storage,
}

/// Whether a drill window showing `current` takes up the log `told`.
///
/// A message only carries the drill on: the same drill (scenario, seed and start) with every
/// event the window has and more. Anything else (an older copy, a log that rewrites what
/// happened, another drill) does not follow from what the window shows, and is ignored.
/// Another drill is taken up only from the browser's saved drill, which is what a new drill's
/// briefing writes; then an identical or older copy of the current log is still ignored.
pub fn follows(current: Option<&Saved>, told: &Saved, from: Told) -> bool {
    let Some(current) = current else {
        return from == Told::Storage;
    };
    let same_drill = told.scenario_id == current.scenario_id
        && told.seed == current.seed
        && told.events.first() == current.events.first();
    let extends = same_drill && told.events.len() > current.events.len() && told.events.starts_with(&current.events);
    match from {
        Told::Channel => extends,
        Told::Storage => extends || !same_drill,
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

    /// Reads the list [`PastDrills::to_text`] wrote; text over [`MAX_SAVED_BYTES`] is
    /// refused unread.
    pub fn load(text: &str) -> Result<Self, SavedError> {
        saved_text::decode("past-drills", SAVED_SCHEMA_VERSION, bounded(text)?).map_err(SavedError::from_text)
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
    fn a_window_follows_only_what_carries_its_drill_on() {
        let current = Saved::from_state(&state());
        let mut next = current.clone();
        next.events.push(Event::new(4_000, EventKind::Resumed));
        let mut rewritten = current.clone();
        rewritten.events[1] = Event::new(2_500, EventKind::Paused);
        rewritten.events.push(Event::new(4_000, EventKind::Resumed));
        let mut reseeded = next.clone();
        reseeded.seed += 1;
        let mut restarted = next.clone();
        restarted.events[0].wall_ms += 1;
        let mut elsewhere = next.clone();
        elsewhere.scenario_id = "other".into();
        let channel = |told: &Saved| follows(Some(&current), told, Told::Channel);
        let storage = |told: &Saved| follows(Some(&current), told, Told::Storage);
        assert!(channel(&next) && storage(&next), "the next event");
        for (told, what) in [
            (&current, "the same log"),
            (&rewritten, "a log that rewrites what happened"),
            (&reseeded, "another seed"),
            (&restarted, "another start"),
            (&elsewhere, "another scenario"),
        ] {
            assert!(!channel(told), "a message with {what} is ignored");
        }
        assert!(!channel(&Saved::from_state(&state())), "nothing new");
        let older = Saved {
            events: current.events[..1].to_vec(),
            ..current.clone()
        };
        assert!(!channel(&older) && !storage(&older), "an older copy is never followed");
        assert!(!storage(&current) && !storage(&rewritten));
        assert!(
            storage(&reseeded) && storage(&restarted) && storage(&elsewhere),
            "a new drill, from the saved drill"
        );
        assert!(!follows(None, &next, Told::Channel), "a message alone starts no drill");
        assert!(follows(None, &next, Told::Storage));
    }

    #[test]
    fn text_too_large_is_refused_before_it_is_read() {
        let huge = format!("drill/2:{}", "A".repeat(5 * 1024 * 1024));
        let error = SavedError::TooLarge {
            size: huge.len(),
            limit: MAX_SAVED_BYTES,
        };
        check(&huge, error.clone());
        assert_eq!(
            error.to_string(),
            "The saved drill is too large to read (5121 KB, more than the 512 KB a drill can be). It may have been damaged."
        );
        assert!(matches!(
            PastDrills::load(&huge.replace("drill/", "past-drills/")),
            Err(SavedError::TooLarge { .. })
        ));
        // Just within the bound, text is read (and here found damaged, not too large).
        let within = format!("drill/2:{}", "A".repeat(MAX_SAVED_BYTES - 8));
        assert_eq!(within.len(), MAX_SAVED_BYTES);
        assert!(matches!(Saved::load(&within), Err(SavedError::Corrupt(_))));
    }

    #[test]
    fn long_damaged_text_is_offered_for_download_not_shown() {
        assert_eq!(shown_raw("drill/2:%%"), Ok("drill/2:%%"));
        let long = "A".repeat(MAX_SHOWN_BYTES + 1);
        assert_eq!(shown_raw(&long), Err(17));
        assert_eq!(shown_raw(&long[1..]), Ok(&long[1..]));
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
