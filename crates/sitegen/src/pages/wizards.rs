//! The list of decision wizards: known at build time, so static HTML. Each wizard's first
//! question is drawn here by the site's own components, and the wizards app brings it to
//! life and draws every later step from the wizard's data file.

use runbook::bundle::Runbook;
use runbook::doc::html::escape;
use runbook::wizard::Wizard;

pub const TITLE: &str = "Decide what to do";

pub fn list(runbook: &Runbook, root: &str) -> String {
    let items: String = runbook
        .wizards
        .iter()
        .map(|w| {
            format!(
                "<li class=\"wizard-list__item\" data-wizard=\"{id}\"><h2 class=\"heading-m\">{title}</h2><p class=\"body\">{summary}</p>\
                 <a class=\"button\" href=\"{root}/wizards/{id}\">Start<span class=\"visually-hidden\"> the wizard: {title}</span></a></li>",
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
         The runbook's pages say what to do in each case: <a class=\"link\" href=\"{root}/\">start from the runbook's home page</a>.</p></noscript>",
        runbook_site::prerender::wizard(wizard, root, now)
    )
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
}
