//! The one TOML toolkit the content compilers share (commands, wizards, drills and a page's
//! front matter): reading a file into its `Raw…` schema, the file being read with its line
//! lookup, the table being read, and [`Mistake`], the one sentence for each kind of mistake
//! a content editor can make in any of them.
//!
//! Each compiler keeps what only it knows (a wizard's graph, a command's words, a drill's
//! triggers); what every TOML file can get wrong is worded here, once.

use super::known::Known;
use super::SourceFile;
use crate::diagnostic::{line_of, Diagnostic};
use crate::doc::{markdown, LinkTarget};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::ops::Range;

/// A value with the place in the file it was written: toml's own `Spanned`, which the
/// content's JSON Schemas (`content::schema`) describe as the value itself, since that is
/// what an editor writes. Every `Raw…` schema holds its values in one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Spanned<T>(::toml::Spanned<T>);

impl<T> Spanned<T> {
    pub fn new(span: Range<usize>, value: T) -> Self {
        Self(::toml::Spanned::new(span, value))
    }

    /// The bytes of the file the value was written in.
    pub fn span(&self) -> Range<usize> {
        self.0.span()
    }

    pub fn get_ref(&self) -> &T {
        self.0.get_ref()
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.0.get_mut()
    }

    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ::toml::Spanned::deserialize(deserializer).map(Self)
    }
}

/// What is written is the value: its place in the file is the parser's to know.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// A file's id: its name without folders or extension (`content/wizards/lost-data.toml`
/// is `lost-data`).
pub fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    }
}

/// One kind of mistake, worded once for every kind of content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mistake<'a> {
    /// The file is not TOML at all (the parser's own words follow).
    NotToml { detail: &'a str },
    /// A key the table does not take, with the keys it does.
    UnknownKey { key: &'a str, allowed: Vec<&'a str> },
    /// A required key left out. `example` is what could follow `key = `.
    MissingKey {
        table: &'a Table,
        key: &'a str,
        example: &'a str,
    },
    /// A key given a value of the wrong type.
    WrongType {
        key: Option<&'a str>,
        found: &'a str,
        expected: &'a str,
    },
    /// A value none of a fixed set, with the values it may be.
    UnknownValue {
        key: Option<&'a str>,
        value: &'a str,
        allowed: &'a [&'a str],
    },
    /// A value that cannot be read as any of the shapes it may take.
    NoShapeFits { what: &'a str, shapes: &'a str },
    /// Text or a list with nothing in it. `fix` says what to write instead.
    Empty {
        table: &'a Table,
        key: &'a str,
        fix: &'a str,
    },
    /// An id (or name, or value) used twice where each must be its own.
    Duplicate {
        what: &'a str,
        id: &'a str,
        first: First<'a>,
    },
    /// An id that is not a slug, though it goes into addresses.
    InvalidId { what: &'a str, id: &'a str },
    /// A file's id that is not its file name.
    IdNotFileName { id: &'a str, stem: &'a str },
    /// A key that belongs to another kind of table (`kind = "…"`).
    Misplaced {
        key: &'a str,
        belongs: &'a str,
        kind: &'a str,
    },
}

/// Where an id was first used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum First<'a> {
    Line(usize),
    File(&'a str),
}

impl fmt::Display for Mistake<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mistake::NotToml { detail } => write!(f, "This is not valid TOML: {}.", detail.trim_end_matches('.')),
            Mistake::UnknownKey { key, allowed } if allowed.is_empty() => {
                write!(f, "Unknown key `{key}`: this table takes no other keys.")
            }
            Mistake::UnknownKey { key, allowed } => {
                write!(
                    f,
                    "Unknown key `{key}`: this table takes {}.",
                    code_list(allowed, "and")
                )
            }
            Mistake::MissingKey { table, key, example } => {
                write!(
                    f,
                    "{} has no `{key}`. Add a line like `{key} = {example}`.",
                    table.capitalised()
                )
            }
            Mistake::WrongType {
                key: Some(key),
                found,
                expected,
            } => write!(f, "The `{key}` is {found}, but it must be {expected}."),
            Mistake::WrongType {
                key: None,
                found,
                expected,
            } => {
                write!(f, "This value is {found}, but it must be {expected}.")
            }
            Mistake::UnknownValue { key, value, allowed } => {
                let allowed = allowed.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>();
                let allowed = allowed.iter().map(String::as_str).collect::<Vec<_>>();
                match key {
                    Some(key) => write!(f, "`{key} = \"{value}\"` is not known: use {}.", list(&allowed, "or")),
                    None => write!(f, "`\"{value}\"` is not known here: use {}.", list(&allowed, "or")),
                }
            }
            Mistake::NoShapeFits { what, shapes } => write!(f, "This {what} must be {shapes}."),
            Mistake::Empty { table, key, fix } => write!(f, "The `{key}` of {} is empty: {fix}.", table.name),
            Mistake::Duplicate { what, id, first } => {
                let first = match first {
                    First::Line(line) => format!("on line {line}"),
                    First::File(path) => format!("by {path}"),
                };
                write!(
                    f,
                    "The {what} `{id}` is already used {first}: each {what} must be unique."
                )
            }
            Mistake::InvalidId { what, id } => write!(
                f,
                "The {what} `{id}` is not valid: use lowercase letters, digits and single hyphens, like `{}`.",
                crate::doc::slug::slugify(id)
            ),
            Mistake::IdNotFileName { id, stem } => write!(
                f,
                "The id `{id}` is not the file name: rename the file `{id}.toml` or set `id = \"{stem}\"`."
            ),
            Mistake::Misplaced { key, belongs, kind } => write!(
                f,
                "`{key}` only applies to {belongs}: remove it, or set `kind = \"{kind}\"`."
            ),
        }
    }
}

/// "`a`, `b` and `c`".
fn code_list(items: &[&str], last: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    list(&quoted.iter().map(String::as_str).collect::<Vec<_>>(), last)
}

/// "a, b or c".
fn list(items: &[&str], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., end] => format!("{} {last} {end}", init.join(", ")),
    }
}

/// The table being read, named as a sentence names it ("the wizard", "the question `q`",
/// "this `[[serves]]` table"), with the line it starts on: a missing key is reported there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub line: usize,
}

impl Table {
    pub fn new(name: impl Into<String>, line: usize) -> Self {
        Self {
            name: name.into(),
            line,
        }
    }

    /// The file's top-level table, named by what the file holds ("the wizard").
    pub fn top(name: impl Into<String>) -> Self {
        Self::new(name, 1)
    }

    fn capitalised(&self) -> String {
        let mut chars = self.name.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }
}

/// Reads a whole file into its schema; a file that does not fit is one diagnostic, at the
/// line the parser stopped. `shapes` words untagged enums the schema uses: a value that
/// fits none of the enum's variants is "This {what} must be {shapes}".
pub fn parse<T: DeserializeOwned>(file: &SourceFile, shapes: &[Shape<'_>]) -> Result<T, Diagnostic> {
    parse_part(&file.path, &file.text, &file.text, 0, shapes)
}

/// [`parse`] for the TOML `part` of a file that starts `offset` bytes into its `text` (a
/// page's front matter), so lines are the file's.
pub fn parse_part<T: DeserializeOwned>(
    path: &str,
    text: &str,
    part: &str,
    offset: usize,
    shapes: &[Shape<'_>],
) -> Result<T, Diagnostic> {
    ::toml::from_str(part).map_err(|err| {
        let at = err.span().map_or(offset, |s| offset + s.start);
        let key = key_on_line(text, at);
        // A key missing from the top-level table has no place of its own.
        let table = if err.span().is_none_or(|s| s.start == 0) {
            "this file"
        } else {
            "this table"
        };
        let sentence = sentence(err.message(), Context { key, table, shapes });
        Diagnostic::new(path, line_of(text, at), sentence)
    })
}

/// An untagged enum of a schema and how a sentence says the shapes it takes.
#[derive(Debug, Clone, Copy)]
pub struct Shape<'a> {
    /// The enum's name in the schema (`RawWord`).
    pub schema: &'a str,
    /// "value", "argument".
    pub what: &'a str,
    /// "text, a parameter like `{ param = \"file\" }`, or a list of those".
    pub shapes: &'a str,
}

/// What is known of where the parser stopped.
struct Context<'a> {
    /// The key on the line, when the parser stopped at its value.
    key: Option<&'a str>,
    /// "this file", "this table".
    table: &'a str,
    shapes: &'a [Shape<'a>],
}

/// The parser's message for a file that does not fit its schema, as the [`Mistake`] it is.
fn sentence(message: &str, Context { key, table, shapes }: Context<'_>) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed = backticked(expected);
        return Mistake::UnknownKey { key, allowed }.to_string();
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        let table = Table::new(table, 1);
        return Mistake::MissingKey {
            table: &table,
            key,
            example: "…",
        }
        .to_string();
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed = backticked(expected);
        return Mistake::UnknownValue {
            key,
            value,
            allowed: &allowed,
        }
        .to_string();
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let (found, expected) = (found_plainly(found), expected_plainly(expected));
            return Mistake::WrongType {
                key,
                found: &found,
                expected: &expected,
            }
            .to_string();
        }
    }
    if let Some(shape) = shapes
        .iter()
        .find(|s| message.contains(&format!("untagged enum {}", s.schema)))
    {
        return Mistake::NoShapeFits {
            what: shape.what,
            shapes: shape.shapes,
        }
        .to_string();
    }
    Mistake::NotToml { detail: message }.to_string()
}

/// serde's name for the value it found, as an editor would say it: `string "5"` is the
/// text "5", `integer `5`` the number 5.
fn found_plainly(found: &str) -> String {
    let unquote = |v: &str| v.trim_matches('`').to_string();
    if let Some(v) = found.strip_prefix("string ") {
        return format!("the text {v}");
    }
    for number in ["integer ", "floating point "] {
        if let Some(v) = found.strip_prefix(number) {
            return format!("the number {}", unquote(v));
        }
    }
    if let Some(v) = found.strip_prefix("boolean ") {
        return format!("`{}`", unquote(v));
    }
    match found {
        "sequence" => "a list".into(),
        "map" => "a table".into(),
        other => other.into(),
    }
}

/// serde's name for the type it wanted (`u32`, `a sequence`), as an editor would say it.
fn expected_plainly(expected: &str) -> String {
    let whole = ["u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize"];
    if whole.contains(&expected) {
        return "a whole number".into();
    }
    match expected {
        "a string" => "text".into(),
        "a boolean" => "`true` or `false`".into(),
        "a sequence" => "a list".into(),
        other if other.starts_with("struct ") || other == "a map" => "a table".into(),
        other => other.into(),
    }
}

/// The names in backticks in "expected one of `a`, `b`".
fn backticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// The bare key written before `=` on the line of byte `offset`, when the offset is in
/// that key's value (`difficulty = "hard"`), so a sentence can name it.
fn key_on_line(text: &str, offset: usize) -> Option<&str> {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let before = text[start..offset].trim_end();
    let key = before.strip_suffix('=')?.trim();
    let bare = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    bare.then_some(key)
}

/// The file being read and the problems found in it so far: each compiler's context holds
/// one, and reports through it.
#[derive(Debug)]
pub struct Reader<'a> {
    pub path: &'a str,
    pub text: &'a str,
    pub problems: Vec<Diagnostic>,
}

impl<'a> Reader<'a> {
    pub fn new(file: &'a SourceFile) -> Self {
        Self {
            path: &file.path,
            text: &file.text,
            problems: Vec::new(),
        }
    }

    /// The file's id ([`file_stem`]).
    pub fn stem(&self) -> &'a str {
        file_stem(self.path)
    }

    /// The line a value was written on.
    pub fn line<T>(&self, value: &Spanned<T>) -> usize {
        line_of(self.text, value.span().start)
    }

    /// The byte a line starts at, for a value whose own place was lost inside a table.
    pub fn line_start(&self, line: usize) -> usize {
        self.text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum()
    }

    pub fn problem(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Diagnostic::new(self.path, line, message));
    }

    pub fn mistake(&mut self, line: usize, mistake: Mistake<'_>) {
        self.problem(line, mistake.to_string());
    }

    /// A required key left out, reported at its table's line.
    pub fn missing(&mut self, table: &Table, key: &str, example: &str) {
        self.mistake(table.line, Mistake::MissingKey { table, key, example });
    }

    /// Text or a list with nothing in it; `fix` says what to write.
    pub fn empty(&mut self, line: usize, table: &Table, key: &str, fix: &str) {
        self.mistake(line, Mistake::Empty { table, key, fix });
    }

    /// An id (or name, or value) used before, on `first`.
    pub fn duplicate(&mut self, line: usize, what: &str, id: &str, first: First<'_>) {
        self.mistake(line, Mistake::Duplicate { what, id, first });
    }

    /// `key = "value"` where the key takes only the `allowed` values.
    pub fn unknown_value(&mut self, line: usize, key: &str, value: &str, allowed: &[&str]) {
        let key = Some(key);
        self.mistake(line, Mistake::UnknownValue { key, value, allowed });
    }

    /// A required text key, trimmed, with its line. Missing is reported at the table's
    /// line, blank at the value's; either gives `None`.
    pub fn required(
        &mut self,
        value: Option<Spanned<String>>,
        table: &Table,
        key: &str,
        example: &str,
    ) -> Option<(String, usize)> {
        let Some(value) = value else {
            self.missing(table, key, example);
            return None;
        };
        let line = self.line(&value);
        let text = self.non_empty(&value, table, key, "write it")?;
        Some((text, line))
    }

    /// A text value that must say something, trimmed; `None` (reported) when blank.
    pub fn non_empty(&mut self, value: &Spanned<String>, table: &Table, key: &str, fix: &str) -> Option<String> {
        let text = value.get_ref().trim();
        if text.is_empty() {
            self.empty(self.line(value), table, key, fix);
            return None;
        }
        Some(text.to_string())
    }

    /// Checks that an id is a slug (it goes into addresses).
    pub fn check_slug(&mut self, what: &str, id: &str, line: usize) -> bool {
        let valid = crate::doc::slug::is_valid_slug(id);
        if !valid {
            self.mistake(line, Mistake::InvalidId { what, id });
        }
        valid
    }

    /// Checks a file's `id`: a slug, and the file's name.
    pub fn check_file_id(&mut self, id: &str, line: usize) {
        let stem = self.stem();
        if self.check_slug("id", id, line) && id != stem {
            self.mistake(line, Mistake::IdNotFileName { id, stem });
        }
    }

    /// The file line a multi-line string's text starts on: a `"""` string that opens with a
    /// newline starts on the next line.
    pub fn text_start_line(&self, value: &Spanned<String>) -> usize {
        let start = value.span().start;
        let rest = self.text.get(start..).unwrap_or("");
        let skips_newline = ["\"\"\"\n", "'''\n", "\"\"\"\r\n", "'''\r\n"]
            .iter()
            .any(|q| rest.starts_with(q));
        line_of(self.text, start) + usize::from(skips_newline)
    }

    /// Parses a Markdown value, reporting its problems and broken links at their lines in
    /// the file. `holder` is what the file holds ("wizard"): it has no sections, so a link
    /// to `#anchor` alone is a mistake.
    pub fn markdown(&mut self, value: &Spanned<String>, known: &Known, holder: &str) -> markdown::Parsed {
        let first = self.text_start_line(value);
        let parsed = markdown::parse(value.get_ref());
        for p in &parsed.problems {
            self.problem(first + p.line - 1, p.message.clone());
        }
        for link in &parsed.links {
            let line = first + link.line - 1;
            match &link.target {
                LinkTarget::External(_) => {}
                LinkTarget::Anchor(a) => self.problem(
                    line,
                    format!("The link `#{a}` points to a section of this {holder}, which has no sections: link to a page's section instead, like `page.md#{a}`."),
                ),
                LinkTarget::Page { slug, anchor } => {
                    let reference = anchor.as_ref().map_or_else(|| slug.clone(), |a| format!("{slug}#{a}"));
                    if let Err(e) = known.check_doc(&reference) {
                        self.problem(line, format!("The link {e}"));
                    }
                }
            }
        }
        parsed
    }

    /// The problems, or `value` when there were none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Vec<Diagnostic>> {
        match value {
            Some(value) if self.problems.is_empty() => Ok(value),
            _ => Err(self.problems),
        }
    }
}

/// Every diagnostic of a batch, sorted by file and line, once each; or nothing wrong.
pub fn all_or_nothing(mut diagnostics: Vec<Diagnostic>) -> Result<(), Vec<Diagnostic>> {
    if diagnostics.is_empty() {
        return Ok(());
    }
    diagnostics.sort();
    diagnostics.dedup();
    Err(diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "kebab-case")]
    #[allow(dead_code)]
    struct Raw {
        title: String,
        #[serde(default)]
        difficulty: Option<Level>,
        minutes: Option<u32>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    enum Level {
        Easy,
        Hard,
    }

    fn error(text: &str) -> String {
        parse::<Raw>(&SourceFile::new("content/x/a.toml", text), &[])
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn the_file_stem_is_the_name_without_folders_or_extension() {
        assert_eq!(file_stem("content/wizards/lost-data.toml"), "lost-data");
        assert_eq!(file_stem("content\\docs\\a.md"), "a");
        assert_eq!(file_stem("plain"), "plain");
        assert_eq!(file_stem("dir/.hidden"), ".hidden");
    }

    #[test]
    fn each_kind_of_parse_mistake_has_one_sentence_at_its_line() {
        assert_eq!(
            error("title = \"t\"\ncolour = 1\n"),
            "content/x/a.toml:2: Unknown key `colour`: this table takes `title`, `difficulty` and `minutes`."
        );
        assert_eq!(
            error("minutes = 3\n"),
            "content/x/a.toml:1: This file has no `title`. Add a line like `title = …`."
        );
        assert_eq!(
            error("title = \"t\"\ndifficulty = \"medium\"\n"),
            "content/x/a.toml:2: `difficulty = \"medium\"` is not known: use \"easy\" or \"hard\"."
        );
        assert_eq!(
            error("title = \"t\"\nminutes = \"5\"\n"),
            "content/x/a.toml:2: The `minutes` is the text \"5\", but it must be a whole number."
        );
        assert!(error("title = \"t\n").starts_with("content/x/a.toml:1: This is not valid TOML: "));
    }

    #[test]
    fn mistakes_found_after_parsing_have_one_sentence_each() {
        let table = Table::new("the question `q`", 6);
        let cases = [
            (
                Mistake::MissingKey {
                    table: &table,
                    key: "text",
                    example: "\"…\"",
                },
                "The question `q` has no `text`. Add a line like `text = \"…\"`.",
            ),
            (
                Mistake::Empty {
                    table: &table,
                    key: "hint",
                    fix: "write it, or remove the line",
                },
                "The `hint` of the question `q` is empty: write it, or remove the line.",
            ),
            (
                Mistake::Duplicate {
                    what: "id",
                    id: "q",
                    first: First::Line(6),
                },
                "The id `q` is already used on line 6: each id must be unique.",
            ),
            (
                Mistake::Duplicate {
                    what: "generator id",
                    id: "a",
                    first: First::File("content/commands/a.toml"),
                },
                "The generator id `a` is already used by content/commands/a.toml: each generator id must be unique.",
            ),
            (
                Mistake::InvalidId { what: "id", id: "Q" },
                "The id `Q` is not valid: use lowercase letters, digits and single hyphens, like `q`.",
            ),
            (
                Mistake::IdNotFileName { id: "b", stem: "a" },
                "The id `b` is not the file name: rename the file `b.toml` or set `id = \"a\"`.",
            ),
            (
                Mistake::UnknownValue {
                    key: Some("kind"),
                    value: "radio",
                    allowed: &["choice", "yes-no", "date-time"],
                },
                "`kind = \"radio\"` is not known: use \"choice\", \"yes-no\" or \"date-time\".",
            ),
            (
                Mistake::Misplaced {
                    key: "yes",
                    belongs: "yes-no questions",
                    kind: "yes-no",
                },
                "`yes` only applies to yes-no questions: remove it, or set `kind = \"yes-no\"`.",
            ),
            (
                Mistake::NoShapeFits {
                    what: "value",
                    shapes: "text or a list",
                },
                "This value must be text or a list.",
            ),
        ];
        for (mistake, sentence) in cases {
            assert_eq!(mistake.to_string(), sentence);
        }
    }

    #[test]
    fn a_missing_or_blank_required_key_is_reported_where_it_belongs() {
        let file = SourceFile::new("a.toml", "\n[q]\ntitle = \"  \"\n");
        let mut reader = Reader::new(&file);
        let table = Table::new("the question `q`", 2);
        let title = Spanned::new(file.text.find("\"  \"").unwrap_or(0)..file.text.len(), "  ".to_string());
        assert_eq!(reader.required(Some(title), &table, "title", "\"…\""), None);
        assert_eq!(reader.required(None, &table, "text", "\"…\""), None);
        let lines: Vec<usize> = reader.problems.iter().map(|d| d.line).collect();
        assert_eq!(lines, [3, 2]);
    }
}
