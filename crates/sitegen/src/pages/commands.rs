//! The list of command generators and each generator's page: known at build time, so
//! static HTML, with slots for what depends on the browser, which the commands app fills: a
//! generator's form (`src/generator/`) and the values this browser remembers
//! (`src/generator/values_in_use.rs`).

use runbook::bundle::Runbook;
use runbook::command::Generator;
use runbook::doc::html::{escape, site_href};
use runbook::doc::LinkTarget;

pub const TITLE: &str = "Command generators";

pub fn list(runbook: &Runbook, root: &str) -> String {
    let items: String = runbook
        .generators
        .iter()
        .map(|g| {
            let summary = if g.summary.is_empty() {
                String::new()
            } else {
                format!("<p class=\"page-list__summary\">{}</p>", escape(&g.summary))
            };
            // The tag is the word "Production": the words after it never repeat it.
            let acts_on = g.acts_on();
            let production = match (acts_on.production, acts_on.after_tag.is_empty()) {
                (false, _) => "",
                (true, true) => "<strong class=\"tag tag--red\">Production</strong>",
                (true, false) => "<strong class=\"tag tag--red\">Production</strong> ",
            };
            format!(
                "<li class=\"page-list__item generator-list__item\"><a class=\"link page-list__title\" href=\"{root}/commands/{id}\">{title}</a>{summary}<p class=\"page-list__summary\" data-testid=\"acts-on\">Acts on: {production}{environment}</p></li>",
                id = escape(&g.id),
                title = escape(&g.title),
                environment = escape(&acts_on.after_tag),
            )
        })
        .collect();
    format!(
        "<h1 class=\"heading-xl\">{TITLE}</h1>\
         <p class=\"lead\">Fill in the values and copy a command that is quoted safely and checked before you run it.</p>\
         <ul class=\"page-list\" data-testid=\"generator-list\">{items}</ul>\
         {VALUES_IN_USE_SLOT}"
    )
}

/// The slot for the values this browser remembers.
const VALUES_IN_USE_SLOT: &str = "<div id=\"values-in-use-slot\"><noscript><p class=\"body\">The values this browser remembers for the generators are listed here when JavaScript runs.</p></noscript></div>";

/// One generator's page: what it does, where, and where the runbook explains it, around a
/// slot for its form (pre-filled from the address by the app).
pub fn page(g: &Generator, root: &str) -> String {
    let explained: String = g
        .docs
        .iter()
        .map(|d| {
            let target = LinkTarget::Page {
                slug: d.slug.clone(),
                anchor: d.anchor.clone(),
            };
            format!(
                "<li><a class=\"link\" href=\"{}\">{}</a></li>",
                escape(&site_href(root, &target)),
                escape(&d.label),
            )
        })
        .collect();
    format!(
        "<a class=\"back-link\" href=\"{root}/commands\">All command generators</a>\
         <span class=\"caption-l\">Command generator</span>\
         <h1 class=\"heading-xl\">{title}</h1>\
         <div class=\"doc-body\">{description}</div>\
         <p class=\"body\" data-testid=\"acts-on\">Acts on: <strong>{environment}</strong></p>\
         <div id=\"generator-form-slot\" data-generator=\"{id}\"><noscript><p class=\"body\">The form that writes this command needs JavaScript to run in the browser. The runbook's pages work without it.</p></noscript></div>\
         <h2 class=\"heading-m\">Explained in the runbook</h2>\
         <ul class=\"list list--bullet\">{explained}</ul>\
         {VALUES_IN_USE_SLOT}",
        title = escape(&g.title),
        description = g.description.html(root),
        environment = escape(&g.describe_environment()),
        id = escape(&g.id),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use runbook::command::Environment;

    #[test]
    fn lists_every_generator_with_where_it_acts() {
        let runbook = crate::pages::tests::real_runbook();
        let html = list(&runbook, "/runbook");
        for g in &runbook.generators {
            assert!(
                html.contains(&format!("href=\"/runbook/commands/{}\">{}</a>", g.id, escape(&g.title))),
                "{}",
                g.id
            );
            assert!(html.contains(&escape(&g.acts_on().after_tag)), "{}", g.id);
        }
        // The tag is the word: it is never said twice.
        assert!(!html.contains("Production</strong> Production"), "{html}");
        assert!(html.contains(
            "Acts on: <strong class=\"tag tag--red\">Production</strong> when Namespace is cpd-production; otherwise another remote environment</p>"
        ));
        assert!(html.contains("Acts on: <strong class=\"tag tag--red\">Production</strong></p>"));
        assert_eq!(html.matches("<li ").count(), runbook.generators.len());
        assert!(runbook.generators.iter().any(|g| g.touches == Environment::Production));
        assert_eq!(
            html.matches("tag--red\">Production</strong>").count(),
            runbook
                .generators
                .iter()
                .filter(|g| g.touches == Environment::Production)
                .count()
        );
        assert!(html.contains("id=\"values-in-use-slot\""));
    }

    #[test]
    fn a_generators_page_says_what_it_does_around_a_slot_for_its_form() {
        let runbook = crate::pages::tests::real_runbook();
        let g = runbook
            .generators
            .iter()
            .find(|g| g.docs.iter().any(|d| d.anchor.is_some()))
            .unwrap();
        let html = page(g, "/runbook");
        assert!(html.contains(&format!("<h1 class=\"heading-xl\">{}</h1>", escape(&g.title))));
        assert!(html.contains(&format!("id=\"generator-form-slot\" data-generator=\"{}\"", g.id)));
        assert!(html.contains(&format!(
            "Acts on: <strong>{}</strong>",
            escape(&g.describe_environment())
        )));
        for d in &g.docs {
            let anchor = d.anchor.as_deref().map(|a| format!("#{a}")).unwrap_or_default();
            assert!(html.contains(&format!(
                "href=\"/runbook/docs/{}{anchor}\">{}</a>",
                d.slug,
                escape(&d.label)
            )));
        }
        assert!(html.contains("id=\"values-in-use-slot\""));
        assert!(
            html.contains("<div class=\"doc-body\"><p"),
            "the description, as the site renders a body"
        );
    }
}
