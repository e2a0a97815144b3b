//! Every page on one page (`/all`), for printing or saving as a PDF, and the download of the
//! one-file runbook. Bodies use the plain renderer with the one-file
//! rules (`shared_id`, `shared_href`), because on one page heading ids must be unique,
//! headings sit one level below the page title and links between pages stay on the page.
//! After the docs come the wizards, the generators and the drills, as the one file holds
//! them (`decide_and_act`), so the printed runbook decides and acts too.

use super::decide_and_act;
use runbook::bundle::Runbook;
use runbook::doc::html::{escape, render, shared_href, shared_id, Links};
use runbook::doc::LinkTarget;

pub const TITLE: &str = "The whole runbook";

pub fn main(runbook: &Runbook, root: &str) -> String {
    let site = &runbook.site;
    let parts = decide_and_act::parts(runbook, root);
    let mut contents = String::new();
    for section in &site.nav {
        contents.push_str(&format!(
            "<li class=\"all-contents__section\">{}<ul class=\"all-contents__pages\">",
            escape(&section.title)
        ));
        for page in section.pages.iter().filter_map(|slug| site.page(slug)) {
            contents.push_str(&format!(
                "<li><a class=\"link\" href=\"#{}\">{}</a></li>",
                escape(&page.slug),
                escape(&page.title)
            ));
        }
        contents.push_str("</ul></li>");
    }
    for part in &parts {
        contents.push_str(&format!(
            "<li class=\"all-contents__section\"><a class=\"link\" href=\"#{}\">{}</a><ul class=\"all-contents__pages\">",
            part.anchor,
            escape(part.title)
        ));
        for (anchor, title) in &part.items {
            contents.push_str(&format!(
                "<li><a class=\"link\" href=\"#{}\">{}</a></li>",
                escape(anchor),
                escape(title)
            ));
        }
        contents.push_str("</ul></li>");
    }
    let mut out = format!(
        "<h1 class=\"heading-xl\">{TITLE}</h1><p class=\"lead\">Every page in order, to print or save as a PDF.</p>\
         <p class=\"body\"><a class=\"link\" href=\"{root}/runbook.html\" download=\"runbook.html\" data-testid=\"download-onefile\">Download the whole runbook as one file (HTML)</a>. \
         It opens in any browser without this site or a network: keep a copy on your laptop.</p>\
         <nav class=\"contents all-contents\" aria-labelledby=\"all-contents-title\"><h2 class=\"contents__title\" id=\"all-contents-title\">Contents</h2>\
         <ul class=\"all-contents__list\">{contents}</ul></nav>",
        root = escape(root),
    );
    for page in site
        .nav
        .iter()
        .flat_map(|s| &s.pages)
        .filter_map(|slug| site.page(slug))
    {
        let slug = page.slug.as_str();
        let href = |t: &LinkTarget| shared_href(slug, t);
        let id = |a: &str| shared_id(slug, a);
        let generator = |id: &str| decide_and_act::generator_link(runbook, id);
        let body = render(
            &page.doc,
            &Links {
                href: &href,
                id: &id,
                shift: 1,
                generator: &generator,
            },
        );
        let section = site.section_of(slug).map(|s| escape(&s.title)).unwrap_or_default();
        out.push_str(&format!(
            "<article class=\"all-doc\" id=\"{slug}\" aria-labelledby=\"{slug}--title\" data-slug=\"{slug}\"><span class=\"caption-l\">{section}</span>\
             <h2 class=\"heading-l all-doc__title\" id=\"{slug}--title\">{title}</h2><p class=\"lead\">{summary}</p>\
             <p class=\"all-doc__meta\">{meta}</p><div class=\"doc-body all-doc__body\">{body}</div>{messages}</article>",
            slug = escape(slug),
            title = escape(&page.title),
            summary = escape(&page.summary),
            meta = escape(&format!(
                "Owner: {}. Review by {}.",
                page.review.owner, page.review.review_by
            )),
            // A scenario's messages, further down this page, as the one file links them.
            messages = runbook_site::prerender::scenario_messages_in_file(&runbook.messages, slug),
        ));
    }
    for part in &parts {
        out.push_str(&decide_and_act::section(part));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::tests::real_runbook;

    #[test]
    fn every_page_is_on_it_in_order_with_ids_unique_to_the_page() {
        let runbook = real_runbook();
        let html = main(&runbook, "/runbook");
        assert!(
            html.contains("href=\"/runbook/runbook.html\" download=\"runbook.html\" data-testid=\"download-onefile\"")
        );
        let mut last = 0;
        for slug in runbook.site.nav.iter().flat_map(|s| &s.pages) {
            let at = html
                .find(&format!(
                    "<article class=\"all-doc\" id=\"{slug}\" aria-labelledby=\"{slug}--title\""
                ))
                .unwrap_or_else(|| panic!("{slug} is on the page"));
            assert!(at > last, "{slug} is in navigation order");
            last = at;
            assert!(html.contains(&format!("<li><a class=\"link\" href=\"#{slug}\">")));
        }
        let p = &runbook.site.pages[0];
        let anchor = p.doc.anchors().next().expect("the first page has a heading");
        assert!(html.contains(&format!("id=\"{}\"", shared_id(&p.slug, anchor))));
        assert!(!html.contains("Loading every page"));
        // The wizards, generators and drills follow the docs, each in the contents.
        let last_doc = html.rfind("<article class=\"all-doc\"").unwrap();
        for part in ["part.wizards", "part.generators", "part.drills"] {
            let at = html
                .find(&format!("<section class=\"in-file-part\" id=\"{part}\""))
                .unwrap_or_else(|| panic!("{part} is on the page"));
            assert!(at > last_doc, "{part} after the docs");
            assert!(html.contains(&format!("<a class=\"link\" href=\"#{part}\">")));
        }
    }

    /// Each scenario links to its messages, whose drafts (or reasons) are further down the page.
    #[test]
    fn each_scenario_links_to_its_messages_on_the_page() {
        let runbook = real_runbook();
        let html = main(&runbook, "");
        for m in &runbook.messages {
            let draft = format!("id=\"{}\"", runbook::one_file::message(&m.id));
            let at = html.find(&draft).unwrap_or_else(|| panic!("{}: on the page", m.id));
            for s in &m.scenarios {
                let article = html
                    .find(&format!("<article class=\"all-doc\" id=\"{}\"", s.slug))
                    .unwrap_or_else(|| panic!("{}", s.slug));
                let end = article + html[article..].find("</article>").unwrap();
                let link = format!("href=\"#{}\"", runbook::one_file::message(&m.id));
                assert!(html[article..end].contains(&link), "{} links to {}", s.slug, m.id);
                assert!(at > end, "{}: the draft is further down", m.id);
            }
        }
    }
}
