//! `content/nav.toml`: the one file that orders the navigation.

use super::toml::Spanned;
use crate::diagnostic::{line_of, Diagnostic};
use serde::Deserialize;

/// The order of the doc pages (`content/nav.toml`).
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Raw {
    /// The sections of the side navigation.
    section: Vec<RawSection>,
}

/// A section of the side navigation.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawSection {
    /// The section's heading.
    title: Spanned<String>,
    /// Its pages' slugs, in order.
    pages: Vec<Spanned<String>>,
}

/// A navigation section with each entry's line, for diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NavEntries {
    pub title: String,
    pub pages: Vec<(String, usize)>,
}

pub fn parse(path: &str, text: &str) -> Result<Vec<NavEntries>, Diagnostic> {
    let raw: Raw = toml::from_str(text).map_err(|err| {
        let line = err.span().map_or(1, |s| line_of(text, s.start));
        Diagnostic::new(
            path,
            line,
            format!(
                "The navigation file is not in the expected form ({}). It holds `[[section]]` tables, each with a `title` and a list of page slugs in `pages`.",
                err.message().trim()
            ),
        )
    })?;
    Ok(raw
        .section
        .into_iter()
        .map(|s| NavEntries {
            title: s.title.into_inner(),
            pages: s
                .pages
                .into_iter()
                .map(|p| {
                    let line = line_of(text, p.span().start);
                    (p.into_inner(), line)
                })
                .collect(),
        })
        .collect())
}

/// The JSON Schema of `nav.toml`, from the type it is read into (`content::schema`).
pub(crate) fn json_schema() -> schemars::Schema {
    crate::content::schema::of::<Raw>()
}
