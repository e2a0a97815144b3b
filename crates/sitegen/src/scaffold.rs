//! `sitegen new <kind> <id>`: a valid starting file for a doc page, command generator,
//! wizard or drill, from the templates in `crates/sitegen/templates/`, and a new page added
//! to `nav.toml`. It never writes over a file, and writes nothing when the id is not valid or
//! already taken.

use anyhow::{bail, Context, Result};
use runbook::date::Date;
use runbook::doc::slug::{is_valid_slug, slugify};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// What `sitegen new` can start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Page,
    Command,
    Wizard,
    Drill,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Page, Kind::Command, Kind::Wizard, Kind::Drill];

    /// The word on the command line: `page`, `command`, `wizard`, `drill`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Page => "page",
            Kind::Command => "command",
            Kind::Wizard => "wizard",
            Kind::Drill => "drill",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The folder of `content/` and the file's extension.
    fn place(self) -> (&'static str, &'static str) {
        match self {
            Kind::Page => ("docs", "md"),
            Kind::Command => ("commands", "toml"),
            Kind::Wizard => ("wizards", "toml"),
            Kind::Drill => ("drills", "toml"),
        }
    }

    fn template(self) -> &'static str {
        match self {
            Kind::Page => include_str!("../templates/page.md"),
            Kind::Command => include_str!("../templates/command.toml"),
            Kind::Wizard => include_str!("../templates/wizard.toml"),
            Kind::Drill => include_str!("../templates/drill.toml"),
        }
    }
}

/// What was written, for the message.
#[derive(Debug)]
pub struct Written {
    /// The new file.
    pub file: PathBuf,
    /// The navigation section a new page was added to.
    pub section: Option<String>,
}

/// Writes a new `kind` called `id` into the content folder `content`. A page goes into the
/// navigation section titled `section`, or the last one. Dates are `today` and, for a page's
/// review, six months on.
pub fn new_item(content: &Path, kind: Kind, id: &str, section: Option<&str>, today: Date) -> Result<Written> {
    let what = if kind == Kind::Page { "slug" } else { "id" };
    if id.is_empty() {
        bail!(
            "give the new {}'s {what}, like `make new-{} {}=my-{}`",
            kind.name(),
            kind.name(),
            what.to_uppercase(),
            kind.name()
        );
    }
    if !is_valid_slug(id) {
        bail!(
            "the {what} `{id}` is not valid: use lowercase letters, digits and single hyphens, like `{}`",
            slugify(id)
        );
    }
    let (folder, ext) = kind.place();
    let file = content.join(folder).join(format!("{id}.{ext}"));
    if file.exists() {
        bail!("content/{folder}/{id}.{ext} already exists: choose another {what}, or edit that file");
    }
    let nav_path = content.join("nav.toml");
    let nav_text = std::fs::read_to_string(&nav_path).with_context(|| format!("reading {}", nav_path.display()))?;
    let nav = Nav::parse(&nav_text)?;
    let first_page = nav.sections.iter().flat_map(|s| &s.pages).next();
    let new_nav = match kind {
        Kind::Page => {
            if nav.sections.iter().any(|s| s.pages.iter().any(|p| p == id)) {
                bail!("content/nav.toml already lists `{id}`: choose another slug");
            }
            if let Some(other) = page_with_slug(&content.join("docs"), id)? {
                bail!("{other} already sets `slug = \"{id}\"`: choose another slug");
            }
            let index = match section {
                None if nav.sections.is_empty() => bail!("content/nav.toml has no `[[section]]` to add the page to"),
                None => nav.sections.len() - 1,
                Some(title) => nav.sections.iter().position(|s| s.title == title).with_context(|| {
                    let titles: Vec<String> = nav.sections.iter().map(|s| format!("\"{}\"", s.title)).collect();
                    format!(
                        "content/nav.toml has no section titled \"{title}\". Its sections are: {}",
                        titles.join(", ")
                    )
                })?,
            };
            Some((add_to_section(&nav_text, index, id)?, nav.sections[index].title.clone()))
        }
        _ if first_page.is_none() => bail!(
            "content/nav.toml lists no page for the new {} to link to: start a page first (`make new-page`)",
            kind.name()
        ),
        _ => None,
    };
    let page = first_page.cloned().unwrap_or_default();
    let page_title = page_title(&content.join("docs"), &page).unwrap_or_else(|| page.clone());
    let review_by = Date::from_days_since_epoch(today.days_since_epoch() + 182);
    let text = kind
        .template()
        .replace("{{id}}", id)
        .replace("{{title}}", &title_of(id))
        .replace("{{today}}", &today.to_string())
        .replace("{{review-by}}", &review_by.to_string())
        .replace("{{page-title}}", &page_title.replace('"', "\\\""))
        .replace("{{page}}", &page);
    std::fs::create_dir_all(content.join(folder))?;
    // `create_new`: never write over a file, even one that appeared since the check above.
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&file)
        .with_context(|| format!("creating content/{folder}/{id}.{ext}"))?;
    out.write_all(text.as_bytes())?;
    let section = match new_nav {
        Some((nav_text, title)) => {
            std::fs::write(&nav_path, nav_text).with_context(|| format!("writing {}", nav_path.display()))?;
            Some(title)
        }
        None => None,
    };
    Ok(Written { file, section })
}

/// "catalogue-down" → "Catalogue down": a title to start from.
fn title_of(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The navigation as far as scaffolding needs it.
struct Nav {
    sections: Vec<Section>,
}

struct Section {
    title: String,
    pages: Vec<String>,
}

impl Nav {
    fn parse(text: &str) -> Result<Nav> {
        let table: toml::Table =
            toml::from_str(text).context("content/nav.toml is not valid TOML: run `make check`")?;
        let sections = match table.get("section") {
            None => Vec::new(),
            Some(toml::Value::Array(sections)) => sections
                .iter()
                .map(|s| Section {
                    title: s.get("title").and_then(|t| t.as_str()).unwrap_or_default().to_string(),
                    pages: s
                        .get("pages")
                        .and_then(|p| p.as_array())
                        .map(|p| p.iter().filter_map(|p| p.as_str().map(str::to_string)).collect())
                        .unwrap_or_default(),
                })
                .collect(),
            Some(_) => bail!("content/nav.toml is not in the expected form: run `make check`"),
        };
        Ok(Nav { sections })
    }
}

/// `nav` with `slug` added at the end of the `index`th section's `pages`, in the file's own
/// layout (a list on one line, or one page a line), its comments kept. The result is parsed
/// again: it must hold exactly the pages it held, and `slug`.
fn add_to_section(nav: &str, index: usize, slug: &str) -> Result<String> {
    let cannot = || format!("cannot add `{slug}` to content/nav.toml: add it to a section's `pages` yourself");
    let starts: Vec<usize> = line_starts(nav)
        .filter(|&at| nav[at..].lines().next().is_some_and(|l| l.trim() == "[[section]]"))
        .collect();
    let start = *starts.get(index).with_context(cannot)?;
    let end = starts.get(index + 1).copied().unwrap_or(nav.len());
    let pages_at = line_starts(nav)
        .filter(|&at| at >= start && at < end)
        .find(|&at| {
            let line = nav[at..].lines().next().unwrap_or("").trim_start();
            line.strip_prefix("pages")
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .with_context(cannot)?;
    let open = pages_at + nav[pages_at..].find('[').with_context(cannot)?;
    let close = closing_bracket(nav, open).with_context(cannot)?;
    let inner = &nav[open + 1..close];
    let quoted = format!("\"{slug}\"");
    let mut candidates = Vec::new();
    if inner.trim().is_empty() {
        candidates.push(format!("{}{quoted}{}", &nav[..open + 1], &nav[close..]));
    } else if let Some(newline) = inner.rfind('\n').filter(|&n| inner[n..].trim().is_empty()) {
        // One page a line: a line of its own before the `]`, indented as the others.
        let line_start = open + 1 + newline + 1;
        let indent = inner
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map_or("  ", |l| &l[..l.len() - l.trim_start().len()]);
        let line = format!("{indent}{quoted},\n");
        candidates.push(format!("{}{line}{}", &nav[..line_start], &nav[line_start..]));
        // The last page had no comma after it.
        if let Some(last) = inner.rfind('"') {
            let after = open + 1 + last + 1;
            candidates.push(format!(
                "{},{}{line}{}",
                &nav[..after],
                &nav[after..line_start],
                &nav[line_start..]
            ));
        }
    } else {
        let before = inner.trim_end();
        let sep = if before.ends_with(',') { " " } else { ", " };
        let at = open + 1 + before.len();
        candidates.push(format!("{}{sep}{quoted}{}", &nav[..at], &nav[at..]));
    }
    let mut expected: Vec<Vec<String>> = Nav::parse(nav)?.sections.into_iter().map(|s| s.pages).collect();
    expected[index].push(slug.to_string());
    candidates
        .into_iter()
        .find(|c| Nav::parse(c).is_ok_and(|n| n.sections.into_iter().map(|s| s.pages).collect::<Vec<_>>() == expected))
        .with_context(cannot)
}

/// The byte offset of each line's start.
fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        text.match_indices('\n')
            .map(|(at, _)| at + 1)
            .filter(move |&at| at < text.len()),
    )
}

/// The `]` closing the array opened at `open`, past strings and comments.
fn closing_bracket(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0;
    let mut chars = text[open..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            '"' | '\'' => {
                let mut escaped = false;
                for (_, d) in chars.by_ref() {
                    match d {
                        '\\' if c == '"' && !escaped => escaped = true,
                        d if d == c && !escaped => break,
                        _ => escaped = false,
                    }
                }
            }
            '#' => {
                for (_, d) in chars.by_ref() {
                    if d == '\n' {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// A doc page that sets `slug = "<slug>"` in its front matter, if any.
fn page_with_slug(docs: &Path, slug: &str) -> Result<Option<String>> {
    let Ok(entries) = std::fs::read_dir(docs) else {
        return Ok(None);
    };
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let sets = front_matter(&text).lines().any(|l| {
            l.split_once('=')
                .is_some_and(|(k, v)| k.trim() == "slug" && v.trim().trim_matches('"') == slug)
        });
        if sets {
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            return Ok(Some(format!("content/docs/{name}")));
        }
    }
    Ok(None)
}

/// The title of the page with this slug (by file name), for a link's label.
fn page_title(docs: &Path, slug: &str) -> Option<String> {
    let text = std::fs::read_to_string(docs.join(format!("{slug}.md"))).ok()?;
    let table: toml::Table = toml::from_str(front_matter(&text)).ok()?;
    table.get("title")?.as_str().map(str::to_string)
}

/// The text between a page's `+++` lines.
fn front_matter(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("+++\n") else {
        return "";
    };
    rest.find("\n+++").map_or("", |end| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn added(nav: &str, index: usize) -> String {
        add_to_section(nav, index, "new").unwrap()
    }

    #[test]
    fn a_page_joins_its_section_in_the_files_own_layout() {
        let one_line = "[[section]]\ntitle = \"A\"\npages = [\"a\", \"b\"]\n\n[[section]]\ntitle = \"B\"\npages = [\"c\"] # last\n";
        assert_eq!(
            added(one_line, 0),
            "[[section]]\ntitle = \"A\"\npages = [\"a\", \"b\", \"new\"]\n\n[[section]]\ntitle = \"B\"\npages = [\"c\"] # last\n"
        );
        assert!(added(one_line, 1).ends_with("pages = [\"c\", \"new\"] # last\n"));
        let lines = "[[section]]\ntitle = \"A\"\npages = [\n    \"a\",\n    \"b\", # a ] in a comment\n]\n";
        assert_eq!(
            added(lines, 0),
            "[[section]]\ntitle = \"A\"\npages = [\n    \"a\",\n    \"b\", # a ] in a comment\n    \"new\",\n]\n"
        );
        let no_comma = "[[section]]\ntitle = \"A\"\npages = [\n  \"a\"\n]\n";
        assert_eq!(
            added(no_comma, 0),
            "[[section]]\ntitle = \"A\"\npages = [\n  \"a\",\n  \"new\",\n]\n"
        );
        assert_eq!(
            added("[[section]]\ntitle = \"A\"\npages = []\n", 0),
            "[[section]]\ntitle = \"A\"\npages = [\"new\"]\n"
        );
    }

    #[test]
    fn titles_start_from_the_id() {
        assert_eq!(title_of("catalogue-down"), "Catalogue down");
        assert_eq!(title_of("x"), "X");
    }
}
