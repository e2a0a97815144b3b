//! The incident engine: replay, validation, edits and strike-outs, ticks, the views, the
//! saved text (damaged and other versions) and both exports.

use super::event::*;
use super::export::{from_json, to_json, to_markdown, ImportError};
use super::saved::{follows, open_incident, past_incidents, FileError, PastIncidents, Saved, SavedError};
use super::state::{EventError, IncidentState, ReplayError};
use super::view::{banner, incident_view, EntryKind, Status};
use crate::command::Environment;

/// 2026-05-22 14:00:00 UTC.
const T0: i64 = 1_779_458_400_000;
const MIN: i64 = 60_000;

fn at(minutes: i64, kind: EventKind) -> Event {
    Event::new(T0 + minutes * MIN, kind)
}

fn priority(level: &str) -> Priority {
    Priority {
        level: level.into(),
        data_loss: Some(DataLoss {
            data_gone: "Every ECT's induction records since 09:00".into(),
            how_easy_to_replace: "Hard: schools would re-enter them".into(),
            users_affected: "Every school that registered today".into(),
        }),
    }
}

fn started() -> Event {
    at(
        0,
        EventKind::Started {
            name: "Records deleted".into(),
            scenario: Some(ScenarioRef {
                slug: "data-loss".into(),
                title: "We accidentally lose some data".into(),
            }),
            started_ms: T0 - 20 * MIN,
            priority: priority("P2"),
        },
    )
}

fn outcome_list() -> Checklist {
    Checklist::Outcome {
        wizard: "lost-data".into(),
        outcome: "stop-and-full-restore".into(),
        title: "Stop the service and do a full restore".into(),
    }
}

fn note(minutes: i64, text: &str) -> Event {
    at(minutes, EventKind::NoteAdded { text: text.into() })
}

/// A whole incident: every kind of entry.
fn log() -> Vec<Event> {
    vec![
        started(),
        at(
            2,
            EventKind::OutcomeReached {
                wizard: "lost-data".into(),
                wizard_title: "We have lost data: what kind of restore?".into(),
                outcome: "stop-and-full-restore".into(),
                outcome_title: "Stop the service and do a full restore".into(),
                answers: vec![
                    Answer {
                        question: "what-is-lost".into(),
                        text: "What has been lost?".into(),
                        answer: "Important data is missing".into(),
                    },
                    Answer {
                        question: "noticed-quickly".into(),
                        text: "Did we notice it was missing quickly?".into(),
                        answer: "Yes".into(),
                    },
                ],
            },
        ),
        at(
            3,
            EventKind::StepTicked {
                list: outcome_list(),
                step: 0,
                text: "Start the incident process.".into(),
                ticked: true,
            },
        ),
        at(
            4,
            EventKind::StepTicked {
                list: outcome_list(),
                step: 2,
                text: "Enable maintenance mode.".into(),
                ticked: true,
            },
        ),
        at(
            5,
            EventKind::CommandCopied {
                generator: "maintenance-mode".into(),
                generator_title: "Enable or disable maintenance mode".into(),
                text: "gh workflow run 'Set maintenance mode' -f environment=production".into(),
                environment: Environment::Production,
                production_confirmed: true,
            },
        ),
        at(
            6,
            EventKind::ReminderSet {
                every_minutes: Some(30),
            },
        ),
        at(
            7,
            EventKind::MessageCopied {
                message: "database-deleted-schools".into(),
                title: "The service is down: email to schools".into(),
                groups: vec!["Schools and their induction tutors (SITs)".into()],
                text: "Subject: Register early career teachers is down\n\nWe're restoring data.".into(),
            },
        ),
        note(8, "Restore started from 08:59 UTC"),
        note(9, "Wrong channel"),
        at(
            10,
            EventKind::EntryEdited {
                entry: 7,
                text: "Restore started from 08:58 UTC".into(),
            },
        ),
        at(
            11,
            EventKind::EntryStruckOut {
                entry: 8,
                reason: Some("posted in error".into()),
            },
        ),
        at(
            12,
            EventKind::PriorityChanged {
                priority: Priority {
                    level: "P1".into(),
                    data_loss: priority("P1").data_loss,
                },
            },
        ),
    ]
}

fn state() -> IncidentState {
    IncidentState::replay(&log()).unwrap()
}

#[test]
fn a_log_replays_into_its_record() {
    let s = state();
    assert_eq!(s.name(), "Records deleted");
    assert_eq!(s.priority().level, "P1");
    assert_eq!(s.events().len(), 12);
    // Edits and strike-outs change entries; they are not entries.
    let ids: Vec<EntryId> = s.entries().iter().map(|e| e.id).collect();
    assert_eq!(ids, [0, 1, 2, 3, 4, 5, 6, 7, 8, 11]);
    assert_eq!(s.ticked(&outcome_list()), [0, 2]);
    // The same list with another title (the runbook changed) is the same list.
    let renamed = Checklist::Outcome {
        wizard: "lost-data".into(),
        outcome: "stop-and-full-restore".into(),
        title: "Renamed".into(),
    };
    assert_eq!(s.ticked(&renamed), [0, 2]);
    assert_eq!(IncidentState::replay(s.events()), Ok(s));
}

#[test]
fn an_edit_keeps_what_it_replaced_and_a_strike_out_keeps_the_entry() {
    let s = state();
    let edited = s.entry(7).unwrap();
    assert_eq!(
        edited.kind,
        EventKind::NoteAdded {
            text: "Restore started from 08:58 UTC".into()
        }
    );
    assert_eq!(edited.edits.len(), 1);
    assert_eq!(edited.edits[0].replaced, "Restore started from 08:59 UTC");
    let struck = s.entry(8).unwrap();
    assert_eq!(
        struck.kind,
        EventKind::NoteAdded {
            text: "Wrong channel".into()
        }
    );
    assert_eq!(
        struck.struck_out.as_ref().unwrap().reason.as_deref(),
        Some("posted in error")
    );

    let view = incident_view(&s, T0 + 20 * MIN);
    let note = view.entries.iter().find(|e| e.id == 7).unwrap();
    assert_eq!(note.text, "Restore started from 08:58 UTC");
    assert_eq!(note.edits[0].replaced, "Restore started from 08:59 UTC");
    assert_eq!(note.edits[0].at, "2026-05-22 14:10:00 UTC");
    assert!(note.can_edit && note.can_strike);
    let struck = view.entries.iter().find(|e| e.id == 8).unwrap();
    assert!(struck.struck_out.is_some() && !struck.can_edit && !struck.can_strike);
}

fn refused(events: Vec<Event>, error: EventError) {
    let index = events.len() - 1;
    assert_eq!(
        IncidentState::replay(&events),
        Err(ReplayError::BadEvent {
            index,
            error: error.clone()
        })
    );
    assert!(!error.to_string().is_empty());
}

fn with(event: Event) -> Vec<Event> {
    let mut events = log();
    events.push(event);
    events
}

#[test]
fn every_event_the_record_refuses_says_why() {
    let mut again = started();
    again.at_ms = T0 + 13 * MIN;
    refused(with(again), EventError::AlreadyStarted);
    refused(
        with(at(1, EventKind::Closed)),
        EventError::OutOfOrder {
            at_ms: T0 + MIN,
            previous_ms: T0 + 12 * MIN,
        },
    );
    refused(
        with(at(
            13,
            EventKind::EntryEdited {
                entry: 99,
                text: "x".into(),
            },
        )),
        EventError::UnknownEntry(99),
    );
    refused(
        with(at(13, EventKind::EntryStruckOut { entry: 9, reason: None })),
        EventError::UnknownEntry(9),
    );
    refused(
        with(at(
            13,
            EventKind::EntryEdited {
                entry: 4,
                text: "x".into(),
            },
        )),
        EventError::NotANote(4),
    );
    refused(
        with(at(
            13,
            EventKind::EntryEdited {
                entry: 8,
                text: "x".into(),
            },
        )),
        EventError::StruckOut(8),
    );
    refused(
        with(at(13, EventKind::EntryStruckOut { entry: 8, reason: None })),
        EventError::StruckOut(8),
    );
    refused(
        with(at(13, EventKind::EntryStruckOut { entry: 0, reason: None })),
        EventError::StrikingTheStart,
    );
    refused(with(note(13, "  ")), EventError::EmptyText("a note"));
    refused(
        with(at(13, EventKind::ReminderSet { every_minutes: Some(0) })),
        EventError::ZeroReminder,
    );
    let tick = |step, ticked| {
        at(
            13,
            EventKind::StepTicked {
                list: outcome_list(),
                step,
                text: "x".into(),
                ticked,
            },
        )
    };
    let list = "Stop the service and do a full restore".to_string();
    refused(
        with(tick(0, true)),
        EventError::AlreadyTicked {
            list: list.clone(),
            step: 0,
        },
    );
    refused(with(tick(1, false)), EventError::NotTicked { list, step: 1 });
    assert_eq!(
        EventError::NotTicked {
            list: "L".into(),
            step: 1
        }
        .to_string(),
        "step 2 of “L” is not ticked"
    );
    let mut no_level = priority(" ");
    refused(
        with(at(
            13,
            EventKind::PriorityChanged {
                priority: no_level.clone(),
            },
        )),
        EventError::EmptyLevel,
    );
    no_level.level = "P3".into();
    no_level.data_loss.as_mut().unwrap().how_easy_to_replace = String::new();
    refused(
        with(at(13, EventKind::PriorityChanged { priority: no_level })),
        EventError::EmptyFactor("How easy it is to replace"),
    );
    let mut closed = with(at(13, EventKind::Closed));
    closed.push(note(14, "late"));
    refused(closed, EventError::Closed);
}

#[test]
fn a_log_must_start_with_the_incident_starting() {
    assert_eq!(IncidentState::replay(&[]), Err(ReplayError::Empty));
    assert_eq!(
        IncidentState::replay(&[note(0, "x")]),
        Err(ReplayError::NotStartedFirst)
    );
    let mut later = started();
    if let EventKind::Started { started_ms, .. } = &mut later.kind {
        *started_ms = T0 + MIN;
    }
    assert_eq!(
        IncidentState::replay(&[later]),
        Err(ReplayError::BadEvent {
            index: 0,
            error: EventError::StartsLater {
                started_ms: T0 + MIN,
                at_ms: T0
            }
        })
    );
    let mut nameless = started();
    if let EventKind::Started { name, .. } = &mut nameless.kind {
        *name = " ".into();
    }
    assert!(matches!(
        IncidentState::replay(&[nameless]),
        Err(ReplayError::BadEvent {
            error: EventError::EmptyName,
            ..
        })
    ));
    assert_eq!(
        EventError::OutOfOrder {
            at_ms: T0,
            previous_ms: T0 + MIN
        }
        .to_string(),
        "it is dated 2026-05-22 14:00:00 UTC, before the entry before it (2026-05-22 14:01:00 UTC)"
    );
}

#[test]
fn a_refused_event_changes_nothing_and_a_stamp_keeps_order() {
    let mut s = state();
    let before = s.clone();
    assert!(s.apply(note(1, "back in time")).is_err());
    assert_eq!(s, before);
    let stamped = s.stamp(T0 + MIN);
    assert_eq!(stamped, T0 + 12 * MIN);
    s.apply(Event::new(stamped, EventKind::NoteAdded { text: "ok".into() }))
        .unwrap();
    assert_eq!(s.stamp(T0 + 99 * MIN), T0 + 99 * MIN);
}

#[test]
fn unticking_a_step_is_recorded_and_undoes_the_tick() {
    let mut s = state();
    s.apply(at(
        13,
        EventKind::StepTicked {
            list: outcome_list(),
            step: 0,
            text: "Start the incident process.".into(),
            ticked: false,
        },
    ))
    .unwrap();
    assert_eq!(s.ticked(&outcome_list()), [2]);
    let page = Checklist::Page {
        page: "full-restore#steps".into(),
        title: "Full data restore: Steps".into(),
    };
    assert!(s.ticked(&page).is_empty());
    let view = incident_view(&s, T0 + 13 * MIN);
    let last = view.entries.last().unwrap();
    assert_eq!(last.kind, EntryKind::StepUnticked);
    assert_eq!(
        last.text,
        "Not done after all: step 1 of Stop the service and do a full restore: Start the incident process."
    );
}

#[test]
fn the_page_shows_every_entry_in_order_with_its_utc_time() {
    let view = incident_view(&state(), T0 + 20 * MIN);
    assert_eq!(view.name, "Records deleted");
    assert_eq!(view.started, "2026-05-22 13:40:00 UTC");
    assert_eq!(view.elapsed, "40 minutes");
    assert_eq!(view.status, Status::Open);
    assert_eq!(view.priority.level, "P1");
    assert_eq!(view.priority.changes, 1);
    assert_eq!(view.priority.why[0].label, "The data that's gone");
    let lines: Vec<(String, EntryKind, String)> = view
        .entries
        .iter()
        .map(|e| (e.at.clone(), e.kind, e.text.clone()))
        .collect();
    let expected = [
        ("14:00", EntryKind::Started, "Incident started: Records deleted"),
        (
            "14:02",
            EntryKind::OutcomeReached,
            "Stop the service and do a full restore",
        ),
        (
            "14:03",
            EntryKind::StepTicked,
            "Done: step 1 of Stop the service and do a full restore: Start the incident process.",
        ),
        (
            "14:04",
            EntryKind::StepTicked,
            "Done: step 3 of Stop the service and do a full restore: Enable maintenance mode.",
        ),
        (
            "14:05",
            EntryKind::CommandCopied,
            "Copied from Enable or disable maintenance mode",
        ),
        ("14:06", EntryKind::ReminderSet, "Updates due every 30 minutes"),
        (
            "14:07",
            EntryKind::MessageCopied,
            "Copied the message “The service is down: email to schools”",
        ),
        ("14:08", EntryKind::Note, "Restore started from 08:58 UTC"),
        ("14:09", EntryKind::Note, "Wrong channel"),
        ("14:12", EntryKind::PriorityChanged, "Priority changed to P1"),
    ];
    let expected: Vec<(String, EntryKind, String)> = expected
        .iter()
        .map(|(t, k, x)| (format!("2026-05-22 {t}:00 UTC"), *k, x.to_string()))
        .collect();
    assert_eq!(lines, expected);
    let command = &view.entries[4];
    assert_eq!(
        command.exact.as_deref(),
        Some("gh workflow run 'Set maintenance mode' -f environment=production")
    );
    let details: Vec<(&str, &str)> = command
        .details
        .iter()
        .map(|d| (d.label.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(details, [("Acts on", "Production"), ("Production confirmed", "Yes")]);
    assert_eq!(view.entries[1].details[1].value, "Important data is missing");
    assert!(!view.entries[0].can_strike);
}

#[test]
fn the_banner_says_when_an_update_is_due() {
    let s = state();
    // The reminder was set at 14:06 and a message copied at 14:07: due at 14:37.
    let b = banner(&s, T0 + 36 * MIN).unwrap();
    assert_eq!(b.name, "Records deleted");
    assert_eq!(b.elapsed, "56 minutes");
    assert!(!b.update_due);
    assert_eq!(b.due_text, None);
    let b = banner(&s, T0 + 37 * MIN).unwrap();
    assert!(b.update_due);
    assert_eq!(
        b.due_text.as_deref(),
        Some("An update was due at 2026-05-22 14:37:00 UTC")
    );
    let view = incident_view(&s, T0 + 37 * MIN);
    let reminder = view.reminder.unwrap();
    assert_eq!(reminder.every, "Every 30 minutes");
    assert!(reminder.due);
    // Another message copied puts the next update 30 minutes after it.
    let mut s2 = s.clone();
    s2.apply(at(
        40,
        EventKind::MessageCopied {
            message: "m".into(),
            title: "t".into(),
            groups: vec![],
            text: "update".into(),
        },
    ))
    .unwrap();
    assert!(!banner(&s2, T0 + 69 * MIN).unwrap().update_due);
    assert!(banner(&s2, T0 + 70 * MIN).unwrap().update_due);
    // Turned off, nothing is due; closed, there is no banner.
    s2.apply(at(71, EventKind::ReminderSet { every_minutes: None }))
        .unwrap();
    assert!(!banner(&s2, T0 + 999 * MIN).unwrap().update_due);
    s2.apply(at(72, EventKind::Closed)).unwrap();
    assert_eq!(banner(&s2, T0 + 999 * MIN), None);
    let view = incident_view(&s2, T0 + 999 * MIN);
    assert_eq!(
        view.status,
        Status::Closed {
            at: "2026-05-22 15:12:00 UTC".into()
        }
    );
    assert_eq!(view.elapsed, "1 hour 32 minutes");
    assert!(view.entries.iter().all(|e| !e.can_edit && !e.can_strike));
}

#[test]
fn durations_read_as_words() {
    use super::view::duration;
    let cases = [
        (0, "less than a minute"),
        (59_999, "less than a minute"),
        (MIN, "1 minute"),
        (60 * MIN, "1 hour"),
        (65 * MIN, "1 hour 5 minutes"),
        (125 * MIN, "2 hours 5 minutes"),
        (1440 * MIN, "1 day"),
        (1505 * MIN, "1 day 1 hour"),
        (-5, "less than a minute"),
    ];
    for (ms, words) in cases {
        assert_eq!(duration(ms), words, "{ms}");
    }
}

#[test]
fn the_saved_record_resumes_exactly() {
    let s = state();
    let text = Saved::from_state(&s).to_text();
    assert!(text.starts_with("incident/1:"));
    assert_eq!(open_incident(Some(&text)), Ok(Some(s)));
    assert_eq!(open_incident(None), Ok(None));
    assert_eq!(open_incident(Some("")), Ok(None));
}

fn unreadable(text: &str) -> SavedError {
    let u = open_incident(Some(text)).unwrap_err();
    assert_eq!(u.raw, text, "the raw text is kept");
    assert!(u.error.to_string().ends_with('.'));
    u.error
}

#[test]
fn damaged_and_other_versions_are_reported_with_their_raw_text() {
    assert_eq!(
        unreadable("incident/1:not*base64"),
        SavedError::Damaged("it has an unexpected character at position 4".into())
    );
    assert_eq!(
        unreadable("incident/7:AAAA"),
        SavedError::NewerVersion { found: 7, current: 1 }
    );
    assert_eq!(
        unreadable("incident/0:AAAA"),
        SavedError::OlderVersion { found: 0, current: 1 }
    );
    let good = Saved::from_state(&state()).to_text();
    assert!(matches!(unreadable(&good[..good.len() - 6]), SavedError::Damaged(_)));
    // A drill's log is never read as an incident.
    assert_eq!(
        unreadable("drill/2:AAAA"),
        SavedError::Damaged("it does not start with “incident/”".into())
    );
    // A log that does not replay is kept too.
    let bad = Saved {
        events: vec![note(0, "no start")],
    }
    .to_text();
    assert_eq!(unreadable(&bad), SavedError::Replay(ReplayError::NotStartedFirst));
    let huge = format!("incident/1:{}", "A".repeat(super::saved::MAX_SAVED_BYTES));
    assert!(matches!(unreadable(&huge), SavedError::TooLarge { .. }));
    assert_eq!(
        SavedError::NewerVersion { found: 7, current: 1 }.to_string(),
        "The saved incident is from a newer version of the runbook (format 7, this is 1). Reload to get the latest version."
    );
}

#[test]
fn closing_files_the_incident_under_past_incidents() {
    let mut s = state();
    let mut past = PastIncidents::default();
    assert_eq!(past.file(&s), Err(FileError::StillOpen));
    s.apply(at(30, EventKind::Closed)).unwrap();
    past.file(&s).unwrap();
    assert_eq!(past.file(&s), Err(FileError::AlreadyFiled));
    let filed = &past.incidents[0];
    assert_eq!(filed.name, "Records deleted");
    assert_eq!(filed.priority, "P1");
    assert_eq!(filed.closed_ms, T0 + 30 * MIN);
    assert_eq!(filed.resume(), Ok(s));
    let text = past.to_text();
    assert!(text.starts_with("past-incidents/1:"));
    assert_eq!(past_incidents(Some(&text)), Ok(past));
    assert_eq!(past_incidents(None), Ok(PastIncidents::default()));
    let damaged = past_incidents(Some("past-incidents/1:%%")).unwrap_err();
    assert!(matches!(damaged.error, SavedError::PastDamaged(_)));
    assert_eq!(damaged.raw, "past-incidents/1:%%");
    let newer = past_incidents(Some("past-incidents/2:AA")).unwrap_err();
    assert_eq!(newer.error, SavedError::NewerVersion { found: 2, current: 1 });
}

#[test]
fn another_tab_is_followed_only_when_it_carries_the_incident_on_or_starts_another() {
    let current = Saved::from_state(&state());
    let mut next = current.clone();
    next.events.push(note(13, "more"));
    let mut rewritten = next.clone();
    rewritten.events[7] = note(8, "changed history");
    let older = Saved {
        events: current.events[..3].to_vec(),
    };
    let other = Saved {
        events: vec![at(
            100,
            EventKind::Started {
                name: "Another".into(),
                scenario: None,
                started_ms: T0,
                priority: Priority {
                    level: "P3".into(),
                    data_loss: None,
                },
            },
        )],
    };
    assert!(follows(Some(&current), &next));
    assert!(follows(Some(&current), &other));
    assert!(follows(None, &current));
    assert!(!follows(Some(&current), &current));
    assert!(!follows(Some(&current), &older));
    assert!(!follows(Some(&current), &rewritten));
}

#[test]
fn json_round_trips_and_reads_strictly() {
    let s = state();
    let json = to_json(&s);
    assert!(json.contains("\"format\": \"runbook-incident\""), "{json}");
    assert!(json.contains("\"note-added\""), "{json}");
    assert_eq!(from_json(&json), Ok(s.clone()));
    // Closed records too.
    let mut closed = s.clone();
    closed.apply(at(30, EventKind::Closed)).unwrap();
    assert_eq!(from_json(&to_json(&closed)), Ok(closed));

    let newer = json.replacen("\"version\": 1", "\"version\": 2", 1);
    assert_eq!(
        from_json(&newer),
        Err(ImportError::NewerVersion { found: 2, current: 1 })
    );
    let older = json.replacen("\"version\": 1", "\"version\": 0", 1);
    assert_eq!(
        from_json(&older),
        Err(ImportError::OlderVersion { found: 0, current: 1 })
    );
    assert!(matches!(from_json("not json"), Err(ImportError::NotJson(_))));
    assert_eq!(
        from_json("{\"format\":\"drill-report\"}"),
        Err(ImportError::NotAnIncident)
    );
    let extra = json.replacen("\"events\"", "\"colour\": 1, \"events\"", 1);
    assert!(matches!(from_json(&extra), Err(ImportError::Damaged(_))));
    let unknown_kind = json.replacen("\"note-added\"", "\"note-shouted\"", 1);
    assert!(matches!(from_json(&unknown_kind), Err(ImportError::Damaged(_))));
    // A file edited out of order does not replay.
    let events = s.events();
    let reordered = serde_json::json!({
        "format": "runbook-incident",
        "version": 1,
        "name": "x",
        "events": [events[0], events[4], events[3]],
    })
    .to_string();
    assert!(matches!(
        from_json(&reordered),
        Err(ImportError::Replay(ReplayError::BadEvent {
            index: 2,
            error: EventError::OutOfOrder { .. }
        }))
    ));
}

#[test]
fn markdown_has_every_entry_in_order_with_utc_times() {
    let mut s = state();
    s.apply(note(13, "A note with ```backticks``` and\na second line"))
        .unwrap();
    let md = to_markdown(&s, T0 + 20 * MIN);
    let expected_start = "# Incident: Records deleted

- Scenario: We accidentally lose some data
- Priority: P1
  - The data that's gone: Every ECT's induction records since 09:00
  - How easy it is to replace: Hard: schools would re-enter them
  - How many users it will affect: Every school that registered today
- Started: 2026-05-22 13:40:00 UTC
- Status: open, 40 minutes so far
- Exported: 2026-05-22 14:20:00 UTC

## Record (times in UTC)

- 2026-05-22 14:00:00 UTC · Started · Incident started: Records deleted
  - Scenario: We accidentally lose some data
  - Started at: 2026-05-22 13:40:00 UTC
  - Priority: P2
";
    assert!(md.starts_with(expected_start), "{md}");
    for line in [
        "- 2026-05-22 14:02:00 UTC · Decision · Stop the service and do a full restore\n  - Wizard: We have lost data: what kind of restore?\n  - What has been lost?: Important data is missing\n",
        "- 2026-05-22 14:05:00 UTC · Command copied · Copied from Enable or disable maintenance mode\n  - Acts on: Production\n  - Production confirmed: Yes\n\n  ```\n  gh workflow run 'Set maintenance mode' -f environment=production\n  ```\n",
        "  ```\n  Subject: Register early career teachers is down\n  \n  We're restoring data.\n  ```\n",
        "- 2026-05-22 14:08:00 UTC · Note · Restore started from 08:58 UTC\n  - Edited at 2026-05-22 14:10:00 UTC. Before, it said: Restore started from 08:59 UTC\n",
        "- 2026-05-22 14:09:00 UTC · Note · ~~Wrong channel~~\n  - Struck out at 2026-05-22 14:11:00 UTC: posted in error\n",
        "- 2026-05-22 14:12:00 UTC · Priority · Priority changed to P1\n",
        "- 2026-05-22 14:13:00 UTC · Note · A note with ```backticks``` and\n  a second line\n",
    ] {
        assert!(md.contains(line), "missing:\n{line}\nin:\n{md}");
    }
    // Every entry, in order.
    let times: Vec<&str> = md
        .lines()
        .filter_map(|l| l.strip_prefix("- 2026-05-22 "))
        .map(|l| &l[..8])
        .collect();
    assert_eq!(
        times,
        [
            "14:00:00", "14:02:00", "14:03:00", "14:04:00", "14:05:00", "14:06:00", "14:07:00", "14:08:00", "14:09:00",
            "14:12:00", "14:13:00"
        ]
    );
}

#[test]
fn every_kind_of_event_round_trips_in_saved_text() {
    let mut events = log();
    events.push(at(13, EventKind::ReminderSet { every_minutes: None }));
    events.push(at(
        14,
        EventKind::StepTicked {
            list: Checklist::Page {
                page: "full-restore#steps".into(),
                title: "Full data restore: Steps".into(),
            },
            step: 1,
            text: "Create a branch.".into(),
            ticked: true,
        },
    ));
    events.push(at(15, EventKind::Closed));
    let saved = Saved { events };
    assert_eq!(Saved::load(&saved.to_text()), Ok(saved.clone()));
    assert!(saved.resume().is_ok());
}
