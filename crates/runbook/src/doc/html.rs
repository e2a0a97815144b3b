//! The document model as HTML text, for pages built without the app (the one-file
//! `runbook.html`, the whole-runbook page). Every piece of text is escaped; the caller decides
//! where links go and what heading ids are, so several pages can share one HTML document.

use super::{Block, CalloutKind, Doc, Inline, LinkTarget};

/// How a rendering resolves links and anchors.
pub struct Links<'a> {
    /// The `href` for a link target.
    pub href: &'a dyn Fn(&LinkTarget) -> String,
    /// The `id` for a heading anchor of this page.
    pub id: &'a dyn Fn(&str) -> String,
    /// Added to every heading level (1 when the page title is an `<h2>`), capped at 6.
    pub shift: u8,
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
        Block::Code { text, .. } => {
            out.push_str(&format!("<pre><code>{}</code></pre>\n", escape(text)));
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
        assert!(html.contains("<pre><code>echo &quot;&lt;/pre&gt;&quot;</code></pre>"));
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
}
