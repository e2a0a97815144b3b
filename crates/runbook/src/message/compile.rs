//! `content/messages/*.toml` in, checked [`Message`]s or every diagnostic out. Build time
//! only (feature `compile`).
//!
//! The format, in brief (docs/authoring.md says every key; the files in `content/messages/`
//! are worked examples):
//! - top level: `id` (= file name), `title`, `scenarios` (pages with a Contact section),
//!   `groups` (`content/site.toml` contact ids);
//! - then either a draft: `channel` (`email`, `banner`, `teams`, `message`), `subject`
//!   (email only, required there), `body`, optional `send-with` (a page reference), and
//!   `[[field]]` tables; or `do-not-send`: the runbook's reason, in Markdown;
//! - `{name}` in the subject or body is a field; `{{` and `}}` are braces. Every field used
//!   must be declared, and every field declared must be used;
//! - each `[[field]]`: `name`, `label`, optional `hint`, `example`, optional `default`,
//!   `kind` (`text`, with optional `max-length`; `time`, with `zone` `utc` or `uk`; `choice`,
//!   with `choices`, each `{ value, label, text }`).

use super::render::check;
use super::{Advice, Channel, Choice, Draft, Field, FieldKind, Group, Message, Piece, ScenarioRef, Template, Zone};
use crate::command::DocRef;
use crate::content::known::Known;
use crate::content::toml::{self, First, Mistake, Reader, Table};
use crate::content::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::doc::Prose;
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

type S<T> = Spanned<T>;

/// A message for contact groups in a scenario (`content/messages/<id>.toml`): a draft with
/// typed fields, or the runbook's reason for sending nothing.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMessage {
    /// The message's id: the file's name.
    #[schemars(required)]
    id: Option<S<String>>,
    #[schemars(required)]
    title: Option<S<String>>,
    /// The pages (with a `## Contact` section) whose scenarios the message is for.
    #[schemars(required)]
    scenarios: Option<S<Vec<S<String>>>>,
    /// The contact groups of `site.toml` it is for.
    #[schemars(required)]
    groups: Option<S<Vec<S<String>>>>,
    channel: Option<S<String>>,
    send_with: Option<S<String>>,
    subject: Option<S<String>>,
    body: Option<S<String>>,
    do_not_send: Option<S<String>>,
    #[serde(default)]
    field: Vec<S<RawField>>,
}

/// A field the draft's text uses as `{name}`.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawField {
    #[schemars(required)]
    name: Option<S<String>>,
    #[schemars(required)]
    label: Option<S<String>>,
    hint: Option<S<String>>,
    example: Option<S<String>>,
    default: Option<S<String>>,
    kind: Option<S<String>>,
    max_length: Option<S<i64>>,
    zone: Option<S<String>>,
    choices: Option<S<Vec<S<RawChoice>>>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    value: String,
    label: String,
    text: String,
}

/// Compiles every message file, checking scenarios, groups and links against `known`.
pub fn compile_messages(files: &[SourceFile], known: &Known) -> Result<Vec<Message>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let mut messages = Vec::new();
    for file in files {
        match compile_message(file, known) {
            Ok(m) => messages.push(m),
            Err(mut d) => diagnostics.append(&mut d),
        }
    }
    toml::all_or_nothing(diagnostics)?;
    messages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(messages)
}

/// Keys only a draft takes: a message that says not to send has none of them.
const DRAFT_KEYS: [&str; 5] = ["channel", "subject", "body", "send-with", "field"];

fn compile_message(file: &SourceFile, known: &Known) -> Result<Message, Vec<Diagnostic>> {
    let raw: RawMessage = toml::parse(file, &[]).map_err(|d| vec![d])?;
    let mut f = Reader::new(file);
    let top = Table::top("the message");
    let stem = f.stem();
    let id = f.required(raw.id, &top, "id", &format!("\"{stem}\""));
    if let Some((id, line)) = &id {
        f.check_file_id(id, *line);
    }
    let title = f.required(raw.title, &top, "title", "\"The service is down: email to schools\"");
    let scenarios = compile_scenarios(&mut f, raw.scenarios, &top, known);
    let groups = compile_groups(&mut f, raw.groups, &top, known);
    let advice = match (raw.do_not_send, raw.body) {
        (Some(_), Some(body)) => {
            let line = f.line(&body);
            f.problem(
                line,
                "A message has either a `body` (a draft) or `do-not-send` (the runbook's reason not to send one), not both: remove one.",
            );
            None
        }
        (Some(reason), None) => {
            let present = [
                raw.channel.as_ref().map(|v| f.line(v)),
                raw.subject.as_ref().map(|v| f.line(v)),
                None,
                raw.send_with.as_ref().map(|v| f.line(v)),
                raw.field.first().map(|v| f.line(v)),
            ];
            for (key, line) in DRAFT_KEYS.iter().zip(present) {
                if let Some(line) = line {
                    f.problem(
                        line,
                        format!("`{key}` only applies to a draft, and this message says not to send one: remove it."),
                    );
                }
            }
            f.non_empty(
                &reason,
                &top,
                "do-not-send",
                "give the runbook's reason not to send anything",
            )
            .map(|_| {
                let doc = f.markdown(&reason, known, "message").doc;
                Advice::DoNotSend {
                    reason: Prose::render(&doc, &|id| known.generator(id).map(|g| g.title.clone())),
                }
            })
        }
        (None, body) => {
            let draft = RawDraft {
                channel: raw.channel,
                send_with: raw.send_with,
                subject: raw.subject,
                body,
                fields: raw.field,
            };
            compile_draft(&mut f, draft, &top, known).map(Advice::Draft)
        }
    };
    let (Some((id, _)), Some((title, _)), Some(scenarios), Some(groups), Some(advice)) =
        (id, title, scenarios, groups, advice)
    else {
        return f.finish(None);
    };
    f.finish(Some(Message {
        id,
        title,
        scenarios,
        groups,
        advice,
        source: file.path.clone(),
    }))
}

/// A required, non-empty list of ids, each unique.
fn id_list<'a>(
    f: &mut Reader<'_>,
    raw: Option<&'a S<Vec<S<String>>>>,
    top: &Table,
    key: &str,
    example: &str,
) -> Option<Vec<(&'a str, usize)>> {
    let Some(list) = raw else {
        f.missing(top, key, example);
        return None;
    };
    if list.get_ref().is_empty() {
        let fix = format!("name at least one, like `{key} = {example}`");
        f.empty(f.line(list), top, key, &fix);
        return None;
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::new();
    for item in list.get_ref() {
        let (id, line) = (item.get_ref().as_str(), f.line(item));
        if let Some(first) = seen.insert(id, line) {
            f.duplicate(line, key.trim_end_matches('s'), id, First::Line(first));
            continue;
        }
        out.push((id, line));
    }
    Some(out)
}

fn compile_scenarios(
    f: &mut Reader<'_>,
    raw: Option<S<Vec<S<String>>>>,
    top: &Table,
    known: &Known,
) -> Option<Vec<ScenarioRef>> {
    let ids = id_list(f, raw.as_ref(), top, "scenarios", "[\"trs-api-down\"]")?;
    let mut ok = true;
    let mut out = Vec::new();
    for (slug, line) in ids {
        match known.check_scenario(slug) {
            Ok(title) => out.push(ScenarioRef {
                slug: slug.to_string(),
                title,
            }),
            Err(e) => {
                f.problem(line, e);
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

fn compile_groups(
    f: &mut Reader<'_>,
    raw: Option<S<Vec<S<String>>>>,
    top: &Table,
    known: &Known,
) -> Option<Vec<Group>> {
    let ids = id_list(f, raw.as_ref(), top, "groups", "[\"schools\"]")?;
    let mut ok = true;
    let mut out = Vec::new();
    for (id, line) in ids {
        match known.check_contact(id) {
            Ok(name) => out.push(Group {
                id: id.to_string(),
                name: name.to_string(),
            }),
            Err(e) => {
                f.problem(line, e);
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

struct RawDraft {
    channel: Option<S<String>>,
    send_with: Option<S<String>>,
    subject: Option<S<String>>,
    body: Option<S<String>>,
    fields: Vec<S<RawField>>,
}

fn compile_draft(f: &mut Reader<'_>, raw: RawDraft, top: &Table, known: &Known) -> Option<Draft> {
    let Some(body) = raw.body else {
        f.problem(
            1,
            "The message has no `body` and no `do-not-send`. Add the draft as `body = \"\"\"…\"\"\"`, or, where the runbook says not to send anything, its reason as `do-not-send = \"…\"`.",
        );
        return None;
    };
    let channel = compile_channel(f, raw.channel, top);
    let send_with = raw.send_with.and_then(|r| {
        let reference = r.get_ref().trim();
        match known.check_doc(reference) {
            Ok(()) => {
                let (slug, anchor) = match reference.split_once('#') {
                    Some((s, a)) => (s.to_string(), Some(a.to_string())),
                    None => (reference.to_string(), None),
                };
                Some(DocRef {
                    slug,
                    anchor,
                    label: known.label(reference),
                })
            }
            Err(e) => {
                f.problem(f.line(&r), format!("The `send-with` {e}"));
                None
            }
        }
    });
    let subject = match (channel, raw.subject) {
        (Some(Channel::Email), None) => {
            f.missing(top, "subject", "\"Register early career teachers is unavailable\"");
            None
        }
        (Some(Channel::Email), Some(s)) => {
            f.non_empty(&s, top, "subject", "write the email's subject line")?;
            template(f, &s, "subject").map(Some)?
        }
        (Some(c), Some(s)) => {
            f.problem(
                f.line(&s),
                format!(
                    "Only an email has a `subject`; this message is a {}: remove it, or set `channel = \"email\"`.",
                    c.label().to_lowercase()
                ),
            );
            None
        }
        (_, None) | (None, _) => None,
    };
    f.non_empty(&body, top, "body", "write the message")?;
    let body_template = template(f, &body, "body");
    // Names of fields that failed to compile too: uses of them are not reported again.
    let declared: Vec<String> = raw
        .fields
        .iter()
        .filter_map(|r| r.get_ref().name.as_ref().map(|n| n.get_ref().trim().to_string()))
        .collect();
    let fields = compile_fields(f, raw.fields);
    let (body_template, channel) = (body_template?, channel?);
    // A field with a problem is reported already; whether each is used is checked once
    // every field compiles, so a misspelt name is not reported twice.
    if fields.len() != declared.len() {
        return None;
    }
    let used: Vec<&str> = subject
        .iter()
        .flat_map(Template::fields)
        .chain(body_template.fields())
        .collect();
    let mut ok = true;
    for name in &used {
        if !declared.iter().any(|d| d == name) {
            let line = placeholder_line(f, &body, name);
            f.problem(
                line,
                format!("The message uses `{{{name}}}`, but it has no field `{name}`: add a `[[field]]` with `name = \"{name}\"`, or remove it."),
            );
            ok = false;
        }
    }
    for (field, line) in &fields {
        if !used.contains(&field.name.as_str()) {
            f.problem(
                *line,
                format!(
                    "The field `{}` is not used: put `{{{}}}` in the `body` or `subject`, or remove the field.",
                    field.name, field.name
                ),
            );
            ok = false;
        }
    }
    ok.then(|| Draft {
        channel,
        send_with,
        fields: fields.into_iter().map(|(field, _)| field).collect(),
        subject,
        body: body_template,
    })
}

/// The line of the first `{name}` in `value` (or the value's first line).
fn placeholder_line(f: &Reader<'_>, value: &S<String>, name: &str) -> usize {
    let text = value.get_ref();
    let at = text.find(&format!("{{{name}}}")).unwrap_or(0);
    f.text_start_line(value) + text[..at].matches('\n').count()
}

fn compile_channel(f: &mut Reader<'_>, value: Option<S<String>>, top: &Table) -> Option<Channel> {
    let (channel, line) = f.required(value, top, "channel", "\"email\"")?;
    let all = [Channel::Email, Channel::Banner, Channel::Teams, Channel::Message];
    match Channel::NAMES.iter().position(|n| *n == channel) {
        Some(i) => Some(all[i]),
        None => {
            f.unknown_value(line, "channel", &channel, &Channel::NAMES);
            None
        }
    }
}

/// A template's text: `{name}` is a field, `{{` and `}}` are braces. Lines within a
/// paragraph are joined, so the text pastes as paragraphs; a blank line starts a new one,
/// and a line that starts with `* ` or `- ` stays a list item.
fn template(f: &mut Reader<'_>, value: &S<String>, key: &str) -> Option<Template> {
    let text = value.get_ref().trim();
    let first = f.text_start_line(value) + leading_lines(value.get_ref());
    match parse_template(text) {
        Ok(_) => parse_template(&reflow(text)).ok(),
        Err((at, problem)) => {
            let line = first + text[..at].matches('\n').count();
            let sentence = match problem {
                TemplateProblem::Unclosed => format!(
                    "The `{key}` has a `{{` that is not closed: close it as `{{field}}`, or write `{{{{` for a brace."
                ),
                TemplateProblem::Stray => {
                    format!("The `{key}` has a `}}` that closes nothing: write `}}}}` for a brace.")
                }
                TemplateProblem::BadName(name) => format!(
                    "The `{key}` has `{{{name}}}`, which is not a field's name: use lowercase letters, digits and hyphens, like `{{next-update}}`."
                ),
            };
            f.problem(line, sentence);
            None
        }
    }
}

fn leading_lines(text: &str) -> usize {
    let trimmed = text.trim_start();
    text[..text.len() - trimmed.len()].matches('\n').count()
}

enum TemplateProblem {
    Unclosed,
    Stray,
    BadName(String),
}

fn parse_template(text: &str) -> Result<Template, (usize, TemplateProblem)> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut rest = text;
    let mut at = 0;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("{{") || rest.starts_with("}}") {
            literal.push(c);
            rest = &rest[2..];
            at += 2;
            continue;
        }
        match c {
            '{' => {
                let end = rest.find('}').ok_or((at, TemplateProblem::Unclosed))?;
                let name = &rest[1..end];
                if !is_field_name(name) {
                    if name.contains('{') || name.contains('\n') {
                        return Err((at, TemplateProblem::Unclosed));
                    }
                    return Err((at, TemplateProblem::BadName(name.to_string())));
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Field(name.to_string()));
                rest = &rest[end + 1..];
                at += end + 1;
            }
            '}' => return Err((at, TemplateProblem::Stray)),
            c => {
                literal.push(c);
                rest = &rest[c.len_utf8()..];
                at += c.len_utf8();
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(Template(pieces))
}

fn is_field_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Joins the lines of each paragraph; keeps blank lines and list items.
fn reflow(text: &str) -> String {
    let mut out = String::new();
    let mut previous_blank = true;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !previous_blank {
                out.push_str("\n\n");
            }
            previous_blank = true;
            continue;
        }
        let item = line.starts_with("* ") || line.starts_with("- ");
        if !previous_blank {
            out.push(if item { '\n' } else { ' ' });
        }
        out.push_str(line);
        previous_blank = false;
    }
    out.trim_end().to_string()
}

/// The fields, each with its line; those with a problem are left out (and reported).
fn compile_fields(f: &mut Reader<'_>, raw: Vec<S<RawField>>) -> Vec<(Field, usize)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for r in raw {
        let line = f.line(&r);
        let Some(field) = compile_field(f, r.into_inner(), line) else {
            continue;
        };
        if let Some(first) = seen.insert(field.name.clone(), line) {
            f.duplicate(line, "field name", &field.name, First::Line(first));
            continue;
        }
        out.push((field, line));
    }
    out
}

const KINDS: [&str; 3] = ["text", "time", "choice"];

fn compile_field(f: &mut Reader<'_>, raw: RawField, line: usize) -> Option<Field> {
    let name_text = raw.name.as_ref().map(|n| n.get_ref().trim().to_string());
    let table = Table::new(
        name_text
            .as_ref()
            .map_or("this `[[field]]` table".to_string(), |n| format!("the field `{n}`")),
        line,
    );
    let kind = compile_kind(f, &raw, &table);
    let name = f.required(raw.name, &table, "name", "\"since\"");
    if let Some((name, line)) = &name {
        if !is_field_name(name) {
            f.problem(
                *line,
                format!("The field name `{name}` is not valid: use lowercase letters, digits and hyphens, starting with a letter, like `next-update`."),
            );
        }
    }
    let label = f.required(raw.label, &table, "label", "\"When it started\"");
    let hint = match &raw.hint {
        Some(h) => f.non_empty(h, &table, "hint", "write it, or remove the line"),
        None => Some(String::new()),
    };
    let example = f.required(raw.example.clone(), &table, "example", "\"…\"");
    let (Some((name, _)), Some((label, _)), Some(hint), Some((example, example_line)), Some(kind)) =
        (name, label, hint, example, kind)
    else {
        return None;
    };
    if !is_field_name(&name) {
        return None;
    }
    let field = Field {
        name,
        label,
        hint,
        example,
        default: raw.default.as_ref().map(|d| d.get_ref().clone()),
        kind,
    };
    let mut ok = true;
    if let Err(e) = check(&field, &field.example) {
        f.problem(
            example_line,
            format!("The example does not pass the field's own checks: {e}."),
        );
        ok = false;
    }
    if let (Some(default), Some(raw_default)) = (&field.default, &raw.default) {
        if let Err(e) = check(&field, default) {
            f.problem(
                f.line(raw_default),
                format!("The default does not pass the field's own checks: {e}."),
            );
            ok = false;
        }
    }
    ok.then_some(field)
}

fn compile_kind(f: &mut Reader<'_>, raw: &RawField, table: &Table) -> Option<FieldKind> {
    let Some(kind) = &raw.kind else {
        f.missing(table, "kind", "\"text\"");
        return None;
    };
    let kind_line = f.line(kind);
    let kind = kind.get_ref().as_str();
    if !KINDS.contains(&kind) {
        f.unknown_value(kind_line, "kind", kind, &KINDS);
        return None;
    }
    let mut misplaced = false;
    let mut refuse = |f: &mut Reader<'_>, present: Option<usize>, key: &str, belongs: &str, wanted: &str| {
        if let Some(line) = present.filter(|_| kind != wanted) {
            f.mistake(
                line,
                Mistake::Misplaced {
                    key,
                    belongs,
                    kind: wanted,
                },
            );
            misplaced = true;
        }
    };
    let max_length_line = raw.max_length.as_ref().map(|v| f.line(v));
    let zone_line = raw.zone.as_ref().map(|v| f.line(v));
    let choices_line = raw.choices.as_ref().map(|v| f.line(v));
    refuse(f, max_length_line, "max-length", "text fields", "text");
    refuse(f, zone_line, "zone", "time fields", "time");
    refuse(f, choices_line, "choices", "choice fields", "choice");
    if misplaced {
        return None;
    }
    match kind {
        "text" => {
            let max_length = match &raw.max_length {
                Some(m) if *m.get_ref() < 1 || *m.get_ref() > i64::from(u32::MAX) => {
                    f.problem(
                        f.line(m),
                        format!(
                            "The `max-length` is {}: it must be a whole number of characters, at least 1.",
                            m.get_ref()
                        ),
                    );
                    return None;
                }
                Some(m) => Some(*m.get_ref() as u32),
                None => None,
            };
            Some(FieldKind::Text { max_length })
        }
        "time" => {
            let (zone, line) = f.required(raw.zone.clone(), table, "zone", "\"uk\"")?;
            match zone.as_str() {
                "utc" => Some(FieldKind::Time { zone: Zone::Utc }),
                "uk" => Some(FieldKind::Time { zone: Zone::Uk }),
                other => {
                    f.unknown_value(line, "zone", other, &["utc", "uk"]);
                    None
                }
            }
        }
        _ => {
            let Some(choices) = &raw.choices else {
                f.missing(
                    table,
                    "choices",
                    "[{ value = \"wait\", label = \"Wait\", text = \"Please wait.\" }]",
                );
                return None;
            };
            if choices.get_ref().is_empty() {
                f.empty(f.line(choices), table, "choices", "give at least one");
                return None;
            }
            let mut seen: HashMap<&str, usize> = HashMap::new();
            let mut out = Vec::new();
            let mut ok = true;
            for c in choices.get_ref() {
                let line = f.line(c);
                let RawChoice { value, label, text } = c.get_ref();
                if let Some(first) = seen.insert(value, line) {
                    f.duplicate(line, "choice value", value, First::Line(first));
                    ok = false;
                }
                if [value, label, text].iter().any(|v| v.trim().is_empty()) {
                    f.problem(line, "A choice's `value`, `label` and `text` must each say something.");
                    ok = false;
                }
                out.push(Choice {
                    value: value.trim().to_string(),
                    label: label.trim().to_string(),
                    text: text.trim().to_string(),
                });
            }
            ok.then_some(FieldKind::Choice { choices: out })
        }
    }
}

/// The JSON Schema of a message file (`content::schema`).
pub(crate) fn json_schema() -> schemars::Schema {
    crate::content::schema::of::<RawMessage>()
}
