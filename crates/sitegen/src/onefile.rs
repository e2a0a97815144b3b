//! `runbook.html`: the whole runbook as one self-contained file (inline CSS, no script,
//! in-file links) for the laptop on the desk when everything else is down. Besides every doc
//! page it holds what decides and acts (`pages::decide_and_act`): every wizard as its tree of
//! steps, one shown at a time by CSS `:target`; every generator as a template; every drill's
//! briefing and role cards, one card to a printed page.

use crate::pages::decide_and_act;
use runbook::bundle::Runbook;
use runbook::doc::html::{escape, render, shared_href, shared_id, Links};

/// Styles for the one file: a compact copy of the site's type, colour and focus styles, and
/// the print rules. Inline, because the file must open on its own from `file://`.
const CSS: &str = r#"
:root{--text:#0b0c0c;--link:#1d70b8;--visited:#4c2c92;--focus:#ffdd00;--border:#b1b4b6;--muted:#505a5f;--red:#d4351c}
*{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.4;color:var(--text);background:#fff}
.skip{position:absolute;left:-9999px}.skip:focus{left:15px;top:15px;background:var(--focus);padding:10px;color:var(--text)}
header{background:var(--text);color:#fff;padding:10px 15px;border-bottom:10px solid var(--link)}
header p{margin:0;font-weight:700;font-size:24px}
main{max-width:960px;margin:0 auto;padding:20px 15px 60px;overflow-wrap:anywhere}
pre,pre code{overflow-wrap:normal}
h1{font-size:40px;line-height:1.1;margin:20px 0}
h2{font-size:32px;margin:40px 0 15px}
h3{font-size:24px;margin:30px 0 10px}
h4,h5,h6{font-size:19px;margin:20px 0 10px}
a{color:var(--link)}a:visited{color:var(--visited)}
a:focus{outline:3px solid transparent;background:var(--focus);box-shadow:0 -2px var(--focus),0 4px var(--text);color:var(--text);text-decoration:none}
article{border-top:2px solid var(--border);margin-top:40px}
.caption{color:var(--muted);margin:30px 0 0}
.meta{color:var(--muted);font-size:16px}
code{font-family:"Courier New",monospace;background:#f3f2f1;padding:0 3px;overflow-wrap:anywhere}
pre{background:#f3f2f1;padding:15px;overflow-x:auto;white-space:pre;border-left:5px solid var(--border)}
.message-template__text{white-space:pre-wrap}
pre code{padding:0}
table{border-collapse:collapse;width:100%;margin-bottom:20px}
th,td{border-bottom:1px solid var(--border);padding:10px 20px 10px 0;text-align:left;vertical-align:top}
.inset,blockquote{border-left:10px solid var(--border);padding:15px;margin:20px 0}
.warning{border-left:10px solid var(--red);padding:15px;margin:20px 0;font-weight:700}
nav ol{padding-left:20px}
.lead{font-size:24px}.hint{color:var(--muted)}.body{margin:0 0 15px}
.caption-l,.caption-m{display:block;color:var(--muted);font-size:19px}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.in-file-part{border-top:10px solid var(--link);margin-top:60px}
.wizard-in-file,.generator-template,.drill-briefing{border-top:2px solid var(--border);margin-top:40px}
.warning-text{display:flex;gap:15px;align-items:center;font-weight:700;margin:20px 0}
.warning-text__icon{flex:none;width:35px;height:35px;border-radius:50%;background:var(--text);color:#fff;font-size:28px;line-height:35px;text-align:center}
.inset-text{border-left:10px solid var(--border);padding:15px;margin:20px 0}
.checkboxes__item{display:flex;gap:10px;align-items:flex-start;margin:10px 0}
.checkboxes__input{width:24px;height:24px;margin:2px 0 0;flex:none}
.checkboxes__input:focus{outline:3px solid var(--focus);outline-offset:1px}
.summary-list{margin:0 0 20px}.summary-list__row{border-bottom:1px solid var(--border);padding:10px 0}
.summary-list__key{font-weight:700}.summary-list__value{margin:5px 0 0}
.tag--red{display:inline-block;background:#f4cdc6;color:#2a0b06;padding:2px 8px;text-transform:uppercase;font-size:16px}
.drill-tag{display:inline-block;border:1px solid var(--text);padding:0 6px;font-size:16px}
.role-card{border:2px solid var(--text);padding:15px;margin:30px 0}
.wizard-walk__answers{list-style:none;padding-left:0}.wizard-walk__answers li{margin:0 0 10px}
.wizard-walk__step,.wizard-walk__to{display:none}
.wizard-walk__node:focus{outline:none}
section:target>h2,section:target>h3{background:var(--focus)}
@media screen{
 .wizard-walk__node{display:none}
 .wizard-walk__node:target,.wizard-walk:not(:has(.wizard-walk__node:target)) .wizard-walk__node--first{display:block}
}
@media print{
 .wizard-walk__step,.wizard-walk__to{display:inline}
 .wizard-walk__node{border-top:1px solid #000;margin-top:20px}
 .wizard-walk .wizard-start-again{display:none}
 .in-file-part{break-before:page;border:0}
 .role-card{break-before:page;border:0;padding:0}
 .checkboxes__input{border:1px solid #000}
}
@media print{
 body{font-size:12pt}header,.skip{display:none}
 main{max-width:none;padding:0}
 article{page-break-before:always;border:0}
 a{color:var(--text)}
 h1,h2,h3,h4{page-break-after:avoid}pre,table,.warning{page-break-inside:avoid}
 pre{white-space:pre-wrap;word-break:break-all}
}
"#;

/// Renders the whole runbook, pages in navigation order, as one HTML document.
/// `root` is the base path of the site it was built with (`""` or `/runbook`): the file
/// names the site's addresses of the live generators and wizards, as text.
pub fn render_runbook(runbook: &Runbook, root: &str, stamp: &str) -> String {
    let site = &runbook.site;
    let generator = |id: &str| decide_and_act::generator_link(runbook, id);
    let mut contents = String::new();
    let mut body = String::new();
    for section in &site.nav {
        contents.push_str(&format!("<li>{}<ol>", escape(&section.title)));
        for page in section.pages.iter().filter_map(|s| site.page(s)) {
            let slug = &page.slug;
            contents.push_str(&format!("<li><a href=\"#{slug}\">{}</a></li>", escape(&page.title)));
            let href = |t: &runbook::doc::LinkTarget| shared_href(slug, t);
            let id = |a: &str| shared_id(slug, a);
            let html = render(
                &page.doc,
                &Links {
                    href: &href,
                    id: &id,
                    shift: 1,
                    generator: &generator,
                },
            );
            body.push_str(&format!(
                "<article id=\"{slug}\" aria-labelledby=\"{slug}--title\">\n<p class=\"caption\">{}</p>\n<h2 id=\"{slug}--title\">{}</h2>\n<p>{}</p>\n<p class=\"meta\">Owner: {}. Last reviewed {}. Review by {}.</p>\n{html}{messages}</article>\n",
                escape(&section.title),
                escape(&page.title),
                escape(&page.summary),
                escape(&page.review.owner),
                page.review.last_reviewed,
                page.review.review_by,
                messages = runbook_site::prerender::scenario_messages_in_file(&runbook.messages, slug),
            ));
        }
        contents.push_str("</ol></li>");
    }
    for part in decide_and_act::parts(runbook, root) {
        contents.push_str(&format!(
            "<li><a href=\"#{}\">{}</a><ol>",
            part.anchor,
            escape(part.title)
        ));
        for (anchor, title) in &part.items {
            contents.push_str(&format!(
                "<li><a href=\"#{}\">{}</a></li>",
                escape(anchor),
                escape(title)
            ));
        }
        contents.push_str("</ol></li>");
        body.push_str(&decide_and_act::section(&part));
    }
    let service = &runbook.service;
    let contacts = contacts(runbook);
    format!(
        "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title} (one file)</title>\n<style>{CSS}</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to main content</a>\n<header><p>{name}</p></header>\n<main id=\"main\">\n<h1>{tagline}</h1>\n<p>Every page of the runbook in one file, for when the site cannot be reached, with every decision wizard, command generator, message and drill. {stamp}</p>\n<p class=\"meta\">{service}, {organisation}. Source code: <a href=\"{repository}\">{repository}</a></p>\n<nav aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>\n<ol>{contents}</ol>\n</nav>\n{contacts}{body}</main>\n</body>\n</html>\n",
        title = escape(&service.page_title(&service.tagline)),
        name = escape(&service.title),
        tagline = escape(&service.tagline),
        stamp = escape(stamp),
        service = escape(&service.service),
        organisation = escape(&service.organisation),
        repository = escape(&service.repository),
    )
}

/// Who to contact (`content/site.toml`'s contact groups), each linked to the page that says
/// more; nothing when there are none.
fn contacts(runbook: &Runbook) -> String {
    let groups = &runbook.service.contacts;
    if groups.is_empty() {
        return String::new();
    }
    let items: String = groups
        .iter()
        .map(|g| {
            let more = g.page.as_deref().map_or_else(String::new, |reference| {
                let (slug, anchor) = match reference.split_once('#') {
                    Some((s, a)) => (s.to_string(), Some(a.to_string())),
                    None => (reference.to_string(), None),
                };
                let label = runbook.site.page(&slug).map_or(slug.clone(), |p| p.title.clone());
                let href = shared_href(
                    &slug,
                    &runbook::doc::LinkTarget::Page {
                        slug: slug.clone(),
                        anchor,
                    },
                );
                format!(" See <a href=\"{}\">{}</a>.", escape(&href), escape(&label))
            });
            format!(
                "<li><strong>{}</strong>: {}{more}</li>",
                escape(&g.name),
                escape(&g.how)
            )
        })
        .collect();
    format!("<section aria-labelledby=\"contacts-title\">\n<h2 id=\"contacts-title\">Who to contact</h2>\n<ul>{items}</ul>\n</section>\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use runbook::content::{NavSection, Page, Review, Site};
    use runbook::date::Date;
    use runbook::doc::{Block, Doc, Inline, LinkTarget};

    #[test]
    fn pages_in_nav_order_with_in_file_links_and_no_script() {
        let d = Date::from_days_since_epoch(0);
        let page = |slug: &str, blocks| Page {
            slug: slug.into(),
            title: format!("<{slug}>"),
            summary: String::new(),
            review: Review {
                owner: "O".into(),
                last_reviewed: d,
                review_by: d,
            },
            source: String::new(),
            doc: Doc { blocks },
        };
        let a = page(
            "a",
            vec![Block::Paragraph(vec![Inline::Link {
                target: LinkTarget::Page {
                    slug: "b".into(),
                    anchor: Some("x".into()),
                },
                content: vec![Inline::Text("to b".into())],
            }])],
        );
        let b = page(
            "b",
            vec![Block::Heading {
                level: 2,
                id: "x".into(),
                content: vec![Inline::Text("X".into())],
            }],
        );
        let runbook = Runbook {
            site: Site {
                nav: vec![NavSection {
                    title: "S".into(),
                    pages: vec!["b".into(), "a".into()],
                }],
                pages: vec![a, b],
            },
            ..Runbook::default()
        };
        let html = render_runbook(&runbook, "", "");
        assert!(
            html.find("id=\"b\"").unwrap() < html.find("id=\"a\"").unwrap(),
            "nav order"
        );
        assert!(html.contains("<a href=\"#b--x\">to b</a>"));
        assert!(html.contains("<h3 id=\"b--x\">X</h3>"));
        assert!(html.contains("&lt;a&gt;"));
        assert!(!html.contains("<script"));
    }
}
