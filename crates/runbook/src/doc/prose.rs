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

use super::html::{render_site, site_href, SiteLinks};
use super::{blocks_plain_text, Doc, LinkTarget};
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
        Prose {
            pieces: html.split(ROOT).map(str::to_string).collect(),
            text: blocks_plain_text(&doc.blocks),
        }
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
    fn empty_text_is_empty() {
        assert!(Prose::default().is_empty());
        assert!(Prose::render(&Doc::default(), &|_| None).is_empty());
        assert!(!Prose::render(&doc("x"), &|_| None).is_empty());
    }
}
