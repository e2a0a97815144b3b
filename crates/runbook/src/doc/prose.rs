//! Runbook text that an app shows but never edits: a wizard's outcome, a drill's situation,
//! briefs, injects and the reasons behind its decisions, a generator's description. The
//! build compiles the Markdown and renders it once, in the site's markup
//! (`html::render_site`), with its plain text beside it for search; the browser only puts
//! the HTML on the page. So no app carries the document model's decoder or its renderer
//! (README, "Benchmarks and budgets"). Doc pages are rendered the same way, with the
//! build's root.
//!
//! The one thing the build cannot know when it compiles the content is the path the site
//! will be served under (`/` or `/runbook/`), so the HTML is kept in pieces split where that
//! root goes, and [`Prose::html`] joins them with it.
//!
//! The one-file runbook shows the same text in the file's own plain markup, with its links
//! inside the file ([`Prose::in_file`]): the build keeps the document model for that, and
//! no app ever receives it.

use super::html::{render, render_site, site_href, Links, SiteLinks};
use super::{blocks_plain_text, Block, Doc, LinkTarget};
use crate::one_file;
use serde::{Deserialize, Serialize};

/// Compiled, rendered runbook text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prose {
    /// The HTML, in pieces: the site's root goes between each two.
    pieces: Vec<String>,
    /// The text with formatting dropped, for search. It stays with the build: data files
    /// carry only the HTML, which is all an app shows.
    #[serde(skip)]
    pub text: String,
    /// The document, for [`Prose::in_file`]; the build's only, as `text` is.
    #[serde(skip)]
    doc: Doc,
    /// The title of each generator the text embeds, by id, as the compiler knew them.
    #[serde(skip)]
    generators: Vec<(String, String)>,
}

/// Stands for the site's root while rendering. Compiled text holds none (`markdown::parse`
/// replaces U+0000 with U+FFFD, as CommonMark requires), so every one in the HTML is a root.
const ROOT: &str = "\u{0}";

impl Prose {
    /// Renders `doc` as the site shows it. `generator_title` gives the title of a command
    /// generator the text embeds (the compilers have checked that it exists).
    pub fn render(doc: &Doc, generator_title: &dyn Fn(&str) -> Option<String>) -> Self {
        let href = |target: &LinkTarget| site_href(ROOT, target);
        let generator = |id: &str| generator_title(id).map(|title| (title, format!("{ROOT}/commands/{id}")));
        let values_in_use = format!("{ROOT}/commands#values-in-use");
        let html = render_site(
            doc,
            &SiteLinks {
                href: &href,
                generator: &generator,
                values_in_use: &values_in_use,
            },
        );
        let mut generators = Vec::new();
        embedded_generators(&doc.blocks, &mut |id| {
            if let Some(title) = generator_title(id) {
                generators.push((id.to_string(), title));
            }
        });
        Prose {
            pieces: html.split(ROOT).map(str::to_string).collect(),
            text: blocks_plain_text(&doc.blocks),
            doc: doc.clone(),
            generators,
        }
    }

    /// The text as the one-file runbook shows it: plain markup, links to doc pages and to
    /// generators inside the file ([`crate::one_file`]), each heading's id after
    /// `id_prefix` (so the same text can appear twice in one file) and its level raised by
    /// `shift`. A link to a section of the text itself stays inside it.
    pub fn in_file(&self, id_prefix: &str, shift: u8) -> String {
        let href = |target: &LinkTarget| match target {
            LinkTarget::Page { slug, anchor } => format!("#{}", one_file::doc(slug, anchor.as_deref())),
            LinkTarget::Anchor(a) => format!("#{id_prefix}{a}"),
            LinkTarget::External(href) => href.clone(),
        };
        let id = |a: &str| format!("{id_prefix}{a}");
        let generator = |id: &str| {
            self.generators
                .iter()
                .find(|(g, _)| g == id)
                .map(|(_, title)| (title.clone(), format!("#{}", one_file::generator(id))))
        };
        render(
            &self.doc,
            &Links {
                href: &href,
                id: &id,
                shift,
                generator: &generator,
            },
        )
    }

    /// The HTML for the site served under `root` (`""` or `/runbook`, as
    /// [`site_href`] takes it).
    pub fn html(&self, root: &str) -> String {
        self.pieces.join(root)
    }

    /// The HTML with every link opening in a new tab ([`links_in_new_tab`]), for a page
    /// that must stay open while the runbook is read beside it (the facilitator's console).
    pub fn html_in_new_tab(&self, root: &str) -> String {
        links_in_new_tab(&self.html(root))
    }

    pub fn is_empty(&self) -> bool {
        self.pieces.iter().all(String::is_empty)
    }
}

/// Calls `found` with the id of each generator a ```` ```command ```` block embeds.
fn embedded_generators(blocks: &[Block], found: &mut dyn FnMut(&str)) {
    for block in blocks {
        match block {
            Block::Code {
                lang: Some(lang), text, ..
            } if lang == "command" => found(text.trim()),
            Block::List { items, .. } => items.iter().for_each(|item| embedded_generators(item, found)),
            Block::Callout { blocks, .. } | Block::Quote(blocks) => embedded_generators(blocks, found),
            _ => {}
        }
    }
}

/// `html` (escaped HTML this crate wrote, so every `<a ` is a link's tag) with each link
/// opening in a new tab, and saying so at the end of its text, as GOV.UK asks.
pub fn links_in_new_tab(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<a ") {
        let (before, tag) = rest.split_at(at);
        out.push_str(before);
        let (Some(open_end), Some(close)) = (tag.find('>'), tag.find("</a>")) else {
            rest = tag;
            break;
        };
        let rel = if tag[..open_end].contains(" rel=") {
            ""
        } else {
            " rel=\"noopener\""
        };
        out.push_str("<a target=\"_blank\"");
        out.push_str(rel);
        out.push_str(&tag[2..close]);
        out.push_str(" (opens in new tab)</a>");
        rest = &tag[close + 4..];
    }
    out.push_str(rest);
    out
}

#[cfg(all(test, feature = "compile"))]
mod tests {
    use super::*;
    use crate::doc::markdown;

    fn doc(md: &str) -> Doc {
        markdown::parse(md).doc
    }

    #[test]
    fn links_can_open_in_a_new_tab_and_say_so() {
        let d = doc("See [the restore](partial-restore.md#steps) and [elsewhere](https://example.test/x).");
        let html = Prose::render(&d, &|_| None).html_in_new_tab("/r");
        assert!(html.contains(
            "<a target=\"_blank\" rel=\"noopener\" class=\"link\" href=\"/r/docs/partial-restore#steps\">the restore (opens in new tab)</a>"
        ), "{html}");
        assert!(html.contains("<a target=\"_blank\" class=\"link\" href=\"https://example.test/x\" rel=\"noreferrer noopener\">elsewhere (opens in new tab)</a>"), "one rel: {html}");
        assert_eq!(links_in_new_tab("no &lt;a links"), "no &lt;a links");
    }

    #[test]
    fn renders_as_a_doc_body_does_under_any_root() {
        let d = doc("See [the restore](partial-restore.md#steps), [elsewhere](https://example.test/x) and:\n\n```command\nkonduit-connect\n```\n\n- one\n- two");
        let title = |id: &str| (id == "konduit-connect").then(|| "Connect to a database".to_string());
        let prose = Prose::render(&d, &title);
        for root in ["", "/runbook"] {
            let href = |t: &LinkTarget| site_href(root, t);
            let generator = |id: &str| title(id).map(|t| (t, format!("{root}/commands/{id}")));
            let values_in_use = format!("{root}/commands#values-in-use");
            let expected = render_site(
                &d,
                &SiteLinks {
                    href: &href,
                    generator: &generator,
                    values_in_use: &values_in_use,
                },
            );
            assert_eq!(prose.html(root), expected);
        }
        assert!(prose
            .html("/runbook")
            .contains("href=\"/runbook/docs/partial-restore#steps\""));
        assert!(prose.html("/runbook").contains("href=\"https://example.test/x\""));
        assert_eq!(prose.text, blocks_plain_text(&d.blocks));
    }

    #[test]
    fn a_nul_in_the_source_is_not_taken_for_the_root() {
        let with = "# A\u{0}B\n\nText \u{0} and `code\u{0}` and [link\u{0}](https://example.test/\u{0}) and [page](data-loss.md#a\u{0}b)\n\n```sh\nrm \u{0}\n```\n\n| h\u{0} |\n| --- |\n| c\u{0} |";
        let prose = Prose::render(&doc(with), &|_| None);
        let without = Prose::render(&doc(&with.replace('\u{0}', "x")), &|_| None);
        assert_eq!(prose.pieces.len(), without.pieces.len(), "{:?}", prose.pieces);
        assert!(prose.html("/runbook").contains("Text \u{fffd} and"));
    }

    #[test]
    fn the_plain_text_stays_with_the_build() {
        let prose = Prose::render(&doc("Some *text*."), &|_| None);
        assert_eq!(prose.text, "Some text.");
        let back: Prose = postcard::from_bytes(&postcard::to_allocvec(&prose).unwrap()).unwrap();
        assert_eq!((back.html(""), back.text.as_str()), (prose.html(""), ""));
    }

    #[test]
    fn in_the_one_file_links_stay_in_the_file_and_ids_take_the_prefix() {
        let d = doc("## Why\n\nSee [the restore](partial-restore.md#steps), [the page](data-loss.md), [above](#why) and [out](https://example.test/x).\n\n```command\nkonduit-connect\n```\n\n```command\nunknown\n```");
        let title = |id: &str| (id == "konduit-connect").then(|| "Connect <Konduit>".to_string());
        let html = Prose::render(&d, &title).in_file("wizard.w.outcome-x.", 2);
        for part in [
            "<h4 id=\"wizard.w.outcome-x.why\">Why</h4>",
            "<a href=\"#partial-restore--steps\">the restore</a>",
            "<a href=\"#data-loss\">the page</a>",
            "<a href=\"#wizard.w.outcome-x.why\">above</a>",
            "<a href=\"https://example.test/x\" rel=\"noreferrer noopener\">out</a>",
            "Build this command with the generator <a href=\"#generator.konduit-connect\">Connect &lt;Konduit&gt;</a>.",
            "<pre tabindex=\"0\"><code>unknown</code></pre>",
        ] {
            assert!(html.contains(part), "{part} in {html}");
        }
        assert!(!html.contains("/docs/"), "{html}");
        let back: Prose = postcard::from_bytes(&postcard::to_allocvec(&Prose::render(&d, &title)).unwrap()).unwrap();
        assert_eq!(back.in_file("p", 0), "", "the browser never gets the document model");
    }

    #[test]
    fn empty_text_is_empty() {
        assert!(Prose::default().is_empty());
        assert!(Prose::render(&Doc::default(), &|_| None).is_empty());
        assert!(!Prose::render(&doc("x"), &|_| None).is_empty());
    }
}
