//! UTC date-times as minutes since the Unix epoch: what a date/time answer holds.
//!
//! Minutes, because nobody records an incident to the second, and an `i64` crosses the
//! JSON boundary and the wasm boundary without a time library.

use crate::date::{Date, DateError};

const MINUTES_PER_DAY: i64 = 24 * 60;

/// Parses `YYYY-MM-DD HH:MM` as typed (or with `T`, as the address holds it), with optional
/// seconds (dropped) and an optional trailing `Z`.
pub fn parse(text: &str) -> Result<i64, String> {
    let text = text.trim();
    let text = text.strip_suffix('Z').unwrap_or(text);
    let shape = || format!("“{text}” is not a date and time. Enter it like 2026-05-22 14:30 (UTC).");
    let (date, time) = text.split_once(['T', ' ']).ok_or_else(shape)?;
    let date = match Date::parse(date) {
        Ok(date) => date,
        Err(e @ DateError::NoSuchDay(_)) => return Err(format!("The date {}.", e.on_page())),
        Err(DateError::Format(_)) => return Err(shape()),
    };
    let mut parts = time.split(':');
    let mut field = |max: i64| -> Option<i64> {
        let p = parts.next()?;
        (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit())).then_some(())?;
        p.parse::<i64>().ok().filter(|n| *n <= max)
    };
    let hour = field(23).ok_or_else(shape)?;
    let minute = field(59).ok_or_else(shape)?;
    let seconds_ok = match parts.next() {
        None => true,
        Some(s) => s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) && s < "60",
    };
    if !seconds_ok || parts.next().is_some() {
        return Err(shape());
    }
    Ok(date.days_since_epoch() * MINUTES_PER_DAY + hour * 60 + minute)
}

/// The canonical form, as stored in the URL: `2026-05-22T14:30`.
pub fn format(minutes: i64) -> String {
    let (date, h, m) = split(minutes);
    format!("{:04}-{:02}-{:02}T{h:02}:{m:02}", date.year, date.month, date.day)
}

/// For people: `22 May 2026, 14:30 UTC`.
pub fn label(minutes: i64) -> String {
    let (date, h, m) = split(minutes);
    let month = date.month_name();
    format!("{} {month} {}, {h:02}:{m:02} UTC", date.day, date.year)
}

/// How long `minutes` is, for a sentence like "about 22 hours of new data": exact under an
/// hour, then to the nearest hour up to two days, then to the nearest day; "about" when
/// rounded. Under a minute (or a negative span) is "less than a minute".
pub fn describe_elapsed(minutes: i64) -> String {
    let plural = |n: i64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    let rounded = |unit: i64, name: &str| {
        let n = (minutes + unit / 2) / unit;
        let about = if minutes % unit == 0 { "" } else { "about " };
        format!("{about}{}", plural(n, name))
    };
    if minutes < 1 {
        "less than a minute".to_string()
    } else if minutes < 60 {
        plural(minutes, "minute")
    } else if minutes < 2 * MINUTES_PER_DAY {
        rounded(60, "hour")
    } else {
        rounded(MINUTES_PER_DAY, "day")
    }
}

fn split(minutes: i64) -> (Date, i64, i64) {
    let days = minutes.div_euclid(MINUTES_PER_DAY);
    let rest = minutes.rem_euclid(MINUTES_PER_DAY);
    (Date::from_days_since_epoch(days), rest / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<&str, &str>) {
        match (parse(input), expected) {
            (Ok(m), Ok(canonical)) => assert_eq!(format(m), canonical, "{input}"),
            (Err(e), Err(words)) => assert!(e.contains(words), "{input}: {e}"),
            (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn parses_what_a_datetime_input_sends() {
        check("2026-05-22T14:30", Ok("2026-05-22T14:30"));
        check("2026-05-22 14:30", Ok("2026-05-22T14:30"));
        check("2026-05-22T14:30:59Z", Ok("2026-05-22T14:30"));
        check(" 1970-01-01T00:00 ", Ok("1970-01-01T00:00"));
        check("1969-12-31T23:59", Ok("1969-12-31T23:59"));
    }

    #[test]
    fn refuses_malformed_input_with_a_sentence() {
        check("", Err("not a date and time"));
        check("yesterday", Err("not a date and time"));
        check("2026-05-22", Err("not a date and time"));
        check("2026-05-22T24:00", Err("not a date and time"));
        check("2026-05-22T14:60", Err("not a date and time"));
        check("2026-05-22T1:30", Err("not a date and time"));
        check("2026-05-22T14:30:99", Err("not a date and time"));
        check("2026-02-30T14:30", Err("not a real calendar date"));
        check("22/05/2026T14:30", Err("not a date and time"));
        check("2026-05-22T+1:30", Err("not a date and time"));
    }

    #[test]
    fn describes_how_long_ago_in_minutes_hours_or_days() {
        let check = |minutes: i64, expected: &str| assert_eq!(describe_elapsed(minutes), expected, "{minutes}");
        check(-5, "less than a minute");
        check(0, "less than a minute");
        check(1, "1 minute");
        check(59, "59 minutes");
        check(60, "1 hour");
        check(89, "about 1 hour");
        check(90, "about 2 hours");
        check(120, "2 hours");
        check(22 * 60 + 10, "about 22 hours");
        check(47 * 60 + 29, "about 47 hours");
        check(2 * MINUTES_PER_DAY, "2 days");
        check(2 * MINUTES_PER_DAY + 13 * 60, "about 3 days");
        check(6 * MINUTES_PER_DAY + 23 * 60, "about 7 days");
    }

    #[test]
    fn labels_for_people() {
        let m = parse("2026-05-02T09:05").unwrap();
        assert_eq!(label(m), "2 May 2026, 09:05 UTC");
    }
}
