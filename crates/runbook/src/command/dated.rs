//! A command rendered ahead of time, at build time, except for the day it is shown on.
//!
//! A drill's inject shows a command with the values its scenario gives; only a date
//! parameter left to its `today` default depends on when the drill runs. So the build
//! renders the command once, keeps today's date as a slot, and the drill windows fill the
//! slot: they carry no generator, no quoting and no checks (about 20 KB of their
//! compressed wasm).
//!
//! The slots are found by rendering on two days and comparing. The same text on both is
//! fixed. Otherwise, rendered on the first day, every occurrence of that day's date (as `YYYY-MM-DD` or `YYYYMMDD`) becomes a slot, and
//! the slots filled with the second day must give exactly what rendering on the second
//! day gives. So a text is only ever kept as slots if filling them is the same as
//! rendering, whatever the command (anything else is an error at build time).

use super::datetime::DateTime;
use super::render::{render, FieldError, Values};
use super::{Format, Generator};
use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The text of a command, with today's date left open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedText(Vec<Piece>);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
enum Piece {
    Text(String),
    /// Today's date, written as the format says.
    Today(Format),
}

impl DatedText {
    /// Text that does not depend on the day.
    pub fn fixed(text: &str) -> Self {
        DatedText(vec![Piece::Text(text.to_string())])
    }

    /// The text as shown on `today`.
    pub fn on(&self, today: Date) -> String {
        self.0
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.clone(),
                Piece::Today(format) => write_date(today, *format),
            })
            .collect()
    }

    /// The same text with `map` applied to the fixed text it starts with (empty if it
    /// starts with a slot), for a prefix (the drill marker) that must come first.
    pub fn map_start(mut self, map: impl FnOnce(&str) -> String) -> Self {
        match self.0.first_mut() {
            Some(Piece::Text(text)) => *text = map(text),
            _ => self.0.insert(0, Piece::Text(map(""))),
        }
        self
    }
}

/// Renders `generator` with `values`, leaving today's date open. `Err` is the sentences
/// to show: the field errors of rendering, or that the text depends on the day in a way
/// a slot cannot hold (a date that also appears as a literal, say).
pub fn render_dated(generator: &Generator, values: &Values) -> Result<DatedText, Vec<String>> {
    let text_on = |day: Date| {
        render(
            generator,
            values,
            DateTime {
                date: day,
                seconds: 12 * 3600,
            },
        )
        .map(|r| r.text)
        .map_err(|errors| {
            errors
                .into_iter()
                .map(|FieldError { message, .. }| message)
                .collect::<Vec<_>>()
        })
    };
    // Days whose dates appear in no content, and differ from each other in every digit
    // that can differ.
    let (first, second) = (probe(2000, 2, 29), probe(2011, 11, 11));
    let on_first = text_on(first)?;
    let on_second = text_on(second)?;
    if on_first == on_second {
        return Ok(DatedText::fixed(&on_first));
    }
    let dated = slots(&on_first, first);
    if dated.on(second) != on_second {
        return Err(vec![format!(
            "Its text depends on today's date in a way a drill cannot show (`{on_first}` on {first}, `{on_second}` on {second}). Give the date in `params`."
        )]);
    }
    Ok(dated)
}

fn probe(year: i32, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// `text` with every occurrence of `day`'s date, in either format, as a slot.
fn slots(text: &str, day: Date) -> DatedText {
    let formats = [Format::Plain, Format::Compact].map(|f| (write_date(day, f), f));
    let mut pieces = Vec::new();
    let mut rest = text;
    loop {
        let next = formats
            .iter()
            .filter_map(|(written, format)| rest.find(written.as_str()).map(|at| (at, written.len(), *format)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, len, format)) = next else {
            break;
        };
        if at > 0 {
            pieces.push(Piece::Text(rest[..at].to_string()));
        }
        pieces.push(Piece::Today(format));
        rest = &rest[at + len..];
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(Piece::Text(rest.to_string()));
    }
    DatedText(pieces)
}

fn write_date(day: Date, format: Format) -> String {
    super::value::Typed::Date(day).format(format)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::testing::{generator, param, text_param};
    use crate::command::{Arg, Command, Output, ParamKind, Part, Word};

    /// `echo <server>-<day, compact> <day> <literal>`
    fn echo(literal: &str) -> Generator {
        generator(
            vec![text_param("server", None), param("day", Some("today"), ParamKind::Date)],
            Output::Shell {
                steps: vec![Command {
                    title: None,
                    env: vec![],
                    program: "echo".into(),
                    args: vec![
                        Arg::Word(Word(vec![
                            Part::Param {
                                name: "server".into(),
                                format: Format::Plain,
                            },
                            Part::Literal("-".into()),
                            Part::Param {
                                name: "day".into(),
                                format: Format::Compact,
                            },
                        ])),
                        Arg::Word(Word::param("day")),
                        Arg::Word(Word::literal(literal)),
                    ],
                    stdin: None,
                    stdout: None,
                }],
            },
        )
    }

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn todays_date_is_left_open_in_each_format() {
        let dated = render_dated(&echo("done"), &values(&[("server", "pg")])).unwrap();
        let today = Date::new(2026, 11, 26).unwrap();
        assert_eq!(dated.on(today), "echo pg-20261126 2026-11-26 done");
        let day: DateTime = DateTime {
            date: today,
            seconds: 0,
        };
        assert_eq!(
            dated.on(today),
            render(&echo("done"), &values(&[("server", "pg")]), day).unwrap().text
        );
    }

    #[test]
    fn a_given_date_is_fixed_text() {
        let dated = render_dated(&echo("done"), &values(&[("server", "pg"), ("day", "2026-01-02")])).unwrap();
        assert_eq!(dated, DatedText::fixed("echo pg-20260102 2026-01-02 done"));
    }

    #[test]
    fn a_date_that_is_also_a_literal_cannot_be_a_slot() {
        let errors = render_dated(&echo("2000-02-29"), &values(&[("server", "pg")])).unwrap_err();
        assert!(errors[0].contains("depends on today's date"), "{errors:?}");
        // Given, the date is fixed, and so is the literal.
        let dated = render_dated(&echo("2000-02-29"), &values(&[("server", "pg"), ("day", "2026-01-02")]));
        assert_eq!(
            dated.unwrap().on(Date::new(2030, 1, 1).unwrap()),
            "echo pg-20260102 2026-01-02 2000-02-29"
        );
    }

    #[test]
    fn field_errors_are_the_sentences_to_show() {
        let errors = render_dated(&echo("done"), &Values::new()).unwrap_err();
        assert_eq!(errors, ["The server is empty: enter one, for example “x”."]);
    }

    #[test]
    fn a_prefix_goes_before_everything() {
        let today = Date::new(2026, 11, 26).unwrap();
        let day_first = slots("2000-02-29 x", probe(2000, 2, 29)).map_start(|t| format!("# m\n{t}"));
        assert_eq!(day_first.on(today), "# m\n2026-11-26 x");
        let text_first = DatedText::fixed("y").map_start(|t| format!("# m\n{t}"));
        assert_eq!(text_first.on(today), "# m\ny");
    }
}
