//! A runbook page (`src/pages/doc_page.rs` wires its islands), with its body in the site's markup
//! (`runbook::doc::html::render_site`). Whether the review is overdue depends on the day the
//! page is read, so the page carries the review dates in an empty `#review-status` slot and
//! the app adds the overdue banner there.

use runbook::bundle::Runbook;
use runbook::content::{Page, Review};
use runbook::doc::html::escape;
use runbook::doc::{Doc, Heading, Prose};

/// The inside of `<main>` for `page`.
pub fn main(page: &Page, runbook: &Runbook, root: &str) -> String {
    let site = &runbook.site;
    let caption = site
        .section_of(&page.slug)
        .map(|s| format!("<span class=\"caption-l\">{}</span>", escape(&s.title)))
        .unwrap_or_default();
    let body = body_with_messages(&page.doc, &page.slug, runbook, root);
    format!(
        "<article class=\"doc\" data-slug=\"{slug}\">{caption}<h1 class=\"heading-xl\">{title}</h1><p class=\"lead\">{summary}</p>{review}{tools}{contents}<div class=\"doc-body\">{body}</div>{neighbours}</article>",
        slug = escape(&page.slug),
        title = escape(&page.title),
        summary = escape(&page.summary),
        review = review(&page.review),
        tools = decide_and_act(runbook, &page.slug, root),
        contents = contents(&page.doc.contents()),
        neighbours = neighbours(runbook, &page.slug, root),
    )
}

/// A compiled body in the site's markup, its links resolved under `root`, rendered as the
/// apps' texts are (`runbook::doc::Prose`): a `command` block links to its generator's page
/// (only doc pages served by the commands app make it live).
pub fn body(doc: &Doc, runbook: &Runbook, root: &str) -> String {
    Prose::render(doc, &|id| runbook.generator(id).map(|g| g.title.clone())).html(root)
}

/// The body, with a scenario's links to its messages' pages at the end of its Contact section
/// (`runbook::message::contact_section_end`). A page with no messages is its body.
fn body_with_messages(doc: &Doc, slug: &str, runbook: &Runbook, root: &str) -> String {
    let links = runbook_site::prerender::scenario_messages_on_site(&runbook.messages, slug, root);
    match runbook::message::contact_section_end(doc) {
        Some(end) if !links.is_empty() => {
            let (before, after) = doc.blocks.split_at(end);
            let part = |blocks: &[runbook::doc::Block]| {
                body(
                    &Doc {
                        blocks: blocks.to_vec(),
                    },
                    runbook,
                    root,
                )
            };
            format!("{}{links}{}", part(before), part(after))
        }
        _ => body(doc, runbook, root),
    }
}

/// "Decide and act": the wizards that decide for this page (a wizard's `[[serves]]`), each
/// with the answers the page already gives, and the command generators they name. Nothing
/// when no wizard serves the page.
pub fn decide_and_act(runbook: &Runbook, slug: &str, root: &str) -> String {
    let serving: Vec<_> = runbook
        .wizards
        .iter()
        .flat_map(|w| w.serves.iter().filter(|s| s.page == slug).map(move |s| (w, s)))
        .collect();
    if serving.is_empty() {
        return String::new();
    }
    let item = |href: String, title: &str| {
        format!(
            "<li><a class=\"link\" href=\"{}\">{}</a></li>",
            escape(&href),
            escape(title)
        )
    };
    let wizards: String = serving
        .iter()
        .map(|(w, s)| {
            let query = runbook::wizard::query::build(w, &s.answers, None, None);
            item(format!("{root}/wizards/{}{query}", w.id), &w.title)
        })
        .collect();
    let mut seen: Vec<&str> = Vec::new();
    let commands: String = serving
        .iter()
        .flat_map(|(_, s)| s.commands.iter())
        .filter_map(|id| {
            if seen.contains(&id.as_str()) {
                return None;
            }
            seen.push(id);
            runbook
                .generator(id)
                .map(|g| item(format!("{root}/commands/{id}"), &g.title))
        })
        .collect();
    let commands = if commands.is_empty() {
        String::new()
    } else {
        format!("<p class=\"body\">Make the commands:</p><ul class=\"list list--bullet\" data-testid=\"act\">{commands}</ul>")
    };
    format!(
        "<div class=\"inset-text decide-and-act\" data-testid=\"decide-and-act\"><h2 class=\"heading-s\" id=\"decide-and-act\">Decide and act</h2>\
         <p class=\"body\">Decide with a wizard:</p><ul class=\"list list--bullet\" data-testid=\"decide\">{wizards}</ul>{commands}</div>"
    )
}

/// The slot for the overdue banner (`src/components/review_overdue.rs`), then who owns the
/// page and when it was checked.
fn review(review: &Review) -> String {
    let row = |term: &str, value: &str| {
        format!(
            "<div class=\"review-meta__row\"><dt>{term}</dt><dd>{}</dd></div>",
            escape(value)
        )
    };
    format!(
        "<div id=\"review-status\" data-review-by=\"{}\" data-owner=\"{}\"></div><dl class=\"review-meta\">{}{}{}</dl>",
        review.review_by,
        escape(&review.owner),
        row("Owner", &review.owner),
        row("Last reviewed", &review.last_reviewed.to_string()),
        row("Review by", &review.review_by.to_string()),
    )
}

/// "On this page": links to the h2 and h3 sections; nothing without headings.
fn contents(headings: &[Heading]) -> String {
    if headings.is_empty() {
        return String::new();
    }
    let items: String = headings
        .iter()
        .map(|h| {
            let class = if h.level == 3 {
                "contents__item contents__item--sub"
            } else {
                "contents__item"
            };
            format!(
                "<li class=\"{class}\"><a class=\"link\" href=\"#{}\">{}</a></li>",
                escape(&h.id),
                escape(&h.text)
            )
        })
        .collect();
    format!(
        "<nav class=\"contents\" aria-labelledby=\"contents-title\"><h2 class=\"contents__title\" id=\"contents-title\">On this page</h2><ul class=\"contents__list\">{items}</ul></nav>"
    )
}

/// Previous and next page in navigation order (GOV.UK pagination).
fn neighbours(runbook: &Runbook, slug: &str, root: &str) -> String {
    let (prev, next) = runbook.site.neighbours(slug);
    let link = |page: Option<&Page>, class: &str, rel: &str, label: &str| {
        page.map(|p| {
            format!(
                "<a class=\"pagination__link {class}\" href=\"{}\" rel=\"{rel}\"><span class=\"pagination__label\">{label}</span><span class=\"pagination__title\">{}</span></a>",
                escape(&format!("{root}/docs/{}", p.slug)),
                escape(&p.title)
            )
        })
        .unwrap_or_default()
    };
    format!(
        "<nav class=\"pagination\" aria-label=\"Previous and next page\">{}{}</nav>",
        link(prev, "pagination__prev", "prev", "Previous"),
        link(next, "pagination__next", "next", "Next"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::tests::real_runbook;
    use runbook::doc::Block;

    #[test]
    fn a_scenarios_contact_section_ends_with_links_to_its_messages_pages() {
        let runbook = crate::pages::tests::real_runbook();
        let mut checked = 0;
        for page in &runbook.site.pages {
            let messages = runbook::message::for_scenario(&runbook.messages, &page.slug);
            let html = main(page, &runbook, "/runbook");
            if messages.is_empty() {
                assert!(!html.contains("id=\"contact-messages\""), "{}", page.slug);
                continue;
            }
            checked += 1;
            let contact = html
                .find("id=\"contact\"")
                .unwrap_or_else(|| panic!("{}: a Contact section", page.slug));
            let list = html.find("id=\"contact-messages\"").expect("the list of messages");
            assert!(list > contact, "{}: in the Contact section", page.slug);
            // Before the next section's heading, if there is one.
            if let Some(next) = html[contact..].find("<h2").map(|i| contact + i) {
                assert!(list < next, "{}: before the next section", page.slug);
            }
            for m in messages {
                assert!(
                    html.contains(&format!("href=\"/runbook/messages/{}\"", m.id)),
                    "{}: {}",
                    page.slug,
                    m.id
                );
            }
        }
        assert!(checked >= 5, "every scenario with messages: {checked}");
    }

    #[test]
    fn a_doc_page_is_the_whole_page_with_slots_for_what_depends_on_the_day() {
        let runbook = real_runbook();
        // A page with a code block, a command generator and sections, in the middle of the nav.
        let page = runbook
            .site
            .pages
            .iter()
            .find(|p| {
                let code = |b: &Block| matches!(b, Block::Code { lang, .. } if lang.as_deref() != Some("command"));
                let generator = |b: &Block| matches!(b, Block::Code { lang: Some(l), .. } if l == "command");
                p.doc.blocks.iter().any(code) && p.doc.blocks.iter().any(generator) && !p.doc.contents().is_empty()
            })
            .expect("a page with code, a generator and sections");
        let html = main(page, &runbook, "/runbook");
        assert!(html.starts_with(&format!("<article class=\"doc\" data-slug=\"{}\">", page.slug)));
        assert!(html.contains(&format!("<h1 class=\"heading-xl\">{}</h1>", escape(&page.title))));
        let r = &page.review;
        assert!(html.contains(&format!(
            "<div id=\"review-status\" data-review-by=\"{}\" data-owner=\"{}\"></div><dl class=\"review-meta\"><div class=\"review-meta__row\"><dt>Owner</dt>",
            r.review_by,
            escape(&r.owner)
        )));
        assert!(html.contains(&format!("<dt>Last reviewed</dt><dd>{}</dd>", r.last_reviewed)));
        assert!(html.contains("<h2 class=\"contents__title\" id=\"contents-title\">On this page</h2>"));
        assert!(html.contains("<div class=\"doc-body\"><"));
        assert!(html.contains("data-copy=\"code\""));
        assert!(html.contains("data-copy=\"link\" data-anchor=\""));
        assert!(html.contains("<div class=\"generator-embed__form\" data-generator=\""));
        assert!(html.contains("href=\"/runbook/commands#values-in-use\""));
        assert!(html.contains("<nav class=\"pagination\" aria-label=\"Previous and next page\">"));
        assert!(!html.contains("prerendered"));
    }

    #[test]
    fn every_scenario_page_leads_to_its_wizard_and_generators() {
        let runbook = real_runbook();
        let scenarios = runbook
            .site
            .nav
            .iter()
            .find(|s| s.title == "Things that could go wrong")
            .expect("the scenarios' section");
        for slug in &scenarios.pages {
            let page = runbook.site.page(slug).expect("page");
            let html = main(page, &runbook, "/runbook");
            let tools = html
                .split("data-testid=\"decide-and-act\"")
                .nth(1)
                .unwrap_or_else(|| panic!("{slug} has no Decide and act box"));
            assert!(
                html.find("decide-and-act").unwrap_or(usize::MAX) < html.find("<div class=\"doc-body\">").unwrap_or(0),
                "{slug}: the box comes before the page's text"
            );
            assert!(tools.contains("href=\"/runbook/wizards/"), "{slug}: no wizard link");
        }
        let data_loss = main(runbook.site.page("data-loss").expect("data-loss"), &runbook, "");
        assert!(data_loss.contains(
            "<li><a class=\"link\" href=\"/wizards/lost-data\">We have lost data: what kind of restore?</a></li>"
        ));
        assert!(data_loss
            .contains("<li><a class=\"link\" href=\"/commands/restore-timestamp\">Choose the restore time</a></li>"));
        let github = main(runbook.site.page("github-down").expect("github-down"), &runbook, "");
        assert!(github.contains("href=\"/wizards/which-runbook?symptom=cannot-deploy\""));
        // Each generator once, though two wizards name it.
        let dfe = main(
            runbook.site.page("dfe-sign-in-down").expect("dfe-sign-in-down"),
            &runbook,
            "",
        );
        assert_eq!(dfe.matches("href=\"/commands/notification-banner\"").count(), 1);
        // A page no wizard serves has no box.
        let konduit = main(runbook.site.page("konduit").expect("konduit"), &runbook, "");
        assert!(!konduit.contains("decide-and-act"));
    }

    #[test]
    fn the_first_page_has_only_a_next_link() {
        let runbook = real_runbook();
        let first = &runbook.site.pages[0];
        let html = neighbours(&runbook, &first.slug, "");
        assert!(!html.contains("rel=\"prev\""));
        assert!(html.contains(&format!(
            "<a class=\"pagination__link pagination__next\" href=\"/docs/{}\" rel=\"next\"><span class=\"pagination__label\">Next</span>",
            runbook.site.pages[1].slug
        )));
    }
}
