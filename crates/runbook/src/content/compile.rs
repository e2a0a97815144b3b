//! The content compiler: `content/` in, a validated [`Site`] or every diagnostic out.
//! Pure: the caller reads the files and hands over their text.

use super::toml::file_stem;
use super::{front_matter, nav, NavSection, Page, Review, Site, SourceFile};
use crate::diagnostic::{line_of, Diagnostic};
use crate::doc::markdown::{self, LinkRef};
use crate::doc::{Block, LinkTarget};
use std::collections::{HashMap, HashSet};

/// A page on its way through the compiler, with what validation still needs.
struct Draft {
    page: Page,
    slug_line: usize,
    links: Vec<LinkRef>,
    /// Lines in `links` are body lines; this turns them into file lines.
    body_first_line: usize,
}

/// Compiles the navigation file and every page. All problems are reported at once, sorted
/// by file and line.
pub fn compile(nav_file: &SourceFile, page_files: &[SourceFile]) -> Result<Site, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    // Pages that failed are already reported, once: neither the navigation nor a link to one
    // should also call them missing.
    let mut failed: HashSet<String> = HashSet::new();
    let mut drafts: Vec<Draft> = page_files
        .iter()
        .filter_map(|file| match compile_page(file) {
            Ok(draft) => Some(draft),
            Err(mut problems) => {
                diagnostics.append(&mut problems);
                // By its file name, and by the slug it sets, if it gets as far as one.
                failed.insert(crate::doc::slug::slugify(file_stem(&file.path)));
                failed.extend(front_matter::slug_hint(&file.text));
                None
            }
        })
        .collect();

    // Slugs are unique. The first file (by path) keeps a slug; later ones are reported.
    drafts.sort_by(|a, b| a.page.source.cmp(&b.page.source));
    let mut first_with_slug: HashMap<String, String> = HashMap::new();
    drafts.retain(|d| match first_with_slug.get(&d.page.slug) {
        Some(first) => {
            diagnostics.push(Diagnostic::new(
                &d.page.source,
                d.slug_line,
                format!("The slug `{}` is already used by {first}. Give this page another file name or set a different `slug`.", d.page.slug),
            ));
            false
        }
        None => {
            first_with_slug.insert(d.page.slug.clone(), d.page.source.clone());
            true
        }
    });

    check_links(&drafts, &failed, &mut diagnostics);

    let sections = match nav::parse(&nav_file.path, &nav_file.text) {
        Ok(sections) => sections,
        Err(d) => {
            diagnostics.push(d);
            Vec::new()
        }
    };
    let known: HashSet<&str> = drafts.iter().map(|d| d.page.slug.as_str()).collect();
    let mut listed: HashMap<String, usize> = HashMap::new();
    for section in &sections {
        for (slug, line) in &section.pages {
            if failed.contains(slug) {
                continue;
            }
            if !known.contains(slug.as_str()) {
                diagnostics.push(Diagnostic::new(
                    &nav_file.path,
                    *line,
                    format!("The navigation lists `{slug}`, but no page has that slug. Check the spelling, or add content/docs/{slug}.md."),
                ));
            } else if let Some(first) = listed.insert(slug.clone(), *line) {
                diagnostics.push(Diagnostic::new(
                    &nav_file.path,
                    *line,
                    format!("The navigation lists `{slug}` twice (first on line {first}). Each page appears once."),
                ));
            }
        }
    }
    let nav_parsed = diagnostics
        .iter()
        .all(|d| d.file != nav_file.path || d.message.contains("lists `"));
    if nav_parsed {
        for d in &drafts {
            if !listed.contains_key(&d.page.slug) {
                diagnostics.push(Diagnostic::new(
                    &d.page.source,
                    1,
                    format!(
                        "This page is not in the navigation. Add `{}` to a section's `pages` in {}.",
                        d.page.slug, nav_file.path
                    ),
                ));
            }
        }
    }

    if !diagnostics.is_empty() {
        diagnostics.sort();
        diagnostics.dedup();
        return Err(diagnostics);
    }

    let mut by_slug: HashMap<String, Page> = drafts.into_iter().map(|d| (d.page.slug.clone(), d.page)).collect();
    let nav: Vec<NavSection> = sections
        .into_iter()
        .map(|s| NavSection {
            title: s.title,
            pages: s.pages.into_iter().map(|(slug, _)| slug).collect(),
        })
        .collect();
    let pages = nav
        .iter()
        .flat_map(|s| s.pages.iter())
        .filter_map(|slug| by_slug.remove(slug))
        .collect();
    Ok(Site { nav, pages })
}

fn compile_page(file: &SourceFile) -> Result<Draft, Vec<Diagnostic>> {
    let path = file.path.as_str();
    let split = front_matter::split(&file.text).map_err(|m| vec![Diagnostic::new(path, 1, m)])?;
    let front = front_matter::parse(path, &file.text, &split);
    let body_first_line = line_of(&file.text, split.body_offset);
    let parsed = markdown::parse(split.body);
    let mut problems: Vec<Diagnostic> = parsed
        .problems
        .iter()
        .map(|p| Diagnostic::new(path, body_first_line + p.line - 1, p.message.clone()))
        .collect();
    for block in &parsed.doc.blocks {
        if let Block::Heading { level: 1, content, .. } = block {
            let line = heading_line(split.body, &crate::doc::plain_text(content))
                .map_or(body_first_line, |l| body_first_line + l - 1);
            problems.push(Diagnostic::new(
                path,
                line,
                "The body has a level-1 heading. The page title comes from the front matter's `title`: start body headings at `##`.",
            ));
        }
    }
    let front = match front {
        Ok(front) => front,
        Err(mut more) => {
            more.append(&mut problems);
            return Err(more);
        }
    };
    let stem = file_stem(path);
    let (slug, slug_line) = match front.slug {
        Some((slug, line)) => (slug, line),
        None => {
            if !crate::doc::slug::is_valid_slug(stem) {
                problems.push(Diagnostic::new(
                    path,
                    1,
                    format!(
                        "The file name `{stem}` cannot be a page address: rename the file `{}.md` or set a `slug`.",
                        crate::doc::slug::slugify(stem)
                    ),
                ));
            }
            (stem.to_string(), 1)
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Draft {
        page: Page {
            slug,
            title: front.title,
            summary: front.summary,
            review: Review {
                owner: front.owner,
                last_reviewed: front.last_reviewed,
                review_by: front.review_by,
            },
            source: file.path.clone(),
            doc: parsed.doc,
        },
        slug_line,
        links: parsed.links,
        body_first_line,
    })
}

fn check_links(drafts: &[Draft], failed: &HashSet<String>, diagnostics: &mut Vec<Diagnostic>) {
    let anchors: HashMap<&str, HashSet<&str>> = drafts
        .iter()
        .map(|d| (d.page.slug.as_str(), d.page.doc.anchors().collect()))
        .collect();
    for d in drafts {
        for link in &d.links {
            let line = d.body_first_line + link.line - 1;
            let problem = match &link.target {
                LinkTarget::External(_) => None,
                LinkTarget::Anchor(anchor) => (!anchors[d.page.slug.as_str()].contains(anchor.as_str())).then(|| {
                    format!(
                        "The link `#{anchor}` points to a section this page does not have.{}",
                        suggest(anchor, &anchors[d.page.slug.as_str()])
                    )
                }),
                // Its problems are said once, where they are; a link to it is not another.
                LinkTarget::Page { slug, .. } if failed.contains(slug) => None,
                LinkTarget::Page { slug, anchor } => match (anchors.get(slug.as_str()), anchor) {
                    (None, _) => Some(format!("The link to `{slug}.md` points to a page that does not exist.")),
                    (Some(page_anchors), Some(anchor)) if !page_anchors.contains(anchor.as_str()) => Some(format!(
                        "The link `{slug}.md#{anchor}` points to a section that page does not have.{}",
                        suggest(anchor, page_anchors)
                    )),
                    _ => None,
                },
            };
            if let Some(message) = problem {
                diagnostics.push(Diagnostic::new(&d.page.source, line, message));
            }
        }
    }
}

/// " Its sections are: a, b." — so the editor can pick the right one.
fn suggest(_anchor: &str, anchors: &HashSet<&str>) -> String {
    let mut all: Vec<&str> = anchors.iter().copied().collect();
    all.sort_unstable();
    if all.is_empty() {
        " It has no sections.".into()
    } else {
        format!(" Its sections are: {}.", all.join(", "))
    }
}

fn heading_line(body: &str, text: &str) -> Option<usize> {
    body.lines()
        .position(|l| l.trim_start().starts_with("# ") && l.contains(text))
        .map(|i| i + 1)
}
