//! The list of command generators and each generator's page: known at build time, so
//! static HTML. A generator's form is drawn by the site's own components with its defaults
//! (`runbook_site::prerender::generator`), and the commands app brings it to life
//! (`src/generator/`); the values this browser remembers have a slot the app fills
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

/// One generator's page: what it does, where, and where the runbook explains it, around its
/// form as the site's components draw it with the defaults (`runbook_site::prerender`),
/// which the app brings to life, pre-filled from the address.
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
         <div id=\"generator-form-slot\" data-generator=\"{id}\">{form}</div>\
         <h2 class=\"heading-m\">Explained in the runbook</h2>\
         <ul class=\"list list--bullet\">{explained}</ul>\
         {VALUES_IN_USE_SLOT}",
        title = escape(&g.title),
        description = g.description.html(root),
        environment = escape(&g.describe_environment()),
        id = escape(&g.id),
        form = runbook_site::prerender::generator(g),
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

    #[test]
    fn every_generators_page_holds_its_form_and_its_command_with_placeholders() {
        let runbook = crate::pages::tests::real_runbook();
        for g in &runbook.generators {
            let html = page(g, "");
            // The form, drawn by the site's components: a GET form of the generator's
            // parameters, each with its label and its default.
            assert!(
                html.contains(&format!("aria-label=\"Values for: {}\"", escape(&g.title))),
                "{}: {html}",
                g.id
            );
            let form = html
                .split("<form ")
                .nth(1)
                .and_then(|f| f.split('>').next())
                .unwrap_or_default();
            assert!(
                form.contains("method=\"get\"") && form.contains("class=\"generator__form\""),
                "{}: {form}",
                g.id
            );
            for p in &g.params {
                assert!(html.contains(&format!("name=\"{}\"", p.name)), "{}: {}", g.id, p.name);
                assert!(html.contains(&escape(&p.label)), "{}: {}", g.id, p.label);
            }
            // The output is there as a template, never as something to copy.
            assert!(
                html.contains("data-testid=\"command-preview\"") || html.contains("data-testid=\"command-steps\""),
                "{}",
                g.id
            );
            let holds_placeholder = html.contains("&lt;") && html.contains("&gt;");
            assert_eq!(html.contains("still to give"), holds_placeholder, "{}", g.id);
            assert!(
                !html.contains("copy__button"),
                "{}: nothing to copy before the app runs",
                g.id
            );
            assert!(
                !html.contains("needs JavaScript"),
                "{}: the form no longer waits for it",
                g.id
            );
        }
        // Konduit's page: the default namespace is chosen, the server is a placeholder.
        let konduit = runbook.generators.iter().find(|g| g.id == "konduit-connect").unwrap();
        let html = page(konduit, "");
        assert!(html.contains("&lt;SERVER&gt;"), "{html}");
        assert!(html.contains("value=\"cpd-production\""), "{html}");
    }
}
