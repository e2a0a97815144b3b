//! Checking one raw value against its parameter's type: what the field holds becomes a
//! typed value, or a sentence naming the field and saying how to fix it.

use super::datetime::DateTime;
use super::quote::unrepresentable;
use super::{Format, Param, ParamKind};
use crate::date::Date;

/// A value that passed its parameter's checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    Text(String),
    /// A choice, as it renders (its `renders_as`, or its value).
    Choice(String),
    Date(Date),
    DateTime(DateTime),
    Number(i64),
}

impl Typed {
    /// The text written into the output.
    pub fn format(&self, format: Format) -> String {
        match (self, format) {
            (Typed::Text(s) | Typed::Choice(s), _) => s.clone(),
            (Typed::Date(d), Format::Plain) => d.to_string(),
            (Typed::Date(d), Format::Compact) => format!("{:04}{:02}{:02}", d.year, d.month, d.day),
            (Typed::DateTime(t), Format::Plain) => t.to_string(),
            (Typed::DateTime(t), Format::Compact) => {
                let s = t.seconds;
                format!(
                    "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
                    t.date.year,
                    t.date.month,
                    t.date.day,
                    s / 3600,
                    s / 60 % 60,
                    s % 60
                )
            }
            (Typed::Number(n), _) => n.to_string(),
        }
    }
}

/// Checks `raw` (already known to be non-empty after trimming) against `param`.
///
/// Surrounding spaces are ignored: they are invisible in a form and never intended, and a
/// pattern error would not show them.
pub fn check(param: &Param, raw: &str) -> Result<Typed, String> {
    let label = &param.label;
    if let Some(problem) = unrepresentable(raw) {
        return Err(format!("{label} {problem}."));
    }
    let value = raw.trim();
    match &param.kind {
        ParamKind::Text { pattern, error } => match pattern {
            Some(p) if !p.matches(value) => Err(error
                .clone()
                .unwrap_or_else(|| format!("{label} is not in the expected form, for example “{}”.", param.example))),
            _ => Ok(Typed::Text(value.to_string())),
        },
        ParamKind::Choice { choices } => choices
            .iter()
            .find(|c| c.value == value)
            .map(|c| Typed::Choice(c.renders_as.clone().unwrap_or_else(|| c.value.clone())))
            .ok_or_else(|| {
                let names: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
                format!("{label} must be one of: {}.", names.join(", "))
            }),
        ParamKind::Date => Date::parse(value)
            .map(Typed::Date)
            .map_err(|e| format!("{label}: {}.", e.on_page())),
        ParamKind::DateTime { .. } => DateTime::parse(value)
            .map(Typed::DateTime)
            .map_err(|e| format!("{label} {e}.")),
        ParamKind::Number { min, max } => {
            let n: i64 = value
                .parse()
                .map_err(|_| format!("{label} must be a whole number, like {}.", param.example))?;
            match (min, max) {
                (Some(lo), _) if n < *lo => Err(format!("{label} must be at least {lo}.")),
                (_, Some(hi)) if n > *hi => Err(format!("{label} must be at most {hi}.")),
                _ => Ok(Typed::Number(n)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::{Choice, Pattern};

    fn param(kind: ParamKind) -> Param {
        Param {
            name: "p".into(),
            label: "Server".into(),
            help: String::new(),
            example: "s189".into(),
            default: None,
            kind,
            remember: None,
            warn_unless: None,
        }
    }

    fn check_value(kind: ParamKind, raw: &str, expected: Result<&str, &str>) {
        let got = check(&param(kind), raw).map(|t| t.format(Format::Plain));
        match (got, expected) {
            (Ok(g), Ok(e)) => assert_eq!(g, e, "{raw:?}"),
            (Err(g), Err(words)) => assert!(g.contains(words), "{raw:?}: {g}"),
            (g, e) => panic!("{raw:?}: got {g:?}, expected {e:?}"),
        }
    }

    fn text(pattern: &str) -> ParamKind {
        ParamKind::Text {
            pattern: Some(Pattern::parse(pattern).unwrap()),
            error: Some("Server must be lowercase.".into()),
        }
    }

    #[test]
    fn text_values() {
        check_value(text("[a-z]+"), "abc", Ok("abc"));
        check_value(text("[a-z]+"), "  abc ", Ok("abc"));
        check_value(text("[a-z]+"), "ABC", Err("Server must be lowercase."));
        check_value(text("[a-z]+"), "a\nb", Err("Server must be on one line"));
        check_value(text("[a-z]+"), "a\0b", Err("Server cannot contain a NUL"));
        // Checked before the pattern, and for free text too, which no pattern guards.
        let free = || ParamKind::Text {
            pattern: None,
            error: None,
        };
        check_value(
            free(),
            "\u{202E}evil",
            Err("Server contains an invisible formatting character (U+202E). Type the value again without it."),
        );
        check_value(text("[a-z]+"), "ab\u{200B}c", Err("(U+200B)"));
        check_value(ParamKind::Date, "2026-05-22\u{FEFF}", Err("(U+FEFF)"));
        check_value(free(), "soft\u{AD}hyphen", Err("(U+00AD)"));
        check_value(
            ParamKind::Text {
                pattern: None,
                error: None,
            },
            "it's $(x)",
            Ok("it's $(x)"),
        );
    }

    #[test]
    fn choices_render_as_their_output() {
        let kind = || ParamKind::Choice {
            choices: vec![
                Choice {
                    value: "incident".into(),
                    label: "Incident".into(),
                    renders_as: Some("ENABLE_INCIDENT_BANNER".into()),
                },
                Choice {
                    value: "psql".into(),
                    label: "psql".into(),
                    renders_as: None,
                },
            ],
        };
        check_value(kind(), "incident", Ok("ENABLE_INCIDENT_BANNER"));
        check_value(kind(), "psql", Ok("psql"));
        check_value(kind(), "bash", Err("must be one of: incident, psql"));
    }

    #[test]
    fn dates_times_and_numbers() {
        check_value(ParamKind::Date, "2026-05-22", Ok("2026-05-22"));
        check_value(ParamKind::Date, "22/05/2026", Err("Server: “22/05/2026” is not a date"));
        check_value(
            ParamKind::DateTime { warnings: vec![] },
            "2026-05-22 15:00+01:00",
            Ok("2026-05-22T14:00:00Z"),
        );
        check_value(
            ParamKind::DateTime { warnings: vec![] },
            "yesterday",
            Err("Server should look like"),
        );
        let number = || ParamKind::Number {
            min: Some(1),
            max: Some(10),
        };
        check_value(number(), "7", Ok("7"));
        check_value(number(), "0", Err("at least 1"));
        check_value(number(), "11", Err("at most 10"));
        check_value(number(), "seven", Err("whole number"));
        let d = check(&param(ParamKind::Date), "2026-05-22").unwrap();
        assert_eq!(d.format(Format::Compact), "20260522");
    }
}
