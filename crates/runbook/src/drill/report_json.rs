//! The after-action report as the JSON file people export and import (schema version 1),
//! through [`crate::json`]. The file is the one `serde_json` wrote from the report's types
//! before, field for field and byte for byte (tested against it), so files exported then
//! import now. Reading checks what the types checked, and says where a file is wrong.

use super::report::{ActionItem, Report, ReportLine, REPORT_SCHEMA_VERSION};
use super::saved::SavedError;
use super::score::{DecisionScore, Outcome, Took};
use super::state::Moment;
use crate::date::Date;
use crate::json::{self, Value};
use crate::saved_text::TextError;

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

const OUTCOMES: [(Outcome, &str); 6] = [
    (Outcome::Met, "met"),
    (Outcome::Late, "late"),
    (Outcome::Missed, "missed"),
    (Outcome::NoDecision, "no-decision"),
    (Outcome::Pending, "pending"),
    (Outcome::NotReached, "not-reached"),
];

fn outcome_id(outcome: Outcome) -> &'static str {
    OUTCOMES.iter().find(|(o, _)| *o == outcome).map_or("", |(_, id)| id)
}

/// Reads an exported report. The version is read first, so an old or new format is
/// reported as such rather than as damaged; any other problem says where it is.
pub fn from_json(text: &str) -> Result<Report, SavedError> {
    let value = json::parse(text).map_err(|e| SavedError::Corrupt(e.to_string()))?;
    check_version(&value)?;
    report(&value).map_err(SavedError::Corrupt)
}

fn check_version(value: &Value) -> Result<(), SavedError> {
    let Value::Object(members) = value else {
        return Err(SavedError::Corrupt(format!("it is {}, not an object", value.kind())));
    };
    let Some((_, version)) = members.iter().find(|(k, _)| k == "schema-version") else {
        return Err(SavedError::Corrupt("it has no schema-version".into()));
    };
    let found: u64 = whole(version, &Path::top().field("schema-version")).map_err(SavedError::Corrupt)?;
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    if found == REPORT_SCHEMA_VERSION {
        return Ok(());
    }
    Err(SavedError::from_text(TextError::OtherVersion {
        found,
        current: REPORT_SCHEMA_VERSION,
    }))
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
            "the report".to_string()
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

fn report(value: &Value) -> Result<Report, String> {
    const KNOWN: [&str; 15] = [
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
    ];
    let f = Fields::of(value, &Path::top(), &KNOWN, true)?;
    // Read in the file's order, so the first problem reported is the first in the file.
    let schema_version = f.whole("schema-version")?;
    let scenario_id = f.text("scenario-id")?;
    let scenario_title = f.text("scenario-title")?;
    let seed = f.whole("seed")?;
    let (started, started_at) = f.required("started")?;
    Ok(Report {
        schema_version,
        scenario_id,
        scenario_title,
        seed,
        started: read_moment(started, &started_at)?,
        ended: f.optional("ended").map(|(v, p)| read_moment(v, &p)).transpose()?,
        timeline: f.list("timeline", read_line)?,
        decisions: f.list("decisions", read_decision)?,
        met: f.whole("met")?,
        missed: f.whole("missed")?,
        critical_misses: f.whole("critical-misses")?,
        went_well: f.list("went-well", string)?,
        to_improve: f.list("to-improve", string)?,
        notes: f.list("notes", read_line)?,
        actions: f.list("actions", read_action)?,
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

    #[test]
    fn a_damaged_file_says_where() {
        let good = to_json(&report());
        let corrupt = |text: &str| match from_json(text) {
            Err(SavedError::Corrupt(why)) => why,
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
                "the report has a field “scenario” a report does not have",
            ),
            (
                good.replacen("\"met\": 1,", "\"met\": 1, \"met\": 2,", 1),
                "the report has “met” twice",
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
            ("{\"schema-version\": 1}".to_string(), "the report has no “scenario-id”"),
        ] {
            assert_ne!(text, good, "the damage to make for {why:?} was not made");
            assert_eq!(corrupt(&text), why);
        }
        // Unknown fields inside a moment or a decision were skipped by their types, and still are.
        let extra = good.replacen("\"sim_ms\": 0", "\"sim_ms\": 0, \"zone\": \"UTC\"", 1);
        assert_eq!(from_json(&extra), Ok(report()));
    }
}
