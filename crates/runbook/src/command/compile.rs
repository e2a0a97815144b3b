//! `content/commands/*.toml` in, validated [`Generator`]s or every diagnostic out.
//! Build time only (feature `compile`).
//!
//! The format, in brief (the files in `content/commands/` are worked examples):
//! - top level: `id` (= file name), `title`, `description` (Markdown), `touches`
//!   (`production`, `local` or `none`), optional `production-when = { param, is-one-of }`,
//!   `docs = ["slug#anchor"]`;
//! - `[[param]]`: `name`, `label`, `kind` (`text`, `choice`, `date`, `date-time`, `number`),
//!   `help`, `example`, optional `default`; `pattern` + `error` (text), `choices` (choice,
//!   each `{ value, label, renders-as }`), `min`/`max` (number), `[[param.warn]]` (date-time:
//!   `older-than-days`, `in-future`; text: one `not-matching` with a `pattern`), and
//!   `remember = "<meaning>"` (not on a choice) when the value is remembered in the browser
//!   and fills every parameter of that meaning: a meaning is what the value *is*
//!   (`restored-server`), never a word two different values share (`server`); parameters of
//!   one meaning must be of one kind;
//! - exactly one output: `[[step]]` shell commands (`program`, `args`, `env`, `stdin`,
//!   `stdout`), a `[value]` with `word` and `[[value.check]]`s, or a `checklist`;
//! - a word is text, `{ param = "name" }` (optionally `format = "compact"` for dates), or a
//!   list of those joined; an argument is a word or `{ option = "-n", value = word }`.

use super::pattern::Pattern;
use super::quote::{is_bare_safe, unrepresentable, Unrepresentable};
use super::value::check;
use super::{
    Arg, Check, Choice, Command, DocRef, Environment, Format, Generator, Output, Param, ParamKind, Part,
    PatternWarning, ProductionWhen, TimeWarning, Word,
};
use crate::content::known::Known;
use crate::content::SourceFile;
use crate::diagnostic::{line_of, Diagnostic};
use crate::doc::{markdown, plain_text, Block, Doc, LinkTarget, Prose};
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

type S<T> = Spanned<T>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawGenerator {
    id: Option<S<String>>,
    title: Option<S<String>>,
    description: Option<S<String>>,
    touches: Option<S<String>>,
    production_when: Option<S<RawProductionWhen>>,
    #[serde(default)]
    docs: Vec<S<String>>,
    #[serde(default)]
    param: Vec<S<RawParam>>,
    #[serde(default)]
    step: Vec<S<RawStep>>,
    value: Option<S<RawValue>>,
    checklist: Option<S<Vec<S<RawWord>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawProductionWhen {
    param: String,
    is_one_of: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawParam {
    name: Option<S<String>>,
    label: Option<S<String>>,
    help: Option<S<String>>,
    example: Option<S<String>>,
    default: Option<S<String>>,
    kind: Option<S<String>>,
    pattern: Option<S<String>>,
    error: Option<S<String>>,
    choices: Option<S<Vec<S<RawChoice>>>>,
    min: Option<S<i64>>,
    max: Option<S<i64>>,
    warn: Option<S<Vec<S<RawWarn>>>>,
    remember: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawChoice {
    value: String,
    label: String,
    renders_as: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawWarn {
    when: String,
    days: Option<u32>,
    pattern: Option<String>,
    message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawStep {
    title: Option<String>,
    #[serde(default)]
    env: Vec<S<RawEnv>>,
    program: Option<S<String>>,
    #[serde(default)]
    args: Vec<S<RawArg>>,
    stdin: Option<S<RawWord>>,
    stdout: Option<S<RawWord>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnv {
    name: String,
    value: RawWord,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawValue {
    word: S<RawWord>,
    #[serde(default)]
    check: Vec<S<RawCheck>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCheck {
    pattern: S<String>,
    param: S<String>,
    message: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawArg {
    Option(RawOption),
    Word(RawWord),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    option: String,
    value: RawWord,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawWord {
    Literal(String),
    Param(RawParamRef),
    Parts(Vec<RawPart>),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawPart {
    Literal(String),
    Param(RawParamRef),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParamRef {
    param: String,
    format: Option<String>,
}

/// Compiles every generator file. Doc references are checked against `known`. Ids must be
/// unique; all problems are reported at once, sorted by file and line.
pub fn compile_generators(files: &[SourceFile], known: &Known) -> Result<Vec<Generator>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let mut generators: Vec<(Generator, usize, Doc, Vec<usize>)> = Vec::new();
    for file in files {
        match compile_generator(file, known) {
            Ok(g) => generators.push(g),
            Err(mut d) => diagnostics.append(&mut d),
        }
    }
    let mut first: HashMap<String, String> = HashMap::new();
    // Parameters that remember the same meaning fill one another: they must be the same
    // kind of value (a date never fills a text field).
    let mut meanings: HashMap<&str, (&Generator, &Param)> = HashMap::new();
    for (g, _, _, lines) in &generators {
        for (p, line) in g.params.iter().zip(lines) {
            let Some(meaning) = p.remember.as_deref() else { continue };
            match meanings.get(meaning) {
                None => {
                    meanings.insert(meaning, (g, p));
                }
                Some((og, op)) if std::mem::discriminant(&op.kind) != std::mem::discriminant(&p.kind) => {
                    diagnostics.push(Diagnostic::new(
                        &g.source,
                        *line,
                        format!(
                            "`remember = \"{meaning}\"` is also the meaning of `{}` in {}, which is {}; this parameter is {}. Values remembered together must be the same kind: give this one its own meaning.",
                            op.name,
                            og.source,
                            kind_name(&op.kind),
                            kind_name(&p.kind)
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
    }
    for (g, line, ..) in &generators {
        if let Some(other) = first.insert(g.id.clone(), g.source.clone()) {
            diagnostics.push(Diagnostic::new(
                &g.source,
                *line,
                format!(
                    "The id `{}` is already used by {other}. Each generator needs its own id.",
                    g.id
                ),
            ));
        }
    }
    if !diagnostics.is_empty() {
        diagnostics.sort();
        diagnostics.dedup();
        return Err(diagnostics);
    }
    // A description is rendered once every generator is compiled: it may embed another.
    let titles: HashMap<String, String> = generators
        .iter()
        .map(|(g, ..)| (g.id.clone(), g.title.clone()))
        .collect();
    let mut out: Vec<Generator> = generators
        .into_iter()
        .map(|(g, _, description, _)| Generator {
            description: Prose::render(&description, &|id| titles.get(id).cloned()),
            ..g
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// Collects diagnostics for one file.
struct File<'a> {
    path: &'a str,
    text: &'a str,
    problems: Vec<Diagnostic>,
}

impl File<'_> {
    fn line<T>(&self, s: &S<T>) -> usize {
        line_of(self.text, s.span().start)
    }

    fn problem(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Diagnostic::new(self.path, line, message));
    }

    /// A required, non-empty text key.
    fn required(&mut self, value: Option<S<String>>, key: &str, at: usize, example: &str) -> Option<(String, usize)> {
        match value {
            None => {
                self.problem(
                    at,
                    format!("The key `{key}` is missing. Add a line like `{key} = {example}`."),
                );
                None
            }
            Some(v) if v.get_ref().trim().is_empty() => {
                let line = self.line(&v);
                self.problem(line, format!("The `{key}` must not be empty."));
                None
            }
            Some(v) => {
                let line = self.line(&v);
                Some((v.into_inner().trim().to_string(), line))
            }
        }
    }
}

/// The text of a description's first paragraph.
fn first_paragraph(description: &Doc) -> String {
    description
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(content) => Some(plain_text(content)),
            _ => None,
        })
        .unwrap_or_default()
}

/// "a date", "text"…, for a sentence about a parameter's kind.
fn kind_name(kind: &ParamKind) -> &'static str {
    match kind {
        ParamKind::Choice { .. } => "a choice",
        ParamKind::Text { .. } => "text",
        ParamKind::Date => "a date",
        ParamKind::DateTime { .. } => "a date-time",
        ParamKind::Number { .. } => "a number",
    }
}

/// The line of each parameter, in order.
type ParamLines = Vec<usize>;

/// One generator, the line of its id, its description as compiled (rendered once every
/// generator is known), and the line of each of its parameters.
fn compile_generator(file: &SourceFile, known: &Known) -> Result<(Generator, usize, Doc, ParamLines), Vec<Diagnostic>> {
    let raw: RawGenerator = toml::from_str(&file.text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(&file.text, s.start));
        vec![Diagnostic::new(&file.path, line, toml_sentence(e.message()))]
    })?;
    let mut f = File {
        path: &file.path,
        text: &file.text,
        problems: Vec::new(),
    };

    let stem = file_stem(&file.path);
    let id = f.required(raw.id, "id", 1, &format!("\"{stem}\""));
    if let Some((id, line)) = &id {
        if !crate::doc::slug::is_valid_slug(id) {
            f.problem(
                *line,
                format!(
                    "The id `{id}` is not valid: use lowercase letters, digits and single hyphens, like `{}`.",
                    crate::doc::slug::slugify(id)
                ),
            );
        } else if id != stem {
            f.problem(
                *line,
                format!(
                    "The id `{id}` differs from the file name: rename the file `{id}.toml` or set `id = \"{stem}\"`."
                ),
            );
        }
    }
    let title = f.required(raw.title, "title", 1, "\"Connect to a database with Konduit\"");
    let description = raw.description.as_ref().map(|d| (f.line(d), d.span().start));
    let description = f.required(raw.description, "description", 1, "\"What it does and when to use it.\"").map(|(text, _)| {
        let (first_line, start) = description.unwrap_or((1, 0));
        // A multi-line string's text starts on the line after its opening `"""`.
        let first_line = first_line + usize::from(file.text[start..].starts_with("\"\"\"\n") || file.text[start..].starts_with("'''\n"));
        let parsed = markdown::parse(&text);
        for p in &parsed.problems {
            f.problem(first_line + p.line - 1, p.message.clone());
        }
        for link in &parsed.links {
            let line = first_line + link.line - 1;
            match &link.target {
                LinkTarget::External(_) => {}
                LinkTarget::Anchor(a) => f.problem(line, format!("The link `#{a}` points to a section, but a generator has no sections: link to `page.md#{a}`.")),
                LinkTarget::Page { slug, anchor } => {
                    let reference = anchor.as_ref().map_or(slug.clone(), |a| format!("{slug}#{a}"));
                    if let Err(e) = known.check_doc(&reference) {
                        f.problem(line, e);
                    }
                }
            }
        }
        parsed.doc
    });

    let touches = f
        .required(raw.touches, "touches", 1, "\"production\"")
        .and_then(|(t, line)| match t.as_str() {
            "production" => Some(Environment::Production),
            "local" => Some(Environment::Local),
            "none" => Some(Environment::None),
            other => {
                f.problem(
                    line,
                    format!("`touches = \"{other}\"` is not known: use \"production\", \"local\" or \"none\"."),
                );
                None
            }
        });

    let mut docs = Vec::new();
    for d in &raw.docs {
        let line = f.line(d);
        match known.check_doc(d.get_ref()) {
            Ok(()) => {
                let (slug, anchor) = match d.get_ref().split_once('#') {
                    Some((s, a)) => (s.to_string(), Some(a.to_string())),
                    None => (d.get_ref().clone(), None),
                };
                let label = known.label(d.get_ref());
                docs.push(DocRef { slug, anchor, label });
            }
            Err(e) => f.problem(line, e),
        }
    }
    if raw.docs.is_empty() {
        f.problem(
            1,
            "The generator links to no doc page. Add `docs = [\"page#section\"]` naming where it is explained.",
        );
    }

    let mut params: Vec<(Param, usize)> = Vec::new();
    // Names of parameters that failed to compile: uses of them are not reported again.
    let broken: Vec<String> = raw
        .param
        .iter()
        .filter_map(|p| p.get_ref().name.as_ref().map(|n| n.get_ref().trim().to_string()))
        .collect();
    for p in raw.param {
        let line = f.line(&p);
        if let Some(param) = compile_param(&mut f, p.into_inner(), line) {
            if params.iter().any(|(q, _)| q.name == param.name) {
                f.problem(
                    line,
                    format!("The parameter `{}` is declared twice: keep one.", param.name),
                );
            } else {
                params.push((param, line));
            }
        }
    }
    let names: Vec<&Param> = params.iter().map(|(p, _)| p).collect();
    let scope = Scope {
        params: &names,
        broken: &broken,
    };
    let output = compile_output(&mut f, raw.step, raw.value, raw.checklist, &scope);

    let production_when = raw.production_when.map(|pw| {
        let line = f.line(&pw);
        let pw = pw.into_inner();
        if !broken.contains(&pw.param) {
            f.problem(
                line,
                format!(
                    "`production-when` names the parameter `{}`, which this generator does not have.",
                    pw.param
                ),
            );
        }
        if touches != Some(Environment::Production) {
            f.problem(
                line,
                "`production-when` only applies to a generator with `touches = \"production\"`.",
            );
        }
        if pw.is_one_of.is_empty() {
            f.problem(line, "`production-when` needs at least one value in `is-one-of`.");
        }
        ProductionWhen {
            param: pw.param,
            is_one_of: pw.is_one_of,
        }
    });

    if let Some(output) = &output {
        let used = output.params();
        for (p, line) in &params {
            if !used.contains(&p.name.as_str()) {
                f.problem(
                    *line,
                    format!(
                        "The parameter `{}` is never used in the output: use it, or remove it.",
                        p.name
                    ),
                );
            }
        }
    }

    match (id, title, description, touches, output) {
        (Some((id, id_line)), Some((title, _)), Some(description), Some(touches), Some(output))
            if f.problems.is_empty() =>
        {
            let lines = params.iter().map(|(_, l)| *l).collect();
            Ok((
                Generator {
                    id,
                    title,
                    description: Prose::default(),
                    summary: first_paragraph(&description),
                    touches,
                    production_when,
                    docs,
                    params: params.into_iter().map(|(p, _)| p).collect(),
                    output,
                    source: file.path.clone(),
                },
                id_line,
                description,
                lines,
            ))
        }
        _ => Err(f.problems),
    }
}

fn compile_param(f: &mut File<'_>, mut raw: RawParam, line: usize) -> Option<Param> {
    let name = f.required(raw.name, "name", line, "\"namespace\"");
    if let Some((name, l)) = &name {
        let ok = name.starts_with(|c: char| c.is_ascii_lowercase()) && crate::doc::slug::is_valid_slug(name);
        if !ok {
            f.problem(*l, format!("The parameter name `{name}` is not valid: use lowercase letters, digits and hyphens, starting with a letter."));
        }
    }
    let label = f.required(raw.label, "label", line, "\"Namespace\"");
    let help = f.required(raw.help, "help", line, "\"The Kubernetes namespace of the service.\"");
    let example = f.required(raw.example, "example", line, "\"cpd-production\"");
    let kind_name = f.required(raw.kind, "kind", line, "\"text\"");
    let kind_line = kind_name.as_ref().map_or(line, |(_, l)| *l);
    let kind = kind_name.as_ref().map(|(k, _)| k.as_str());

    let text = f.text;
    let mut misplaced = |key: &str, value_line: Option<usize>, belongs: &str| {
        if let Some(l) = value_line {
            f.problem(
                l,
                format!(
                    "`{key}` only applies to {belongs} parameters: remove it, or set `kind = \"{}\"`.",
                    belongs.split(' ').next().unwrap_or(belongs)
                ),
            );
        }
    };
    let line_of_opt = |text: &str, s: Option<std::ops::Range<usize>>| s.map(|s| line_of(text, s.start));
    if kind != Some("text") {
        misplaced(
            "pattern",
            line_of_opt(text, raw.pattern.as_ref().map(|s| s.span())),
            "text",
        );
        misplaced("error", line_of_opt(text, raw.error.as_ref().map(|s| s.span())), "text");
    }
    if kind != Some("choice") {
        misplaced(
            "choices",
            line_of_opt(text, raw.choices.as_ref().map(|s| s.span())),
            "choice",
        );
    }
    if kind != Some("number") {
        misplaced("min", line_of_opt(text, raw.min.as_ref().map(|s| s.span())), "number");
        misplaced("max", line_of_opt(text, raw.max.as_ref().map(|s| s.span())), "number");
    }
    if kind != Some("date-time") && kind != Some("text") {
        misplaced(
            "warn",
            line_of_opt(text, raw.warn.as_ref().map(|s| s.span())),
            "date-time or text",
        );
    }
    let remember = raw.remember.map(|r| (f.line(&r), r.into_inner()));
    if let Some((l, meaning)) = &remember {
        if kind == Some("choice") {
            f.problem(*l, "`remember` does not apply to a choice: a choice is a decision about this one command, so it is never carried over to another generator.");
        } else if !(meaning.starts_with(|c: char| c.is_ascii_lowercase()) && crate::doc::slug::is_valid_slug(meaning)) {
            f.problem(*l, format!("`remember = \"{meaning}\"` is not a valid meaning: use lowercase letters, digits and hyphens that say what the value is, like \"restored-server\"."));
        }
    }
    // A text parameter's warnings: `when = "not-matching"` with a `pattern`.
    let mut warn_unless = None;
    if kind == Some("text") {
        for w in raw.warn.take().map(|w| w.into_inner()).unwrap_or_default() {
            let l = f.line(&w);
            let w = w.into_inner();
            match (w.when.as_str(), w.pattern, w.days) {
                ("not-matching", Some(pattern), None) if warn_unless.is_none() => match Pattern::parse(&pattern) {
                    Ok(pattern) => {
                        warn_unless = Some(PatternWarning {
                            pattern,
                            message: w.message,
                        })
                    }
                    Err(e) => f.problem(l, format!("The pattern `{pattern}` is not valid {e}.")),
                },
                ("not-matching", Some(_), None) => f.problem(l, "A text parameter takes one warning `when = \"not-matching\"`: join them into one pattern."),
                ("not-matching", None, _) => f.problem(l, "A warning `when = \"not-matching\"` needs the `pattern` a value should match, like `pattern = \".*-pitr.*\"`."),
                ("not-matching", _, Some(_)) => f.problem(l, "A warning `when = \"not-matching\"` takes no `days`."),
                (other, _, _) => f.problem(l, format!("A warning `when = \"{other}\"` is not known for a text parameter: use \"not-matching\".")),
            }
        }
    }

    let kind = match kind? {
        "text" => {
            let pattern = raw.pattern.as_ref().and_then(|p| match Pattern::parse(p.get_ref()) {
                Ok(pattern) => Some(pattern),
                Err(e) => {
                    let l = f.line(p);
                    f.problem(l, format!("The pattern `{}` is not valid {e}.", p.get_ref()));
                    None
                }
            });
            if raw.pattern.is_some() && raw.error.is_none() {
                f.problem(line, "A parameter with a `pattern` needs an `error`: the plain sentence shown when a value does not match.");
            }
            if raw.pattern.is_none() {
                if let Some(e) = &raw.error {
                    let l = f.line(e);
                    f.problem(
                        l,
                        "`error` is shown when a value does not match the `pattern`, but there is no `pattern`.",
                    );
                }
            }
            if raw.pattern.is_some() && pattern.is_none() {
                return None;
            }
            ParamKind::Text {
                pattern,
                error: raw.error.map(|e| e.into_inner()),
            }
        }
        "choice" => {
            let Some(list) = raw.choices else {
                f.problem(
                    kind_line,
                    "A choice parameter needs `choices`, like `choices = [{ value = \"psql\", label = \"psql\" }]`.",
                );
                return None;
            };
            let list_line = f.line(&list);
            let mut choices: Vec<Choice> = Vec::new();
            for c in list.into_inner() {
                let l = f.line(&c);
                let c = c.into_inner();
                if c.value.trim().is_empty() || c.value != c.value.trim() {
                    f.problem(l, "A choice's `value` must not be empty or start or end with spaces.");
                } else if choices.iter().any(|d| d.value == c.value) {
                    f.problem(l, format!("The choice `{}` is listed twice.", c.value));
                }
                choices.push(Choice {
                    value: c.value,
                    label: c.label,
                    renders_as: c.renders_as,
                });
            }
            if choices.is_empty() {
                f.problem(list_line, "`choices` is empty: list at least one.");
            }
            ParamKind::Choice { choices }
        }
        "date" => ParamKind::Date,
        "date-time" => {
            let mut warnings = Vec::new();
            for w in raw.warn.map(|w| w.into_inner()).unwrap_or_default() {
                let l = f.line(&w);
                let w = w.into_inner();
                if w.pattern.is_some() {
                    f.problem(l, "A date-time's warning takes no `pattern`: that is for text parameters, `when = \"not-matching\"`.");
                }
                match (w.when.as_str(), w.days) {
                    ("older-than-days", Some(days)) => warnings.push(TimeWarning::OlderThanDays {
                        days,
                        message: w.message,
                    }),
                    ("in-future", None) => warnings.push(TimeWarning::InFuture { message: w.message }),
                    ("older-than-days", None) => f.problem(
                        l,
                        "A warning `when = \"older-than-days\"` needs `days`, like `days = 7`.",
                    ),
                    ("in-future", Some(_)) => f.problem(l, "A warning `when = \"in-future\"` takes no `days`."),
                    (other, _) => f.problem(
                        l,
                        format!(
                            "A warning `when = \"{other}\"` is not known: use \"older-than-days\" or \"in-future\"."
                        ),
                    ),
                }
            }
            ParamKind::DateTime { warnings }
        }
        "number" => ParamKind::Number {
            min: raw.min.map(|m| m.into_inner()),
            max: raw.max.map(|m| m.into_inner()),
        },
        other => {
            f.problem(kind_line, format!("`kind = \"{other}\"` is not known: use \"text\", \"choice\", \"date\", \"date-time\" or \"number\"."));
            return None;
        }
    };
    let default = raw.default.map(|d| (f.line(&d), d.into_inner()));
    let (name, label, help, example) = (name?, label?, help?, example?);
    let param = Param {
        name: name.0,
        label: label.0,
        help: help.0,
        example: example.0,
        default: default.as_ref().map(|(_, d)| d.clone()),
        kind,
        remember: remember.map(|(_, m)| m),
        warn_unless,
    };
    if let Some((l, d)) = &default {
        let today = matches!(param.kind, ParamKind::Date) && d == "today";
        if let (false, Err(e)) = (today, check(&param, d)) {
            f.problem(*l, format!("The default `{d}` fails this parameter's own check: {e}"));
        }
    }
    if let Err(e) = check(&param, &param.example) {
        f.problem(
            example.1,
            format!("The example `{}` fails this parameter's own check: {e}", param.example),
        );
    }
    Some(param)
}

fn compile_output(
    f: &mut File<'_>,
    steps: Vec<S<RawStep>>,
    value: Option<S<RawValue>>,
    checklist: Option<S<Vec<S<RawWord>>>>,
    scope: &Scope<'_>,
) -> Option<Output> {
    let params = scope.params;
    let given = usize::from(!steps.is_empty()) + usize::from(value.is_some()) + usize::from(checklist.is_some());
    if given != 1 {
        let what = if given == 0 {
            "no output"
        } else {
            "more than one kind of output"
        };
        f.problem(1, format!("The generator has {what}: give exactly one of `[[step]]` (shell commands), `[value]` (a value to enter) or `checklist` (steps in a web page)."));
        return None;
    }
    if let Some(v) = value {
        let v = v.into_inner();
        let word = compile_word(f, v.word, scope);
        let mut checks = Vec::new();
        for c in v.check {
            let l = f.line(&c);
            let c = c.into_inner();
            if !params.iter().any(|p| &p.name == c.param.get_ref()) {
                let pl = f.line(&c.param);
                f.problem(
                    pl,
                    format!(
                        "The check names the parameter `{}`, which this generator does not have.",
                        c.param.get_ref()
                    ),
                );
            }
            match Pattern::parse(c.pattern.get_ref()) {
                Ok(pattern) => checks.push(Check {
                    pattern,
                    param: c.param.into_inner(),
                    message: c.message,
                }),
                Err(e) => f.problem(
                    l.max(f.line(&c.pattern)),
                    format!("The pattern `{}` is not valid {e}.", c.pattern.get_ref()),
                ),
            }
        }
        return Some(Output::Value { value: word?, checks });
    }
    if let Some(list) = checklist {
        let list_line = f.line(&list);
        let items: Vec<Option<Word>> = list
            .into_inner()
            .into_iter()
            .map(|w| compile_word(f, w, scope))
            .collect();
        if items.is_empty() {
            f.problem(list_line, "The `checklist` is empty: list the steps.");
        }
        let items: Option<Vec<Word>> = items.into_iter().collect();
        return Some(Output::Checklist {
            steps: items?.into_iter().map(|w| w.0).collect(),
        });
    }
    let mut commands = Vec::new();
    for step in steps {
        let line = f.line(&step);
        let step = step.into_inner();
        let program = match step.program {
            None => {
                f.problem(line, "The step has no `program`. Add a line like `program = \"make\"`.");
                None
            }
            Some(p)
                if p.get_ref().is_empty()
                    || !p.get_ref().chars().all(|c| is_bare_safe(c) && c != '=')
                    || p.get_ref().starts_with('-') =>
            {
                let l = f.line(&p);
                f.problem(
                    l,
                    format!(
                        "The program `{}` must be a plain command name or path: letters, digits and `_-./`.",
                        p.get_ref()
                    ),
                );
                None
            }
            Some(p) => Some(p.into_inner()),
        };
        let mut env = Vec::new();
        for e in step.env {
            let l = f.line(&e);
            let e = e.into_inner();
            let valid = e.name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && e.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !valid {
                f.problem(l, format!("The environment variable name `{}` is not valid: use letters, digits and `_`, not starting with a digit.", e.name));
            }
            let word = compile_word(f, Spanned::new(e_span(l, f), e.value), scope);
            env.push(word.map(|w| (e.name, w)));
        }
        let mut args = Vec::new();
        for a in step.args {
            let l = f.line(&a);
            match a.into_inner() {
                RawArg::Option(o) => {
                    if !o.option.starts_with('-')
                        || o.option == "--"
                        || !o.option.chars().all(|c| is_bare_safe(c) && c != '=')
                    {
                        f.problem(l, format!("The option `{}` must start with `-`, like `-n` or `--file`, and hold only letters, digits and `-`.", o.option));
                    }
                    let value = compile_word(f, Spanned::new(e_span(l, f), o.value), scope);
                    args.push(value.map(|value| Arg::Option {
                        option: o.option,
                        value,
                    }));
                }
                RawArg::Word(w) => args.push(compile_word(f, Spanned::new(e_span(l, f), w), scope).map(Arg::Word)),
            }
        }
        let stdin = step.stdin.map(|w| compile_word(f, w, scope));
        let stdout = step.stdout.map(|w| compile_word(f, w, scope));
        let env: Option<Vec<_>> = env.into_iter().collect();
        let args: Option<Vec<_>> = args.into_iter().collect();
        commands.push((|| {
            Some(Command {
                title: step.title,
                env: env?,
                program: program?,
                args: args?,
                stdin: match stdin {
                    Some(w) => Some(w?),
                    None => None,
                },
                stdout: match stdout {
                    Some(w) => Some(w?),
                    None => None,
                },
            })
        })());
    }
    let commands: Option<Vec<Command>> = commands.into_iter().collect();
    Some(Output::Shell { steps: commands? })
}

/// A span starting on `line`, for words whose own span was lost inside a table.
fn e_span(line: usize, f: &File<'_>) -> std::ops::Range<usize> {
    let start = f
        .text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    start..start
}

/// The parameters words may use.
struct Scope<'a> {
    params: &'a [&'a Param],
    /// Every declared name, including parameters that failed to compile.
    broken: &'a [String],
}

fn compile_word(f: &mut File<'_>, word: S<RawWord>, scope: &Scope<'_>) -> Option<Word> {
    let params = scope.params;
    let line = f.line(&word);
    let parts = match word.into_inner() {
        RawWord::Literal(s) => vec![RawPart::Literal(s)],
        RawWord::Param(r) => vec![RawPart::Param(r)],
        RawWord::Parts(parts) => parts,
    };
    let mut ok = true;
    let mut out = Vec::new();
    for part in parts {
        match part {
            RawPart::Literal(s) => {
                // The same characters a value may not hold: the text goes into the command.
                match unrepresentable(&s) {
                    Some(Unrepresentable::Format(c)) => f.problem(
                        line,
                        format!(
                            "This text contains an invisible formatting character (U+{:04X}): remove it.",
                            u32::from(c)
                        ),
                    ),
                    Some(problem) => f.problem(line, format!("This text {problem}.")),
                    None => {}
                }
                out.push(Part::Literal(s));
            }
            RawPart::Param(r) => {
                let Some(param) = params.iter().find(|p| p.name == r.param) else {
                    ok = false;
                    if scope.broken.contains(&r.param) {
                        continue;
                    }
                    let declared: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
                    f.problem(
                        line,
                        format!(
                            "The parameter `{}` is used here but not declared. Declare it with `[[param]]`, or use one of: {}.",
                            r.param,
                            if declared.is_empty() { "(none declared)".to_string() } else { declared.join(", ") }
                        ),
                    );
                    continue;
                };
                let format = match (r.format.as_deref(), &param.kind) {
                    (None, _) => Format::Plain,
                    (Some("compact"), ParamKind::Date | ParamKind::DateTime { .. }) => Format::Compact,
                    (Some(other), _) => {
                        f.problem(line, format!("`format = \"{other}\"` does not apply to the parameter `{}`: only dates and date-times take `format = \"compact\"`.", r.param));
                        ok = false;
                        continue;
                    }
                };
                out.push(Part::Param { name: r.param, format });
            }
        }
    }
    if out.is_empty() && ok {
        f.problem(line, "This word is empty: give text or a parameter.");
        ok = false;
    }
    ok.then_some(Word(out))
}

/// Turns a TOML or schema error into a sentence a content editor can act on.
fn toml_sentence(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        let allowed = rest.split_once("expected ").map_or(String::new(), |(_, a)| {
            format!(" The keys allowed here are {}.", a.replace("one of ", ""))
        });
        return format!("Unknown key `{key}`.{allowed}");
    }
    if message.contains("untagged enum RawWord") || message.contains("untagged enum RawPart") {
        return "This value must be text, a parameter like `{ param = \"namespace\" }`, or a list of those (joined into one word).".into();
    }
    if message.contains("untagged enum RawArg") {
        return "This argument must be text, a parameter like `{ param = \"file\" }`, a list of those, or an option like `{ option = \"-n\", value = { param = \"namespace\" } }`.".into();
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return format!("The key `{key}` is missing here.");
    }
    format!("This is not valid: {message}.")
}

fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}
