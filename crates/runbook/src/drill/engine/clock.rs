//! The drill clock: simulated incident time beside the wall clock.
//!
//! Wall time is never read here: it comes in with each event, so replaying a log gives the
//! same clock. The clock is a list of segments, each starting at a wall time with a
//! simulated time, a speed and whether it is paused. Simulated time is always computed from
//! the start of the current segment (never accumulated tick by tick), so nothing drifts, a
//! pause adds nothing and an advance adds exactly what it says.

use serde::{Deserialize, Serialize};

/// Speed in thousandths of real time: 1000 is real time, 2000 twice as fast. Integers, so
/// native and wasm agree to the millisecond.
pub type SpeedPerMille = u32;

pub const REAL_TIME: SpeedPerMille = 1000;
/// The slowest and fastest speeds a drill may run at (0.1× to 60×).
pub const MIN_SPEED: SpeedPerMille = 100;
pub const MAX_SPEED: SpeedPerMille = 60_000;

pub const MINUTE_MS: i64 = 60_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Segment {
    wall_start: i64,
    sim_start: i64,
    speed: SpeedPerMille,
    paused: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimClock {
    /// Never empty; wall starts never decrease.
    segments: Vec<Segment>,
}

impl SimClock {
    /// A running clock reading zero at `wall_ms`.
    pub fn start(wall_ms: i64, speed: SpeedPerMille) -> Self {
        Self {
            segments: vec![Segment {
                wall_start: wall_ms,
                sim_start: 0,
                speed,
                paused: false,
            }],
        }
    }

    fn current(&self) -> Segment {
        // `segments` is never empty (see `start`); the fallback only keeps this total.
        self.segments.last().copied().unwrap_or(Segment {
            wall_start: 0,
            sim_start: 0,
            speed: REAL_TIME,
            paused: true,
        })
    }

    /// Simulated milliseconds since the drill started, as of `wall_ms`. A wall time before
    /// the current segment (a clock set back) reads as the segment start: time never runs
    /// backwards.
    pub fn sim_at(&self, wall_ms: i64) -> i64 {
        let s = self.current();
        if s.paused {
            return s.sim_start;
        }
        let elapsed = (wall_ms - s.wall_start).max(0);
        s.sim_start + elapsed * i64::from(s.speed) / 1000
    }

    pub fn is_paused(&self) -> bool {
        self.current().paused
    }

    pub fn speed(&self) -> SpeedPerMille {
        self.current().speed
    }

    fn rebase(&mut self, wall_ms: i64, change: impl FnOnce(&mut Segment)) {
        let s = self.current();
        let wall = wall_ms.max(s.wall_start);
        let mut next = Segment {
            wall_start: wall,
            sim_start: self.sim_at(wall),
            ..s
        };
        change(&mut next);
        self.segments.push(next);
    }

    pub fn pause(&mut self, wall_ms: i64) {
        self.rebase(wall_ms, |s| s.paused = true);
    }

    pub fn resume(&mut self, wall_ms: i64) {
        self.rebase(wall_ms, |s| s.paused = false);
    }

    pub fn set_speed(&mut self, wall_ms: i64, speed: SpeedPerMille) {
        self.rebase(wall_ms, |s| s.speed = speed);
    }

    /// Jumps simulated time forward, paused or not.
    pub fn advance(&mut self, wall_ms: i64, sim_ms: i64) {
        self.rebase(wall_ms, |s| s.sim_start += sim_ms.max(0));
    }

    /// The first wall time at which the simulated clock read at least `sim_ms`, if it has
    /// yet (up to the end of the current segment, running open-ended). Used for "time to
    /// decision" on the wall clock.
    pub fn wall_when(&self, sim_ms: i64) -> Option<i64> {
        for (i, s) in self.segments.iter().enumerate() {
            let next = self.segments.get(i + 1);
            if sim_ms <= s.sim_start {
                return Some(s.wall_start);
            }
            if !s.paused && s.speed > 0 {
                let speed = i64::from(s.speed);
                // Ceiling division: the first whole millisecond at which `sim_at` reaches it.
                let wall = s.wall_start + ((sim_ms - s.sim_start) * 1000 + speed - 1) / speed;
                match next {
                    Some(n) if wall >= n.wall_start => {}
                    _ => return Some(wall),
                }
            }
        }
        None
    }
}

/// The speeds offered in the UI, slowest first.
pub const SPEED_CHOICES: [SpeedPerMille; 7] = [500, 1000, 2000, 5000, 10_000, 30_000, 60_000];

/// Reads a speed from a form value (thousandths of real time, as in [`SPEED_CHOICES`]);
/// `None` when it is not a number or outside [`MIN_SPEED`]..=[`MAX_SPEED`].
pub fn parse_speed(text: &str) -> Option<SpeedPerMille> {
    let speed: SpeedPerMille = text.trim().parse().ok()?;
    (MIN_SPEED..=MAX_SPEED).contains(&speed).then_some(speed)
}

/// `12:05` or `1:02:05`: elapsed time as a clock on a wall would show it.
pub fn format_elapsed(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let total = ms.unsigned_abs() / 1000;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m:02}:{s:02}")
    }
}

/// `1×`, `2.5×`, `0.25×`.
pub fn format_speed(speed: SpeedPerMille) -> String {
    let whole = speed / 1000;
    let frac = format!("{:03}", speed % 1000);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{whole}×")
    } else {
        format!("{whole}.{frac}×")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(format_elapsed(0), "00:00");
        assert_eq!(format_elapsed(65_999), "01:05");
        assert_eq!(format_elapsed(3_725_000), "1:02:05");
        assert_eq!(format_elapsed(-5_000), "-00:05");
        assert_eq!(format_speed(1000), "1×");
        assert_eq!(format_speed(2500), "2.5×");
        assert_eq!(format_speed(250), "0.25×");
    }

    enum Op {
        Pause(i64),
        Resume(i64),
        Speed(i64, SpeedPerMille),
        Advance(i64, i64),
    }

    /// Applies `ops` to a real-time clock started at wall 0 and checks readings.
    fn check(ops: &[Op], readings: &[(i64, i64)]) {
        let mut clock = SimClock::start(0, REAL_TIME);
        for op in ops {
            match *op {
                Op::Pause(w) => clock.pause(w),
                Op::Resume(w) => clock.resume(w),
                Op::Speed(w, s) => clock.set_speed(w, s),
                Op::Advance(w, ms) => clock.advance(w, ms),
            }
        }
        for &(wall, sim) in readings {
            assert_eq!(clock.sim_at(wall), sim, "sim time at wall {wall}");
        }
    }

    #[test]
    fn runs_at_real_time() {
        check(&[], &[(0, 0), (1_500, 1_500), (MINUTE_MS, MINUTE_MS)]);
    }

    #[test]
    fn a_pause_stops_the_clock_and_adds_nothing() {
        check(&[Op::Pause(10_000)], &[(10_000, 10_000), (99_000, 10_000)]);
        check(
            &[Op::Pause(10_000), Op::Resume(70_000)],
            &[(70_000, 10_000), (75_000, 15_000)],
        );
        // Pausing twice and resuming twice neither loses nor double-counts.
        check(
            &[
                Op::Pause(10_000),
                Op::Pause(20_000),
                Op::Resume(30_000),
                Op::Resume(40_000),
            ],
            &[(40_000, 20_000), (50_000, 30_000)],
        );
    }

    #[test]
    fn speed_changes_apply_from_the_moment_they_are_made() {
        check(&[Op::Speed(10_000, 2_000)], &[(10_000, 10_000), (15_000, 20_000)]);
        check(
            &[Op::Speed(0, 500), Op::Speed(4_000, 3_000)],
            &[(4_000, 2_000), (5_000, 5_000)],
        );
        // Changing speed while paused keeps it paused; the new speed applies on resume.
        check(
            &[Op::Pause(10_000), Op::Speed(20_000, 10_000), Op::Resume(30_000)],
            &[(25_000, 10_000), (31_000, 20_000)],
        );
    }

    #[test]
    fn advancing_adds_exactly_once_paused_or_not() {
        check(
            &[Op::Advance(1_000, 5 * MINUTE_MS)],
            &[(1_000, 301_000), (2_000, 302_000)],
        );
        check(
            &[
                Op::Pause(1_000),
                Op::Advance(2_000, MINUTE_MS),
                Op::Advance(3_000, 15 * MINUTE_MS),
                Op::Resume(9_000),
            ],
            &[(9_000, 961_000), (10_000, 962_000)],
        );
    }

    #[test]
    fn a_wall_clock_set_back_never_runs_simulated_time_backwards() {
        check(
            &[Op::Pause(10_000), Op::Resume(5_000)],
            &[(5_000, 10_000), (6_000, 10_000), (11_000, 11_000)],
        );
    }

    #[test]
    fn no_rounding_drift_at_odd_speeds() {
        // 1/3 speed: computed from the segment start, so a million ms is exact to the ms.
        check(&[Op::Speed(0, 333)], &[(1_000_000, 333_000), (3, 0)]);
    }

    #[test]
    fn wall_when_inverts_the_clock() {
        let mut clock = SimClock::start(1_000, REAL_TIME);
        clock.pause(11_000); // sim 10s
        clock.resume(20_000);
        clock.advance(25_000, MINUTE_MS); // sim 15s -> 75s
        clock.set_speed(30_000, 2_000); // sim 80s
        assert_eq!(clock.wall_when(0), Some(1_000));
        assert_eq!(clock.wall_when(5_000), Some(6_000));
        assert_eq!(clock.wall_when(10_000), Some(11_000));
        assert_eq!(clock.wall_when(12_000), Some(22_000));
        assert_eq!(clock.wall_when(40_000), Some(25_000), "crossed during the advance");
        assert_eq!(clock.wall_when(90_000), Some(35_000));
        for sim in [0, 7_777, 12_345, 80_001, 123_457] {
            let wall = clock.wall_when(sim).unwrap();
            assert!(clock_at(&clock, wall) >= sim);
        }
        let mut paused = SimClock::start(0, REAL_TIME);
        paused.pause(1_000);
        assert_eq!(paused.wall_when(2_000), None);
    }

    /// The reading at a past wall time, by replaying segments (test-only).
    fn clock_at(clock: &SimClock, wall: i64) -> i64 {
        let s = clock
            .segments
            .iter()
            .rev()
            .find(|s| s.wall_start <= wall)
            .copied()
            .unwrap();
        if s.paused {
            s.sim_start
        } else {
            s.sim_start + (wall - s.wall_start) * i64::from(s.speed) / 1000
        }
    }

    #[test]
    fn speeds_from_forms() {
        assert_eq!(parse_speed("1000"), Some(REAL_TIME));
        assert_eq!(parse_speed(" 60000 "), Some(MAX_SPEED));
        assert_eq!(parse_speed("99"), None);
        assert_eq!(parse_speed("60001"), None);
        assert_eq!(parse_speed("fast"), None);
        assert!(SPEED_CHOICES.iter().all(|s| parse_speed(&s.to_string()) == Some(*s)));
    }
}
