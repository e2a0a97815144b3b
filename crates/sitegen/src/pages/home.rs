//! The start page: what this is, and every section of the runbook one click away.

use runbook::bundle::Runbook;
use runbook::doc::html::escape;

pub const TITLE: &str = "Disaster recovery";

/// The home page: first, for someone with something broken, the wizard that says which
/// scenario it is (the one with `start-here`); then every section of the runbook.
pub fn main(runbook: &Runbook, root: &str) -> String {
    let site = &runbook.site;
    let start_here = runbook
        .wizards
        .iter()
        .find(|w| w.start_here)
        .map(|w| {
            format!(
                "<div class=\"start-here\" data-testid=\"start-here\"><h2 class=\"heading-l\" id=\"start-here\">Something is broken? Start here</h2>\
                 <p class=\"body\">{summary}</p>\
                 <a class=\"button\" href=\"{root}/wizards/{id}\">{title}</a>\
                 <p class=\"body\">Keep a record of what you decide, run and say as you go: <a class=\"link\" href=\"{root}/incident\">start an incident record</a>. Tell everyone who is affected: <a class=\"link\" href=\"{root}/messages\">messages for each contact group</a>.</p></div>",
                id = escape(&w.id),
                title = escape(&w.title),
                summary = escape(&w.summary),
            )
        })
        .unwrap_or_default();
    let mut out = format!(
        "<h1 class=\"heading-xl\">{TITLE}</h1>{start_here}\
         <p class=\"lead\">What to do when something is broken: the scenarios we know about, the actions we can take, and who to tell.</p>\
         <div class=\"inset-text\"><p>There is no strict plan. Every problem is different, and you will need a different combination of these actions to resolve it. Do not make things worse: read the whole page before you act.</p></div>"
    );
    for section in &site.nav {
        out.push_str(&format!(
            "<h2 class=\"heading-m\">{}</h2><ul class=\"page-list\">",
            escape(&section.title)
        ));
        for page in section.pages.iter().filter_map(|slug| site.page(slug)) {
            out.push_str(&format!(
                "<li class=\"page-list__item\"><a class=\"link page-list__title\" href=\"{}\">{}</a><p class=\"page-list__summary\">{}</p></li>",
                escape(&format!("{root}/docs/{}", page.slug)),
                escape(&page.title),
                escape(&page.summary)
            ));
        }
        out.push_str("</ul>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::tests::real_runbook;

    #[test]
    fn every_section_lists_its_pages_with_summaries() {
        let runbook = real_runbook();
        let html = main(&runbook, "/runbook");
        assert!(html.starts_with("<h1 class=\"heading-xl\">Disaster recovery</h1><div class=\"start-here\""));
        assert_eq!(html.matches("<h2 class=\"heading-m\">").count(), runbook.site.nav.len());
        assert!(
            html.find("Something is broken? Start here") < html.find("<h2 class=\"heading-m\">"),
            "the way in for someone with something broken comes first"
        );
        assert!(html.contains("<a class=\"button\" href=\"/runbook/wizards/which-runbook\">Something is broken: which runbook is this?</a>"));
        assert!(html.contains("<a class=\"link\" href=\"/runbook/incident\">start an incident record</a>"));
        assert!(html.contains("<a class=\"link\" href=\"/runbook/messages\">messages for each contact group</a>"));
        assert_eq!(
            html.matches("<li class=\"page-list__item\">").count(),
            runbook.site.pages.len()
        );
        let p = &runbook.site.pages[0];
        assert!(html.contains(&format!(
            "<a class=\"link page-list__title\" href=\"/runbook/docs/{}\">{}</a><p class=\"page-list__summary\">{}</p>",
            p.slug,
            escape(&p.title),
            escape(&p.summary)
        )));
    }
}
