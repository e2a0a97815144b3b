//! The after-action report as the JSON file people export and import: `serde_json` from the
//! report's own types (`#[derive(Serialize, Deserialize)]` in [`super`]), pretty-printed.
//!
//! Reading is bounded and speaks of the file. Its size is checked before it is parsed; then
//! a first pass over it reads only the version and how many items each list holds
//! ([`Outline`]), so an old or new format is said as such rather than as damage, and a list
//! longer than a report can hold is refused before any item is read. Then the types read it
//! (with `serde_path_to_error`, so a problem says where it is), and serde's sentence is said
//! in the file's words ([`in_words`]): "“notes[0].text” is a number, not text".
//!
//! Version 1 files, exported before the report had who took part, the discussion and the
//! runbook's titles, import without them (the types default them); a version 1 file with
//! one of them is damaged, not newer.

use super::{Report, LIMITS, REPORT_SCHEMA_VERSION};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// The largest file an import reads: a report of the most of everything, with long texts,
/// is well under this, and the page parses this much in a moment.
pub const MAX_FILE_BYTES: usize = 5_000_000;

/// The oldest version this build reads.
const FIRST_VERSION: u32 = 1;

/// The fields version 2 added: in a version 1 file, one of them is damage.
const SINCE_VERSION_2: [&str; 3] = ["facilitator", "attendees", "discussion"];

/// Why an imported file cannot be read, in a sentence about the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportFileError {
    #[error("This file is not a report this runbook can read: {0}.")]
    Damaged(String),
    #[error("This file is from an older version of the runbook (format {found}; this one reads formats 1 to {current}), so it cannot be imported.")]
    Older { found: u32, current: u32 },
    #[error("This file was made by a newer version of the runbook (format {found}; this is {current}). Reload the page to get the latest version, then import it again.")]
    Newer { found: u32, current: u32 },
    #[error("This file is {}; a report can be at most {}.", megabytes(.bytes), megabytes(.max))]
    TooBig { bytes: usize, max: usize },
    #[error("This file has {found} {what}; a report can have at most {max}.")]
    TooMany {
        what: &'static str,
        found: usize,
        max: usize,
    },
}

/// A size for people: "6.2 MB".
fn megabytes(bytes: &usize) -> String {
    let tenths = (*bytes as u64 + 50_000) / 100_000;
    match tenths % 10 {
        0 => format!("{} MB", tenths / 10),
        t => format!("{}.{t} MB", tenths / 10),
    }
}

/// The report as the exported file.
pub fn to_json(r: &Report) -> String {
    // The report's types are plain data with text keys: writing them cannot fail.
    serde_json::to_string_pretty(r).unwrap_or_default()
}

/// Reads an exported report (see the module's comment for the order of the checks).
pub fn from_json(text: &str) -> Result<Report, ReportFileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ReportFileError::TooBig {
            bytes: text.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let outline: Outline = serde_json::from_str(text).map_err(|e| damaged("", &e))?;
    let version = outline.version()?;
    for (name, what, max) in LIMITS {
        if let Some(&(_, found)) = outline.counts.iter().find(|(n, _)| *n == name) {
            if found > max {
                return Err(ReportFileError::TooMany { what, found, max });
            }
        }
    }
    if version == FIRST_VERSION {
        if let Some(field) = SINCE_VERSION_2.iter().find(|f| outline.fields.iter().any(|n| n == *f)) {
            return Err(ReportFileError::Damaged(format!(
                "the file has a field “{field}” a report does not have"
            )));
        }
    }
    let mut reader = serde_json::Deserializer::from_str(text);
    let mut report: Report = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let path = e.path().to_string();
        damaged(&path, e.inner())
    })?;
    // Read as this version's report: exported again, it is a file of this version.
    report.schema_version = REPORT_SCHEMA_VERSION;
    Ok(report)
}

/// What the first pass reads: the version as written, the top-level field names, and the
/// length of each list a report limits, counted without reading its items.
struct Outline {
    version: Option<serde_json::Value>,
    fields: Vec<String>,
    counts: Vec<(&'static str, usize)>,
}

impl Outline {
    fn version(&self) -> Result<u32, ReportFileError> {
        let Some(version) = &self.version else {
            return Err(ReportFileError::Damaged("it has no schema-version".into()));
        };
        let found = version
            .as_u64()
            .ok_or_else(|| ReportFileError::Damaged("“schema-version” is not a whole number in range".into()))?;
        let found = u32::try_from(found).unwrap_or(u32::MAX);
        let current = REPORT_SCHEMA_VERSION;
        match found {
            _ if found > current => Err(ReportFileError::Newer { found, current }),
            _ if found < FIRST_VERSION => Err(ReportFileError::Older { found, current }),
            _ => Ok(found),
        }
    }
}

impl<'de> Deserialize<'de> for Outline {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(OutlineVisitor)
    }
}

struct OutlineVisitor;

impl<'de> Visitor<'de> for OutlineVisitor {
    type Value = Outline;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a report")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Outline, A::Error> {
        let mut outline = Outline {
            version: None,
            fields: Vec::new(),
            counts: Vec::new(),
        };
        while let Some(key) = map.next_key::<String>()? {
            if key == "schema-version" {
                outline.version = Some(map.next_value()?);
            } else if let Some((name, _, _)) = LIMITS.iter().find(|(n, _, _)| *n == key) {
                if let Count(Some(n)) = map.next_value()? {
                    outline.counts.push((name, n));
                }
            } else {
                map.next_value::<IgnoredAny>()?;
            }
            outline.fields.push(key);
        }
        Ok(outline)
    }
}

/// A list's length, its items skipped; `None` for a value that is not a list (which the
/// second pass says is wrong).
struct Count(Option<usize>);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Counter;
        impl<'de> Visitor<'de> for Counter {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Count, A::Error> {
                let mut n = 0;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(Some(n)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Count, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Count(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Count, E> {
                Ok(Count(None))
            }
        }
        d.deserialize_any(Counter)
    }
}

fn damaged(path: &str, error: &serde_json::Error) -> ReportFileError {
    ReportFileError::Damaged(in_words(path, error))
}

/// Serde's sentence about a problem at `path` ("" or "." for the whole file, or
/// `notes[0].text`), in the file's words: where it is, and what it is against what a
/// report has there.
fn in_words(path: &str, error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let (line, column) = (error.line(), error.column());
    match error.classify() {
        Category::Eof => return format!("it ends where a value should be at line {line}, column {column}"),
        Category::Syntax | Category::Io => return format!("it is not JSON (line {line}, column {column})"),
        Category::Data => {}
    }
    let whole = error.to_string();
    // serde_json adds where in the text; the path says where in the report.
    let message = whole.rsplit_once(" at line ").map_or(whole.as_str(), |(m, _)| m);
    let at = match path {
        "" | "." => None,
        path => Some(format!("“{path}”")),
    };
    let subject = at.clone().unwrap_or_else(|| "it".to_string());
    let holder = at.unwrap_or_else(|| "the file".to_string());
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let expected = kind(expected);
            if expected == "a whole number" {
                return format!("{subject} is not a whole number in range");
            }
            return format!("{subject} is {}, not {expected}", kind(found));
        }
    }
    if message.starts_with("invalid value: ") && message.ends_with(", expected u64")
        || message.ends_with("out of range")
    {
        return format!("{subject} is not a whole number in range");
    }
    if let Some(field) = quoted(message, "missing field ") {
        return format!("{holder} has no “{field}”");
    }
    if let Some(field) = quoted(message, "unknown field ") {
        // The path ends at the unknown field itself: the sentence is about what holds it.
        let holder = match path.strip_suffix(field).map(|p| p.trim_end_matches('.')) {
            Some("") => "the file".to_string(),
            Some(parent) => format!("“{parent}”"),
            None => holder,
        };
        return format!("{holder} has a field “{field}” a report does not have");
    }
    if let Some(field) = quoted(message, "duplicate field ") {
        return format!("{holder} has “{field}” twice");
    }
    if let Some(value) = quoted(message, "unknown variant ") {
        return match path.rsplit('.').next() {
            Some("outcome") => format!("{subject} is not an outcome a report has"),
            _ => format!("{subject} is “{value}”, which a report does not have there"),
        };
    }
    // The report's own checks (a date) speak as a predicate: "is not a real calendar date".
    format!("{subject} {message}")
}

/// The name in backticks after `prefix`: "unknown field `x`, expected …" gives `x`.
fn quoted<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    rest.split_once('`').map(|(name, _)| name)
}

/// Serde's name for a kind of value, as a report's reader says it.
fn kind(serde: &str) -> &'static str {
    let word = serde.split([' ', '`']).next().unwrap_or("");
    match word {
        "integer" | "floating" => "a number",
        "string" | "char" => "text",
        "boolean" => "true or false",
        "null" | "unit" => "null",
        "sequence" => "a list",
        "map" | "struct" => "an object",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number",
        "a" | "an" => match serde {
            "a string" => "text",
            "a boolean" => "true or false",
            "a sequence" => "a list",
            _ => "an object",
        },
        _ => "another kind of value",
    }
}
#[cfg(test)]
mod tests {
    use super::super::super::score::{DecisionScore, Outcome, Took};
    use super::super::super::state::Moment;
    use super::super::{ActionItem, Attendee, Discussion, ReportLine};
    use super::*;
    use crate::date::Date;

    const OUTCOMES: [(Outcome, &str); 7] = [
        (Outcome::Met, "met"),
        (Outcome::Late, "late"),
        (Outcome::Missed, "missed"),
        (Outcome::NoDecision, "no-decision"),
        (Outcome::Pending, "pending"),
        (Outcome::NotReached, "not-reached"),
        (Outcome::EndedEarly, "ended-early"),
    ];

    /// A report with every kind of value: both clocks, a decision of each outcome, with and
    /// without a choice and a time, text that needs escaping, and both kinds of action.
    fn report() -> Report {
        let decision = |(outcome, id): (Outcome, &str), chosen: Option<&str>, took: Option<Took>| DecisionScore {
            decision: format!("d-{id}"),
            prompt: "Which \"restore\"?\nNow".into(),
            outcome,
            chosen: chosen.map(str::to_string),
            expected: "Full restore – é 🚀".into(),
            runbook: "full-restore#steps".into(),
            runbook_title: "Full restore: Steps".into(),
            critical_miss: outcome == Outcome::Missed,
            time_to_decision: took,
        };
        let took = Some(Took {
            sim_ms: 60_000,
            wall_ms: -5,
        });
        Report {
            schema_version: REPORT_SCHEMA_VERSION,
            scenario_id: "database-deleted".into(),
            scenario_title: "Database deleted \\ <wiped>".into(),
            seed: u64::MAX,
            started: Moment {
                wall_ms: 1_780_000_000_000,
                sim_ms: 0,
            },
            ended: Some(Moment {
                wall_ms: 1_780_000_060_000,
                sim_ms: 900_000,
            }),
            facilitator: "Ada \"the lead\"".into(),
            attendees: vec![
                Attendee {
                    name: "Bo".into(),
                    role: "Incident lead".into(),
                },
                Attendee {
                    name: "Cy".into(),
                    role: "Observer".into(),
                },
            ],
            timeline: vec![ReportLine {
                sim_ms: 0,
                wall_ms: 0,
                text: "Drill started at 1x speed.\t\u{1}".into(),
            }],
            decisions: OUTCOMES
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    decision(
                        *o,
                        (i % 2 == 0).then_some("Option A"),
                        if i % 3 == 0 { took } else { None },
                    )
                })
                .collect(),
            met: 1,
            missed: 2,
            critical_misses: 1,
            went_well: vec!["Called it early".into()],
            to_improve: vec![],
            discussion: vec![
                Discussion {
                    prompt: "Who needs to know?".into(),
                    answer: "Support,\nthen users".into(),
                },
                Discussion {
                    prompt: "What would we prepare?".into(),
                    answer: String::new(),
                },
            ],
            notes: vec![ReportLine {
                sim_ms: 120_000,
                wall_ms: 30_000,
                text: "Nobody | checked".into(),
            }],
            actions: vec![
                ActionItem {
                    what: "Time a restore".into(),
                    owner: "Dev lead".into(),
                    due: Date::new(2026, 7, 1),
                },
                ActionItem {
                    what: "Write it up".into(),
                    owner: "Ops".into(),
                    due: None,
                },
            ],
        }
    }

    /// A version 2 file as the hand-made writer before serde wrote it (of [`report`]), and
    /// a version 1 file (before attendees, the discussion and runbook titles).
    const VERSION_2_FILE: &str = include_str!("../../../tests/fixtures/report/version-2.json");
    const VERSION_1_FILE: &str = include_str!("../../../tests/fixtures/report/version-1.json");

    #[test]
    fn the_file_is_the_one_the_hand_made_writer_wrote_byte_for_byte() {
        assert_eq!(to_json(&report()), VERSION_2_FILE);
        assert_eq!(from_json(VERSION_2_FILE), Ok(report()));
    }

    #[test]
    fn files_read_back_the_same() {
        let r = report();
        assert_eq!(from_json(&to_json(&r)), Ok(r.clone()));
        assert_eq!(from_json(&serde_json::to_string(&r).unwrap()), Ok(r.clone()));
        // Optional values may be left out as well as null, as the types allowed.
        let mut short = r.clone();
        short.ended = None;
        short.actions[0].due = None;
        let text = to_json(&short).replace("\"ended\": null,", "");
        assert_eq!(from_json(&text), Ok(short));
    }

    #[test]
    fn a_version_1_file_still_imports_and_exports_as_this_version() {
        let r = from_json(VERSION_1_FILE).unwrap();
        assert_eq!(r.schema_version, REPORT_SCHEMA_VERSION);
        assert_eq!(
            (r.facilitator.as_str(), r.attendees.len(), r.discussion.len()),
            ("", 0, 0)
        );
        assert_eq!(r.decisions[0].runbook_label(), "full-restore#steps");
        assert_eq!(r.to_improve, vec!["Faster".to_string()]);
        assert_eq!(from_json(&to_json(&r)), Ok(r));
        // Version 1 had no such fields: one there is damage, not a newer file.
        let extra = VERSION_1_FILE.replacen("\"seed\": 42,", "\"seed\": 42, \"facilitator\": \"x\",", 1);
        assert_eq!(
            from_json(&extra),
            Err(ReportFileError::Damaged(
                "the file has a field “facilitator” a report does not have".into()
            ))
        );
    }

    #[test]
    fn a_file_too_big_or_with_too_many_items_is_refused_before_it_is_read() {
        let note = "{\"sim-ms\": 0, \"wall-ms\": 0, \"text\": \"x\"}";
        let notes = vec![note; 100_000].join(",");
        let mut r = report();
        r.notes.clear();
        let text = to_json(&r).replace("\"notes\": []", &format!("\"notes\": [{notes}]"));
        let error = from_json(&text).unwrap_err();
        assert_eq!(
            error.to_string(),
            "This file has 100000 notes; a report can have at most 1000."
        );
        // Counted before any item is read: a damaged item past the limit is not what is said.
        let text = text.replacen("\"text\": \"x\"", "\"text\": 3", 1);
        assert!(matches!(from_json(&text), Err(ReportFileError::TooMany { .. })));
        // At the limit, it imports.
        let text = to_json(&r).replace("\"notes\": []", &format!("\"notes\": [{}]", vec![note; 1000].join(",")));
        assert_eq!(from_json(&text).map(|r| r.notes.len()), Ok(1000));
        // Size is checked before parsing: this is not even JSON.
        let big = "x".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(
            from_json(&big).unwrap_err().to_string(),
            "This file is 5 MB; a report can be at most 5 MB."
        );
        assert_eq!(megabytes(&6_200_000), "6.2 MB");
        assert_eq!(megabytes(&4_960_000), "5 MB");
    }

    #[test]
    fn what_an_import_says_speaks_of_the_file() {
        for (text, said) in [
            ("nope", "This file is not a report this runbook can read: "),
            (
                r#"{"schema-version":0}"#,
                "This file is from an older version of the runbook (format 0; this one reads formats 1 to 2), so it cannot be imported.",
            ),
            (
                r#"{"schema-version":3,"new":"x"}"#,
                "This file was made by a newer version of the runbook (format 3; this is 2). Reload the page to get the latest version, then import it again.",
            ),
            (
                r#"{"scenario-id":"s"}"#,
                "This file is not a report this runbook can read: it has no schema-version.",
            ),
        ] {
            let message = from_json(text).unwrap_err().to_string();
            assert!(message.starts_with(said), "{message}");
            assert!(!message.contains("saved drill"), "{message}");
        }
    }

    #[test]
    fn a_damaged_file_says_where() {
        let good = to_json(&report());
        let corrupt = |text: &str| match from_json(text) {
            Err(ReportFileError::Damaged(why)) => why,
            other => panic!("{other:?} for {text}"),
        };
        // Each damaged file, and the sentence that says where.
        for (text, why) in [
            ("[1]".to_string(), "it is a list, not an object"),
            (
                "{\"schema-version\": ".to_string(),
                "it ends where a value should be at line 1, column 19",
            ),
            (
                "{\"schema-version\": \"1\"}".to_string(),
                "“schema-version” is not a whole number in range",
            ),
            (
                good.replace("\"seed\": 18446744073709551615", "\"seed\": 18446744073709551616"),
                "“seed” is not a whole number in range",
            ),
            (
                good.replace("\"scenario-id\"", "\"scenario\""),
                "the file has a field “scenario” a report does not have",
            ),
            (
                good.replacen("\"met\": 1,", "\"met\": 1, \"met\": 2,", 1),
                "the file has “met” twice",
            ),
            (
                good.replacen("\"text\": \"Nobody | checked\"", "\"text\": 3", 1),
                "“notes[0].text” is a number, not text",
            ),
            (
                good.replace("\"month\": 7", "\"month\": 13"),
                "“actions[0].due” is not a real calendar date",
            ),
            (
                good.replacen("\"outcome\": \"met\"", "\"outcome\": \"won\"", 1),
                "“decisions[0].outcome” is not an outcome a report has",
            ),
            (
                good.replacen("\"critical_miss\": false", "\"critical_miss\": 0", 1),
                "“decisions[0].critical_miss” is a number, not true or false",
            ),
            (
                good.replace("\"went-well\": [\n    \"Called it early\"\n  ]", "\"went-well\": {}"),
                "“went-well” is an object, not a list",
            ),
            ("{\"schema-version\": 1}".to_string(), "the file has no “scenario-id”"),
            (
                good.replacen("\"role\": \"Observer\"", "\"part\": \"Observer\"", 1),
                "“attendees[1]” has a field “part” a report does not have",
            ),
        ] {
            assert_ne!(text, good, "the damage to make for {why:?} was not made");
            assert_eq!(corrupt(&text), why);
        }
        // Unknown fields inside a moment or a decision were skipped by their types, and still are.
        let extra = good.replacen("\"sim_ms\": 0", "\"sim_ms\": 0, \"zone\": \"UTC\"", 1);
        assert_eq!(from_json(&extra), Ok(report()));
    }
}
