//! What happens during a drill: the append-only log the state is replayed from.
//!
//! Every event carries the wall time (ms since the Unix epoch) it happened at, supplied by
//! the caller: the core never reads a clock, so a replay is exact.

use crate::drill::clock::SpeedPerMille;
use serde::{Deserialize, Serialize};

/// Saved with [`crate::saved_text`] (postcard): variants are stored by position, so add
/// new ones at the end and bump `saved::SAVED_SCHEMA_VERSION` for any other change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub wall_ms: i64,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    use crate::saved_text::{decode, encode, TextError};

    #[test]
    fn every_kind_of_event_round_trips() {
        let speed: SpeedPerMille = 2_000;
        let events = vec![
            Event::new(-5, EventKind::Started { speed }),
            Event::new(1, EventKind::InjectRevealed { inject: "i".into() }),
            Event::new(
                2,
                EventKind::DecisionMade {
                    decision: "a".into(),
                    option: "b".into(),
                    role: Some("lead".into()),
                },
            ),
            Event::new(
                3,
                EventKind::DecisionMade {
                    decision: "a".into(),
                    option: "b".into(),
                    role: None,
                },
            ),
            Event::new(
                4,
                EventKind::NoteAdded {
                    text: "ok «ü»".into()
                },
            ),
            Event::new(5, EventKind::Paused),
            Event::new(6, EventKind::Resumed),
            Event::new(7, EventKind::SpeedChanged { speed }),
            Event::new(8, EventKind::Advanced { minutes: 15 }),
            Event::new(i64::MAX, EventKind::Ended),
        ];
        let text = encode("events", 1, &events);
        assert_eq!(decode::<Vec<Event>>("events", 1, &text), Ok(events));
    }

    #[test]
    fn an_unknown_kind_is_refused() {
        // One event: wall time 0, then kind number 99, which no version has written.
        let text = encode("events", 1, &(1u8, 0u8, 99u8));
        assert!(matches!(
            decode::<Vec<Event>>("events", 1, &text),
            Err(TextError::Damaged(reason)) if reason.starts_with("its contents do not fit")
        ));
    }
}
