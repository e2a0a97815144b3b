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
use crate::content::toml::{self, First, Mistake, Reader, Shape, Table};
use crate::content::SourceFile;
use crate::diagnostic::{line_of, Diagnostic};
use crate::doc::{plain_text, Block, Doc, Prose};
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

type S<T> = Spanned<T>;

/// A command generator: a form whose answers make a command (`/commands/<id>`).
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawGenerator {
    /// The generator's address, `/commands/<id>`: a slug, the file name.
    #[schemars(required)]
    id: Option<S<String>>,
    /// Its heading.
    #[schemars(required)]
    title: Option<S<String>>,
    /// What it does and when, in Markdown; the first paragraph is its summary in the list.
    #[schemars(required)]
    description: Option<S<String>>,
    /// Where it acts: `production`, `local` or `none`. A production command copies only after a confirmation.
    #[schemars(required)]
    touches: Option<S<String>>,
    /// When a choice makes it touch production: `{ param, is-one-of }`.
    production_when: Option<S<RawProductionWhen>>,
    /// Pages (`slug` or `slug#section`) it is used from.
    #[serde(default)]
    docs: Vec<S<String>>,
    /// The form's fields.
    #[serde(default)]
    param: Vec<S<RawParam>>,
    /// Shell commands run in order (one output of three: `[[step]]`, `[value]` or `checklist`).
    #[serde(default)]
    step: Vec<S<RawStep>>,
    /// A value to type somewhere, with its checks.
    value: Option<S<RawValue>>,
    /// Steps to follow in a web page, each a word.
    checklist: Option<S<Vec<S<RawWord>>>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawProductionWhen {
    param: String,
    is_one_of: Vec<String>,
}

/// A field of the form.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawParam {
    /// The key in the address and in the output: lowercase letters, digits and hyphens.
    #[schemars(required)]
    name: Option<S<String>>,
    /// The field's label.
    #[schemars(required)]
    label: Option<S<String>>,
    /// The hint under the label.
    #[schemars(required)]
    help: Option<S<String>>,
    /// An example value; it must pass the parameter's own checks.
    #[schemars(required)]
    example: Option<S<String>>,
    /// The value the form opens with (a date may default to `"today"`).
    default: Option<S<String>>,
    /// What the value is: `text`, `choice`, `date`, `date-time` or `number`.
    #[schemars(required)]
    kind: Option<S<String>>,
    /// Text only: the whole value must match it.
    pattern: Option<S<String>>,
    /// With `pattern`: the sentence shown when a value does not match.
    error: Option<S<String>>,
    /// Choice only: the options.
    choices: Option<S<Vec<S<RawChoice>>>>,
    /// Number only: the smallest allowed.
    min: Option<S<i64>>,
    /// Number only: the largest allowed.
    max: Option<S<i64>>,
    /// Warnings, not errors (date-time: `older-than-days`, `in-future`; text: `not-matching`).
    warn: Option<S<Vec<S<RawWarn>>>>,
    /// What the value is (`"restored-server"`): the browser remembers it and fills every parameter of that meaning. Not on a choice.
    remember: Option<S<String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawChoice {
    value: String,
    label: String,
    renders_as: Option<String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawWarn {
    when: String,
    days: Option<u32>,
    pattern: Option<String>,
    message: String,
}

/// A shell command.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawStep {
    title: Option<String>,
    #[serde(default)]
    env: Vec<S<RawEnv>>,
    /// A plain command name or path.
    #[schemars(required)]
    program: Option<S<String>>,
    #[serde(default)]
    args: Vec<S<RawArg>>,
    stdin: Option<S<RawWord>>,
    stdout: Option<S<RawWord>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawEnv {
    name: String,
    value: RawWord,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawValue {
    word: S<RawWord>,
    #[serde(default)]
    check: Vec<S<RawCheck>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCheck {
    pattern: S<String>,
    param: S<String>,
    message: String,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
enum RawArg {
    Option(RawOption),
    Word(RawWord),
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawOption {
    option: String,
    value: RawWord,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
enum RawWord {
    Literal(String),
    Param(RawParamRef),
    Parts(Vec<RawPart>),
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
enum RawPart {
    Literal(String),
    Param(RawParamRef),
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawParamRef {
    param: String,
    format: Option<String>,
}

/// The untagged enums of the schema, and how a sentence says the shapes each takes.
const SHAPES: [Shape<'static>; 3] = [
    Shape {
        schema: "RawWord",
        what: "value",
        shapes: "text, a parameter like `{ param = \"namespace\" }`, or a list of those (joined into one word)",
    },
    Shape {
        schema: "RawPart",
        what: "value",
        shapes: "text, a parameter like `{ param = \"namespace\" }`, or a list of those (joined into one word)",
    },
    Shape {
        schema: "RawArg",
        what: "argument",
        shapes: "text, a parameter like `{ param = \"file\" }`, a list of those, or an option like `{ option = \"-n\", value = { param = \"namespace\" } }`",
    },
];

/// Compiles every generator file. Doc references are checked against `known`. Ids must be
/// unique; all problems are reported at once, sorted by file and line.
pub fn compile_generators(files: &[SourceFile], known: &Known) -> Result<Vec<Generator>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let mut generators = Vec::new();
    for file in files {
        match compile_generator(file, known) {
            Ok(g) => generators.push(g),
            Err(mut d) => diagnostics.append(&mut d),
        }
    }
    check_meanings_are_one_kind(&generators, &mut diagnostics);
    check_ids_are_unique(&generators, &mut diagnostics);
    toml::all_or_nothing(diagnostics)?;
    let mut out = render_descriptions(generators);
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// Parameters that remember the same meaning fill one another: they must be the same kind
/// of value (a date never fills a text field).
fn check_meanings_are_one_kind(generators: &[Compiled], diagnostics: &mut Vec<Diagnostic>) {
    let mut meanings: HashMap<&str, (&Generator, &Param)> = HashMap::new();
    for Compiled {
        generator: g,
        param_lines,
        ..
    } in generators
    {
        for (p, line) in g.params.iter().zip(param_lines) {
            let Some(meaning) = p.remember.as_deref() else { continue };
            let Some((og, op)) = meanings.get(meaning) else {
                meanings.insert(meaning, (g, p));
                continue;
            };
            if std::mem::discriminant(&op.kind) != std::mem::discriminant(&p.kind) {
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
        }
    }
}

fn check_ids_are_unique(generators: &[Compiled], diagnostics: &mut Vec<Diagnostic>) {
    let mut first: HashMap<&str, &str> = HashMap::new();
    for Compiled {
        generator: g, id_line, ..
    } in generators
    {
        if let Some(other) = first.insert(&g.id, &g.source) {
            let mistake = Mistake::Duplicate {
                what: "generator id",
                id: &g.id,
                first: First::File(other),
            };
            diagnostics.push(Diagnostic::new(&g.source, *id_line, mistake.to_string()));
        }
    }
}

/// A description is rendered once every generator is compiled: it may embed another.
fn render_descriptions(generators: Vec<Compiled>) -> Vec<Generator> {
    let titles: HashMap<String, String> = generators
        .iter()
        .map(|c| (c.generator.id.clone(), c.generator.title.clone()))
        .collect();
    generators
        .into_iter()
        .map(|c| Generator {
            description: Prose::render(&c.description, &|id| titles.get(id).cloned()),
            ..c.generator
        })
        .collect()
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

/// One generator as compiled, with what the checks across files need.
struct Compiled {
    /// Its description not yet rendered (see `description`).
    generator: Generator,
    id_line: usize,
    /// Rendered once every generator is known: it may embed one.
    description: Doc,
    /// The line of each parameter, in order.
    param_lines: Vec<usize>,
}

fn compile_generator(file: &SourceFile, known: &Known) -> Result<Compiled, Vec<Diagnostic>> {
    let raw: RawGenerator = toml::parse(file, &SHAPES).map_err(|d| vec![d])?;
    let mut f = Reader::new(file);
    let top = Table::top("the generator");
    let id = compile_id(&mut f, raw.id, &top);
    let title = f.required(raw.title, &top, "title", "\"Connect to a database with Konduit\"");
    let description = compile_description(&mut f, raw.description, &top, known);
    let touches = compile_touches(&mut f, raw.touches, &top);
    let docs = compile_docs(&mut f, &raw.docs, known);
    // Names of parameters that failed to compile too: uses of them are not reported again.
    let declared: Vec<String> = raw
        .param
        .iter()
        .filter_map(|p| p.get_ref().name.as_ref().map(|n| n.get_ref().trim().to_string()))
        .collect();
    let params = compile_params(&mut f, raw.param);
    let names: Vec<&Param> = params.iter().map(|(p, _)| p).collect();
    let scope = Scope {
        params: &names,
        declared: &declared,
    };
    let outputs = Outputs {
        steps: raw.step,
        value: raw.value,
        checklist: raw.checklist,
    };
    let output = compile_output(&mut f, outputs, &scope);
    let production_when = raw
        .production_when
        .map(|pw| compile_production_when(&mut f, pw, &declared, touches));
    if let Some(output) = &output {
        check_params_are_used(&mut f, output, &params);
    }
    let (Some((id, id_line)), Some((title, _)), Some(description), Some(touches), Some(output)) =
        (id, title, description, touches, output)
    else {
        return f.finish(None);
    };
    let param_lines = params.iter().map(|(_, l)| *l).collect();
    let generator = Generator {
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
    };
    f.finish(Some(Compiled {
        generator,
        id_line,
        description,
        param_lines,
    }))
}

/// The `id`: required, a slug, and the file's name.
fn compile_id(f: &mut Reader<'_>, id: Option<S<String>>, top: &Table) -> Option<(String, usize)> {
    let stem = f.stem();
    let (id, line) = f.required(id, top, "id", &format!("\"{stem}\""))?;
    f.check_file_id(&id, line);
    Some((id, line))
}

/// The Markdown `description`, its links checked against the runbook's pages.
fn compile_description(f: &mut Reader<'_>, value: Option<S<String>>, top: &Table, known: &Known) -> Option<Doc> {
    let example = "\"What it does and when to use it.\"";
    let Some(value) = value else {
        f.required(None, top, "description", example);
        return None;
    };
    f.non_empty(&value, top, "description", "write it")?;
    Some(f.markdown(&value, known, "generator").doc)
}

fn compile_touches(f: &mut Reader<'_>, value: Option<S<String>>, top: &Table) -> Option<Environment> {
    let (touches, line) = f.required(value, top, "touches", "\"production\"")?;
    match touches.as_str() {
        "production" => Some(Environment::Production),
        "local" => Some(Environment::Local),
        "none" => Some(Environment::None),
        value => {
            f.unknown_value(line, "touches", value, &["production", "local", "none"]);
            None
        }
    }
}

/// The doc pages that explain the generator: at least one, each one that exists.
fn compile_docs(f: &mut Reader<'_>, raw: &[S<String>], known: &Known) -> Vec<DocRef> {
    if raw.is_empty() {
        f.problem(
            1,
            "The generator links to no doc page. Add `docs = [\"page#section\"]` naming where it is explained.",
        );
    }
    let mut docs = Vec::new();
    for d in raw {
        let reference = d.get_ref();
        if let Err(e) = known.check_doc(reference) {
            f.problem(f.line(d), e);
            continue;
        }
        let (slug, anchor) = match reference.split_once('#') {
            Some((s, a)) => (s.to_string(), Some(a.to_string())),
            None => (reference.clone(), None),
        };
        let label = known.label(reference);
        docs.push(DocRef { slug, anchor, label });
    }
    docs
}

/// Every parameter that compiles, with its line; each name once.
fn compile_params(f: &mut Reader<'_>, raw: Vec<S<RawParam>>) -> Vec<(Param, usize)> {
    let mut params: Vec<(Param, usize)> = Vec::new();
    for p in raw {
        let line = f.line(&p);
        let Some(param) = compile_param(f, p.into_inner(), line) else {
            continue;
        };
        if let Some((_, first)) = params.iter().find(|(q, _)| q.name == param.name) {
            f.duplicate(line, "parameter name", &param.name, First::Line(*first));
        } else {
            params.push((param, line));
        }
    }
    params
}

fn compile_production_when(
    f: &mut Reader<'_>,
    pw: S<RawProductionWhen>,
    declared: &[String],
    touches: Option<Environment>,
) -> ProductionWhen {
    let line = f.line(&pw);
    let pw = pw.into_inner();
    if !declared.contains(&pw.param) {
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
        let top = Table::new("`production-when`", line);
        f.empty(line, &top, "is-one-of", "list at least one value");
    }
    ProductionWhen {
        param: pw.param,
        is_one_of: pw.is_one_of,
    }
}

fn check_params_are_used(f: &mut Reader<'_>, output: &Output, params: &[(Param, usize)]) {
    let used = output.params();
    for (p, line) in params {
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

/// The kinds of parameter, as `kind` names them.
const KINDS: [&str; 5] = ["text", "choice", "date", "date-time", "number"];

fn compile_param(f: &mut Reader<'_>, mut raw: RawParam, line: usize) -> Option<Param> {
    let table = match &raw.name {
        Some(name) => Table::new(format!("the parameter `{}`", name.get_ref().trim()), line),
        None => Table::new("this `[[param]]` table", line),
    };
    let name = f.required(raw.name.take(), &table, "name", "\"namespace\"");
    if let Some((name, l)) = &name {
        check_param_name(f, name, *l);
    }
    let label = f.required(raw.label.take(), &table, "label", "\"Namespace\"");
    let help = f.required(
        raw.help.take(),
        &table,
        "help",
        "\"The Kubernetes namespace of the service.\"",
    );
    let example = f.required(raw.example.take(), &table, "example", "\"cpd-production\"");
    let kind = f.required(raw.kind.take(), &table, "kind", "\"text\"");
    let (kind, kind_line) = match &kind {
        Some((k, l)) => (Some(k.as_str()), *l),
        None => (None, line),
    };
    report_misplaced_keys(f, &raw, kind);
    let remember = compile_remember(f, raw.remember.take(), kind);
    let warn_unless = if kind == Some("text") {
        compile_text_warning(f, raw.warn.take())
    } else {
        None
    };
    let default = raw.default.take().map(|d| (f.line(&d), d.into_inner()));
    let kind = compile_kind(f, kind?, raw, &table, kind_line)?;
    let (name, label, help, example) = (name?, label?, help?, example?);
    let param = Param {
        name: name.0,
        label: label.0,
        help: help.0,
        example: example.0,
        default: default.as_ref().map(|(_, d)| d.clone()),
        kind,
        remember,
        warn_unless,
    };
    check_default_and_example(f, &param, default.as_ref(), example.1);
    Some(param)
}

fn check_param_name(f: &mut Reader<'_>, name: &str, line: usize) {
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase()) && crate::doc::slug::is_valid_slug(name);
    if !valid {
        f.problem(line, format!("The parameter name `{name}` is not valid: use lowercase letters, digits and hyphens, starting with a letter."));
    }
}

/// Keys that belong to another kind of parameter are mistakes, not extras to ignore.
fn report_misplaced_keys(f: &mut Reader<'_>, raw: &RawParam, kind: Option<&str>) {
    let span = |s: Option<std::ops::Range<usize>>| s.map(|s| line_of(f.text, s.start));
    let keys = [
        ("pattern", span(raw.pattern.as_ref().map(S::span)), &["text"][..]),
        ("error", span(raw.error.as_ref().map(S::span)), &["text"]),
        ("choices", span(raw.choices.as_ref().map(S::span)), &["choice"]),
        ("min", span(raw.min.as_ref().map(S::span)), &["number"]),
        ("max", span(raw.max.as_ref().map(S::span)), &["number"]),
        ("warn", span(raw.warn.as_ref().map(S::span)), &["date-time", "text"]),
    ];
    for (key, line, kinds) in keys {
        let (Some(line), false) = (line, kind.is_some_and(|k| kinds.contains(&k))) else {
            continue;
        };
        let belongs = format!("{} parameters", kinds.join(" or "));
        f.mistake(
            line,
            Mistake::Misplaced {
                key,
                belongs: &belongs,
                kind: kinds[0],
            },
        );
    }
}

/// The meaning a remembered value has (never on a choice).
fn compile_remember(f: &mut Reader<'_>, value: Option<S<String>>, kind: Option<&str>) -> Option<String> {
    let line = f.line(value.as_ref()?);
    let meaning = value?.into_inner();
    if kind == Some("choice") {
        f.problem(line, "`remember` does not apply to a choice: a choice is a decision about this one command, so it is never carried over to another generator.");
    } else if !(meaning.starts_with(|c: char| c.is_ascii_lowercase()) && crate::doc::slug::is_valid_slug(&meaning)) {
        f.problem(line, format!("`remember = \"{meaning}\"` is not a valid meaning: use lowercase letters, digits and hyphens that say what the value is, like \"restored-server\"."));
    }
    Some(meaning)
}

/// A text parameter's one warning: `when = "not-matching"` with a `pattern`.
fn compile_text_warning(f: &mut Reader<'_>, warn: Option<S<Vec<S<RawWarn>>>>) -> Option<PatternWarning> {
    let mut warning = None;
    for w in warn.map(S::into_inner).unwrap_or_default() {
        let line = f.line(&w);
        let w = w.into_inner();
        let table = Table::new("this warning", line);
        match (w.when.as_str(), w.pattern, w.days) {
            ("not-matching", Some(pattern), None) if warning.is_none() => match Pattern::parse(&pattern) {
                Ok(pattern) => {
                    warning = Some(PatternWarning {
                        pattern,
                        message: w.message,
                    })
                }
                Err(e) => f.problem(line, format!("The pattern `{pattern}` is not valid {e}.")),
            },
            ("not-matching", Some(_), None) => f.problem(
                line,
                "A text parameter takes one warning `when = \"not-matching\"`: join them into one pattern.",
            ),
            ("not-matching", None, _) => f.missing(&table, "pattern", "\".*-pitr.*\""),
            ("not-matching", _, Some(_)) => f.problem(line, "A warning `when = \"not-matching\"` takes no `days`."),
            (value, _, _) => f.unknown_value(line, "when", value, &["not-matching"]),
        }
    }
    warning
}

/// The parameter's kind, with what that kind takes.
fn compile_kind(f: &mut Reader<'_>, kind: &str, raw: RawParam, table: &Table, kind_line: usize) -> Option<ParamKind> {
    match kind {
        "text" => text_kind(f, raw.pattern, raw.error, table),
        "choice" => choice_kind(f, raw.choices, table),
        "date" => Some(ParamKind::Date),
        "date-time" => Some(date_time_kind(f, raw.warn)),
        "number" => Some(ParamKind::Number {
            min: raw.min.map(S::into_inner),
            max: raw.max.map(S::into_inner),
        }),
        value => {
            f.unknown_value(kind_line, "kind", value, &KINDS);
            None
        }
    }
}

/// Text, with an optional `pattern` and the `error` shown when a value does not match it.
fn text_kind(
    f: &mut Reader<'_>,
    pattern: Option<S<String>>,
    error: Option<S<String>>,
    table: &Table,
) -> Option<ParamKind> {
    let compiled = pattern.as_ref().and_then(|p| match Pattern::parse(p.get_ref()) {
        Ok(pattern) => Some(pattern),
        Err(e) => {
            f.problem(f.line(p), format!("The pattern `{}` is not valid {e}.", p.get_ref()));
            None
        }
    });
    match (&pattern, &error) {
        (Some(_), None) => f.missing(
            table,
            "error",
            "\"The plain sentence shown when a value does not match the pattern.\"",
        ),
        (None, Some(e)) => f.problem(
            f.line(e),
            "`error` is shown when a value does not match the `pattern`, but there is no `pattern`.",
        ),
        _ => {}
    }
    if pattern.is_some() && compiled.is_none() {
        return None;
    }
    Some(ParamKind::Text {
        pattern: compiled,
        error: error.map(S::into_inner),
    })
}

/// A choice: at least one, each value once, none blank.
fn choice_kind(f: &mut Reader<'_>, list: Option<S<Vec<S<RawChoice>>>>, table: &Table) -> Option<ParamKind> {
    let Some(list) = list else {
        let example = "[{ value = \"psql\", label = \"psql\" }]";
        f.missing(table, "choices", example);
        return None;
    };
    let list_line = f.line(&list);
    let mut choices: Vec<Choice> = Vec::new();
    let mut lines: HashMap<String, usize> = HashMap::new();
    for c in list.into_inner() {
        let line = f.line(&c);
        let c = c.into_inner();
        if c.value.trim().is_empty() || c.value != c.value.trim() {
            f.problem(
                line,
                "A choice's `value` must not be empty or start or end with spaces.",
            );
        } else if let Some(first) = lines.insert(c.value.clone(), line) {
            f.duplicate(line, "choice value", &c.value, First::Line(first));
        }
        choices.push(Choice {
            value: c.value,
            label: c.label,
            renders_as: c.renders_as,
        });
    }
    if choices.is_empty() {
        let fix = "list at least one";
        f.empty(list_line, table, "choices", fix);
    }
    Some(ParamKind::Choice { choices })
}

/// A date and time, with its warnings (`older-than-days`, `in-future`).
fn date_time_kind(f: &mut Reader<'_>, warn: Option<S<Vec<S<RawWarn>>>>) -> ParamKind {
    let mut warnings = Vec::new();
    for w in warn.map(S::into_inner).unwrap_or_default() {
        let line = f.line(&w);
        let w = w.into_inner();
        if w.pattern.is_some() {
            f.problem(
                line,
                "A date-time's warning takes no `pattern`: that is for text parameters, `when = \"not-matching\"`.",
            );
        }
        let table = Table::new("this warning", line);
        match (w.when.as_str(), w.days) {
            ("older-than-days", Some(days)) => warnings.push(TimeWarning::OlderThanDays {
                days,
                message: w.message,
            }),
            ("in-future", None) => warnings.push(TimeWarning::InFuture { message: w.message }),
            ("older-than-days", None) => f.missing(&table, "days", "7"),
            ("in-future", Some(_)) => f.problem(line, "A warning `when = \"in-future\"` takes no `days`."),
            (value, _) => f.unknown_value(line, "when", value, &["older-than-days", "in-future"]),
        }
    }
    ParamKind::DateTime { warnings }
}

/// A default and an example must each pass the parameter's own check (a date's default
/// may be `today`).
fn check_default_and_example(
    f: &mut Reader<'_>,
    param: &Param,
    default: Option<&(usize, String)>,
    example_line: usize,
) {
    if let Some((line, d)) = default {
        let today = matches!(param.kind, ParamKind::Date) && d == "today";
        if let (false, Err(e)) = (today, check(param, d)) {
            f.problem(
                *line,
                format!("The default `{d}` fails this parameter's own check: {e}"),
            );
        }
    }
    if let Err(e) = check(param, &param.example) {
        f.problem(
            example_line,
            format!("The example `{}` fails this parameter's own check: {e}", param.example),
        );
    }
}

/// The three ways a generator may give its output; exactly one is given.
struct Outputs {
    steps: Vec<S<RawStep>>,
    value: Option<S<RawValue>>,
    checklist: Option<S<Vec<S<RawWord>>>>,
}

fn compile_output(f: &mut Reader<'_>, outputs: Outputs, scope: &Scope<'_>) -> Option<Output> {
    let given = usize::from(!outputs.steps.is_empty())
        + usize::from(outputs.value.is_some())
        + usize::from(outputs.checklist.is_some());
    if given != 1 {
        let what = if given == 0 {
            "no output"
        } else {
            "more than one kind of output"
        };
        f.problem(1, format!("The generator has {what}: give exactly one of `[[step]]` (shell commands), `[value]` (a value to enter) or `checklist` (steps in a web page)."));
        return None;
    }
    if let Some(value) = outputs.value {
        return compile_value(f, value.into_inner(), scope);
    }
    if let Some(list) = outputs.checklist {
        return compile_checklist(f, list, scope);
    }
    let steps: Vec<Option<Command>> = outputs.steps.into_iter().map(|s| compile_step(f, s, scope)).collect();
    let steps: Option<Vec<Command>> = steps.into_iter().collect();
    Some(Output::Shell { steps: steps? })
}

/// A value to enter, and the checks on the parameters it is made of.
fn compile_value(f: &mut Reader<'_>, value: RawValue, scope: &Scope<'_>) -> Option<Output> {
    let word = compile_word(f, value.word, scope);
    let mut checks = Vec::new();
    for c in value.check {
        let line = f.line(&c);
        let c = c.into_inner();
        if !scope.params.iter().any(|p| &p.name == c.param.get_ref()) {
            f.problem(
                f.line(&c.param),
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
                line.max(f.line(&c.pattern)),
                format!("The pattern `{}` is not valid {e}.", c.pattern.get_ref()),
            ),
        }
    }
    Some(Output::Value { value: word?, checks })
}

/// Steps to follow in a web page, at least one.
fn compile_checklist(f: &mut Reader<'_>, list: S<Vec<S<RawWord>>>, scope: &Scope<'_>) -> Option<Output> {
    let list_line = f.line(&list);
    let items: Vec<Option<Word>> = list
        .into_inner()
        .into_iter()
        .map(|w| compile_word(f, w, scope))
        .collect();
    if items.is_empty() {
        let top = Table::top("the generator");
        let fix = "list the steps";
        f.empty(list_line, &top, "checklist", fix);
    }
    let items: Option<Vec<Word>> = items.into_iter().collect();
    Some(Output::Checklist {
        steps: items?.into_iter().map(|w| w.0).collect(),
    })
}

/// One shell command: its program, environment, arguments and redirections.
fn compile_step(f: &mut Reader<'_>, step: S<RawStep>, scope: &Scope<'_>) -> Option<Command> {
    let line = f.line(&step);
    let step = step.into_inner();
    let program = compile_program(f, step.program, line);
    let env: Vec<Option<(String, Word)>> = step.env.into_iter().map(|e| compile_env(f, e, scope)).collect();
    let args: Vec<Option<Arg>> = step.args.into_iter().map(|a| compile_arg(f, a, scope)).collect();
    let stdin = step.stdin.map(|w| compile_word(f, w, scope));
    let stdout = step.stdout.map(|w| compile_word(f, w, scope));
    Some(Command {
        title: step.title,
        env: env.into_iter().collect::<Option<_>>()?,
        program: program?,
        args: args.into_iter().collect::<Option<_>>()?,
        stdin: stdin.map_or(Some(None), |w| w.map(Some))?,
        stdout: stdout.map_or(Some(None), |w| w.map(Some))?,
    })
}

/// A plain command name or path, nothing the shell would read otherwise.
fn compile_program(f: &mut Reader<'_>, program: Option<S<String>>, step_line: usize) -> Option<String> {
    let Some(p) = program else {
        let table = Table::new("this step", step_line);
        f.missing(&table, "program", "\"make\"");
        return None;
    };
    let name = p.get_ref();
    let plain = !name.is_empty() && name.chars().all(|c| is_bare_safe(c) && c != '=') && !name.starts_with('-');
    if !plain {
        f.problem(
            f.line(&p),
            format!("The program `{name}` must be a plain command name or path: letters, digits and `_-./`."),
        );
        return None;
    }
    Some(p.into_inner())
}

/// An environment variable set for the command.
fn compile_env(f: &mut Reader<'_>, env: S<RawEnv>, scope: &Scope<'_>) -> Option<(String, Word)> {
    let line = f.line(&env);
    let env = env.into_inner();
    let valid = env.name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && env.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        f.problem(line, format!("The environment variable name `{}` is not valid: use letters, digits and `_`, not starting with a digit.", env.name));
    }
    let word = compile_word(f, on_line(f, line, env.value), scope);
    word.map(|w| (env.name, w))
}

/// An argument: a word, or an option with its value.
fn compile_arg(f: &mut Reader<'_>, arg: S<RawArg>, scope: &Scope<'_>) -> Option<Arg> {
    let line = f.line(&arg);
    match arg.into_inner() {
        RawArg::Option(o) => {
            let plain =
                o.option.starts_with('-') && o.option != "--" && o.option.chars().all(|c| is_bare_safe(c) && c != '=');
            if !plain {
                f.problem(line, format!("The option `{}` must start with `-`, like `-n` or `--file`, and hold only letters, digits and `-`.", o.option));
            }
            let value = compile_word(f, on_line(f, line, o.value), scope)?;
            Some(Arg::Option {
                option: o.option,
                value,
            })
        }
        RawArg::Word(w) => compile_word(f, on_line(f, line, w), scope).map(Arg::Word),
    }
}

/// A word placed at the start of `line`, for words whose own place was lost inside a table.
fn on_line<T>(f: &Reader<'_>, line: usize, value: T) -> S<T> {
    let start = f.line_start(line);
    Spanned::new(start..start, value)
}

/// The parameters words may use.
struct Scope<'a> {
    params: &'a [&'a Param],
    /// Every declared name, including parameters that failed to compile.
    declared: &'a [String],
}

fn compile_word(f: &mut Reader<'_>, word: S<RawWord>, scope: &Scope<'_>) -> Option<Word> {
    let line = f.line(&word);
    let parts = match word.into_inner() {
        RawWord::Literal(s) => vec![RawPart::Literal(s)],
        RawWord::Param(r) => vec![RawPart::Param(r)],
        RawWord::Parts(parts) => parts,
    };
    let mut ok = true;
    let mut out = Vec::new();
    for part in parts {
        let part = match part {
            RawPart::Literal(s) => Some(compile_literal(f, s, line)),
            RawPart::Param(r) => compile_param_ref(f, r, line, scope),
        };
        match part {
            Some(part) => out.push(part),
            None => ok = false,
        }
    }
    if out.is_empty() && ok {
        f.problem(line, "This word is empty: give text or a parameter.");
        ok = false;
    }
    ok.then_some(Word(out))
}

/// Literal text, which goes into the command: it may not hold what a value may not.
fn compile_literal(f: &mut Reader<'_>, text: String, line: usize) -> Part {
    match unrepresentable(&text) {
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
    Part::Literal(text)
}

/// A use of a parameter, with its format; `None` (reported unless the parameter itself
/// failed) when it cannot be used.
fn compile_param_ref(f: &mut Reader<'_>, r: RawParamRef, line: usize, scope: &Scope<'_>) -> Option<Part> {
    let Some(param) = scope.params.iter().find(|p| p.name == r.param) else {
        if !scope.declared.contains(&r.param) {
            let declared: Vec<&str> = scope.params.iter().map(|p| p.name.as_str()).collect();
            let declared = if declared.is_empty() {
                "(none declared)".to_string()
            } else {
                declared.join(", ")
            };
            f.problem(
                line,
                format!(
                    "The parameter `{}` is used here but not declared. Declare it with `[[param]]`, or use one of: {declared}.",
                    r.param
                ),
            );
        }
        return None;
    };
    let format = match (r.format.as_deref(), &param.kind) {
        (None, _) => Format::Plain,
        (Some("compact"), ParamKind::Date | ParamKind::DateTime { .. }) => Format::Compact,
        (Some(other), _) => {
            f.problem(line, format!("`format = \"{other}\"` does not apply to the parameter `{}`: only dates and date-times take `format = \"compact\"`.", r.param));
            return None;
        }
    };
    Some(Part::Param { name: r.param, format })
}

/// The JSON Schema of a command generator file, from the type it is read into (`content::schema`).
pub(crate) fn json_schema() -> schemars::Schema {
    crate::content::schema::of::<RawGenerator>()
}
