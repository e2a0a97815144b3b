//! Calendar dates (`YYYY-MM-DD`) for review status. Deliberately tiny: no time zones, no
//! clock. The caller says what "today" is.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "DateFields")]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A date's fields as saved or written in a file, checked before they become a [`Date`]:
/// a report imported with month 13 is refused, not shown.
#[derive(Deserialize)]
struct DateFields {
    year: i32,
    month: u8,
    day: u8,
}

impl TryFrom<DateFields> for Date {
    type Error = &'static str;

    fn try_from(d: DateFields) -> Result<Self, Self::Error> {
        Date::new(d.year, d.month, d.day).ok_or("is not a real calendar date")
    }
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date in the form YYYY-MM-DD")]
    Format(String),
    #[error("`{0}` is not a real calendar date")]
    NoSuchDay(String),
}

impl DateError {
    /// The sentence for a page: the value in quotation marks, as the site writes values. (The
    /// backticks of the `Display` form are for the build's diagnostics, which are Markdown-like.)
    pub fn on_page(&self) -> String {
        match self {
            DateError::Format(s) => format!("“{s}” is not a date in the form YYYY-MM-DD"),
            DateError::NoSuchDay(s) => format!("“{s}” is not a real calendar date"),
        }
    }
}

/// The months' names, January first, as the site writes a date for people.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// The month's name ("May"); empty for a month out of range, which `Date::new` refuses.
    pub fn month_name(&self) -> &'static str {
        MONTH_NAMES
            .get(usize::from(self.month).wrapping_sub(1))
            .copied()
            .unwrap_or("")
    }

    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Self { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, strictly: four-digit year, two-digit month and day.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format(text.to_string()));
        }
        let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
        let (year, month, day) = (num(0..4) as i32, num(5..7) as u8, num(8..10) as u8);
        Date::new(year, month, day).ok_or_else(|| DateError::NoSuchDay(text.to_string()))
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Result<(i32, u8, u8), ()>) {
        let got = Date::parse(text).map(|d| (d.year, d.month, d.day)).map_err(|_| ());
        assert_eq!(got, expected, "parsing {text:?}");
    }

    #[test]
    fn parses_strict_iso_dates() {
        check("2026-05-22", Ok((2026, 5, 22)));
        check("2024-02-29", Ok((2024, 2, 29)));
        check("2026-02-29", Err(()));
        check("2026-13-01", Err(()));
        check("2026-5-22", Err(()));
        check("22/05/2026", Err(()));
        check("", Err(()));
        check("2026-05-2x", Err(()));
    }

    #[test]
    fn round_trips_through_day_numbers() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        for days in [-800_000, -1, 0, 1, 19_000, 20_600, 700_000] {
            let d = Date::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days, "{d}");
        }
    }

    #[test]
    fn orders_chronologically_and_displays_iso() {
        let a = Date::parse("2026-01-31").unwrap();
        let b = Date::parse("2026-02-01").unwrap();
        assert!(a < b);
        assert_eq!(b.to_string(), "2026-02-01");
    }
}
