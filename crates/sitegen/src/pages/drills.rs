//! The list of tabletop drills and each scenario's briefing: everything on them is known at
//! build time except what this browser holds (the drill in progress, past drills) and the
//! forms (the wheel, starting a drill). Those are slots the drills app fills
//! (`src/apps/drills.rs`), so the app carries no scenario text and no renderer for it.

use runbook::bundle::Runbook;
use runbook::doc::html::escape;
use runbook::drill::Scenario;

pub const TITLE: &str = "Tabletop drills";

/// What a slot says to a reader without JavaScript.
fn needs_script(what: &str) -> String {
    format!("<noscript><p class=\"body\">{what} needs JavaScript to run in the browser. The scenarios can be read without it.</p></noscript>")
}

pub fn list(runbook: &Runbook, root: &str) -> String {
    let mut out = format!(
        "<div class=\"drill\"><h1 class=\"heading-xl\">{TITLE}</h1>\
         <p class=\"lead\">Practise an incident as a team, against the runbook, before it happens for real. One person facilitates; everyone else plays.</p>\
         <div id=\"drill-wheel\">{}</div>\
         <h2 class=\"heading-l\">Scenarios</h2><ul class=\"page-list\" data-testid=\"drill-scenarios\">",
        needs_script("Spinning the wheel")
    );
    for s in &runbook.drills {
        out.push_str(&format!(
            "<li class=\"page-list__item\"><a class=\"link page-list__title\" href=\"{root}/drills/{id}\">{title}</a> <strong class=\"drill-tag\">{difficulty}</strong><p class=\"page-list__summary\">{summary}</p></li>",
            id = escape(&s.id),
            title = escape(&s.title),
            difficulty = s.difficulty.label(),
            summary = escape(&s.summary),
        ));
    }
    out.push_str(&format!(
        "</ul><h2 class=\"heading-l\">Past drills</h2><div id=\"drill-past\">{}</div></div>",
        needs_script("The list of drills run in this browser")
    ));
    out
}

/// The title of a scenario's role cards page.
pub fn roles_title(s: &Scenario) -> String {
    format!("Role cards: {}", s.title)
}

pub fn briefing(s: &Scenario, root: &str) -> String {
    let objectives: String = s.objectives.iter().map(|o| format!("<li>{}</li>", escape(o))).collect();
    let roles: String = s
        .roles
        .iter()
        .map(|r| {
            format!(
                "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">{}</dt><dd class=\"summary-list__value\"><div class=\"doc-body\">{}</div></dd></div>",
                escape(&r.name),
                r.brief.html(root)
            )
        })
        .collect();
    format!(
        "<div class=\"drill\"><a class=\"back-link\" href=\"{root}/drills\">All drills</a>\
         <span class=\"caption-l\">Tabletop drill briefing</span>\
         <h1 class=\"heading-xl\">{title}</h1>\
         <p class=\"lead\">{summary} <strong class=\"drill-tag\">{difficulty}</strong></p>\
         <div id=\"drill-start-errors\"></div>\
         <h2 class=\"heading-l\">Objectives</h2><ul class=\"list list--bullet\">{objectives}</ul>\
         <h2 class=\"heading-l\">The situation</h2><div class=\"doc-body\">{situation}</div>\
         <h2 class=\"heading-l\">Roles</h2><dl class=\"summary-list\">{roles}</dl>\
         <p class=\"body\"><a class=\"link\" href=\"{root}{cards}\" data-testid=\"role-cards-link\">Print the role cards</a>, one to a page, for a drill without screens.</p>\
         <h2 class=\"heading-l\">Start the drill</h2><div id=\"drill-start\">{script}</div></div>",
        title = escape(&s.title),
        summary = escape(&s.summary),
        difficulty = s.difficulty.label(),
        situation = s.situation.html(root),
        cards = escape(&runbook::route::Route::DrillRoles(s.id.clone()).path()),
        script = needs_script("Starting a drill"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::tests::real_runbook;

    #[test]
    fn the_list_names_every_scenario_and_leaves_slots_for_the_app() {
        let runbook = real_runbook();
        let html = list(&runbook, "/runbook");
        assert_eq!(
            html.matches("<li class=\"page-list__item\">").count(),
            runbook.drills.len()
        );
        let s = &runbook.drills[0];
        assert!(html.contains(&format!(
            "<a class=\"link page-list__title\" href=\"/runbook/drills/{}\">{}</a> <strong class=\"drill-tag\">{}</strong>",
            s.id,
            escape(&s.title),
            s.difficulty.label()
        )));
        for slot in ["<div id=\"drill-wheel\">", "<div id=\"drill-past\">"] {
            assert_eq!(html.matches(slot).count(), 1, "{slot}");
        }
    }

    #[test]
    fn a_briefing_is_the_whole_scenario_brief_with_the_start_form_slot_last() {
        let runbook = real_runbook();
        let s = &runbook.drills[0];
        let html = briefing(s, "");
        assert!(html.contains(&format!("<h1 class=\"heading-xl\">{}</h1>", escape(&s.title))));
        assert_eq!(html.matches("<dt class=\"summary-list__key\">").count(), s.roles.len());
        assert!(html.matches("<li>").count() >= s.objectives.len());
        let errors = html.find("<div id=\"drill-start-errors\">").unwrap();
        let objectives = html.find(">Objectives</h2>").unwrap();
        let start = html.find("<div id=\"drill-start\">").unwrap();
        assert!(
            errors < objectives && objectives < start,
            "errors above the brief, the form after it"
        );
        // Facilitator-only text never reaches the briefing.
        let notes = s.facilitator_notes.html("");
        assert!(notes.len() > 20, "the scenario has notes to keep out");
        assert!(!html.contains(&notes));
    }
}
