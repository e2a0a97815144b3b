//! The list of decision wizards: known at build time, so static HTML. Each wizard's first
//! question is drawn here by the site's own components, and the wizards app brings it to
//! life and draws every later step from the wizard's data file. Each wizard's every step is
//! drawn on a page of its own too, for readers without JavaScript.

use runbook::bundle::Runbook;
use runbook::doc::html::escape;
use runbook::route::Route;
use runbook::wizard::Wizard;

pub const TITLE: &str = "Decide what to do";

pub fn list(runbook: &Runbook, root: &str) -> String {
    let items: String = runbook
        .wizards
        .iter()
        .map(|w| {
            format!(
                "<li class=\"wizard-list__item\" data-wizard=\"{id}\"><h2 class=\"heading-m\">{title}</h2><p class=\"body\">{summary}</p>\
                 <a class=\"button\" href=\"{root}/wizards/{id}\">Start<span class=\"visually-hidden\"> the wizard: {title}</span></a>\
                 <p class=\"body\"><a class=\"link\" href=\"{root}/wizards/{id}/steps\">Every step on one page<span class=\"visually-hidden\"> of the wizard: {title}</span></a> \
                 (works without JavaScript)</p></li>",
                id = escape(&w.id),
                title = escape(&w.title),
                summary = escape(&w.summary),
            )
        })
        .collect();
    format!(
        "<h1 class=\"heading-xl\">{TITLE}</h1>\
         <p class=\"lead\">Answer a few questions, one at a time, and get the runbook's answer with the steps to take.</p>\
         <ul class=\"wizard-list\" data-testid=\"wizard-list\">{items}</ul>"
    )
}

/// The wizard's page at its address without answers: the first question, as the wizards
/// app draws it, with a note for readers without JavaScript after it.
pub fn first_question(wizard: &Wizard, root: &str) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 60) as i64);
    format!(
        "{}<noscript><p class=\"body\">Without JavaScript, this wizard shows only its first question. \
         <a class=\"link\" href=\"{root}{steps}\">Answer it with every step on one page</a>, which works without JavaScript.</p></noscript>",
        runbook_site::prerender::wizard(wizard, root, now),
        steps = Route::WizardSteps(wizard.id.clone()).path(),
    )
}

/// The title of a wizard's walk through every step.
pub fn steps_title(wizard: &Wizard) -> String {
    format!("Every step: {}", wizard.title)
}

/// Every step of the wizard on one page, each answer a link to the next: the wizard for a
/// reader without JavaScript, as the site's components draw it.
pub fn steps(wizard: &Wizard, runbook: &Runbook, root: &str) -> String {
    let title = |id: &str| runbook.wizard(id).map(|w| w.title.clone());
    runbook_site::prerender::wizard_walk(wizard, root, &title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_wizard_with_a_start_button() {
        let runbook = crate::pages::tests::real_runbook();
        let html = list(&runbook, "");
        for w in &runbook.wizards {
            assert!(html.contains(&format!("href=\"/wizards/{}\">Start", w.id)), "{}", w.id);
            assert!(html.contains(&escape(&w.summary)));
        }
        assert_eq!(html.matches("<li ").count(), runbook.wizards.len());
    }

    #[test]
    fn each_wizard_page_holds_its_first_question_as_a_working_form() {
        let runbook = crate::pages::tests::real_runbook();
        for w in &runbook.wizards {
            let first = w.question(&w.start).unwrap();
            let html = first_question(w, "/runbook");
            assert!(
                html.starts_with(&format!("<div data-wizard=\"{}\" class=\"wizard\">", w.id)),
                "{html}"
            );
            assert!(
                html.contains("<a href=\"/runbook/wizards\" data-testid=\"back-link\" class=\"back-link\">Back</a>"),
                "{html}"
            );
            assert!(
                html.contains(&escape(&first.text)),
                "{}: the question is the heading",
                w.id
            );
            assert!(html.contains("method=\"get\""), "the form works before the app loads");
            assert!(
                html.contains(&format!("name=\"{}\"", first.id)),
                "its field is the address's key"
            );
            assert!(html.contains(">Continue</button>"));
            assert!(!html.contains("error-summary"));
        }
    }

    /// `text` as Leptos writes a text node: only `&`, `<` and `>` escaped.
    fn as_text(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }

    /// The values of `attr="…"` in `html`, in order.
    fn values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
        let key = format!(" {attr}=\"");
        html.split(key.as_str())
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect()
    }

    #[test]
    fn each_wizard_has_every_step_on_one_page_with_links_that_resolve() {
        use runbook::wizard::walk::{paths, WalkBody};
        let runbook = crate::pages::tests::real_runbook();
        for w in &runbook.wizards {
            let html = steps(w, &runbook, "/runbook");
            let ids = values(&html, "id");
            let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
            assert_eq!(unique.len(), ids.len(), "{}: every id once", w.id);
            // The id in each section's opening tag.
            let sections: Vec<&str> = html
                .split("<section ")
                .skip(1)
                .filter_map(|s| s.split('>').next()?.split("id=\"").nth(1)?.split('"').next())
                .collect();
            // Every node the core reaches is a section with its heading, once.
            let view = runbook::wizard::walk::walk(w, "/runbook", &|_| None);
            assert_eq!(sections.len(), view.nodes.len(), "{}", w.id);
            for node in &view.nodes {
                assert!(sections.contains(&node.anchor.as_str()), "{}: {}", w.id, node.anchor);
                let heading = match &node.body {
                    WalkBody::Question(q) => &q.text,
                    WalkBody::Outcome(o) => &o.title,
                };
                let h1 = html
                    .split(&format!("<h1 id=\"{}-heading\"", node.anchor))
                    .nth(1)
                    .and_then(|rest| rest.split("</h1>").next())
                    .unwrap_or_else(|| panic!("{}: {} has a heading", w.id, node.anchor));
                assert!(h1.ends_with(&format!(">{}", as_text(heading))), "{}: {heading}", w.id);
            }
            // Every outcome a path reaches, and every answer on the way, is on the page.
            for p in paths(w) {
                assert!(sections.contains(&format!("outcome-{}", p.outcome).as_str()));
                for step in &p.steps {
                    assert!(
                        html.contains(&format!(">{}</a>", as_text(&step.answer))),
                        "{}",
                        step.answer
                    );
                }
            }
            // Every link within the page names an element on it.
            let in_page: Vec<&str> = values(&html, "href")
                .into_iter()
                .filter_map(|h| h.strip_prefix('#'))
                .collect();
            assert!(in_page.len() > view.nodes.len(), "{}: answers and Start again", w.id);
            for target in &in_page {
                assert!(unique.contains(target), "{}: #{target} is on the page", w.id);
            }
            let first = format!("question-{}", w.start);
            assert_eq!(sections[0], first, "the first question first");
            assert_eq!(
                html.matches(&format!("href=\"#{first}\" class=\"link\">Start again</a>"))
                    .count(),
                view.nodes.len() - 1,
                "{}: every step but the first leads back to it",
                w.id
            );
            assert_eq!(html.matches("wizard-walk__node--first").count(), 1);
            assert!(
                html.contains(&format!("href=\"/runbook/wizards/{}\"", w.id)),
                "the wizard with JavaScript"
            );
            assert!(
                !html.contains("data-testid=\"continue\""),
                "no form: every answer is a link"
            );
        }
    }

    #[test]
    fn the_wizard_page_and_the_list_link_to_every_step_on_one_page() {
        let runbook = crate::pages::tests::real_runbook();
        let listed = list(&runbook, "/runbook");
        for w in &runbook.wizards {
            let steps = format!("href=\"/runbook/wizards/{}/steps\"", w.id);
            assert!(listed.contains(&steps), "{}", w.id);
            let page = first_question(w, "/runbook");
            let noscript = page.split("<noscript>").nth(1).unwrap();
            assert!(noscript.contains(&steps), "{noscript}");
        }
    }
}
