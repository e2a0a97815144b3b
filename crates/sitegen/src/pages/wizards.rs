//! The list of decision wizards: known at build time, so static HTML. Each wizard's own
//! page is drawn by the wizards app from the wizard's data file.

use runbook::bundle::Runbook;
use runbook::doc::html::escape;

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
}
