//! The after-action report as the JSON file people export and import (schema version 2),
//! through [`crate::json`]. The file is the one `serde_json` writes from the report's types,
//! field for field and byte for byte (tested against it). Version 1 files, exported before
//! the report had who took part, the discussion and the runbook's titles, import without
//! them. Reading checks what the types checked, and says where a file is wrong; a file too
//! big, or with more items than a report can have, is refused before its items are read.

use crate::date::Date;
use crate::drill::report::{ActionItem, Attendee, Discussion, Report, ReportLine, LIMITS, REPORT_SCHEMA_VERSION};
use crate::drill::score::{DecisionScore, Outcome, Took};
use crate::drill::state::Moment;
use crate::json::{self, Value};

/// The largest file an import reads: a report of the most of everything, with long texts,
/// is well under this, and the page parses this much in a moment.
pub const MAX_FILE_BYTES: usize = 5_000_000;

/// The version 1 file's fields: it had no attendees and no discussion.
const FIRST_VERSION: u32 = 1;

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
    let count = |n: usize| Value::int(n as u64);
    object(vec![
        ("schema-version", Value::int(r.schema_version)),
        ("scenario-id", text(&r.scenario_id)),
        ("scenario-title", text(&r.scenario_title)),
        ("seed", Value::int(r.seed)),
        ("started", moment(r.started)),
        ("ended", r.ended.map_or(Value::Null, moment)),
        ("facilitator", text(&r.facilitator)),
        ("attendees", Value::Array(r.attendees.iter().map(attendee).collect())),
        ("timeline", Value::Array(r.timeline.iter().map(line).collect())),
        ("decisions", Value::Array(r.decisions.iter().map(decision).collect())),
        ("met", count(r.met)),
        ("missed", count(r.missed)),
        ("critical-misses", count(r.critical_misses)),
        ("went-well", Value::Array(r.went_well.iter().map(|t| text(t)).collect())),
        (
            "to-improve",
            Value::Array(r.to_improve.iter().map(|t| text(t)).collect()),
        ),
        (
            "discussion",
            Value::Array(
                r.discussion
                    .iter()
                    .map(|d| object(vec![("prompt", text(&d.prompt)), ("answer", text(&d.answer))]))
                    .collect(),
            ),
        ),
        ("notes", Value::Array(r.notes.iter().map(line).collect())),
        ("actions", Value::Array(r.actions.iter().map(action).collect())),
    ])
    .to_pretty()
}

fn object(members: Vec<(&str, Value)>) -> Value {
    Value::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn text(s: &str) -> Value {
    Value::String(s.to_string())
}

fn moment(m: Moment) -> Value {
    object(vec![
        ("wall_ms", Value::int(m.wall_ms)),
        ("sim_ms", Value::int(m.sim_ms)),
    ])
}

fn line(l: &ReportLine) -> Value {
    object(vec![
        ("sim-ms", Value::int(l.sim_ms)),
        ("wall-ms", Value::int(l.wall_ms)),
        ("text", text(&l.text)),
    ])
}

fn decision(d: &DecisionScore) -> Value {
    object(vec![
        ("decision", text(&d.decision)),
        ("prompt", text(&d.prompt)),
        ("outcome", text(outcome_id(d.outcome))),
        ("chosen", d.chosen.as_deref().map_or(Value::Null, text)),
        ("expected", text(&d.expected)),
        ("runbook", text(&d.runbook)),
        ("runbook_title", text(&d.runbook_title)),
        ("critical_miss", Value::Bool(d.critical_miss)),
        (
            "time_to_decision",
            d.time_to_decision.map_or(Value::Null, |t| {
                object(vec![
                    ("sim_ms", Value::int(t.sim_ms)),
                    ("wall_ms", Value::int(t.wall_ms)),
                ])
            }),
        ),
    ])
}

fn attendee(a: &Attendee) -> Value {
    object(vec![("name", text(&a.name)), ("role", text(&a.role))])
}

fn action(a: &ActionItem) -> Value {
    let due = a.due.map_or(Value::Null, |d| {
        object(vec![
            ("year", Value::int(d.year)),
            ("month", Value::int(d.month)),
            ("day", Value::int(d.day)),
        ])
    });
    object(vec![("what", text(&a.what)), ("owner", text(&a.owner)), ("due", due)])
}

const OUTCOMES: [(Outcome, &str); 7] = [
    (Outcome::Met, "met"),
    (Outcome::Late, "late"),
    (Outcome::Missed, "missed"),
    (Outcome::NoDecision, "no-decision"),
    (Outcome::Pending, "pending"),
    (Outcome::NotReached, "not-reached"),
    (Outcome::EndedEarly, "ended-early"),
];

fn outcome_id(outcome: Outcome) -> &'static str {
    OUTCOMES.iter().find(|(o, _)| *o == outcome).map_or("", |(_, id)| id)
}

/// Reads an exported report. Its size is checked before it is parsed; then the version,
/// so an old or new format is reported as such rather than as damaged; then how many items
/// each list has, before any is read; any other problem says where it is.
pub fn from_json(text: &str) -> Result<Report, ReportFileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ReportFileError::TooBig {
            bytes: text.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let value = json::parse(text).map_err(|e| ReportFileError::Damaged(e.to_string()))?;
    let version = check_version(&value)?;
    check_counts(&value)?;
    report(&value, version).map_err(ReportFileError::Damaged)
}

fn check_version(value: &Value) -> Result<u32, ReportFileError> {
    let Value::Object(members) = value else {
        return Err(ReportFileError::Damaged(format!(
            "it is {}, not an object",
            value.kind()
        )));
    };
    let Some((_, version)) = members.iter().find(|(k, _)| k == "schema-version") else {
        return Err(ReportFileError::Damaged("it has no schema-version".into()));
    };
    let found: u64 = whole(version, &Path::top().field("schema-version")).map_err(ReportFileError::Damaged)?;
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    let current = REPORT_SCHEMA_VERSION;
    match found {
        _ if found > current => Err(ReportFileError::Newer { found, current }),
        _ if found < FIRST_VERSION => Err(ReportFileError::Older { found, current }),
        _ => Ok(found),
    }
}

/// Refuses a file whose lists hold more than a report can ([`LIMITS`]), counting only.
fn check_counts(value: &Value) -> Result<(), ReportFileError> {
    let Value::Object(members) = value else {
        return Ok(());
    };
    for (name, what, max) in LIMITS {
        if let Some((_, Value::Array(items))) = members.iter().find(|(k, _)| k == name) {
            if items.len() > max {
                return Err(ReportFileError::TooMany {
                    what,
                    found: items.len(),
                    max,
                });
            }
        }
    }
    Ok(())
}

/// Where in the file a value is, for the sentence saying what is wrong with it.
#[derive(Clone)]
struct Path(String);

impl Path {
    fn top() -> Self {
        Path(String::new())
    }

    fn field(&self, name: &str) -> Self {
        Path(if self.0.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.0)
        })
    }

    fn item(&self, index: usize) -> Self {
        Path(format!("{}[{index}]", self.0))
    }

    fn name(&self) -> String {
        if self.0.is_empty() {
            "the file".to_string()
        } else {
            format!("“{}”", self.0)
        }
    }
}

/// An object's members, checked: each name once, and with `strict`, only known names (the
/// report's own types refused unknown fields; the others skipped them).
struct Fields<'a> {
    members: &'a [(String, Value)],
    path: Path,
}

impl<'a> Fields<'a> {
    fn of(value: &'a Value, path: &Path, known: &[&str], strict: bool) -> Result<Self, String> {
        let Value::Object(members) = value else {
            return Err(format!("{} is {}, not an object", path.name(), value.kind()));
        };
        for (i, (name, _)) in members.iter().enumerate() {
            if members[..i].iter().any(|(earlier, _)| earlier == name) {
                return Err(format!("{} has “{name}” twice", path.name()));
            }
            if strict && !known.contains(&name.as_str()) {
                return Err(format!("{} has a field “{name}” a report does not have", path.name()));
            }
        }
        Ok(Fields {
            members,
            path: path.clone(),
        })
    }

    /// A member that may be missing or null.
    fn optional(&self, name: &str) -> Option<(&'a Value, Path)> {
        let (_, value) = self.members.iter().find(|(k, _)| k == name)?;
        (*value != Value::Null).then(|| (value, self.path.field(name)))
    }

    fn required(&self, name: &str) -> Result<(&'a Value, Path), String> {
        let (_, value) = self
            .members
            .iter()
            .find(|(k, _)| k == name)
            .ok_or_else(|| format!("{} has no “{name}”", self.path.name()))?;
        Ok((value, self.path.field(name)))
    }

    fn whole<T: TryFrom<i128>>(&self, name: &str) -> Result<T, String> {
        let (value, path) = self.required(name)?;
        whole(value, &path)
    }

    fn text(&self, name: &str) -> Result<String, String> {
        let (value, path) = self.required(name)?;
        string(value, &path)
    }

    fn list<T>(&self, name: &str, read: fn(&Value, &Path) -> Result<T, String>) -> Result<Vec<T>, String> {
        let (value, path) = self.required(name)?;
        let Value::Array(items) = value else {
            return Err(format!("{} is {}, not a list", path.name(), value.kind()));
        };
        items.iter().enumerate().map(|(i, v)| read(v, &path.item(i))).collect()
    }
}

fn whole<T: TryFrom<i128>>(value: &Value, path: &Path) -> Result<T, String> {
    let n = match value {
        Value::Number(n) => n.parse::<i128>().ok(),
        _ => None,
    };
    n.and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| format!("{} is not a whole number in range", path.name()))
}

fn string(value: &Value, path: &Path) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Err(format!("{} is {}, not text", path.name(), other.kind())),
    }
}

fn report(value: &Value, version: u32) -> Result<Report, String> {
    const KNOWN: [&str; 18] = [
        "schema-version",
        "scenario-id",
        "scenario-title",
        "seed",
        "started",
        "ended",
        "timeline",
        "decisions",
        "met",
        "missed",
        "critical-misses",
        "went-well",
        "to-improve",
        "notes",
        "actions",
        // Since version 2.
        "facilitator",
        "attendees",
        "discussion",
    ];
    let v1 = version == FIRST_VERSION;
    let known = if v1 { &KNOWN[..15] } else { &KNOWN[..] };
    let f = Fields::of(value, &Path::top(), known, true)?;
    // Read in the file's order, so the first problem reported is the first in the file.
    // Checked already; read again so that the file's first problem is said first.
    let _: u32 = f.whole("schema-version")?;
    let scenario_id = f.text("scenario-id")?;
    let scenario_title = f.text("scenario-title")?;
    let seed = f.whole("seed")?;
    let (started, started_at) = f.required("started")?;
    let started = read_moment(started, &started_at)?;
    let ended = f.optional("ended").map(|(v, p)| read_moment(v, &p)).transpose()?;
    let (facilitator, attendees) = if v1 {
        (String::new(), Vec::new())
    } else {
        (f.text("facilitator")?, f.list("attendees", read_attendee)?)
    };
    Ok(Report {
        // Read as this version's report: exported again, it is a file of this version.
        schema_version: REPORT_SCHEMA_VERSION,
        scenario_id,
        scenario_title,
        seed,
        started,
        ended,
        facilitator,
        attendees,
        timeline: f.list("timeline", read_line)?,
        decisions: f.list("decisions", read_decision)?,
        met: f.whole("met")?,
        missed: f.whole("missed")?,
        critical_misses: f.whole("critical-misses")?,
        went_well: f.list("went-well", string)?,
        to_improve: f.list("to-improve", string)?,
        discussion: if v1 {
            Vec::new()
        } else {
            f.list("discussion", read_discussion)?
        },
        notes: f.list("notes", read_line)?,
        actions: f.list("actions", read_action)?,
    })
}

fn read_attendee(value: &Value, path: &Path) -> Result<Attendee, String> {
    let f = Fields::of(value, path, &["name", "role"], true)?;
    Ok(Attendee {
        name: f.text("name")?,
        role: f.text("role")?,
    })
}

fn read_discussion(value: &Value, path: &Path) -> Result<Discussion, String> {
    let f = Fields::of(value, path, &["prompt", "answer"], true)?;
    Ok(Discussion {
        prompt: f.text("prompt")?,
        answer: f.text("answer")?,
    })
}

fn read_moment(value: &Value, path: &Path) -> Result<Moment, String> {
    let f = Fields::of(value, path, &[], false)?;
    Ok(Moment {
        wall_ms: f.whole("wall_ms")?,
        sim_ms: f.whole("sim_ms")?,
    })
}

fn read_line(value: &Value, path: &Path) -> Result<ReportLine, String> {
    let f = Fields::of(value, path, &["sim-ms", "wall-ms", "text"], true)?;
    Ok(ReportLine {
        sim_ms: f.whole("sim-ms")?,
        wall_ms: f.whole("wall-ms")?,
        text: f.text("text")?,
    })
}

fn read_decision(value: &Value, path: &Path) -> Result<DecisionScore, String> {
    let f = Fields::of(value, path, &[], false)?;
    let (outcome, outcome_at) = f.required("outcome")?;
    let outcome = string(outcome, &outcome_at)?;
    let outcome = OUTCOMES
        .iter()
        .find(|(_, id)| *id == outcome)
        .map(|(o, _)| *o)
        .ok_or_else(|| format!("{} is not an outcome a report has", outcome_at.name()))?;
    let (critical, critical_at) = f.required("critical_miss")?;
    let Value::Bool(critical_miss) = *critical else {
        return Err(format!(
            "{} is {}, not true or false",
            critical_at.name(),
            critical.kind()
        ));
    };
    let time_to_decision = f
        .optional("time_to_decision")
        .map(|(v, p)| {
            let t = Fields::of(v, &p, &[], false)?;
            Ok::<_, String>(Took {
                sim_ms: t.whole("sim_ms")?,
                wall_ms: t.whole("wall_ms")?,
            })
        })
        .transpose()?;
    Ok(DecisionScore {
        decision: f.text("decision")?,
        prompt: f.text("prompt")?,
        outcome,
        chosen: f.optional("chosen").map(|(v, p)| string(v, &p)).transpose()?,
        expected: f.text("expected")?,
        runbook: f.text("runbook")?,
        runbook_title: f
            .optional("runbook_title")
            .map(|(v, p)| string(v, &p))
            .transpose()?
            .unwrap_or_default(),
        critical_miss,
        time_to_decision,
    })
}

fn read_action(value: &Value, path: &Path) -> Result<ActionItem, String> {
    let f = Fields::of(value, path, &["what", "owner", "due"], true)?;
    let due = f
        .optional("due")
        .map(|(v, p)| {
            let d = Fields::of(v, &p, &[], false)?;
            Date::new(d.whole("year")?, d.whole("month")?, d.whole("day")?)
                .ok_or_else(|| format!("{} is not a real calendar date", p.name()))
        })
        .transpose()?;
    Ok(ActionItem {
        what: f.text("what")?,
        owner: f.text("owner")?,
        due,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report with every kind of value: both clocks, a decision of each outcome, with and
    /// without a choice and a time, text that needs escaping, and both kinds of action.
    fn report() -> Report {
        let decision = |outcome: Outcome, chosen: Option<&str>, took: Option<Took>| DecisionScore {
            decision: format!("d-{}", outcome_id(outcome)),
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
                .map(|(i, (o, _))| {
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

    #[test]
    fn the_file_is_the_one_serde_json_wrote_from_the_types() {
        let mut r = report();
        assert_eq!(to_json(&r), serde_json::to_string_pretty(&r).unwrap());
        r.ended = None;
        r.timeline.clear();
        assert_eq!(to_json(&r), serde_json::to_string_pretty(&r).unwrap());
    }

    #[test]
    fn files_written_by_either_read_back_the_same() {
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

    /// A file as version 1 wrote it (before attendees, the discussion and runbook titles).
    const VERSION_1_FILE: &str = r#"{
  "schema-version": 1,
  "scenario-id": "database-deleted",
  "scenario-title": "Database deleted",
  "seed": 42,
  "started": {
    "wall_ms": 1780000000000,
    "sim_ms": 0
  },
  "ended": null,
  "timeline": [],
  "decisions": [
    {
      "decision": "incident",
      "prompt": "What do we do first?",
      "outcome": "no-decision",
      "chosen": null,
      "expected": "Start the incident process",
      "runbook": "full-restore#steps",
      "critical_miss": true,
      "time_to_decision": null
    }
  ],
  "met": 0,
  "missed": 1,
  "critical-misses": 1,
  "went-well": [],
  "to-improve": [
    "Faster"
  ],
  "notes": [],
  "actions": []
}"#;

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
                "it ends where a value should be at line 1, column 20",
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
