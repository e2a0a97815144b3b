//! Instants in UTC, for restore timestamps. The caller says what "now" is; the core never
//! reads a clock.

use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An instant, in UTC, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DateTime {
    pub date: Date,
    /// Seconds since midnight UTC, `0..86_400`.
    pub seconds: u32,
}

/// Why a date-time was refused; completes a sentence that starts with the field's name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateTimeError {
    #[error("should look like 2026-05-22 14:30 (a date, then a 24-hour time, optionally with seconds and a UTC offset such as +01:00 or Z)")]
    Format,
    #[error("is not a real calendar date")]
    NoSuchDay,
    #[error("is not a real time of day")]
    NoSuchTime,
}

const DAY: i64 = 86_400;

impl DateTime {
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Self {
            date: Date::from_days_since_epoch(seconds.div_euclid(DAY)),
            seconds: seconds.rem_euclid(DAY) as u32,
        }
    }

    pub fn unix_seconds(self) -> i64 {
        self.date.days_since_epoch() * DAY + i64::from(self.seconds)
    }

    /// Parses `YYYY-MM-DD HH:MM[:SS]` (or with `T`), then an optional `Z` or `±HH:MM`
    /// offset. Without an offset the time is taken as UTC already: that is how the result
    /// is shown, so a person can see which was assumed.
    pub fn parse(text: &str) -> Result<Self, DateTimeError> {
        let text = text.trim();
        let (date, rest) = (
            text.get(..10).ok_or(DateTimeError::Format)?,
            text.get(10..).ok_or(DateTimeError::Format)?,
        );
        let date = Date::parse(date).map_err(|e| match e {
            crate::date::DateError::Format(_) => DateTimeError::Format,
            crate::date::DateError::NoSuchDay(_) => DateTimeError::NoSuchDay,
        })?;
        let rest = rest.strip_prefix(['T', ' ']).ok_or(DateTimeError::Format)?;
        let digits = |s: &str| -> Result<u32, DateTimeError> {
            if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| DateTimeError::Format)
            } else {
                Err(DateTimeError::Format)
            }
        };
        let hour = digits(rest.get(0..2).ok_or(DateTimeError::Format)?)?;
        let rest = rest
            .get(2..)
            .ok_or(DateTimeError::Format)?
            .strip_prefix(':')
            .ok_or(DateTimeError::Format)?;
        let minute = digits(rest.get(0..2).ok_or(DateTimeError::Format)?)?;
        let mut rest = rest.get(2..).ok_or(DateTimeError::Format)?;
        let mut second = 0;
        if let Some(r) = rest.strip_prefix(':') {
            second = digits(r.get(0..2).ok_or(DateTimeError::Format)?)?;
            rest = r.get(2..).ok_or(DateTimeError::Format)?;
        }
        let offset_minutes: i64 = match rest.trim_start() {
            "" | "Z" | "z" | "UTC" => 0,
            zone => {
                let sign = match zone.as_bytes()[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return Err(DateTimeError::Format),
                };
                let (h, m) = zone[1..].split_once(':').ok_or(DateTimeError::Format)?;
                let (h, m) = (digits(h)?, digits(m)?);
                if h > 23 || m > 59 {
                    return Err(DateTimeError::Format);
                }
                sign * i64::from(h * 60 + m)
            }
        };
        if hour > 23 || minute > 59 || second > 59 {
            return Err(DateTimeError::NoSuchTime);
        }
        let local = date.days_since_epoch() * DAY + i64::from(hour * 3600 + minute * 60 + second);
        Ok(Self::from_unix_seconds(local - offset_minutes * 60))
    }
}

/// Whether `text`, as [`DateTime::parse`] reads it, gives its offset (`Z`, `UTC` or
/// `±HH:MM`). Without one the time is read as UTC.
pub fn gives_offset(text: &str) -> bool {
    // After `YYYY-MM-DD HH:MM`, only seconds (`:SS`) or the offset can follow.
    text.trim()
        .get(16..)
        .is_some_and(|rest| rest.contains(['Z', 'z', '+', '-']) || rest.contains("UTC"))
}

/// Whether UK clocks are on British Summer Time (UTC+1) at `at`: from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October.
pub fn in_british_summer_time(at: DateTime) -> bool {
    let year = at.date.year;
    let last_sunday = |month: u8| -> i64 {
        let last = Date::new(year, month, 31).map_or(0, Date::days_since_epoch);
        // 1970-01-01 was a Thursday: with Sunday as 0, a day's weekday is (days + 4) mod 7.
        let sunday = last - (last + 4).rem_euclid(7);
        sunday * DAY + 3600
    };
    (last_sunday(3)..last_sunday(10)).contains(&at.unix_seconds())
}

/// ISO 8601 in UTC: `2026-05-22T14:30:00Z`.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.seconds;
        write!(f, "{}T{:02}:{:02}:{:02}Z", self.date, s / 3600, s / 60 % 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offset_is_given_or_utc_is_assumed() {
        for given in [
            "2026-05-22 14:30Z",
            "2026-05-22T14:30:00+01:00",
            "2026-05-22 14:30 -05:00",
            "2026-05-22 14:30 UTC",
        ] {
            assert!(gives_offset(given), "{given}");
        }
        for assumed in ["2026-05-22 14:30", "2026-05-22T14:30:15", " 2026-05-22 14:30 "] {
            assert!(!gives_offset(assumed), "{assumed}");
        }
    }

    #[test]
    fn british_summer_time_runs_from_the_last_sunday_of_march_to_that_of_october() {
        let at = |t: &str| DateTime::parse(t).unwrap();
        // 2026: clocks go forward on 29 March and back on 25 October, at 01:00 UTC.
        assert!(!in_british_summer_time(at("2026-03-29 00:59Z")));
        assert!(in_british_summer_time(at("2026-03-29 01:00Z")));
        assert!(in_british_summer_time(at("2026-07-01 12:00Z")));
        assert!(in_british_summer_time(at("2026-10-25 00:59Z")));
        assert!(!in_british_summer_time(at("2026-10-25 01:00Z")));
        assert!(!in_british_summer_time(at("2026-11-26 09:00Z")));
        // 2027: 28 March and 31 October (a month whose last day is a Sunday).
        assert!(!in_british_summer_time(at("2027-03-28 00:30Z")));
        assert!(in_british_summer_time(at("2027-10-31 00:30Z")));
        assert!(!in_british_summer_time(at("2027-10-31 01:30Z")));
    }

    fn check(text: &str, expected: Result<&str, DateTimeError>) {
        assert_eq!(
            DateTime::parse(text).map(|d| d.to_string()),
            expected.map(str::to_string),
            "parsing {text:?}"
        );
    }

    #[test]
    fn parses_and_converts_to_utc() {
        check("2026-05-22 14:30", Ok("2026-05-22T14:30:00Z"));
        check("2026-05-22T14:30:15", Ok("2026-05-22T14:30:15Z"));
        check("2026-05-22T14:30Z", Ok("2026-05-22T14:30:00Z"));
        check("2026-05-22T14:30+01:00", Ok("2026-05-22T13:30:00Z"));
        check("2026-05-22 00:30 +01:00", Ok("2026-05-21T23:30:00Z"));
        check("2026-12-31T23:30-01:00", Ok("2027-01-01T00:30:00Z"));
        check("2026-05-22", Err(DateTimeError::Format));
        check("2026-05-22 2:30", Err(DateTimeError::Format));
        check("2026-02-30 10:00", Err(DateTimeError::NoSuchDay));
        check("2026-05-22 24:00", Err(DateTimeError::NoSuchTime));
        check("2026-05-22 10:00 BST", Err(DateTimeError::Format));
        check("€€€€€€€€€€€", Err(DateTimeError::Format));
        check("", Err(DateTimeError::Format));
    }

    #[test]
    fn round_trips_unix_seconds() {
        for s in [-1, 0, 1, 1_779_460_200, 86_399, 86_400] {
            assert_eq!(DateTime::from_unix_seconds(s).unix_seconds(), s);
        }
        assert_eq!(DateTime::from_unix_seconds(0).to_string(), "1970-01-01T00:00:00Z");
    }
}
