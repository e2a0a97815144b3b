//! A generator as the one-file runbook shows it: a template to fill in by hand, since the
//! file has no script. Its parameters with their rules, examples and defaults, the output
//! with a placeholder for each value to give ([`super::render::template`]), whether it acts
//! on production, and where the live generator is on the site. A view model, drawn by the
//! site's `GeneratorTemplate` component; nothing here is markup but the description, which
//! the build rendered for the file ([`crate::doc::Prose::in_file`]).

use super::render::{self, placeholder};
use super::view::{copy_words, CommandView};
use super::{Environment, Generator, Param, ParamKind, TimeWarning};
use crate::one_file;
use crate::route::Route;
use crate::wizard::view::Link;

/// One generator's template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateView {
    /// Its section's id in the file ([`one_file::generator`]).
    pub anchor: String,
    pub title: String,
    /// What it does, rendered for the file (links inside it; headings below the title's).
    pub description_html: String,
    /// Where it acts, in words ("Production when Namespace is cpd-production; …").
    pub acts_on: String,
    /// It can act on production: the template says so before the command.
    pub production: bool,
    /// What the output is called: "command", "value" or "steps".
    pub noun: &'static str,
    pub params: Vec<ParamView>,
    /// The output with the defaults and a placeholder for each value still to give.
    pub output: CommandView,
    /// The doc sections that explain it, inside the file.
    pub docs: Vec<Link>,
    /// The live generator's address on the site (under the build's base path), which fills
    /// in and checks the values and quotes them: named, since the file has no site beside it.
    pub live: String,
}

/// One parameter: what to put where its placeholder is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamView {
    /// `<NAME>`, as the output shows it.
    pub placeholder: String,
    pub label: String,
    pub hint: String,
    pub example: String,
    /// The value the output already holds, when it has one (it shows no placeholder then).
    pub default: Option<String>,
    /// What the value must be, and when the live generator warns, as sentences.
    pub rules: Vec<String>,
}

/// What each placeholder stands for, said under the output.
pub const PLACEHOLDER_NOTE: &str = "Each value in capitals between < and > is one to give: replace it by hand, \
     with the rules above, and keep any value with spaces or quotes in single quotes.";

/// `generator` as the one-file runbook built for a site under `root` shows it.
pub fn template(generator: &Generator, root: &str) -> TemplateView {
    TemplateView {
        anchor: one_file::generator(&generator.id),
        title: generator.title.clone(),
        description_html: generator
            .description
            .in_file(&format!("{}.", one_file::generator(&generator.id)), 2),
        acts_on: generator.describe_environment(),
        production: generator.touches == Environment::Production,
        noun: copy_words(render::template(generator).kind).0,
        params: generator.params.iter().map(param).collect(),
        output: CommandView::template(generator),
        docs: generator
            .docs
            .iter()
            .map(|d| Link {
                href: format!("#{}", one_file::doc(&d.slug, d.anchor.as_deref())),
                label: d.label.clone(),
            })
            .collect(),
        live: format!("{root}{}", Route::Command(generator.id.clone()).path()),
    }
}

fn param(p: &Param) -> ParamView {
    let default = match p.default.as_deref() {
        Some("today") => None,
        other => other.map(str::to_string),
    };
    ParamView {
        placeholder: placeholder(&p.name),
        label: p.label.clone(),
        hint: p.help.clone(),
        example: p.example.clone(),
        default,
        rules: rules(p),
    }
}

/// What `p`'s value must be, as the live generator checks it, and when it warns.
pub fn rules(p: &Param) -> Vec<String> {
    let mut rules = Vec::new();
    match &p.kind {
        ParamKind::Choice { choices } => {
            let each: Vec<String> = choices
                .iter()
                .map(|c| {
                    let written = c.renders_as.as_deref().unwrap_or(&c.value);
                    format!("{written} ({})", c.label)
                })
                .collect();
            rules.push(format!("One of: {}.", each.join(", ")));
        }
        ParamKind::Text {
            pattern: Some(pattern),
            error,
        } => rules.push(
            error
                .clone()
                .unwrap_or_else(|| format!("It must match the pattern {}.", pattern.as_str())),
        ),
        ParamKind::Text { pattern: None, .. } => rules.push("Any text on one line.".into()),
        ParamKind::Date => {
            rules.push("A date, written YYYY-MM-DD.".into());
            if p.default.as_deref() == Some("today") {
                rules.push("The live generator fills in today's date.".into());
            }
        }
        ParamKind::DateTime { warnings } => {
            rules.push(
                "A date and time, written YYYY-MM-DDTHH:MM:SSZ in UTC (UK time in summer is an hour ahead of UTC)."
                    .into(),
            );
            for w in warnings {
                rules.push(match w {
                    TimeWarning::OlderThanDays { days, message } => {
                        format!("More than {days} days ago: {message}")
                    }
                    TimeWarning::InFuture { message } => format!("In the future: {message}"),
                });
            }
        }
        ParamKind::Number { min, max } => rules.push(match (min, max) {
            (Some(lo), Some(hi)) => format!("A whole number from {lo} to {hi}."),
            (Some(lo), None) => format!("A whole number, at least {lo}."),
            (None, Some(hi)) => format!("A whole number, at most {hi}."),
            (None, None) => "A whole number.".into(),
        }),
    }
    if let Some(w) = &p.warn_unless {
        rules.push(w.message.clone());
    }
    rules
}

#[cfg(test)]
mod tests {
    use super::super::testing::{generator, param, text_param};
    use super::super::{Arg, Choice, Command, Output, Part, Word};
    use super::*;

    fn shell(args: &[&str]) -> Output {
        Output::Shell {
            steps: vec![Command {
                title: None,
                env: vec![],
                program: "tool".into(),
                args: args
                    .iter()
                    .map(|a| {
                        Arg::Word(Word(vec![Part::Param {
                            name: (*a).into(),
                            format: Default::default(),
                        }]))
                    })
                    .collect(),
                stdin: None,
                stdout: None,
            }],
        }
    }

    #[test]
    fn a_template_has_each_parameters_rules_the_command_with_placeholders_and_the_live_address() {
        let mut g = generator(
            vec![
                text_param("server", Some("[a-z]+")),
                param(
                    "mode",
                    Some("on"),
                    ParamKind::Choice {
                        choices: vec![
                            Choice {
                                value: "on".into(),
                                label: "Turn on".into(),
                                renders_as: Some("ENABLE".into()),
                            },
                            Choice {
                                value: "off".into(),
                                label: "Turn off".into(),
                                renders_as: None,
                            },
                        ],
                    },
                ),
                param("day", Some("today"), ParamKind::Date),
                param(
                    "count",
                    None,
                    ParamKind::Number {
                        min: Some(1),
                        max: None,
                    },
                ),
            ],
            shell(&["server", "mode", "day", "count"]),
        );
        g.touches = Environment::Production;
        g.docs = vec![super::super::DocRef {
            slug: "konduit".into(),
            anchor: Some("usage".into()),
            label: "Konduit: Usage".into(),
        }];
        let view = template(&g, "/runbook");
        assert_eq!(view.anchor, "generator.g");
        assert_eq!(view.live, "/runbook/commands/g");
        assert!(view.production, "a production generator is marked");
        assert_eq!(view.noun, "command");
        assert_eq!(view.output.text, "tool <SERVER> ENABLE <DAY> <COUNT>");
        assert_eq!(
            view.docs,
            vec![Link {
                href: "#konduit--usage".into(),
                label: "Konduit: Usage".into()
            }]
        );
        let p = |i: usize| &view.params[i];
        assert_eq!(p(0).placeholder, "<SERVER>");
        assert_eq!(p(0).rules, ["It must match the pattern [a-z]+."]);
        assert_eq!(p(1).default.as_deref(), Some("on"));
        assert_eq!(p(1).rules, ["One of: ENABLE (Turn on), off (Turn off)."]);
        assert_eq!(p(2).default, None, "the build's today is not the reader's");
        assert_eq!(
            p(2).rules,
            [
                "A date, written YYYY-MM-DD.",
                "The live generator fills in today's date."
            ]
        );
        assert_eq!(p(3).rules, ["A whole number, at least 1."]);
        g.touches = Environment::Local;
        assert!(!template(&g, "").production);
    }
}
