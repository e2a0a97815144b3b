//! The inside of `<main>` for every route, written at build time: the whole page where
//! everything on it is known then (doc pages, home, the whole runbook, not found, the lists
//! of generators and wizards, each generator's page, and the drills' list and briefings,
//! with slots for the forms and for what this browser holds), and for
//! the rest only a note for readers without JavaScript, because their app draws them. A
//! wizard's first question is drawn by the site's own components (`runbook_site::prerender`),
//! which its app then brings to life, and so is its every step on one page, which needs no app. The
//! CSS and the browser tests rely on the classes, ids and attributes written here.

mod all;
mod commands;
pub(crate) mod decide_and_act;
mod doc;
mod drills;
mod home;
mod messages;
mod not_found;
mod wizards;

use runbook::bundle::Runbook;
use runbook::route::Route;

/// What the frame needs to know about one route.
pub struct RoutePage {
    /// The title the app sets for the page (`browser::set_title`), so it does not change when
    /// the app loads.
    pub title: String,
    /// The doc page shown, for the side navigation.
    pub current_doc: Option<String>,
    /// The inside of `<main>`.
    pub main: String,
}

/// The page for `route` on a site served under `root` (`""` or `/runbook`).
pub fn for_route(route: &Route, runbook: &Runbook, root: &str) -> RoutePage {
    let fixed = |title: &str, main: String| RoutePage {
        title: title.to_string(),
        current_doc: None,
        main,
    };
    match route {
        Route::Doc(slug) => match runbook.site.page(slug) {
            Some(page) => RoutePage {
                title: page.title.clone(),
                current_doc: Some(page.slug.clone()),
                main: doc::main(page, runbook, root),
            },
            None => fixed(not_found::TITLE, not_found::main(root)),
        },
        Route::Drills => fixed(drills::TITLE, drills::list(runbook, root)),
        Route::Commands => fixed(commands::TITLE, commands::list(runbook, root)),
        Route::Command(id) => match runbook.generator(id) {
            Some(g) => fixed(&g.title, commands::page(g, root)),
            None => fixed(not_found::TITLE, not_found::main(root)),
        },
        Route::Wizards => fixed(wizards::TITLE, wizards::list(runbook, root)),
        Route::Wizard(id) => match runbook.wizard(id) {
            Some(w) => fixed(&app_title(route, runbook), wizards::first_question(w, root)),
            None => fixed(not_found::TITLE, not_found::main(root)),
        },
        Route::WizardSteps(id) => match runbook.wizard(id) {
            Some(w) => fixed(&wizards::steps_title(w), wizards::steps(w, runbook, root)),
            None => fixed(not_found::TITLE, not_found::main(root)),
        },
        Route::DrillBriefing(id) => match runbook.drill(id) {
            Some(scenario) => fixed(&scenario.title, drills::briefing(scenario, root)),
            None => fixed(not_found::TITLE, not_found::main(root)),
        },
        Route::DrillRoles(id) => match runbook.drill(id) {
            Some(scenario) => fixed(
                &drills::roles_title(scenario),
                runbook_site::prerender::role_cards(scenario, root),
            ),
            None => fixed(not_found::TITLE, not_found::main(root)),
        },
        // Drawn by the site's own component: the app then shows the console of the drill
        // this browser holds, or says there is none.
        Route::DrillFacilitator => fixed(
            &app_title(route, runbook),
            runbook_site::prerender::drill_facilitator(root),
        ),
        Route::DrillParticipant => fixed(
            &app_title(route, runbook),
            runbook_site::prerender::drill_participant(root),
        ),
        // Drawn by the site's own component: the start form, which the app brings to life.
        Route::Incident => fixed(
            &app_title(route, runbook),
            runbook_site::prerender::incident(runbook::incident::form::scenarios(&runbook.site)),
        ),
        // Drawn by the site's own component: its form, which the app brings to life.
        Route::Search => fixed(&app_title(route, runbook), runbook_site::prerender::search(root)),
        // What is true whether or not this browser holds a drill; the app then draws the
        // report, or says there is none.
        Route::DrillReport => fixed(&app_title(route, runbook), runbook_site::prerender::drill_report(root)),
        Route::Messages => fixed(messages::TITLE, messages::list(runbook, root)),
        Route::Message(id) => match runbook.message(id) {
            Some(m) => fixed(&m.title, messages::page(m, root)),
            None => fixed(not_found::TITLE, not_found::main(root)),
        },
        Route::Home => fixed(home::TITLE, home::main(runbook, root)),
        Route::All => fixed(all::TITLE, all::main(runbook, root)),
        Route::NotFound => fixed(not_found::TITLE, not_found::main(root)),
    }
}

/// The title the app's page sets first. Pages whose title depends on the reader's browser
/// (a drill in progress, a wizard's answers in the query string) start with this one too.
fn app_title(route: &Route, runbook: &Runbook) -> String {
    match route {
        Route::Search => "Search".into(),
        // A wizard's address without answers asks its first question.
        Route::Wizard(id) => match runbook.wizard(id) {
            Some(w) => w.question(&w.start).map_or_else(|| w.title.clone(), |q| q.text.clone()),
            None => not_found::TITLE.into(),
        },
        Route::WizardSteps(id) => runbook
            .wizard(id)
            .map_or_else(|| not_found::TITLE.into(), wizards::steps_title),
        Route::DrillFacilitator => "Drill facilitator".into(),
        Route::DrillParticipant => "Drill: players' view".into(),
        Route::DrillReport => "After-action report".into(),
        Route::Incident => "Incident record".into(),
        Route::Home
        | Route::Doc(_)
        | Route::All
        | Route::NotFound
        | Route::Drills
        | Route::DrillBriefing(_)
        | Route::DrillRoles(_)
        | Route::Commands
        | Route::Command(_)
        | Route::Messages
        | Route::Message(_)
        | Route::Wizards => "Runbook".into(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::path::Path;

    pub(crate) fn real_runbook() -> Runbook {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        crate::load_content(&root).expect("content compiles").runbook
    }

    /// The search page's form is in its HTML: it takes typing before the app loads, and
    /// without the app it says where to find words (the whole runbook, under the base path).
    #[test]
    fn the_search_page_holds_its_form() {
        let runbook = real_runbook();
        let main = for_route(&Route::Search, &runbook, "/runbook").main;
        for part in [
            "<h1 class=\"heading-xl\">Search the runbook</h1>",
            "action=\"/runbook/search\"",
            "method=\"get\"",
            "<label for=\"search-page-input\"",
            "id=\"search-page-input\" type=\"search\" name=\"q\"",
            "role=\"status\"",
            "href=\"/runbook/all\"",
            "your browser’s Find",
        ] {
            assert!(main.contains(part), "{part} missing from {main}");
        }
        assert!(!main.contains("<noscript>") && !main.contains("search-notices"));
    }

    /// The players' window says what it shows whether or not this browser holds a drill,
    /// and the way to the drills, before its app has looked.
    #[test]
    fn the_players_window_says_what_it_shows_before_the_app_looks() {
        let runbook = real_runbook();
        let page = for_route(&Route::DrillParticipant, &runbook, "/runbook");
        assert_eq!(page.title, "Drill: players' view");
        assert!(
            page.main.contains("<h1 class=\"heading-xl\">Drill: players' view</h1>"),
            "{}",
            page.main
        );
        assert!(page.main.contains("href=\"/runbook/drills\""));
        assert!(page.main.contains("<noscript>") && !page.main.contains("Waiting for the drill"));
    }

    /// The incident page's start form is in its HTML, with the runbook's scenarios (its
    /// pages with a Contact section) and a note that the record needs JavaScript.
    #[test]
    fn the_incident_page_holds_its_start_form_and_says_the_record_needs_javascript() {
        let runbook = real_runbook();
        let page = for_route(&Route::Incident, &runbook, "/runbook");
        assert_eq!(page.title, "Incident record");
        for part in [
            "<h1 class=\"heading-xl\">Incident record</h1>",
            "<label for=\"incident-name\" class=\"label\">Short name</label>",
            "<option value=\"database-deleted\">We accidentally delete the database</option>",
            "<label for=\"incident-started\" class=\"label\">When it started, in UTC</label>",
            "<legend class=\"fieldset__legend fieldset__legend--m\">Priority</legend>",
            "The data that’s gone",
            "needs JavaScript. If this note stays, JavaScript is off",
        ] {
            assert!(page.main.contains(part), "{part} missing from {}", page.main);
        }
        let scenarios = runbook::incident::form::scenarios(&runbook.site);
        assert!(scenarios.len() > 3);
        for page in &runbook.site.pages {
            let offered = scenarios.iter().any(|s| s.slug == page.slug);
            assert_eq!(offered, page.doc.anchors().any(|a| a == "contact"), "{}", page.slug);
        }
        assert!(
            scenarios.len() < runbook.site.pages.len(),
            "a page without a Contact section is no scenario"
        );
    }

    #[test]
    fn app_routes_have_the_apps_title() {
        let runbook = real_runbook();
        assert_eq!(for_route(&Route::Search, &runbook, "").title, "Search");
        let g = &runbook.generators[0];
        assert_eq!(for_route(&Route::Command(g.id.clone()), &runbook, "").title, g.title);
        assert_eq!(for_route(&Route::Commands, &runbook, "").title, "Command generators");
        assert_eq!(for_route(&Route::Wizards, &runbook, "").title, "Decide what to do");
        let w = &runbook.wizards[0];
        let first = w.question(&w.start).unwrap();
        assert_eq!(for_route(&Route::Wizard(w.id.clone()), &runbook, "").title, first.text);
    }

    /// The report's page says where the report opens whether or not this browser holds a
    /// drill, links to the drills, and says the report needs JavaScript.
    #[test]
    fn the_report_page_says_where_the_report_opens_before_the_app_looks() {
        let runbook = real_runbook();
        let page = for_route(&Route::DrillReport, &runbook, "/runbook");
        assert_eq!(page.title, "After-action report");
        for part in [
            "<h1 class=\"heading-xl\">After-action report</h1>",
            "The report of the drill in this browser opens here",
            "href=\"/runbook/drills\"",
            "<noscript>",
        ] {
            assert!(page.main.contains(part), "{part} missing from {}", page.main);
        }
        assert!(!page.main.contains("There is no drill"), "{}", page.main);
    }

    #[test]
    fn the_facilitators_page_holds_its_way_on_and_never_says_there_is_no_drill() {
        let runbook = real_runbook();
        let page = for_route(&Route::DrillFacilitator, &runbook, "/runbook");
        assert_eq!(page.title, "Drill facilitator");
        // The build cannot know whether this browser holds a drill: it says what is true
        // either way, and links to where a drill starts.
        assert!(
            page.main.contains("<h1 class=\"heading-xl\">Drill facilitator</h1>"),
            "{}",
            page.main
        );
        assert!(page.main.contains("href=\"/runbook/drills\""), "{}", page.main);
        assert!(!page.main.contains("No drill in progress"), "{}", page.main);
        assert!(page.main.contains("<noscript>"), "{}", page.main);
    }

    #[test]
    fn a_doc_route_is_the_page_marked_current() {
        let runbook = real_runbook();
        let p = &runbook.site.pages[0];
        let page = for_route(&Route::Doc(p.slug.clone()), &runbook, "");
        assert_eq!(page.title, p.title);
        assert_eq!(page.current_doc.as_deref(), Some(p.slug.as_str()));
        assert!(page.main.starts_with("<article class=\"doc\""));
    }
}
