//! A generator plus the values typed so far becomes what a person copies, or the field
//! errors to show beside each field. Pure and cheap: the site calls it on every keystroke.

use super::datetime::{gives_offset, in_british_summer_time, DateTime};
use super::quote::quote;
use super::value::{check, Typed};
use super::{Arg, Command, Environment, Generator, Output, Param, ParamKind, Part, TimeWarning, Word};
use crate::collect::SmallMap;
use serde::{Deserialize, Serialize};

/// Parameter name -> raw text, as typed or taken from the URL. Names the generator does not
/// have are ignored, so one shared map can feed every generator on a page.
pub type Values = SmallMap<String, String>;

/// A problem with one field, in a sentence that names the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub param: String,
    pub message: String,
}

/// Something worth knowing before using the output; it does not stop the output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub param: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutputKind {
    Shell,
    Value,
    Checklist,
}

/// What a generator produced for the current values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rendered {
    pub kind: OutputKind,
    /// Exactly what the Copy button copies: no prompt, no trailing newline. Shell steps
    /// are one per line; checklist steps are numbered lines.
    pub text: String,
    pub steps: Vec<RenderedStep>,
    pub warnings: Vec<Warning>,
    pub environment: Environment,
    /// True when copying should first ask "this touches production: are you sure?".
    pub touches_production: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenderedStep {
    pub title: Option<String>,
    /// The step's whole text: a command line, a value, or a checklist sentence.
    pub text: String,
    /// The same text in pieces, with the entered values marked so the UI can highlight
    /// what to type or select.
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    pub is_value: bool,
}

/// Renders `generator` with `values`, as of `now` (used for `today` defaults and for
/// restore-window warnings). Every field error is returned at once.
pub fn render(generator: &Generator, values: &Values, now: DateTime) -> Result<Rendered, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut typed: SmallMap<&str, Typed> = SmallMap::new();
    for param in &generator.params {
        match typed_value(param, values, now) {
            Ok(t) => {
                if let (Typed::DateTime(at), ParamKind::DateTime { warnings: rules }) = (&t, &param.kind) {
                    let raw = values.get(&param.name).map_or("", String::as_str);
                    warnings.extend(
                        time_warnings(rules, *at, now)
                            .chain(assumed_utc(raw, *at))
                            .map(|message| Warning {
                                param: param.name.clone(),
                                message,
                            }),
                    );
                }
                if let Some(message) = pattern_warning(param, &t) {
                    warnings.push(Warning {
                        param: param.name.clone(),
                        message,
                    });
                }
                typed.insert(&param.name, t);
            }
            Err(message) => errors.push(FieldError {
                param: param.name.clone(),
                message,
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let ctx = Ctx {
        generator,
        typed: &typed,
        placeholders: false,
    };
    let (kind, steps) = output(&ctx, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(finish(generator, kind, steps, warnings, values))
}

/// The generator's output as a template, for a page that cannot run the generator (the
/// build draws it, and it is what shows without JavaScript): each parameter's default where
/// it has one, and `<NAME>` for the rest, so a reader can see what the command will be and
/// fill it in by hand. A `today` default is a placeholder too, as the build's date is not
/// the reader's. Nothing is checked: a template is never copied as it stands.
pub fn template(generator: &Generator) -> Rendered {
    let mut typed: SmallMap<&str, Typed> = SmallMap::new();
    for param in &generator.params {
        if let Some(default) = param.default.as_deref().filter(|d| *d != "today") {
            if let Ok(t) = check(param, default) {
                typed.insert(&param.name, t);
            }
        }
    }
    let ctx = Ctx {
        generator,
        typed: &typed,
        placeholders: true,
    };
    let (kind, steps) = output(&ctx, &mut Vec::new());
    finish(generator, kind, steps, Vec::new(), &Values::new())
}

/// The placeholder for parameter `name` in a [`template`]: `<NAME>`, as shell usage texts
/// write a value to fill in.
pub fn placeholder(name: &str) -> String {
    format!("<{}>", name.to_uppercase().replace('-', "_"))
}

/// The output's steps, with any errors only the whole output can show (an argument read as
/// an option, a value failing its output check) added to `errors`.
fn output(ctx: &Ctx<'_>, errors: &mut Vec<FieldError>) -> (OutputKind, Vec<RenderedStep>) {
    match &ctx.generator.output {
        Output::Shell { steps } => {
            let lines: Vec<RenderedStep> = steps
                .iter()
                .filter_map(|c| match ctx.command(c) {
                    Ok(step) => Some(step),
                    Err(mut e) => {
                        errors.append(&mut e);
                        None
                    }
                })
                .collect();
            (OutputKind::Shell, lines)
        }
        Output::Value { value, checks } => {
            let text = ctx.word(value);
            for c in checks.iter().filter(|c| !ctx.placeholders && !c.pattern.matches(&text)) {
                errors.push(FieldError {
                    param: c.param.clone(),
                    message: c.message.clone(),
                });
            }
            let step = RenderedStep {
                title: None,
                spans: vec![Span {
                    text: text.clone(),
                    is_value: true,
                }],
                text,
            };
            (OutputKind::Value, vec![step])
        }
        Output::Checklist { steps } => (
            OutputKind::Checklist,
            steps.iter().map(|parts| ctx.sentence(parts)).collect(),
        ),
    }
}

/// The rendered output from its steps: the text as copied, and where it acts.
fn finish(
    generator: &Generator,
    kind: OutputKind,
    steps: Vec<RenderedStep>,
    warnings: Vec<Warning>,
    values: &Values,
) -> Rendered {
    let text = match kind {
        OutputKind::Checklist => steps
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {}", i + 1, s.text))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => steps.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n"),
    };
    let environment = environment(generator, values);
    Rendered {
        kind,
        text,
        steps,
        warnings,
        environment,
        touches_production: environment == Environment::Production,
    }
}

/// A parameter's value: what was given, else its default. A value given empty (a field the
/// person cleared, or `?name=` in the address) is an error, not the default: the field shows
/// nothing, so a command with the default in it would surprise the person pasting it.
fn typed_value(param: &Param, values: &Values, now: DateTime) -> Result<Typed, String> {
    let empty = || {
        Err(format!(
            "{} is empty: enter one, for example “{}”.",
            param.label, param.example
        ))
    };
    match (
        values.get(&param.name).map(String::as_str),
        param.default.as_deref(),
        &param.kind,
    ) {
        (Some(raw), _, _) if raw.trim().is_empty() => empty(),
        (Some(raw), _, _) => check(param, raw),
        (None, Some("today"), ParamKind::Date) => Ok(Typed::Date(now.date)),
        (None, Some(default), _) => check(param, default),
        (None, None, _) => empty(),
    }
}

/// The parameter's [`PatternWarning`](super::PatternWarning), when its checked text value
/// does not look like what the field must name.
pub fn pattern_warning(param: &Param, value: &Typed) -> Option<String> {
    match (&param.warn_unless, value) {
        (Some(w), Typed::Text(text)) if !w.pattern.matches(text) => Some(w.message.clone()),
        _ => None,
    }
}

/// A time typed without an offset is read as UTC. When UK clocks were an hour ahead then, a
/// person who typed UK time would be an hour out, so the output says what was assumed.
fn assumed_utc(raw: &str, at: DateTime) -> Option<String> {
    (!raw.trim().is_empty() && !gives_offset(raw) && in_british_summer_time(at)).then(|| {
        "No offset was given, so this time is read as UTC. UK clocks were on British Summer Time \
         (UTC+1) then: if you typed UK time, add +01:00."
            .to_string()
    })
}

fn time_warnings(rules: &[TimeWarning], at: DateTime, now: DateTime) -> impl Iterator<Item = String> + '_ {
    let age = now.unix_seconds() - at.unix_seconds();
    rules.iter().filter_map(move |rule| match rule {
        TimeWarning::OlderThanDays { days, message } if age > i64::from(*days) * 86_400 => Some(message.clone()),
        TimeWarning::InFuture { message } if age < 0 => Some(message.clone()),
        _ => None,
    })
}

fn environment(generator: &Generator, values: &Values) -> Environment {
    match (&generator.production_when, generator.touches) {
        (Some(when), Environment::Production) => {
            let value = values
                .get(&when.param)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .or_else(|| generator.param(&when.param).and_then(|p| p.default.as_deref()));
            if value.is_some_and(|v| when.is_one_of.iter().any(|x| x == v)) {
                Environment::Production
            } else {
                Environment::OtherRemote
            }
        }
        (_, touches) => touches,
    }
}

struct Ctx<'a> {
    generator: &'a Generator,
    typed: &'a SmallMap<&'a str, Typed>,
    /// Drawing a [`template`]: a parameter without a value is its [`placeholder`].
    placeholders: bool,
}

impl Ctx<'_> {
    fn part(&self, part: &Part) -> String {
        match part {
            Part::Literal(s) => s.clone(),
            // Every parameter was checked before rendering and the compiler checked that
            // every reference names one; empty text is the harmless fallback.
            Part::Param { name, format } => match self.typed.get(name.as_str()) {
                Some(t) => t.format(*format),
                None if self.placeholders => placeholder(name),
                None => String::new(),
            },
        }
    }

    fn word(&self, word: &Word) -> String {
        word.0.iter().map(|p| self.part(p)).collect()
    }

    /// A word as one shell word: quoted, except in a template where it holds a placeholder,
    /// which is left as written for the reader to replace (quoting it would make `'<NAME>'`
    /// look like a value already given).
    fn shell_word(&self, word: &Word) -> String {
        let holds_placeholder = self.placeholders
            && word
                .0
                .iter()
                .any(|p| matches!(p, Part::Param { name, .. } if self.typed.get(name.as_str()).is_none()));
        if holds_placeholder {
            self.word(word)
        } else {
            quote(&self.word(word))
        }
    }

    fn command(&self, command: &Command) -> Result<RenderedStep, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut words: Vec<String> = command
            .env
            .iter()
            .map(|(name, value)| format!("{name}={}", self.shell_word(value)))
            .collect();
        words.push(quote(&command.program));
        for arg in &command.args {
            match arg {
                Arg::Option { option, value } => {
                    words.push(quote(option));
                    words.push(self.shell_word(value));
                }
                Arg::Word(word) => {
                    let text = self.word(word);
                    if let (true, false, Some(Part::Param { name, .. })) =
                        (text.starts_with('-'), self.placeholders, word.0.first())
                    {
                        let label = self.generator.param(name).map_or(name.as_str(), |p| p.label.as_str());
                        errors.push(FieldError {
                            param: name.clone(),
                            message: format!(
                                "{label} cannot start with “-”: “{}” would read it as an option.",
                                command.program
                            ),
                        });
                    }
                    words.push(self.shell_word(word));
                }
            }
        }
        if let Some(w) = &command.stdin {
            words.push(format!("< {}", self.shell_word(w)));
        }
        if let Some(w) = &command.stdout {
            words.push(format!("> {}", self.shell_word(w)));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let text = words.join(" ");
        Ok(RenderedStep {
            title: command.title.clone(),
            spans: vec![Span {
                text: text.clone(),
                is_value: false,
            }],
            text,
        })
    }

    fn sentence(&self, parts: &[Part]) -> RenderedStep {
        let spans: Vec<Span> = parts
            .iter()
            .map(|p| Span {
                text: self.part(p),
                is_value: matches!(p, Part::Param { .. }),
            })
            .collect();
        RenderedStep {
            title: None,
            text: spans.iter().map(|s| s.text.as_str()).collect(),
            spans,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::testing::generator;
    use crate::command::{Check, Choice, Format, Pattern, ProductionWhen};
    use crate::date::Date;

    fn text_param(name: &str, default: Option<&str>) -> Param {
        Param {
            name: name.into(),
            label: name.to_uppercase(),
            help: String::new(),
            example: "x".into(),
            default: default.map(str::to_string),
            kind: ParamKind::Text {
                pattern: None,
                error: None,
            },
            remember: None,
            warn_unless: None,
        }
    }

    fn now() -> DateTime {
        DateTime::parse("2026-05-22T12:00:00Z").unwrap()
    }

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn shell(steps: Vec<Command>) -> Output {
        Output::Shell { steps }
    }

    fn cmd(program: &str, args: Vec<Arg>) -> Command {
        Command {
            title: None,
            env: vec![],
            program: program.into(),
            args,
            stdin: None,
            stdout: None,
        }
    }

    /// A generator whose output is the value of its one parameter `p`.
    fn value_of(p: Param) -> Generator {
        let value = Word::param(&p.name);
        generator(vec![p], Output::Value { value, checks: vec![] })
    }

    fn check(g: &Generator, pairs: &[(&str, &str)], expected: Result<&str, &[(&str, &str)]>) {
        let got = render(g, &values(pairs), now());
        match (got, expected) {
            (Ok(r), Ok(text)) => assert_eq!(r.text, text),
            (Err(errors), Err(want)) => {
                assert_eq!(errors.len(), want.len(), "{errors:?}");
                for (e, (param, words)) in errors.iter().zip(want) {
                    assert_eq!(e.param, *param);
                    assert!(e.message.contains(words), "{}", e.message);
                }
            }
            (got, _) => panic!("unexpected {got:?}"),
        }
    }

    #[test]
    fn a_template_quotes_defaults_and_leaves_a_placeholder_for_each_value_to_give() {
        let mut c = cmd(
            "psql",
            vec![
                Arg::Option {
                    option: "-d".into(),
                    value: Word::param("db"),
                },
                Arg::Word(Word::param("file-name")),
            ],
        );
        c.env = vec![("PGHOST".into(), Word::param("host"))];
        let g = generator(
            vec![
                text_param("db", Some("a b")),
                text_param("file-name", None),
                text_param("host", Some("today")),
            ],
            shell(vec![c]),
        );
        // A default is a value and is quoted; a placeholder is left bare for the reader to
        // replace; `today` is the build's date, never the reader's, so it is a placeholder.
        assert_eq!(template(&g).text, "PGHOST=<HOST> psql -d 'a b' <FILE_NAME>");
        assert_eq!(placeholder("restored-server"), "<RESTORED_SERVER>");
        // A value's checks are not run on a template: it is never copied as it stands.
        let mut v = value_of(text_param("name", None));
        if let Output::Value { checks, .. } = &mut v.output {
            checks.push(Check {
                pattern: Pattern::parse("[a-z]+").unwrap(),
                param: "name".into(),
                message: "Lower case only.".into(),
            });
        }
        assert_eq!(template(&v).text, "<NAME>");
    }

    #[test]
    fn renders_options_words_env_and_redirections() {
        let mut c = cmd(
            "pg_restore",
            vec![
                Arg::Option {
                    option: "-d".into(),
                    value: Word::param("db"),
                },
                Arg::Word(Word::param("file")),
            ],
        );
        c.env = vec![("PGUSER".into(), Word::param("user"))];
        c.stdout = Some(Word::literal("out put.log"));
        let g = generator(
            vec![
                text_param("db", Some("pitr-restore")),
                text_param("file", None),
                text_param("user", Some("me")),
            ],
            shell(vec![c]),
        );
        check(
            &g,
            &[("file", "b.tar")],
            Ok("PGUSER=me pg_restore -d pitr-restore b.tar > 'out put.log'"),
        );
        check(
            &g,
            &[("file", "my file's.tar"), ("user", "a b")],
            Ok("PGUSER='a b' pg_restore -d pitr-restore 'my file'\\''s.tar' > 'out put.log'"),
        );
        // An option's value is consumed by the option, whatever it starts with.
        check(
            &g,
            &[("file", "b"), ("db", "-x")],
            Ok("PGUSER=me pg_restore -d -x b > 'out put.log'"),
        );
    }

    #[test]
    fn a_summer_time_without_an_offset_says_utc_was_assumed() {
        let g = value_of(Param {
            kind: ParamKind::DateTime { warnings: vec![] },
            ..text_param("at", None)
        });
        let warned = |raw: &str| {
            render(&g, &values(&[("at", raw)]), now())
                .unwrap()
                .warnings
                .iter()
                .any(|w| {
                    w.message
                        .starts_with("No offset was given, so this time is read as UTC.")
                })
        };
        assert!(warned("2026-05-22 10:00"), "British Summer Time, no offset");
        assert!(!warned("2026-05-22 10:00 +01:00"), "the offset is given");
        assert!(!warned("2026-05-22 10:00Z"), "UTC is said");
        assert!(!warned("2026-01-22 10:00"), "winter: UK time is UTC");
    }

    #[test]
    fn a_value_unlike_what_the_field_names_is_warned_about_not_refused() {
        let mut restored = text_param("server", None);
        restored.warn_unless = Some(crate::command::PatternWarning {
            pattern: Pattern::parse(".*-pitr.*").unwrap(),
            message: "Not a restored server?".into(),
        });
        let g = value_of(restored);
        let warnings = |v: &str| {
            render(&g, &values(&[("server", v)]), now())
                .unwrap()
                .warnings
                .into_iter()
                .map(|w| (w.param, w.message))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            warnings("s189p01-cpdec2-pd-pg"),
            vec![("server".to_string(), "Not a restored server?".to_string())]
        );
        assert_eq!(warnings("s189p01-cpdec2-pd-pg-pitr"), vec![]);
        assert_eq!(warnings("s189p01-cpdec2-pd-pg-pitr-20260522"), vec![]);
    }

    #[test]
    fn a_field_given_empty_is_an_error_even_with_a_default() {
        let g = generator(
            vec![text_param("ns", Some("cpd-production"))],
            shell(vec![cmd("konduit", vec![Arg::Word(Word::param("ns"))])]),
        );
        check(&g, &[], Ok("konduit cpd-production"));
        // The field shows nothing, so the default in the command would surprise the reader.
        check(
            &g,
            &[("ns", "")],
            Err(&[("ns", "NS is empty: enter one, for example “x”.")]),
        );
        check(&g, &[("ns", "  ")], Err(&[("ns", "NS is empty")]));
    }

    #[test]
    fn reports_every_field_error_at_once() {
        let g = generator(
            vec![text_param("a", None), text_param("b", None)],
            shell(vec![cmd(
                "echo",
                vec![Arg::Word(Word::param("a")), Arg::Word(Word::param("b"))],
            )]),
        );
        check(&g, &[("a", "x\ny")], Err(&[("a", "one line"), ("b", "B is empty")]));
        check(&g, &[("a", "   "), ("b", "\0")], Err(&[("a", "empty"), ("b", "NUL")]));
    }

    #[test]
    fn guards_operands_against_leading_dashes() {
        let g = generator(
            vec![text_param("db", None)],
            shell(vec![cmd("createdb", vec![Arg::Word(Word::param("db"))])]),
        );
        check(
            &g,
            &[("db", "--help")],
            Err(&[("db", "DB cannot start with “-”: “createdb” would read it as an option")]),
        );
        check(&g, &[("db", "x-y")], Ok("createdb x-y"));
        let literal_first = generator(
            vec![text_param("db", None)],
            shell(vec![cmd(
                "echo",
                vec![Arg::Word(Word(vec![
                    Part::Literal("--name=".into()),
                    Part::Param {
                        name: "db".into(),
                        format: Format::Plain,
                    },
                ]))],
            )]),
        );
        check(&literal_first, &[("db", "-x")], Ok("echo --name=-x"));
    }

    #[test]
    fn shell_steps_are_lines_and_the_copy_has_no_trailing_newline() {
        let g = generator(
            vec![text_param("db", Some("r"))],
            shell(vec![
                cmd("createdb", vec![Arg::Word(Word::param("db"))]),
                cmd("dropdb", vec![Arg::Word(Word::param("db"))]),
            ]),
        );
        let r = render(&g, &Values::new(), now()).unwrap();
        assert_eq!(r.text, "createdb r\ndropdb r");
        assert_eq!(r.steps.len(), 2);
        assert_eq!(r.kind, OutputKind::Shell);
    }

    #[test]
    fn values_with_checks_on_the_result() {
        let date = Param {
            kind: ParamKind::Date,
            default: Some("today".into()),
            ..text_param("date", None)
        };
        let check_rule = crate::command::Check {
            pattern: Pattern::parse("[a-z].*").unwrap(),
            param: "server".into(),
            message: "Start with a letter.".into(),
        };
        let g = generator(
            vec![text_param("server", None), date],
            Output::Value {
                value: Word(vec![
                    Part::Param {
                        name: "server".into(),
                        format: Format::Plain,
                    },
                    Part::Literal("-".into()),
                    Part::Param {
                        name: "date".into(),
                        format: Format::Compact,
                    },
                ]),
                checks: vec![check_rule],
            },
        );
        check(&g, &[("server", "S")], Err(&[("server", "Start with a letter.")]));
        check(&g, &[("server", "s"), ("date", "2026-01-02")], Ok("s-20260102"));
        let r = render(
            &g,
            &values(&[("server", "")]),
            DateTime::parse("2026-01-02 10:00").unwrap(),
        );
        assert_eq!(r.unwrap_err()[0].param, "server");
        let g2 = Generator {
            params: vec![
                text_param("server", Some("a")),
                Param {
                    kind: ParamKind::Date,
                    default: Some("today".into()),
                    ..text_param("date", None)
                },
            ],
            ..g
        };
        let r = render(&g2, &Values::new(), now()).unwrap();
        assert_eq!(r.text, "a-20260522");
        assert!(now().date == Date::new(2026, 5, 22).unwrap());
    }

    #[test]
    fn warns_about_times_outside_the_window() {
        let p = Param {
            kind: ParamKind::DateTime {
                warnings: vec![
                    TimeWarning::OlderThanDays {
                        days: 7,
                        message: "Too old.".into(),
                    },
                    TimeWarning::InFuture {
                        message: "Future.".into(),
                    },
                ],
            },
            ..text_param("timestamp", None)
        };
        let g = value_of(p);
        let warn = |t: &str| {
            render(&g, &values(&[("timestamp", t)]), now())
                .unwrap()
                .warnings
                .into_iter()
                .map(|w| w.message)
                .collect::<Vec<_>>()
        };
        assert_eq!(warn("2026-05-15T12:00Z"), Vec::<String>::new());
        assert_eq!(warn("2026-05-15T11:59Z"), vec!["Too old."]);
        assert_eq!(warn("2026-05-22T13:00+02:00"), Vec::<String>::new());
        assert_eq!(warn("2026-05-22T12:01Z"), vec!["Future."]);
        assert_eq!(
            render(&g, &values(&[("timestamp", "2026-05-22 15:00+01:00")]), now())
                .unwrap()
                .text,
            "2026-05-22T14:00:00Z"
        );
    }

    #[test]
    fn checklists_number_their_steps_and_mark_values() {
        let p = Param {
            kind: ParamKind::Choice {
                choices: vec![Choice {
                    value: "enable".into(),
                    label: "Enable".into(),
                    renders_as: Some("true".into()),
                }],
            },
            ..text_param("action", Some("enable"))
        };
        let g = generator(
            vec![p],
            Output::Checklist {
                steps: vec![
                    vec![Part::Literal("Open it.".into())],
                    vec![
                        Part::Literal("Set it to ".into()),
                        Part::Param {
                            name: "action".into(),
                            format: Format::Plain,
                        },
                        Part::Literal(".".into()),
                    ],
                ],
            },
        );
        let r = render(&g, &Values::new(), now()).unwrap();
        assert_eq!(r.text, "1. Open it.\n2. Set it to true.");
        assert!(r.steps[1].spans[1].is_value);
        assert_eq!(r.kind, OutputKind::Checklist);
    }

    #[test]
    fn production_depends_on_the_namespace_when_told_so() {
        let mut g = generator(
            vec![text_param("namespace", Some("cpd-production"))],
            shell(vec![cmd("echo", vec![Arg::Word(Word::param("namespace"))])]),
        );
        g.touches = Environment::Production;
        g.production_when = Some(ProductionWhen {
            param: "namespace".into(),
            is_one_of: vec!["cpd-production".into()],
        });
        assert!(render(&g, &Values::new(), now()).unwrap().touches_production);
        let r = render(&g, &values(&[("namespace", "cpd-staging")]), now()).unwrap();
        assert_eq!((r.environment, r.touches_production), (Environment::OtherRemote, false));
        g.production_when = None;
        assert!(
            render(&g, &values(&[("namespace", "cpd-staging")]), now())
                .unwrap()
                .touches_production
        );
    }
}
