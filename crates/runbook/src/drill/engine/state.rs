//! A drill's state, derived by replaying its event log.
//!
//! Shaped like a crux core: [`DrillState::apply`] is `update(event, &mut model)`, and it is
//! the only way state changes. The log kept inside is the source of truth: saving stores
//! the log, and loading replays it, so a reload resumes exactly where the drill was.

use crate::drill::clock::{SimClock, SpeedPerMille, MAX_SPEED, MINUTE_MS, MIN_SPEED};
use crate::drill::event::{Event, EventKind};
use crate::drill::model::{Decision, Opens, Scenario, Trigger};
use crate::drill::wheel::Plan;
use serde::{Deserialize, Serialize};

/// A point in the drill on both clocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moment {
    /// Wall time, ms since the Unix epoch.
    pub wall_ms: i64,
    /// Simulated incident time, ms since the drill started.
    pub sim_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revealed {
    pub inject: String,
    /// `sim_ms` is when the inject was due, so catching up after a reload puts it on the
    /// timeline where it belongs; `wall_ms` is when it was actually shown.
    pub at: Moment,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Made {
    pub decision: String,
    pub option: String,
    pub role: Option<String>,
    pub at: Moment,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    pub at: Moment,
}

/// One line of the timeline: an event and when it happened on both clocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub at: Moment,
    pub event: EventKind,
}

/// Why an event cannot be applied. The state is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error("the drill has already started")]
    AlreadyStarted,
    #[error("the drill has ended; only notes can be added")]
    Ended,
    #[error("the scenario has no inject “{0}”")]
    UnknownInject(String),
    #[error("the inject “{0}” is not part of this drill (the seed left it out)")]
    InjectLeftOut(String),
    #[error("the inject “{0}” has already been revealed")]
    AlreadyRevealed(String),
    #[error("the scenario has no decision “{0}”")]
    UnknownDecision(String),
    #[error("the decision “{0}” is not open yet")]
    DecisionNotOpen(String),
    #[error("the decision “{0}” has already been made")]
    AlreadyDecided(String),
    #[error("the decision “{decision}” has no option “{option}”")]
    UnknownOption { decision: String, option: String },
    #[error("the scenario has no role “{0}”")]
    UnknownRole(String),
    #[error("the clock is already paused")]
    AlreadyPaused,
    #[error("the clock is not paused")]
    NotPaused,
    #[error("the speed {0}‰ is outside {MIN_SPEED}‰ to {MAX_SPEED}‰")]
    InvalidSpeed(SpeedPerMille),
    #[error("advancing by 0 minutes does nothing")]
    ZeroAdvance,
    #[error("a note must have some text")]
    EmptyNote,
}

/// Why a log does not replay.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplayError {
    #[error("the log is empty")]
    Empty,
    #[error("the log does not begin with the drill starting")]
    NotStartedFirst,
    #[error("event {index} cannot be applied: {error}")]
    BadEvent { index: usize, error: EventError },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillState {
    scenario: Scenario,
    seed: u64,
    plan: Plan,
    events: Vec<Event>,
    clock: SimClock,
    started: Moment,
    /// The latest wall time seen: an event stamped earlier (a clock set back) counts as now.
    last_wall: i64,
    timeline: Vec<TimelineEntry>,
    revealed: Vec<Revealed>,
    made: Vec<Made>,
    notes: Vec<Note>,
    ended: Option<Moment>,
}

impl DrillState {
    /// Starts a drill: the log's first event.
    pub fn start(scenario: Scenario, seed: u64, wall_ms: i64, speed: SpeedPerMille) -> Result<Self, EventError> {
        check_speed(speed)?;
        let plan = Plan::new(&scenario, seed);
        let started = Moment { wall_ms, sim_ms: 0 };
        let kind = EventKind::Started { speed };
        Ok(Self {
            scenario,
            seed,
            plan,
            events: vec![Event::new(wall_ms, kind.clone())],
            clock: SimClock::start(wall_ms, speed),
            started,
            last_wall: wall_ms,
            timeline: vec![TimelineEntry {
                at: started,
                event: kind,
            }],
            revealed: Vec::new(),
            made: Vec::new(),
            notes: Vec::new(),
            ended: None,
        })
    }

    /// Rebuilds a drill from its log. The same scenario, seed and events always give the
    /// same state.
    pub fn replay(scenario: &Scenario, seed: u64, events: &[Event]) -> Result<Self, ReplayError> {
        let (first, rest) = events.split_first().ok_or(ReplayError::Empty)?;
        let EventKind::Started { speed } = first.kind else {
            return Err(ReplayError::NotStartedFirst);
        };
        let mut state = Self::start(scenario.clone(), seed, first.wall_ms, speed)
            .map_err(|error| ReplayError::BadEvent { index: 0, error })?;
        for (i, event) in rest.iter().enumerate() {
            state
                .apply(event.clone())
                .map_err(|error| ReplayError::BadEvent { index: i + 1, error })?;
        }
        Ok(state)
    }

    /// Applies one event and appends it to the log, or changes nothing and says why.
    pub fn apply(&mut self, event: Event) -> Result<(), EventError> {
        let wall = event.wall_ms.max(self.last_wall);
        let now = Moment {
            wall_ms: wall,
            sim_ms: self.sim_ms(wall),
        };
        if self.ended.is_some() && !matches!(event.kind, EventKind::NoteAdded { .. }) {
            return Err(EventError::Ended);
        }
        let mut at = now;
        match &event.kind {
            EventKind::Started { .. } => return Err(EventError::AlreadyStarted),
            EventKind::InjectRevealed { inject } => {
                self.check_revealable(inject)?;
                if let Some(due) = self.scheduled_sim(inject) {
                    at.sim_ms = due.min(now.sim_ms);
                }
                self.revealed.push(Revealed {
                    inject: inject.clone(),
                    at,
                });
            }
            EventKind::DecisionMade { decision, option, role } => {
                let d = self
                    .scenario
                    .decision(decision)
                    .ok_or_else(|| EventError::UnknownDecision(decision.clone()))?;
                if self.made(decision).is_some() {
                    return Err(EventError::AlreadyDecided(decision.clone()));
                }
                if self.opened_sim(d).is_none_or(|o| o > now.sim_ms) {
                    return Err(EventError::DecisionNotOpen(decision.clone()));
                }
                if d.option(option).is_none() {
                    return Err(EventError::UnknownOption {
                        decision: decision.clone(),
                        option: option.clone(),
                    });
                }
                if let Some(r) = role {
                    if self.scenario.role(r).is_none() {
                        return Err(EventError::UnknownRole(r.clone()));
                    }
                }
                self.made.push(Made {
                    decision: decision.clone(),
                    option: option.clone(),
                    role: role.clone(),
                    at,
                });
            }
            EventKind::NoteAdded { text } => {
                if text.trim().is_empty() {
                    return Err(EventError::EmptyNote);
                }
                self.notes.push(Note { text: text.clone(), at });
            }
            EventKind::Paused => {
                if self.clock.is_paused() {
                    return Err(EventError::AlreadyPaused);
                }
                self.clock.pause(wall);
            }
            EventKind::Resumed => {
                if !self.clock.is_paused() {
                    return Err(EventError::NotPaused);
                }
                self.clock.resume(wall);
            }
            EventKind::SpeedChanged { speed } => {
                check_speed(*speed)?;
                self.clock.set_speed(wall, *speed);
            }
            EventKind::Advanced { minutes } => {
                if *minutes == 0 {
                    return Err(EventError::ZeroAdvance);
                }
                self.clock.advance(wall, i64::from(*minutes) * MINUTE_MS);
                at.sim_ms = self.clock.sim_at(wall);
            }
            EventKind::Ended => self.ended = Some(now),
        }
        self.last_wall = wall;
        self.timeline.push(TimelineEntry {
            at,
            event: event.kind.clone(),
        });
        self.events.push(event);
        Ok(())
    }

    /// The inject reveals now due, in the order to append them; applying them may make
    /// more due (a revealed inject opens a decision whose deadline has also passed), so
    /// this follows the chain. The state is not changed: the caller appends the events,
    /// keeping the log the source of truth.
    pub fn tick(&self, now_wall: i64) -> Vec<Event> {
        let mut probe = self.clone();
        let mut out = Vec::new();
        loop {
            let due = probe.due_now(now_wall);
            if due.is_empty() {
                return out;
            }
            for inject in due {
                let event = Event::new(now_wall, EventKind::InjectRevealed { inject });
                if probe.apply(event.clone()).is_ok() {
                    out.push(event);
                }
            }
        }
    }

    fn due_now(&self, now_wall: i64) -> Vec<String> {
        if self.ended.is_some() {
            return Vec::new();
        }
        let now = self.sim_ms(now_wall);
        self.scenario
            .injects
            .iter()
            .filter(|i| self.plan.includes(&i.id) && self.revealed(&i.id).is_none())
            .filter(|i| self.scheduled_sim(&i.id).is_some_and(|due| due <= now))
            .map(|i| i.id.clone())
            .collect()
    }

    fn check_revealable(&self, inject: &str) -> Result<(), EventError> {
        if self.scenario.inject(inject).is_none() {
            return Err(EventError::UnknownInject(inject.into()));
        }
        if !self.plan.includes(inject) {
            return Err(EventError::InjectLeftOut(inject.into()));
        }
        if self.revealed(inject).is_some() {
            return Err(EventError::AlreadyRevealed(inject.into()));
        }
        Ok(())
    }

    /// When an inject's trigger fires (or fired), if it can yet be known. The facilitator
    /// may still reveal an inject early; it then lands at the current time.
    pub fn scheduled_sim(&self, inject: &str) -> Option<i64> {
        match &self.scenario.inject(inject)?.trigger {
            Trigger::AtMinute(_) => self.plan.due_ms.get(inject).copied(),
            Trigger::OnDecision { decision, option } => self
                .made(decision)
                .filter(|m| option.as_ref().is_none_or(|o| *o == m.option))
                .map(|m| m.at.sim_ms),
            Trigger::NoDecisionBy(decision) => {
                let deadline = self.deadline_sim(self.scenario.decision(decision)?)?;
                match self.made(decision) {
                    Some(m) if m.at.sim_ms <= deadline => None,
                    _ => Some(deadline),
                }
            }
        }
    }

    /// When a decision opens(ed) on the simulated clock, once that can be known.
    pub fn opened_sim(&self, decision: &Decision) -> Option<i64> {
        match &decision.opens {
            Opens::AtMinute(m) => Some(i64::from(*m) * MINUTE_MS),
            Opens::WithInject(inject) => self.revealed(inject).map(|r| r.at.sim_ms),
        }
    }

    pub fn deadline_sim(&self, decision: &Decision) -> Option<i64> {
        self.opened_sim(decision)
            .map(|o| o + i64::from(decision.deadline_minutes) * MINUTE_MS)
    }

    /// Open now: opened, not yet made, drill not over. Deadlines may have passed: a late
    /// decision can still be recorded (and scores as late).
    pub fn open_decisions(&self, now_wall: i64) -> Vec<&Decision> {
        if self.ended.is_some() {
            return Vec::new();
        }
        let now = self.sim_ms(now_wall);
        self.scenario
            .decisions
            .iter()
            .filter(|d| self.made(&d.id).is_none() && self.opened_sim(d).is_some_and(|o| o <= now))
            .collect()
    }

    /// Simulated time at `now_wall`; frozen once the drill has ended.
    pub fn sim_ms(&self, now_wall: i64) -> i64 {
        match self.ended {
            Some(end) => end.sim_ms,
            None => self.clock.sim_at(now_wall.max(self.last_wall)),
        }
    }

    /// Wall time since the start; frozen once the drill has ended.
    pub fn wall_elapsed_ms(&self, now_wall: i64) -> i64 {
        let now = self.ended.map_or(now_wall.max(self.last_wall), |e| e.wall_ms);
        now - self.started.wall_ms
    }

    /// The wall time at which the simulated clock first read `sim_ms`.
    pub fn wall_when(&self, sim_ms: i64) -> Option<i64> {
        self.clock.wall_when(sim_ms)
    }

    pub fn revealed(&self, inject: &str) -> Option<&Revealed> {
        self.revealed.iter().find(|r| r.inject == inject)
    }

    pub fn made(&self, decision: &str) -> Option<&Made> {
        self.made.iter().find(|m| m.decision == decision)
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn plan(&self) -> &Plan {
        &self.plan
    }
    pub fn events(&self) -> &[Event] {
        &self.events
    }
    pub fn started(&self) -> Moment {
        self.started
    }
    pub fn ended(&self) -> Option<Moment> {
        self.ended
    }
    pub fn is_paused(&self) -> bool {
        self.clock.is_paused()
    }
    pub fn speed(&self) -> SpeedPerMille {
        self.clock.speed()
    }
    pub fn timeline(&self) -> &[TimelineEntry] {
        &self.timeline
    }
    pub fn revealed_injects(&self) -> &[Revealed] {
        &self.revealed
    }
    pub fn decisions_made(&self) -> &[Made] {
        &self.made
    }
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }
}

pub(crate) fn check_speed(speed: SpeedPerMille) -> Result<(), EventError> {
    if (MIN_SPEED..=MAX_SPEED).contains(&speed) {
        Ok(())
    } else {
        Err(EventError::InvalidSpeed(speed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::clock::REAL_TIME;
    use crate::drill::testing::scenario;

    const M: i64 = MINUTE_MS;
    const T0: i64 = 1_750_000_000_000;

    fn ev(minute: i64, kind: EventKind) -> Event {
        Event::new(T0 + minute * M, kind)
    }

    fn decide(minute: i64, decision: &str, option: &str) -> Event {
        ev(minute, crate::drill::testing::decision(decision, option))
    }

    fn reveal(minute: i64, inject: &str) -> Event {
        ev(minute, EventKind::InjectRevealed { inject: inject.into() })
    }

    fn started() -> Event {
        ev(0, EventKind::Started { speed: REAL_TIME })
    }

    fn run(seed: u64, events: &[Event]) -> DrillState {
        DrillState::replay(&scenario("s"), seed, events).unwrap()
    }

    fn due_at(state: &DrillState, minute: i64) -> Vec<String> {
        state
            .tick(T0 + minute * M)
            .into_iter()
            .map(|e| match e.kind {
                EventKind::InjectRevealed { inject } => inject,
                other => panic!("tick returned {other:?}"),
            })
            .collect()
    }

    /// A seed whose plan leaves the complication out and puts `tickets` at exactly 10 min.
    fn plain_seed() -> u64 {
        (0..1000)
            .find(|&s| {
                let p = Plan::new(&scenario("s"), s);
                !p.includes("complication") && p.due_ms["tickets"] == 10 * M
            })
            .unwrap()
    }

    #[test]
    fn replay_is_deterministic() {
        let events = vec![
            started(),
            ev(3, EventKind::Paused),
            ev(4, EventKind::Advanced { minutes: 5 }),
            ev(6, EventKind::Resumed),
            decide(7, "first", "wait"),
            ev(
                8,
                EventKind::NoteAdded {
                    text: "Good call.".into(),
                },
            ),
        ];
        for seed in [0, 1, 12_345, u64::MAX] {
            let a = run(seed, &events);
            let b = run(seed, &events);
            assert_eq!(a, b);
            assert_eq!(a.tick(T0 + 30 * M), b.tick(T0 + 30 * M));
            assert_eq!(a.events(), &events[..]);
        }
        // Replaying a state's own log gives the state back.
        let mut live = run(3, &events[..1]);
        for e in &events[1..] {
            live.apply(e.clone()).unwrap();
        }
        assert_eq!(live, run(3, &events));
    }

    #[test]
    fn timed_injects_come_due_on_the_simulated_clock() {
        let seed = plain_seed();
        let state = run(seed, &[started()]);
        assert!(due_at(&state, 9).is_empty());
        assert_eq!(due_at(&state, 10), ["tickets"]);
        // Paused for an hour at minute 5: still not due at wall minute 60.
        let paused = run(seed, &[started(), ev(5, EventKind::Paused)]);
        assert!(due_at(&paused, 60).is_empty());
        let resumed = run(seed, &[started(), ev(5, EventKind::Paused), ev(60, EventKind::Resumed)]);
        assert!(due_at(&resumed, 64).is_empty());
        assert_eq!(due_at(&resumed, 65), ["tickets"]);
        let advanced = run(seed, &[started(), ev(1, EventKind::Advanced { minutes: 15 })]);
        assert_eq!(due_at(&advanced, 1), ["tickets", "escalation"]);
    }

    #[test]
    fn deadline_triggered_injects() {
        let seed = plain_seed();
        let state = run(seed, &[started(), reveal(10, "tickets")]);
        assert!(!due_at(&state, 14).contains(&"escalation".to_string()));
        assert_eq!(due_at(&state, 15), ["escalation"]);
        // Decided in time: never due.
        let decided = run(seed, &[started(), decide(14, "first", "wait")]);
        assert!(due_at(&decided, 90).iter().all(|i| i != "escalation"));
        // Catching up after a long gap reveals the inject at its deadline, not at "now".
        let mut late = run(seed, &[started()]);
        for e in late.tick(T0 + 90 * M) {
            late.apply(e).unwrap();
        }
        let escalation = late.revealed("escalation").unwrap();
        assert_eq!(escalation.at.sim_ms, 15 * M);
        assert_eq!(escalation.at.wall_ms, T0 + 90 * M);
    }

    #[test]
    fn decision_triggered_injects_and_chained_openings() {
        let seed = plain_seed();
        let restore = run(seed, &[started(), decide(2, "first", "restore")]);
        assert_eq!(due_at(&restore, 2), ["followup"]);
        let wait = run(seed, &[started(), decide(2, "first", "wait")]);
        assert!(due_at(&wait, 2).is_empty());
        // `second` opens with `tickets`; after a long gap its own deadline inject follows.
        let mut gap = run(seed, &[started(), decide(2, "first", "wait")]);
        assert!(gap.open_decisions(T0 + 5 * M).is_empty());
        for e in gap.tick(T0 + 60 * M) {
            gap.apply(e).unwrap();
        }
        assert_eq!(gap.revealed("tickets").unwrap().at.sim_ms, 10 * M);
        assert_eq!(gap.open_decisions(T0 + 60 * M)[0].id, "second");
    }

    fn check_rejected(events: &[Event], next: Event, expected: EventError) {
        let mut state = run(plain_seed(), events);
        let before = state.clone();
        assert_eq!(state.apply(next), Err(expected));
        assert_eq!(state, before, "a rejected event changes nothing");
    }

    #[test]
    fn bad_events_are_rejected_without_changing_anything() {
        let s = || vec![started()];
        check_rejected(&s(), started(), EventError::AlreadyStarted);
        check_rejected(&s(), reveal(1, "nope"), EventError::UnknownInject("nope".into()));
        check_rejected(
            &s(),
            reveal(1, "complication"),
            EventError::InjectLeftOut("complication".into()),
        );
        check_rejected(
            &[started(), reveal(1, "tickets")],
            reveal(2, "tickets"),
            EventError::AlreadyRevealed("tickets".into()),
        );
        check_rejected(&s(), decide(1, "nope", "x"), EventError::UnknownDecision("nope".into()));
        check_rejected(
            &s(),
            decide(1, "second", "tell"),
            EventError::DecisionNotOpen("second".into()),
        );
        check_rejected(
            &[started(), decide(1, "first", "wait")],
            decide(2, "first", "wait"),
            EventError::AlreadyDecided("first".into()),
        );
        check_rejected(
            &s(),
            decide(1, "first", "x"),
            EventError::UnknownOption {
                decision: "first".into(),
                option: "x".into(),
            },
        );
        check_rejected(
            &s(),
            ev(
                1,
                EventKind::DecisionMade {
                    decision: "first".into(),
                    option: "wait".into(),
                    role: Some("x".into()),
                },
            ),
            EventError::UnknownRole("x".into()),
        );
        check_rejected(
            &[started(), ev(1, EventKind::Paused)],
            ev(2, EventKind::Paused),
            EventError::AlreadyPaused,
        );
        check_rejected(&s(), ev(1, EventKind::Resumed), EventError::NotPaused);
        check_rejected(
            &s(),
            ev(1, EventKind::SpeedChanged { speed: 0 }),
            EventError::InvalidSpeed(0),
        );
        check_rejected(&s(), ev(1, EventKind::Advanced { minutes: 0 }), EventError::ZeroAdvance);
        check_rejected(
            &s(),
            ev(1, EventKind::NoteAdded { text: " ".into() }),
            EventError::EmptyNote,
        );
        check_rejected(
            &[started(), ev(1, EventKind::Ended)],
            ev(2, EventKind::Paused),
            EventError::Ended,
        );
    }

    #[test]
    fn replay_errors_say_which_event() {
        let scenario = scenario("s");
        assert_eq!(DrillState::replay(&scenario, 1, &[]), Err(ReplayError::Empty));
        assert_eq!(
            DrillState::replay(&scenario, 1, &[ev(0, EventKind::Paused)]),
            Err(ReplayError::NotStartedFirst)
        );
        assert_eq!(
            DrillState::replay(&scenario, 1, &[started(), ev(1, EventKind::Resumed)]),
            Err(ReplayError::BadEvent {
                index: 1,
                error: EventError::NotPaused
            })
        );
    }

    #[test]
    fn the_end_freezes_both_clocks_but_takes_notes() {
        let mut state = run(1, &[started(), ev(10, EventKind::Ended)]);
        assert_eq!(state.sim_ms(T0 + 99 * M), 10 * M);
        assert_eq!(state.wall_elapsed_ms(T0 + 99 * M), 10 * M);
        assert!(state.tick(T0 + 99 * M).is_empty());
        state
            .apply(ev(20, EventKind::NoteAdded { text: "Debrief".into() }))
            .unwrap();
        assert_eq!(state.notes()[0].at.sim_ms, 10 * M);
    }

    #[test]
    fn an_event_stamped_in_the_past_counts_as_now() {
        let state = run(
            1,
            &[
                started(),
                ev(10, EventKind::Paused),
                ev(5, EventKind::NoteAdded { text: "x".into() }),
            ],
        );
        assert_eq!(
            state.notes()[0].at,
            Moment {
                wall_ms: T0 + 10 * M,
                sim_ms: 10 * M
            }
        );
    }
}
