//! A message's text from the values typed: each field checked and written as the message
//! says it (a time in the zone the message states, a choice as its words), and a
//! placeholder (`<SINCE>`) for each value still to give, so the preview always reads.

use super::{Draft, Field, FieldKind, Piece, Template, Zone};
use crate::command::datetime::in_british_summer_time;
use crate::command::render::placeholder;
use crate::command::{DateTime, Values};

/// A piece of a preview: the template's own words, a value, or a value still to give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    Text(String),
    Value { field: String, text: String },
    Missing { field: String, placeholder: String },
}

/// A message as far as its values make it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub subject: Option<Vec<Span>>,
    pub body: Vec<Span>,
    /// Every field has a value that passes its checks: the text may be copied.
    pub complete: bool,
}

impl Preview {
    pub fn subject_text(&self) -> Option<String> {
        self.subject.as_deref().map(spans_text)
    }

    pub fn body_text(&self) -> String {
        spans_text(&self.body)
    }

    /// What Copy copies: an email's subject line, a blank line and its body; otherwise the
    /// body.
    pub fn text(&self) -> String {
        match self.subject_text() {
            Some(subject) => format!("Subject: {subject}\n\n{}", self.body_text()),
            None => self.body_text(),
        }
    }
}

fn spans_text(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(t) | Span::Value { text: t, .. } => t.as_str(),
            Span::Missing { placeholder, .. } => placeholder.as_str(),
        })
        .collect()
}

/// Checks one field's raw value: the words it puts in the message, or the error to show
/// beside the field (a sentence).
pub fn check(field: &Field, raw: &str) -> Result<String, String> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(match field.kind {
            FieldKind::Choice { .. } => format!("Select one of the options for “{}”", field.label),
            _ => format!("Enter {}", lower_first(&field.label)),
        });
    }
    match &field.kind {
        FieldKind::Text { max_length } => match max_length {
            Some(max) if value.chars().count() > *max as usize => {
                Err(format!("{} must be {max} characters or fewer", field.label))
            }
            _ => Ok(value.to_string()),
        },
        FieldKind::Time { zone } => DateTime::parse(value)
            .map(|t| say_time(t, *zone))
            .map_err(|e| format!("{} {e}", field.label)),
        FieldKind::Choice { choices } => choices
            .iter()
            .find(|c| c.value == value)
            .map(|c| c.text.clone())
            .ok_or_else(|| {
                let values: Vec<String> = choices.iter().map(|c| format!("“{}”", c.value)).collect();
                format!(
                    "“{value}” is not one of the options for “{}”: use {}",
                    field.label,
                    values.join(" or ")
                )
            }),
    }
}

/// The message, filled in with `values` (raw, by field name) as far as they go.
pub fn render(draft: &Draft, values: &Values) -> Preview {
    let mut complete = true;
    let mut fill = |template: &Template| -> Vec<Span> {
        template
            .0
            .iter()
            .map(|piece| match piece {
                Piece::Text(t) => Span::Text(t.clone()),
                Piece::Field(name) => {
                    let checked = draft
                        .field(name)
                        .zip(values.get(name))
                        .and_then(|(f, raw)| check(f, raw).ok());
                    match checked {
                        Some(text) => Span::Value {
                            field: name.clone(),
                            text,
                        },
                        None => {
                            complete = false;
                            Span::Missing {
                                field: name.clone(),
                                placeholder: placeholder(name),
                            }
                        }
                    }
                }
            })
            .collect()
    };
    let subject = draft.subject.as_ref().map(&mut fill);
    let body = fill(&draft.body);
    Preview {
        subject,
        body,
        complete,
    }
}

/// A time as GOV.UK style writes one, in `zone`, saying which: "2:30pm UTC on Friday 22 May
/// 2026", "3:30pm UK time on Friday 22 May 2026", "midday", "midnight".
pub fn say_time(at: DateTime, zone: Zone) -> String {
    let (local, zone_name) = match zone {
        Zone::Utc => (at, "UTC"),
        Zone::Uk if in_british_summer_time(at) => (DateTime::from_unix_seconds(at.unix_seconds() + 3600), "UK time"),
        Zone::Uk => (at, "UK time"),
    };
    let (h, m) = (local.seconds / 3600, local.seconds / 60 % 60);
    let clock = match (h, m) {
        (0, 0) => "midnight".to_string(),
        (12, 0) => "midday".to_string(),
        _ => {
            let hour12 = if h % 12 == 0 { 12 } else { h % 12 };
            let half = if h < 12 { "am" } else { "pm" };
            if m == 0 {
                format!("{hour12}{half}")
            } else {
                format!("{hour12}:{m:02}{half}")
            }
        }
    };
    const DAYS: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    let d = local.date;
    let weekday = DAYS[(d.days_since_epoch() + 4).rem_euclid(7) as usize];
    let month = d.month_name();
    format!("{clock} {zone_name} on {weekday} {} {month} {}", d.day, d.year)
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::{Channel, Choice};
    use super::*;

    fn field(name: &str, label: &str, kind: FieldKind) -> Field {
        Field {
            name: name.into(),
            label: label.into(),
            hint: String::new(),
            example: String::new(),
            default: None,
            kind,
        }
    }

    fn draft() -> Draft {
        Draft {
            channel: Channel::Email,
            send_with: None,
            fields: vec![
                field("since", "When it started", FieldKind::Time { zone: Zone::Uk }),
                field("affected", "What is affected", FieldKind::Text { max_length: Some(20) }),
                field(
                    "meanwhile",
                    "What to do meanwhile",
                    FieldKind::Choice {
                        choices: vec![Choice {
                            value: "wait".into(),
                            label: "Wait".into(),
                            text: "Please wait.".into(),
                        }],
                    },
                ),
            ],
            subject: Some(Template(vec![
                Piece::Text("Down: ".into()),
                Piece::Field("affected".into()),
            ])),
            body: Template(vec![
                Piece::Text("Since ".into()),
                Piece::Field("since".into()),
                Piece::Text(". ".into()),
                Piece::Field("meanwhile".into()),
            ]),
        }
    }

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_preview_fills_what_it_can_and_marks_the_rest() {
        let p = render(&draft(), &values(&[("since", "2026-05-22 14:30"), ("affected", "")]));
        assert!(!p.complete);
        assert_eq!(
            p.text(),
            "Subject: Down: <AFFECTED>\n\nSince 3:30pm UK time on Friday 22 May 2026. <MEANWHILE>"
        );
        let p = render(
            &draft(),
            &values(&[
                ("since", "2026-12-01T00:00Z"),
                ("affected", "Registration"),
                ("meanwhile", "wait"),
            ]),
        );
        assert!(p.complete);
        assert_eq!(p.subject_text().as_deref(), Some("Down: Registration"));
        assert_eq!(
            p.body_text(),
            "Since midnight UK time on Tuesday 1 December 2026. Please wait."
        );
    }

    #[test]
    fn each_field_says_what_is_wrong() {
        let d = draft();
        let check = |name: &str, raw: &str| check(d.field(name).unwrap(), raw);
        assert_eq!(check("affected", " "), Err("Enter what is affected".into()));
        assert_eq!(
            check("affected", "a very long description"),
            Err("What is affected must be 20 characters or fewer".into())
        );
        assert_eq!(
            check("meanwhile", ""),
            Err("Select one of the options for “What to do meanwhile”".into())
        );
        assert_eq!(
            check("meanwhile", "panic"),
            Err("“panic” is not one of the options for “What to do meanwhile”: use “wait”".into())
        );
        assert!(check("since", "yesterday")
            .unwrap_err()
            .starts_with("When it started should look like"));
        assert_eq!(
            check("since", "2026-05-22 14:30 +01:00").as_deref(),
            Ok("2:30pm UK time on Friday 22 May 2026")
        );
    }

    #[test]
    fn times_are_said_in_gov_uk_style_in_their_zone() {
        let t = |s: &str| DateTime::parse(s).unwrap();
        assert_eq!(
            say_time(t("2026-05-22 12:00"), Zone::Utc),
            "midday UTC on Friday 22 May 2026"
        );
        assert_eq!(
            say_time(t("2026-05-22 11:00"), Zone::Uk),
            "midday UK time on Friday 22 May 2026"
        );
        assert_eq!(
            say_time(t("2026-01-05 09:05"), Zone::Uk),
            "9:05am UK time on Monday 5 January 2026"
        );
        assert_eq!(
            say_time(t("2026-01-05 00:15"), Zone::Utc),
            "12:15am UTC on Monday 5 January 2026"
        );
        assert_eq!(
            say_time(t("2026-01-05 17:00"), Zone::Utc),
            "5pm UTC on Monday 5 January 2026"
        );
        // 23:30 UTC in summer is the next day in the UK.
        assert_eq!(
            say_time(t("2026-07-31 23:30"), Zone::Uk),
            "12:30am UK time on Saturday 1 August 2026"
        );
    }
}
