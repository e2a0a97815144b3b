//! The document model as HTML text, in two styles. Every piece of text is escaped; the caller
//! decides where links go.
//!
//! - [`render`]: plain elements without classes, for pages built without the site's CSS or
//!   app (the one-file `runbook.html`, the benchmarks' floor, the whole-runbook page); the
//!   caller also decides heading ids, so several pages can share one HTML document.
//! - [`render_site`]: the site's own markup (GOV.UK classes, copy buttons, section-heading
//!   links), for doc pages and the texts the apps show ([`super::Prose`]), both written at
//!   build time. The app attaches behaviour to it by event
//!   delegation, so the markup here is the contract: buttons carry `data-copy`, the embedded
//!   command generator is an empty `data-generator` slot the app fills.

use super::{Block, CalloutKind, Doc, Inline, LinkTarget};

/// How a rendering resolves links and anchors.
pub struct Links<'a> {
    /// The `href` for a link target.
    pub href: &'a dyn Fn(&LinkTarget) -> String,
    /// The `id` for a heading anchor of this page.
    pub id: &'a dyn Fn(&str) -> String,
    /// Added to every heading level (1 when the page title is an `<h2>`), capped at 6.
    pub shift: u8,
    /// The title of the command generator a ```` ```command ```` block names and the `href`
    /// of its template in the same document; `None` shows the block as the code it is.
    pub generator: &'a dyn Fn(&str) -> Option<(String, String)>,
}

/// Escapes text for an HTML text node or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The id of a page's heading when several pages share one document: `<slug>--<anchor>`.
pub fn shared_id(slug: &str, anchor: &str) -> String {
    format!("{slug}--{anchor}")
}

/// Where a link goes when every page is in one document: pages and their sections become
/// in-document anchors (`#<slug>`, `#<slug>--<anchor>`); `current` is the page being rendered.
pub fn shared_href(current: &str, target: &LinkTarget) -> String {
    match target {
        LinkTarget::Page { slug, anchor: Some(a) } => format!("#{}", shared_id(slug, a)),
        LinkTarget::Page { slug, anchor: None } => format!("#{slug}"),
        LinkTarget::Anchor(a) => format!("#{}", shared_id(current, a)),
        LinkTarget::External(href) => href.clone(),
    }
}

/// Where a link goes on the site served under `root` (`""` or `/runbook`): pages and their
/// sections at their own addresses (`<root>/docs/<slug>#<anchor>`), anchors on this page.
pub fn site_href(root: &str, target: &LinkTarget) -> String {
    match target {
        LinkTarget::Page { slug, anchor: Some(a) } => format!("{root}/docs/{slug}#{a}"),
        LinkTarget::Page { slug, anchor: None } => format!("{root}/docs/{slug}"),
        LinkTarget::Anchor(a) => format!("#{a}"),
        LinkTarget::External(href) => href.clone(),
    }
}

/// Renders a page body.
pub fn render(doc: &Doc, links: &Links) -> String {
    let mut out = String::new();
    blocks(&doc.blocks, false, links, &mut out);
    out
}

fn blocks(blocks: &[Block], tight: bool, links: &Links, out: &mut String) {
    for b in blocks {
        block(b, tight, links, out);
    }
}

fn block(block: &Block, tight: bool, links: &Links, out: &mut String) {
    match block {
        Block::Heading { level, id, content } => {
            let level = (level + links.shift).min(6);
            out.push_str(&format!("<h{level} id=\"{}\">", escape(&(links.id)(id))));
            inlines(content, links, out);
            out.push_str(&format!("</h{level}>\n"));
        }
        Block::Code {
            lang: Some(lang), text, ..
        } if lang == "command" && (links.generator)(text.trim()).is_some() => {
            if let Some((title, href)) = (links.generator)(text.trim()) {
                out.push_str(&format!(
                    "<p>Build this command with the generator <a href=\"{}\">{}</a>.</p>\n",
                    escape(&href),
                    escape(&title)
                ));
            }
        }
        Block::Paragraph(content) if tight => inlines(content, links, out),
        Block::Paragraph(content) => {
            out.push_str("<p>");
            inlines(content, links, out);
            out.push_str("</p>\n");
        }
        Block::List { start, tight, items } => {
            let (open, close) = match start {
                Some(n) => (format!("<ol start=\"{n}\">"), "</ol>"),
                None => ("<ul>".to_string(), "</ul>"),
            };
            out.push_str(&open);
            for item in items {
                out.push_str("<li>");
                blocks(item, *tight, links, out);
                out.push_str("</li>");
            }
            out.push_str(close);
            out.push('\n');
        }
        Block::Code { text, example, .. } => {
            if *example {
                out.push_str(&format!("<p><strong>{EXAMPLE}</strong></p>\n"));
            }
            // A long line scrolls in the block rather than breaking inside a word, and the
            // block takes focus so it can be scrolled from the keyboard.
            out.push_str(&format!("<pre tabindex=\"0\"><code>{}</code></pre>\n", escape(text)));
        }
        Block::Callout { kind, blocks: inner } => {
            let (class, label) = match kind {
                CalloutKind::Warning => ("warning", "Warning"),
                CalloutKind::Caution => ("warning", "Caution"),
                CalloutKind::Note => ("inset", "Note"),
                CalloutKind::Tip => ("inset", "Tip"),
                CalloutKind::Important => ("inset", "Important"),
            };
            out.push_str(&format!("<div class=\"{class}\"><p><strong>{label}</strong></p>\n"));
            blocks(inner, false, links, out);
            out.push_str("</div>\n");
        }
        Block::Quote(inner) => {
            out.push_str("<blockquote>");
            blocks(inner, false, links, out);
            out.push_str("</blockquote>\n");
        }
        Block::Table { head, rows } => {
            out.push_str("<table><thead><tr>");
            for c in head {
                out.push_str("<th scope=\"col\">");
                inlines(c, links, out);
                out.push_str("</th>");
            }
            out.push_str("</tr></thead><tbody>");
            for row in rows {
                out.push_str("<tr>");
                for c in row {
                    out.push_str("<td>");
                    inlines(c, links, out);
                    out.push_str("</td>");
                }
                out.push_str("</tr>");
            }
            out.push_str("</tbody></table>\n");
        }
        Block::Rule => out.push_str("<hr>\n"),
    }
}

fn inlines(content: &[Inline], links: &Links, out: &mut String) {
    for i in content {
        match i {
            Inline::Text(t) => out.push_str(&escape(t)),
            Inline::Code(c) => out.push_str(&format!("<code>{}</code>", escape(c))),
            Inline::Emphasis(c) => {
                out.push_str("<em>");
                inlines(c, links, out);
                out.push_str("</em>");
            }
            Inline::Strong(c) => {
                out.push_str("<strong>");
                inlines(c, links, out);
                out.push_str("</strong>");
            }
            Inline::LineBreak => out.push_str("<br>"),
            Inline::Link { target, content } => {
                let rel = if matches!(target, LinkTarget::External(_)) {
                    " rel=\"noreferrer noopener\""
                } else {
                    ""
                };
                out.push_str(&format!("<a href=\"{}\"{rel}>", escape(&(links.href)(target))));
                inlines(content, links, out);
                out.push_str("</a>");
            }
        }
    }
}

/// How a site-style rendering resolves what the document model only names.
pub struct SiteLinks<'a> {
    /// The `href` for a link target.
    pub href: &'a dyn Fn(&LinkTarget) -> String,
    /// The title of an embedded command generator and the `href` of its own page, or `None`
    /// when this build has no generator with that id.
    pub generator: &'a dyn Fn(&str) -> Option<(String, String)>,
    /// The `href` of the "values in use" section of the command generators page.
    pub values_in_use: &'a str,
}

/// Renders a page body's blocks as the site shows them (the content of `<div class="doc-body">`).
pub fn render_site(doc: &Doc, links: &SiteLinks) -> String {
    let mut out = String::new();
    site_blocks(&doc.blocks, false, links, &mut out);
    out
}

/// A Copy button and its status line. `data-copy` says what the app copies: `code` (the text of
/// the enclosing code block), `record` (a wizard's decision record, beside it) or `link` (the
/// page address with `#data-anchor`). `context`, if any, tells a screen reader which Copy.
pub(crate) fn copy_button(data: &str, label: &str, context: &str, out: &mut String) {
    let context = if context.is_empty() {
        String::new()
    } else {
        format!("<span class=\"visually-hidden\"> {}</span>", escape(context))
    };
    out.push_str(&format!(
        "<span class=\"copy\"><button type=\"button\" class=\"button button--secondary copy__button\" {data}>{}{context}</button><span class=\"copy__status\" role=\"status\" aria-live=\"polite\"></span></span>",
        escape(label)
    ));
}

/// What an example block is labelled: its values are examples, and it has no Copy button.
const EXAMPLE: &str = "Example only: do not run it as it stands";

/// A command to read, not to run as it stands (```` ```sh example ````): labelled, and with no
/// Copy button, so it cannot reach a terminal in one click.
fn example_block(text: &str, lang: Option<&str>) -> String {
    format!(
        "<div class=\"code-block code-block--example\"><p class=\"code-block__label\">{EXAMPLE}</p>{}</div>",
        code_pre(text, lang)
    )
}

/// A code block in the site's markup, with its Copy button (`data-copy="code"`): as a doc
/// page has it, and as a drill's inject shows a command.
pub fn code_block(text: &str, lang: Option<&str>) -> String {
    let mut out = format!("<div class=\"code-block\">{}", code_pre(text, lang));
    let context = if super::is_shell(lang) { "command" } else { "code" };
    copy_button("data-copy=\"code\"", "Copy", context, &mut out);
    out.push_str("</div>");
    out
}

/// The code itself, scrollable by keyboard, with its language for the Copy button's words.
fn code_pre(text: &str, lang: Option<&str>) -> String {
    let data_lang = lang
        .map(|l| format!(" data-lang=\"{}\"", escape(l)))
        .unwrap_or_default();
    format!(
        "<pre class=\"code-block__pre\" tabindex=\"0\"><code{data_lang}>{}</code></pre>",
        escape(text)
    )
}

fn site_blocks(blocks: &[Block], tight: bool, links: &SiteLinks, out: &mut String) {
    for b in blocks {
        site_block(b, tight, links, out);
    }
}

// No whitespace between elements: the markup matches what the app renders node for node.
fn site_block(block: &Block, tight: bool, links: &SiteLinks, out: &mut String) {
    match block {
        Block::Heading { level, id, content } => {
            // As the app's SectionHeading: levels outside 2..=5 fall through to h6.
            let (level, class) = match level {
                2 => (2, "heading-l"),
                3 => (3, "heading-m"),
                4 | 5 => (*level, "heading-s"),
                _ => (6, "heading-s"),
            };
            let id = escape(id);
            out.push_str(&format!(
                "<div class=\"section-heading__wrap\"><h{level} id=\"{id}\" class=\"{class} section-heading\">"
            ));
            site_inlines(content, links, out);
            out.push_str(&format!("</h{level}>"));
            copy_button(
                &format!("data-copy=\"link\" data-anchor=\"{id}\""),
                "Copy link",
                &format!("to the section {}", super::plain_text(content)),
                out,
            );
            out.push_str("</div>");
        }
        Block::Paragraph(content) if tight => site_inlines(content, links, out),
        Block::Paragraph(content) => {
            out.push_str("<p class=\"body\">");
            site_inlines(content, links, out);
            out.push_str("</p>");
        }
        Block::List { start, tight, items } => {
            let (open, close) = match start {
                Some(n) => (format!("<ol class=\"list list--number\" start=\"{n}\">"), "</ol>"),
                None => ("<ul class=\"list list--bullet\">".to_string(), "</ul>"),
            };
            out.push_str(&open);
            for item in items {
                out.push_str("<li>");
                site_blocks(item, *tight, links, out);
                out.push_str("</li>");
            }
            out.push_str(close);
        }
        Block::Code {
            lang: Some(lang), text, ..
        } if lang == "command" => embedded_generator(text.trim(), links, out),
        Block::Code {
            lang,
            text,
            example: true,
        } => out.push_str(&example_block(text, lang.as_deref())),
        Block::Code { lang, text, .. } => out.push_str(&code_block(text, lang.as_deref())),
        Block::Callout { kind, blocks: inner } => match kind {
            CalloutKind::Warning | CalloutKind::Caution => {
                let mut body = String::new();
                site_blocks(inner, false, links, &mut body);
                out.push_str(&crate::govuk::warning_blocks(&body, None, false));
            }
            CalloutKind::Note | CalloutKind::Tip | CalloutKind::Important => {
                let label = match kind {
                    CalloutKind::Tip => "Tip",
                    CalloutKind::Important => "Important",
                    _ => "Note",
                };
                out.push_str(&format!(
                    "<div class=\"inset-text\"><p class=\"inset-text__label\"><strong>{label}</strong></p>"
                ));
                site_blocks(inner, false, links, out);
                out.push_str("</div>");
            }
        },
        Block::Quote(inner) => {
            out.push_str("<blockquote class=\"inset-text\">");
            site_blocks(inner, false, links, out);
            out.push_str("</blockquote>");
        }
        Block::Table { head, rows } => {
            out.push_str("<table class=\"table\"><thead class=\"table__head\"><tr>");
            for c in head {
                out.push_str("<th scope=\"col\" class=\"table__header\">");
                site_inlines(c, links, out);
                out.push_str("</th>");
            }
            out.push_str("</tr></thead><tbody>");
            for row in rows {
                out.push_str("<tr>");
                for c in row {
                    out.push_str("<td class=\"table__cell\">");
                    site_inlines(c, links, out);
                    out.push_str("</td>");
                }
                out.push_str("</tr>");
            }
            out.push_str("</tbody></table>");
        }
        Block::Rule => out.push_str("<hr class=\"section-break\">"),
    }
}

/// A `command` block places a live generator. Its form needs the app, so the page carries an
/// empty slot the app fills; the title and the link to the generator's own page work without
/// it. The build checks the id exists; should it not, the block says so rather than vanishing.
fn embedded_generator(id: &str, links: &SiteLinks, out: &mut String) {
    let Some((title, href)) = (links.generator)(id) else {
        out.push_str(&format!(
            "<p class=\"body\">{}</p>",
            escape(&format!("The command generator ‘{id}’ is missing from this build."))
        ));
        return;
    };
    out.push_str(&format!(
        "<div class=\"generator-embed\" data-testid=\"embedded-generator\"><p class=\"generator-embed__title\"><strong>{title}</strong></p><div class=\"generator-embed__form\" data-generator=\"{id}\"></div><p class=\"body generator-embed__more\"><a class=\"link\" href=\"{href}\">{open}</a> to share it pre-filled. Values you enter are remembered in this browser and fill the fields that mean the same in other generators (<a class=\"link\" href=\"{values}\">values in use</a>).</p></div>",
        title = escape(&title),
        id = escape(id),
        href = escape(&href),
        open = escape(&format!("Open ‘{title}’ on its own page")),
        values = escape(links.values_in_use),
    ));
}

fn site_inlines(content: &[Inline], links: &SiteLinks, out: &mut String) {
    for i in content {
        match i {
            Inline::Text(t) => out.push_str(&escape(t)),
            Inline::Code(c) => out.push_str(&format!("<code class=\"code\">{}</code>", escape(c))),
            Inline::Emphasis(c) => {
                out.push_str("<em>");
                site_inlines(c, links, out);
                out.push_str("</em>");
            }
            Inline::Strong(c) => {
                out.push_str("<strong>");
                site_inlines(c, links, out);
                out.push_str("</strong>");
            }
            Inline::LineBreak => out.push_str("<br>"),
            Inline::Link { target, content } => {
                let rel = if matches!(target, LinkTarget::External(_)) {
                    " rel=\"noreferrer noopener\""
                } else {
                    ""
                };
                out.push_str(&format!(
                    "<a class=\"link\" href=\"{}\"{rel}>",
                    escape(&(links.href)(target))
                ));
                site_inlines(content, links, out);
                out.push_str("</a>");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<Inline> {
        vec![Inline::Text(s.into())]
    }

    fn in_one_file(target: &LinkTarget) -> String {
        match target {
            LinkTarget::Page { slug, anchor: Some(a) } => format!("#{slug}--{a}"),
            LinkTarget::Page { slug, anchor: None } => format!("#{slug}"),
            LinkTarget::Anchor(a) => format!("#here--{a}"),
            LinkTarget::External(h) => h.clone(),
        }
    }

    fn render_here(doc: &Doc) -> String {
        let id = |a: &str| format!("here--{a}");
        render(
            doc,
            &Links {
                href: &in_one_file,
                id: &id,
                shift: 1,
                generator: &|_| None,
            },
        )
    }

    #[test]
    fn text_code_and_attributes_are_escaped() {
        let doc = Doc {
            blocks: vec![
                Block::Paragraph(vec![
                    Inline::Text("<script>alert('x')</script> & more".into()),
                    Inline::Code("a<b".into()),
                ]),
                Block::Code {
                    lang: None,
                    text: "echo \"</pre>\"".into(),
                    example: false,
                },
                Block::Paragraph(vec![Inline::Link {
                    target: LinkTarget::External("https://x.test/?a=1&b=\"2\"".into()),
                    content: t("x"),
                }]),
            ],
        };
        let html = render_here(&doc);
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assert!(html.contains("<code>a&lt;b</code>"));
        assert!(html.contains("<pre tabindex=\"0\"><code>echo &quot;&lt;/pre&gt;&quot;</code></pre>"));
        assert!(html.contains("href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\" rel=\"noreferrer noopener\""));
    }

    #[test]
    fn headings_shift_and_links_resolve_through_the_caller() {
        let doc = Doc {
            blocks: vec![
                Block::Heading {
                    level: 2,
                    id: "steps".into(),
                    content: t("Steps"),
                },
                Block::Paragraph(vec![
                    Inline::Link {
                        target: LinkTarget::Page {
                            slug: "konduit".into(),
                            anchor: Some("connect".into()),
                        },
                        content: t("Konduit"),
                    },
                    Inline::Link {
                        target: LinkTarget::Anchor("steps".into()),
                        content: t("above"),
                    },
                ]),
            ],
        };
        let html = render_here(&doc);
        assert!(html.starts_with("<h3 id=\"here--steps\">Steps</h3>"), "{html}");
        assert!(html.contains("<a href=\"#konduit--connect\">Konduit</a>"));
        assert!(html.contains("<a href=\"#here--steps\">above</a>"));
    }

    fn under_runbook(target: &LinkTarget) -> String {
        site_href("/runbook", target)
    }

    #[test]
    fn site_links_go_to_page_addresses_under_the_base_path() {
        let page = |anchor: Option<&str>| LinkTarget::Page {
            slug: "konduit".into(),
            anchor: anchor.map(str::to_string),
        };
        assert_eq!(
            site_href("/runbook", &page(Some("usage"))),
            "/runbook/docs/konduit#usage"
        );
        assert_eq!(site_href("", &page(None)), "/docs/konduit");
        assert_eq!(site_href("/runbook", &LinkTarget::Anchor("steps".into())), "#steps");
        assert_eq!(
            site_href("", &LinkTarget::External("https://example.com/".into())),
            "https://example.com/"
        );
    }

    fn known_generator(id: &str) -> Option<(String, String)> {
        (id == "konduit-connect").then(|| ("Connect <Konduit>".to_string(), format!("/runbook/commands/{id}")))
    }

    fn site(blocks: Vec<Block>) -> String {
        render_site(
            &Doc { blocks },
            &SiteLinks {
                href: &under_runbook,
                generator: &known_generator,
                values_in_use: "/runbook/commands#values-in-use",
            },
        )
    }

    fn code(lang: Option<&str>, text: &str) -> Block {
        Block::Code {
            lang: lang.map(String::from),
            text: text.into(),
            example: false,
        }
    }

    #[test]
    fn an_example_is_labelled_and_has_no_copy_button() {
        let example = Block::Code {
            lang: Some("sh".into()),
            text: "make <production>".into(),
            example: true,
        };
        let html = site(vec![example.clone()]);
        assert_eq!(
            html,
            "<div class=\"code-block code-block--example\"><p class=\"code-block__label\">Example only: do not run it as it stands</p>\
             <pre class=\"code-block__pre\" tabindex=\"0\"><code data-lang=\"sh\">make &lt;production&gt;</code></pre></div>"
        );
        assert!(!html.contains("button"));
        let plain = render_here(&Doc { blocks: vec![example] });
        assert!(
            plain.contains("<p><strong>Example only: do not run it as it stands</strong></p>"),
            "{plain}"
        );
    }

    #[test]
    fn site_code_blocks_carry_a_copy_button_named_for_commands_or_code() {
        assert_eq!(
            site(vec![code(Some("sh"), "echo \"<hi>\"")]),
            "<div class=\"code-block\"><pre class=\"code-block__pre\" tabindex=\"0\"><code data-lang=\"sh\">echo &quot;&lt;hi&gt;&quot;</code></pre>\
             <span class=\"copy\"><button type=\"button\" class=\"button button--secondary copy__button\" data-copy=\"code\">Copy<span class=\"visually-hidden\"> command</span></button>\
             <span class=\"copy__status\" role=\"status\" aria-live=\"polite\"></span></span></div>"
        );
        let plain = site(vec![code(None, "x")]);
        assert!(
            plain.contains("<code>x</code>"),
            "no data-lang without a language: {plain}"
        );
        assert!(plain.contains("<span class=\"visually-hidden\"> code</span>"));
        assert!(site(vec![code(Some("toml"), "x")]).contains("data-lang=\"toml\""));
    }

    #[test]
    fn site_section_headings_have_a_copy_link_button() {
        let html = site(vec![Block::Heading {
            level: 2,
            id: "steps".into(),
            content: vec![Inline::Text("Steps ".into()), Inline::Code("a&b".into())],
        }]);
        assert_eq!(
            html,
            "<div class=\"section-heading__wrap\"><h2 id=\"steps\" class=\"heading-l section-heading\">Steps <code class=\"code\">a&amp;b</code></h2>\
             <span class=\"copy\"><button type=\"button\" class=\"button button--secondary copy__button\" data-copy=\"link\" data-anchor=\"steps\">Copy link<span class=\"visually-hidden\"> to the section Steps a&amp;b</span></button>\
             <span class=\"copy__status\" role=\"status\" aria-live=\"polite\"></span></span></div>"
        );
        for (level, tag, class) in [
            (3, "h3", "heading-m"),
            (4, "h4", "heading-s"),
            (5, "h5", "heading-s"),
            (6, "h6", "heading-s"),
        ] {
            let html = site(vec![Block::Heading {
                level,
                id: "x".into(),
                content: t("X"),
            }]);
            assert!(
                html.contains(&format!("<{tag} id=\"x\" class=\"{class} section-heading\">X</{tag}>")),
                "{html}"
            );
        }
    }

    #[test]
    fn site_blocks_use_the_sites_classes() {
        let html = site(vec![
            Block::Paragraph(vec![
                Inline::Emphasis(t("e")),
                Inline::Strong(t("s")),
                Inline::LineBreak,
                Inline::Link {
                    target: LinkTarget::Page {
                        slug: "b".into(),
                        anchor: Some("x".into()),
                    },
                    content: t("b"),
                },
                Inline::Link {
                    target: LinkTarget::Anchor("y".into()),
                    content: t("y"),
                },
                Inline::Link {
                    target: LinkTarget::External("https://x.test/?a&b".into()),
                    content: t("x"),
                },
            ]),
            Block::List {
                start: None,
                tight: true,
                items: vec![vec![Block::Paragraph(t("tight"))]],
            },
            Block::List {
                start: Some(3),
                tight: false,
                items: vec![vec![Block::Paragraph(t("loose"))]],
            },
            Block::Quote(vec![Block::Paragraph(t("q"))]),
            Block::Table {
                head: vec![t("H")],
                rows: vec![vec![t("C")]],
            },
            Block::Rule,
        ]);
        let expected = [
            "<p class=\"body\"><em>e</em><strong>s</strong><br>",
            "<a class=\"link\" href=\"/runbook/docs/b#x\">b</a><a class=\"link\" href=\"#y\">y</a>",
            "<a class=\"link\" href=\"https://x.test/?a&amp;b\" rel=\"noreferrer noopener\">x</a></p>",
            "<ul class=\"list list--bullet\"><li>tight</li></ul>",
            "<ol class=\"list list--number\" start=\"3\"><li><p class=\"body\">loose</p></li></ol>",
            "<blockquote class=\"inset-text\"><p class=\"body\">q</p></blockquote>",
            "<table class=\"table\"><thead class=\"table__head\"><tr><th scope=\"col\" class=\"table__header\">H</th></tr></thead>",
            "<tbody><tr><td class=\"table__cell\">C</td></tr></tbody></table><hr class=\"section-break\">",
        ]
        .concat();
        assert_eq!(html, expected);
    }

    #[test]
    fn site_callouts_are_warning_text_or_labelled_inset_text() {
        let inner = || vec![Block::Paragraph(t("p"))];
        for kind in [CalloutKind::Warning, CalloutKind::Caution] {
            assert_eq!(
                site(vec![Block::Callout { kind, blocks: inner() }]),
                "<div class=\"warning-text\"><span class=\"warning-text__icon\" aria-hidden=\"true\">!</span><div class=\"warning-text__text\"><span class=\"visually-hidden\">Warning</span> <p class=\"body\">p</p></div></div>"
            );
        }
        for (kind, label) in [
            (CalloutKind::Note, "Note"),
            (CalloutKind::Tip, "Tip"),
            (CalloutKind::Important, "Important"),
        ] {
            assert_eq!(
                site(vec![Block::Callout { kind, blocks: inner() }]),
                format!("<div class=\"inset-text\"><p class=\"inset-text__label\"><strong>{label}</strong></p><p class=\"body\">p</p></div>")
            );
        }
    }

    #[test]
    fn site_command_blocks_are_a_slot_for_the_generator_or_say_it_is_missing() {
        assert_eq!(
            site(vec![code(Some("command"), "konduit-connect\n")]),
            "<div class=\"generator-embed\" data-testid=\"embedded-generator\"><p class=\"generator-embed__title\"><strong>Connect &lt;Konduit&gt;</strong></p>\
             <div class=\"generator-embed__form\" data-generator=\"konduit-connect\"></div>\
             <p class=\"body generator-embed__more\"><a class=\"link\" href=\"/runbook/commands/konduit-connect\">Open ‘Connect &lt;Konduit&gt;’ on its own page</a> to share it pre-filled. \
             Values you enter are remembered in this browser and fill the fields that mean the same in other generators (<a class=\"link\" href=\"/runbook/commands#values-in-use\">values in use</a>).</p></div>"
        );
        assert_eq!(
            site(vec![code(Some("command"), "<nope>")]),
            "<p class=\"body\">The command generator ‘&lt;nope&gt;’ is missing from this build.</p>"
        );
    }

    #[test]
    fn site_mode_never_emits_content_as_html() {
        let evil = "<script>alert('x')</script>\"&";
        let text = || t(evil);
        let html = site(vec![
            Block::Heading {
                level: 2,
                id: evil.into(),
                content: text(),
            },
            Block::Paragraph(vec![
                Inline::Text(evil.into()),
                Inline::Code(evil.into()),
                Inline::Emphasis(text()),
                Inline::Link {
                    target: LinkTarget::External(evil.into()),
                    content: text(),
                },
            ]),
            Block::List {
                start: None,
                tight: true,
                items: vec![vec![Block::Paragraph(text())]],
            },
            code(Some(evil), evil),
            code(Some("command"), evil),
            Block::Callout {
                kind: CalloutKind::Note,
                blocks: vec![Block::Paragraph(text())],
            },
            Block::Table {
                head: vec![text()],
                rows: vec![vec![text()]],
            },
        ]);
        // Every piece of content appears only in its escaped form.
        let escaped = escape(evil);
        assert_eq!(html.matches(&escaped).count(), 16, "{html}");
        let rest = html.replace(&escaped, "");
        assert!(!rest.contains("script") && !rest.contains("alert"), "{rest}");
    }
}
