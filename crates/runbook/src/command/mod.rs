//! Command generators: the runbook's commands as data, rendered with safe shell quoting.
//!
//! A [`Generator`] is compiled from `content/commands/*.toml` (see [`compile`], feature
//! `compile`). Its output is a *structure* — programs, arguments, options, environment
//! assignments, redirections — never a string with holes, so every value goes through
//! [`quote::quote`] and lands in exactly one argument. [`render()`] is what the site calls on
//! every keystroke.
//!
//! - [`quote`]: the quoting rules.
//! - [`pattern`]: the small pattern language parameters are checked with.
//! - [`datetime`]: UTC instants for restore timestamps.
//! - [`value`]: checking one typed value.
//! - [`render`]: a generator plus values to what a person copies, or field errors.
//! - [`form`]: remembered values, address values and defaults, combined for a form.
//! - [`form_state`]: one form as a person fills it in, and what it shows.
//! - [`view`]: what a form shows, as a view model the site's components draw.
//! - [`in_file`]: a generator as the one-file runbook shows it, a template to fill in by hand.

pub mod address;
#[cfg(feature = "compile")]
pub mod compile;
pub mod dated;
pub mod datetime;
pub mod form;
pub mod form_state;
pub mod in_file;
pub mod pattern;
pub mod quote;
pub mod render;
#[cfg(test)]
pub(crate) mod testing;
pub mod value;
pub mod view;

#[cfg(feature = "compile")]
pub use compile::compile_generators;
pub use datetime::DateTime;
pub use pattern::Pattern;
pub use quote::quote;
pub use render::{render, FieldError, Rendered, RenderedStep, Span, Values, Warning};

use crate::doc::Prose;
use serde::{Deserialize, Serialize};

/// One generator: what it does, its parameters and what it outputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Generator {
    pub id: String,
    pub title: String,
    /// What it does and why, compiled from Markdown and rendered by the build.
    pub description: Prose,
    /// The description's first paragraph as plain text, for the list of generators.
    pub summary: String,
    /// Where it acts, before values are known. See [`Generator::production_when`].
    pub touches: Environment,
    /// When set, the generator touches production only if this parameter has one of these
    /// values, and [`Environment::OtherRemote`] otherwise (a Konduit connection to staging
    /// is not a production action).
    pub production_when: Option<ProductionWhen>,
    /// Doc sections that explain it, as `slug#anchor` references already checked.
    pub docs: Vec<DocRef>,
    pub params: Vec<Param>,
    pub output: Output,
    /// The file it came from, for "edit this generator".
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Environment {
    /// Live service or its data: the UI asks for confirmation before copying.
    Production,
    /// A remote environment other than production.
    OtherRemote,
    /// Only the person's own machine.
    Local,
    /// Nothing: the output is a value to type somewhere, or only informs.
    None,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductionWhen {
    pub param: String,
    pub is_one_of: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRef {
    pub slug: String,
    pub anchor: Option<String>,
    /// How the link reads: the page's title, and the section's heading if it names one
    /// (resolved at build time, so the site needs no copy of the docs to show it).
    #[serde(default)]
    pub label: String,
}

/// A typed parameter. Values arrive as raw text (from a form field or the URL).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Param {
    /// The name in the address (`?server=…`) and in the output's references. Two
    /// generators' parameters of the same name share nothing: see [`Param::remember`].
    pub name: String,
    /// The field's label, also used to name the field in error messages.
    pub label: String,
    pub help: String,
    pub example: String,
    pub default: Option<String>,
    pub kind: ParamKind,
    /// What the value means, when it is remembered in the browser and fills every
    /// parameter that remembers the same meaning (`restored-server`, `namespace`): keyed
    /// by meaning, not by the parameter's name, so the live server typed in one generator
    /// never fills the restored server of another. `None`: not remembered.
    pub remember: Option<String>,
    /// A warning when a value that passes the checks still does not look like what the
    /// field must name (a restored server without `-pitr`).
    pub warn_unless: Option<PatternWarning>,
}

/// "Warn with `message` when the value does not match `pattern`."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatternWarning {
    pub pattern: Pattern,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ParamKind {
    Choice {
        choices: Vec<Choice>,
    },
    /// Free text, optionally checked by a pattern; `error` is the editor's plain sentence
    /// shown when the pattern does not match.
    Text {
        pattern: Option<Pattern>,
        error: Option<String>,
    },
    /// A calendar date, `YYYY-MM-DD`. A default of `today` means the caller's today.
    Date,
    /// An instant, shown in UTC, with warnings relative to "now".
    DateTime {
        warnings: Vec<TimeWarning>,
    },
    /// A whole number.
    Number {
        min: Option<i64>,
        max: Option<i64>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// What the URL and the form hold.
    pub value: String,
    pub label: String,
    /// What lands in the output, when it differs from `value` (the banner `incident`
    /// renders as `ENABLE_INCIDENT_BANNER`).
    pub renders_as: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeWarning {
    /// The instant is more than `days` days before now.
    OlderThanDays { days: u32, message: String },
    /// The instant is after now.
    InFuture { message: String },
}

/// What a generator produces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Output {
    /// Shell commands, one line each, run in order.
    Shell { steps: Vec<Command> },
    /// A value to type somewhere (a server name, a timestamp), with checks on the result.
    Value { value: Word, checks: Vec<Check> },
    /// Steps to follow in a web UI, with the values to enter.
    Checklist { steps: Vec<Vec<Part>> },
}

/// One simple command: `NAME=value program args < in > out`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Command {
    /// Shown above the line, e.g. "Create the local database".
    pub title: Option<String>,
    pub env: Vec<(String, Word)>,
    pub program: String,
    pub args: Vec<Arg>,
    pub stdin: Option<Word>,
    pub stdout: Option<Word>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    /// A word the program reads as an operand or a flag; a value here may not start with
    /// `-`, or the program would read it as an option.
    Word(Word),
    /// An option that takes the next argument as its value (`-n cpd-production`). The
    /// program consumes the value whatever it starts with, so a leading `-` is harmless.
    Option { option: String, value: Word },
}

/// One shell word, made of literal text and parameter values, concatenated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Word(pub Vec<Part>);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    Literal(String),
    Param { name: String, format: Format },
}

/// How a parameter's value is written into the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// The value as checked (a choice's `renders_as`, a date as `YYYY-MM-DD`, a date-time
    /// as `2026-05-22T14:30:00Z`).
    #[default]
    Plain,
    /// Dates as `YYYYMMDD`, for names.
    Compact,
}

/// A check on a rendered value, reported against `param` with the editor's sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub pattern: Pattern,
    pub param: String,
    pub message: String,
}

impl Generator {
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.name == name)
    }

    /// The defaults, as a generator opens before anything is typed.
    pub fn defaults(&self) -> Values {
        self.params
            .iter()
            .filter_map(|p| Some((p.name.clone(), p.default.clone()?)))
            .collect()
    }
}

impl Word {
    pub fn literal(text: impl Into<String>) -> Self {
        Word(vec![Part::Literal(text.into())])
    }

    pub fn param(name: impl Into<String>) -> Self {
        Word(vec![Part::Param {
            name: name.into(),
            format: Format::Plain,
        }])
    }

    /// Names of the parameters used, in order.
    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.0.iter().filter_map(|p| match p {
            Part::Param { name, .. } => Some(name.as_str()),
            Part::Literal(_) => None,
        })
    }
}

impl Output {
    /// Every parameter the output uses, with repeats.
    pub fn params(&self) -> Vec<&str> {
        let checklist = match self {
            Output::Checklist { steps } => steps.iter().flatten().collect(),
            _ => Vec::new(),
        };
        self.words()
            .into_iter()
            .flat_map(|w| w.0.iter())
            .chain(checklist)
            .filter_map(|p| match p {
                Part::Param { name, .. } => Some(name.as_str()),
                Part::Literal(_) => None,
            })
            .collect()
    }

    /// Every shell or value word in the output.
    pub fn words(&self) -> Vec<&Word> {
        match self {
            Output::Shell { steps } => steps
                .iter()
                .flat_map(|c| {
                    c.env
                        .iter()
                        .map(|(_, w)| w)
                        .chain(c.args.iter().map(|a| match a {
                            Arg::Word(w) | Arg::Option { value: w, .. } => w,
                        }))
                        .chain(c.stdin.iter())
                        .chain(c.stdout.iter())
                })
                .collect(),
            Output::Value { value, .. } => vec![value],
            Output::Checklist { .. } => Vec::new(),
        }
    }
}
