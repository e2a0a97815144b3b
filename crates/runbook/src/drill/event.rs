//! What happens during a drill: the append-only log the state is replayed from.
//!
//! Every event carries the wall time (ms since the Unix epoch) it happened at, supplied by
//! the caller: the core never reads a clock, so a replay is exact.

use super::clock::SpeedPerMille;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Event {
    pub wall_ms: i64,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    deny_unknown_fields,
    rename_all = "kebab-case",
    rename_all_fields = "kebab-case"
)]
pub enum EventKind {
    /// Always the first event.
    Started {
        speed: SpeedPerMille,
    },
    InjectRevealed {
        inject: String,
    },
    DecisionMade {
        decision: String,
        option: String,
        /// The role that made it, if the facilitator records one.
        role: Option<String>,
    },
    NoteAdded {
        text: String,
    },
    Paused,
    Resumed,
    SpeedChanged {
        speed: SpeedPerMille,
    },
    /// The facilitator's "advance 1 / 5 / 15 minutes".
    Advanced {
        minutes: u32,
    },
    Ended,
}

impl Event {
    pub fn new(wall_ms: i64, kind: EventKind) -> Self {
        Self { wall_ms, kind }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str, expected: Result<Event, &str>) {
        let parsed: Result<Event, String> = serde_json::from_str(json).map_err(|e| e.to_string());
        match (parsed, expected) {
            (Ok(got), Ok(want)) => assert_eq!(got, want),
            (Err(got), Err(words)) => assert!(got.contains(words), "{got}"),
            (got, want) => panic!("{json}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn the_saved_form_is_strict() {
        check(
            r#"{"wall-ms":5,"kind":{"type":"paused"}}"#,
            Ok(Event::new(5, EventKind::Paused)),
        );
        check(
            r#"{"wall-ms":5,"kind":{"type":"advanced","minutes":15}}"#,
            Ok(Event::new(5, EventKind::Advanced { minutes: 15 })),
        );
        check(
            r#"{"wall-ms":5,"kind":{"type":"decision-made","decision":"a","option":"b","role":null}}"#,
            Ok(Event::new(
                5,
                EventKind::DecisionMade {
                    decision: "a".into(),
                    option: "b".into(),
                    role: None,
                },
            )),
        );
        check(r#"{"wall-ms":5,"kind":{"type":"exploded"}}"#, Err("unknown variant"));
        check(
            r#"{"wall-ms":5,"kind":{"type":"advanced","minutes":1,"extra":2}}"#,
            Err("unknown field"),
        );
        check(
            r#"{"wall-ms":5,"extra":1,"kind":{"type":"paused"}}"#,
            Err("unknown field"),
        );
    }
}
