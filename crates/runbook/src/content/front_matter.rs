//! Page front matter: TOML between `+++` lines at the top of each Markdown file.

use super::toml::Spanned;
use crate::date::Date;
use crate::diagnostic::{line_of, Diagnostic};
use serde::Deserialize;

/// The keys a page may set. `slug` is optional and defaults to the file name.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    /// The page's heading and title.
    #[schemars(required)]
    title: Option<Spanned<String>>,
    /// One sentence saying when to use the page.
    #[schemars(required)]
    summary: Option<Spanned<String>>,
    /// Who keeps the page true.
    #[schemars(required)]
    owner: Option<Spanned<String>>,
    /// When it was last checked against reality, `YYYY-MM-DD`.
    #[schemars(required)]
    last_reviewed: Option<Spanned<String>>,
    /// When it must be checked again, `YYYY-MM-DD`.
    #[schemars(required)]
    review_by: Option<Spanned<String>>,
    /// The page's address (`/docs/<slug>`), when it should not be the file name.
    slug: Option<Spanned<String>>,
}

pub const ALLOWED_KEYS: &str = "title, summary, owner, last-reviewed, review-by and slug";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub owner: String,
    pub last_reviewed: Date,
    pub review_by: Date,
    /// With the line it was set on, so a duplicate can be reported there.
    pub slug: Option<(String, usize)>,
}

/// The split of a page into front matter and body.
pub struct Split<'a> {
    pub front: &'a str,
    /// Byte offset of the front matter text in the file.
    pub front_offset: usize,
    pub body: &'a str,
    /// Byte offset of the body in the file.
    pub body_offset: usize,
}

/// Finds the `+++` fences. `None` when the page does not start with front matter or the
/// closing fence is missing.
pub fn split(text: &str) -> Result<Split<'_>, String> {
    let text_nobom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - text_nobom.len();
    let Some(rest) = text_nobom
        .strip_prefix("+++\n")
        .or_else(|| text_nobom.strip_prefix("+++\r\n"))
    else {
        return Err(format!(
            "The page does not start with front matter. Start it with a line `+++`, then the keys ({ALLOWED_KEYS}), then another line `+++`."
        ));
    };
    let front_offset = bom + (text_nobom.len() - rest.len());
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let body_offset = front_offset + offset + line.len();
            return Ok(Split {
                front: &rest[..offset],
                front_offset,
                body: &text[body_offset..],
                body_offset,
            });
        }
        offset += line.len();
    }
    Err("The front matter is never closed: add a line `+++` after its last key.".into())
}

/// The `slug` a page sets, read however broken the rest of its front matter is (as far as
/// it is TOML), so that links to a page that failed to compile are known to point to it.
pub fn slug_hint(text: &str) -> Option<String> {
    let split = split(text).ok()?;
    let table: toml::Table = toml::from_str(split.front).ok()?;
    table.get("slug")?.as_str().map(str::to_string)
}

/// Parses and checks front matter. `text` is the whole file, so lines are file lines.
pub fn parse(path: &str, text: &str, split: &Split<'_>) -> Result<FrontMatter, Vec<Diagnostic>> {
    let at = |offset: usize| line_of(text, split.front_offset + offset);
    let raw: Raw = match toml::from_str(split.front) {
        Ok(raw) => raw,
        Err(err) => {
            let line = err.span().map_or(1, |s| at(s.start));
            let message = err.message().trim();
            let sentence = match message.strip_prefix("unknown field `") {
                Some(rest) => {
                    let key = rest.split('`').next().unwrap_or(rest);
                    format!("The front matter has an unknown key `{key}`. The keys a page may set are {ALLOWED_KEYS}.")
                }
                None => format!("The front matter is not valid TOML: {message}."),
            };
            return Err(vec![Diagnostic::new(path, line, sentence)]);
        }
    };
    let mut problems = Vec::new();
    let opening_line = line_of(text, split.front_offset).saturating_sub(1);
    let mut required = |value: Option<Spanned<String>>, key: &str, example: &str| -> Option<(String, usize)> {
        match value {
            None => {
                problems.push(Diagnostic::new(
                    path,
                    opening_line,
                    format!("The front matter has no `{key}`. Add a line like `{key} = {example}`."),
                ));
                None
            }
            Some(v) if v.get_ref().trim().is_empty() => {
                problems.push(Diagnostic::new(
                    path,
                    at(v.span().start),
                    format!("The `{key}` must not be empty."),
                ));
                None
            }
            Some(v) => {
                let line = at(v.span().start);
                Some((v.into_inner().trim().to_string(), line))
            }
        }
    };
    let title = required(raw.title, "title", "\"Azure goes down\"");
    let summary = required(raw.summary, "summary", "\"One sentence saying when to use this page.\"");
    let owner = required(raw.owner, "owner", "\"Platform team\"");
    let last_reviewed = required(raw.last_reviewed, "last-reviewed", "\"2026-05-22\"");
    let review_by = required(raw.review_by, "review-by", "\"2026-11-22\"");
    let mut date = |value: Option<(String, usize)>, key: &str| {
        let (text, line) = value?;
        match Date::parse(&text) {
            Ok(d) => Some((d, line)),
            Err(e) => {
                problems.push(Diagnostic::new(path, line, format!("The `{key}` date {e}.")));
                None
            }
        }
    };
    let last_reviewed = date(last_reviewed, "last-reviewed");
    let review_by = date(review_by, "review-by");
    if let (Some((last, _)), Some((by, line))) = (last_reviewed, review_by) {
        if by < last {
            problems.push(Diagnostic::new(
                path,
                line,
                format!("The `review-by` date {by} is before the `last-reviewed` date {last}."),
            ));
        }
    }
    let slug = raw.slug.map(|s| {
        let line = at(s.span().start);
        (s.into_inner(), line)
    });
    if let Some((slug, line)) = &slug {
        if !crate::doc::slug::is_valid_slug(slug) {
            problems.push(Diagnostic::new(
                path,
                *line,
                format!(
                    "The slug `{slug}` is not valid: use lowercase letters, digits and single hyphens, like `{}`.",
                    crate::doc::slug::slugify(slug)
                ),
            ));
        }
    }
    match (title, summary, owner, last_reviewed, review_by) {
        (Some(title), Some(summary), Some(owner), Some(last), Some(by)) if problems.is_empty() => Ok(FrontMatter {
            title: title.0,
            summary: summary.0,
            owner: owner.0,
            last_reviewed: last.0,
            review_by: by.0,
            slug,
        }),
        _ => Err(problems),
    }
}

/// The JSON Schema of a page's front matter, from the type it is read into (`content::schema`).
pub(crate) fn json_schema() -> schemars::Schema {
    crate::content::schema::of::<Raw>()
}
