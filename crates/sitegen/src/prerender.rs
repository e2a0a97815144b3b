//! Each doc route's `index.html` carries the page itself as static HTML, so its heading and
//! text paint as soon as the HTML and CSS arrive, before the app has loaded. The app removes
//! it when it mounts (`src/main.rs`) and renders the same page. Without JavaScript, it is
//! the page.

use runbook::content::Page;
use runbook::doc::html::{escape, render, Links};
use runbook::doc::LinkTarget;

/// The id of the static copy, which the app removes before it mounts.
pub const ID: &str = "prerendered";

/// `html` (the app's shell) with `page` rendered statically at the top of `<body>`.
pub fn insert(html: &str, page: &Page, section: Option<&str>, base: &str) -> String {
    let root = base.trim_end_matches('/');
    let href = |t: &LinkTarget| match t {
        LinkTarget::Page { slug, anchor: Some(a) } => format!("{root}/docs/{slug}#{a}"),
        LinkTarget::Page { slug, anchor: None } => format!("{root}/docs/{slug}"),
        LinkTarget::Anchor(a) => format!("#{a}"),
        LinkTarget::External(h) => h.clone(),
    };
    let id = |a: &str| a.to_string();
    let body = render(
        &page.doc,
        &Links {
            href: &href,
            id: &id,
            shift: 0,
        },
    );
    let caption = section
        .map(|s| format!("<span class=\"caption-l\">{}</span>", escape(s)))
        .unwrap_or_default();
    let block = format!(
        "<div id=\"{ID}\" data-slug=\"{slug}\"><header class=\"header\"><div class=\"page-width header__inner\"><a href=\"{root}/\" class=\"header__service\">Runbook</a></div></header><div class=\"page-width\"><div class=\"layout\"><div></div><div class=\"main\">{caption}<h1 class=\"heading-xl\">{}</h1><p class=\"lead\">{}</p><div class=\"doc-body\">{body}</div></div></div></div></div>",
        escape(&page.title),
        escape(&page.summary),
        slug = escape(&page.slug),
    );
    match html.find("<body>") {
        Some(at) => {
            let at = at + "<body>".len();
            format!("{}\n    {block}{}", &html[..at], &html[at..])
        }
        None => html.to_string(),
    }
}

/// A page body as HTML for a site served under `root` (`""` or `/runbook`): links go to the
/// site's page addresses, heading ids are the page's own anchors.
pub fn render_page(page: &Page, root: &str) -> String {
    let href = |t: &LinkTarget| match t {
        LinkTarget::Page { slug, anchor: Some(a) } => format!("{root}/docs/{slug}#{a}"),
        LinkTarget::Page { slug, anchor: None } => format!("{root}/docs/{slug}"),
        LinkTarget::Anchor(a) => format!("#{a}"),
        LinkTarget::External(h) => h.clone(),
    };
    let id = |a: &str| a.to_string();
    render(
        &page.doc,
        &Links {
            href: &href,
            id: &id,
            shift: 0,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use runbook::content::Review;
    use runbook::date::Date;
    use runbook::doc::{Block, Doc, Inline};

    #[test]
    fn the_page_goes_first_in_the_body_escaped_with_base_path_links() {
        let d = Date::from_days_since_epoch(0);
        let page = Page {
            slug: "a".into(),
            title: "A <b>".into(),
            summary: "S".into(),
            review: Review {
                owner: "O".into(),
                last_reviewed: d,
                review_by: d,
            },
            source: String::new(),
            doc: Doc {
                blocks: vec![Block::Paragraph(vec![Inline::Link {
                    target: LinkTarget::Page {
                        slug: "b".into(),
                        anchor: Some("x".into()),
                    },
                    content: vec![Inline::Text("to b".into())],
                }])],
            },
        };
        let html = insert(
            "<html><body>\n<noscript></noscript></body></html>",
            &page,
            Some("Scenarios"),
            "/runbook/",
        );
        let start = html.find("<div id=\"prerendered\" data-slug=\"a\">").unwrap();
        assert!(start < html.find("<noscript>").unwrap());
        assert!(html.contains("<h1 class=\"heading-xl\">A &lt;b&gt;</h1>"));
        assert!(html.contains("href=\"/runbook/docs/b#x\""));
        assert!(
            !html[start..].contains("<main"),
            "the app's <main> is the only main landmark"
        );
    }
}
