//! Which page an address shows, and which of the site's apps serves it.
//!
//! The site is ten small WebAssembly apps rather than one large one, so no route loads the
//! code of the others (see ARCHITECTURE.md, "Static pages, small apps"). The browser moves between
//! pages with ordinary page loads; an app only changes the query string in place (a wizard's
//! answers, a search). This module is the one place that maps addresses to pages and apps:
//! the site renders the page [`Route::parse`] names, and `sitegen postbuild` writes each
//! route's HTML from the app [`Route::app`] names.

/// A page of the site, with the id its address carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Doc(String),
    All,
    Search,
    Commands,
    Command(String),
    Wizards,
    Wizard(String),
    /// Every step of a wizard on one page, each answer a link (`wizard::walk`): the wizard
    /// for a reader without JavaScript.
    WizardSteps(String),
    Drills,
    DrillBriefing(String),
    /// A scenario's role cards, to print one to a page for a drill without screens
    /// (`drill::briefing`).
    DrillRoles(String),
    DrillFacilitator,
    DrillParticipant,
    DrillReport,
    /// The incident record: start one, keep its record, export it, file it.
    Incident,
    /// Every message for the contact groups, by scenario (`message::view::list`).
    Messages,
    /// One message: its form and live preview, or the runbook's reason not to send.
    Message(String),
    NotFound,
}

/// One of the site's WebAssembly apps: a binary in `src/bin/`, built by Trunk into the HTML
/// shell `sitegen shell` writes for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum App {
    /// The runbook's pages (static HTML it adds behaviour to), the home page, the list of
    /// everything, and the 404 page.
    Docs,
    /// The search page, with the index and the ranking.
    Search,
    /// The command generators, and the doc pages that embed one (it has the generators).
    Commands,
    Wizards,
    /// The list of drills and a drill's briefing, where a drill starts.
    Drills,
    /// A drill in progress, the facilitator's window. Each window of a drill in progress is
    /// its own app, so none loads the code of another's page.
    DrillFacilitator,
    /// A drill in progress, the participants' window (the shared screen).
    DrillParticipant,
    /// A drill's after-action report.
    DrillReport,
    /// The incident record (`/incident`): the only app that links the JSON export.
    Incident,
    /// The messages for the contact groups: a message's form and its live preview.
    Messages,
}

impl App {
    pub const ALL: [App; 10] = [
        App::Docs,
        App::Search,
        App::Commands,
        App::Wizards,
        App::Drills,
        App::DrillFacilitator,
        App::DrillParticipant,
        App::DrillReport,
        App::Incident,
        App::Messages,
    ];

    /// The binary's name, which is also the name of its HTML shell.
    pub fn name(self) -> &'static str {
        match self {
            App::Docs => "docs",
            App::Search => "search",
            App::Commands => "commands",
            App::Wizards => "wizards",
            App::Drills => "drills",
            App::DrillFacilitator => "drill_facilitator",
            App::DrillParticipant => "drill_participant",
            App::DrillReport => "drill_report",
            App::Incident => "incident",
            App::Messages => "messages",
        }
    }
}

impl Route {
    /// The route for `path`: the address's path with the site's base path removed, such as
    /// `/docs/azure-down`. A trailing slash is allowed; anything unknown is [`Route::NotFound`]
    /// (whether an id exists is the page's question, not the address's).
    pub fn parse(path: &str) -> Route {
        let trimmed = path.trim_matches('/');
        let parts: Vec<&str> = if trimmed.is_empty() {
            Vec::new()
        } else {
            trimmed.split('/').collect()
        };
        let id = |s: &str| (!s.is_empty()).then(|| s.to_string());
        match parts.as_slice() {
            [] | ["index.html"] => Route::Home,
            ["all"] => Route::All,
            ["search"] => Route::Search,
            ["commands"] => Route::Commands,
            ["wizards"] => Route::Wizards,
            ["drills"] => Route::Drills,
            ["drill", "facilitator"] => Route::DrillFacilitator,
            ["drill", "participant"] => Route::DrillParticipant,
            ["drill", "report"] => Route::DrillReport,
            ["incident"] => Route::Incident,
            ["messages"] => Route::Messages,
            ["docs", slug] => id(slug).map_or(Route::NotFound, Route::Doc),
            ["commands", slug] => id(slug).map_or(Route::NotFound, Route::Command),
            ["wizards", slug] => id(slug).map_or(Route::NotFound, Route::Wizard),
            ["drills", slug] => id(slug).map_or(Route::NotFound, Route::DrillBriefing),
            ["messages", slug] => id(slug).map_or(Route::NotFound, Route::Message),
            ["wizards", slug, "steps"] => id(slug).map_or(Route::NotFound, Route::WizardSteps),
            ["drills", slug, "roles"] => id(slug).map_or(Route::NotFound, Route::DrillRoles),
            _ => Route::NotFound,
        }
    }

    /// The app whose binary renders this route. `embeds_generator` says whether the doc page
    /// with a slug embeds a live command generator: the commands app serves such a page, so
    /// the docs app carries no generator code or data.
    pub fn app(&self, embeds_generator: impl Fn(&str) -> bool) -> App {
        match self {
            Route::Doc(slug) if embeds_generator(slug) => App::Commands,
            Route::Home | Route::Doc(_) | Route::All | Route::NotFound => App::Docs,
            Route::Search => App::Search,
            Route::Commands | Route::Command(_) => App::Commands,
            Route::Wizards | Route::Wizard(_) | Route::WizardSteps(_) => App::Wizards,
            // The role cards are static, like a doc page: the drills app loads there (the
            // frame's islands) and leaves the page as it is.
            Route::Drills | Route::DrillBriefing(_) | Route::DrillRoles(_) => App::Drills,
            Route::DrillFacilitator => App::DrillFacilitator,
            Route::DrillParticipant => App::DrillParticipant,
            Route::DrillReport => App::DrillReport,
            Route::Incident => App::Incident,
            Route::Messages | Route::Message(_) => App::Messages,
        }
    }

    /// The address without the base path; [`Route::parse`] gives this route back. The 404
    /// page has no address of its own (a static host serves `404.html` for any unknown one).
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Doc(slug) => format!("/docs/{slug}"),
            Route::All => "/all".into(),
            Route::Search => "/search".into(),
            Route::Commands => "/commands".into(),
            Route::Command(id) => format!("/commands/{id}"),
            Route::Wizards => "/wizards".into(),
            Route::Wizard(id) => format!("/wizards/{id}"),
            Route::WizardSteps(id) => format!("/wizards/{id}/steps"),
            Route::Drills => "/drills".into(),
            Route::DrillBriefing(id) => format!("/drills/{id}"),
            Route::DrillRoles(id) => format!("/drills/{id}/roles"),
            Route::DrillFacilitator => "/drill/facilitator".into(),
            Route::DrillParticipant => "/drill/participant".into(),
            Route::DrillReport => "/drill/report".into(),
            Route::Incident => "/incident".into(),
            Route::Messages => "/messages".into(),
            Route::Message(id) => format!("/messages/{id}"),
            Route::NotFound => "/404.html".into(),
        }
    }
}

/// `path` with the base path (`""` or `/runbook`, no trailing slash) removed, or `None` when
/// the address is outside the site.
pub fn strip_base<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let base = base.trim_end_matches('/');
    if base.is_empty() {
        return Some(path);
    }
    match path.strip_prefix(base) {
        Some("") => Some("/"),
        Some(rest) if rest.starts_with('/') => Some(rest),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_parses_back_from_its_path() {
        let all = [
            Route::Home,
            Route::Doc("azure-down".into()),
            Route::All,
            Route::Search,
            Route::Commands,
            Route::Command("konduit-connect".into()),
            Route::Wizards,
            Route::Wizard("lost-data".into()),
            Route::WizardSteps("lost-data".into()),
            Route::Drills,
            Route::DrillBriefing("azure-down".into()),
            Route::DrillRoles("azure-down".into()),
            Route::DrillFacilitator,
            Route::DrillParticipant,
            Route::DrillReport,
            Route::Incident,
            Route::Messages,
            Route::Message("trs-api-down-support-team".into()),
        ];
        for route in all {
            assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
            assert_eq!(Route::parse(&format!("{}/", route.path())), route);
        }
    }

    #[test]
    fn unknown_and_malformed_addresses_are_not_found() {
        for path in [
            "/docs",
            "/docs/",
            "/docs/a/b",
            "/drill",
            "/drill/other",
            "/nope",
            "/commands//x",
            "/wizards//steps",
            "/wizards/x/other",
            "/messages/x/y",
        ] {
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn each_area_has_its_own_app_and_the_404_page_is_the_docs_app() {
        let none = |_: &str| false;
        assert_eq!(Route::parse("/").app(none), App::Docs);
        assert_eq!(Route::parse("/docs/x").app(none), App::Docs);
        assert_eq!(Route::parse("/search").app(none), App::Search);
        assert_eq!(Route::NotFound.app(none), App::Docs);
        assert_eq!(Route::parse("/commands/x").app(none), App::Commands);
        assert_eq!(Route::parse("/wizards/x").app(none), App::Wizards);
        assert_eq!(Route::parse("/wizards/x/steps").app(none), App::Wizards);
        assert_eq!(Route::parse("/drill/facilitator").app(none), App::DrillFacilitator);
        assert_eq!(Route::parse("/drill/participant").app(none), App::DrillParticipant);
        assert_eq!(Route::parse("/drill/report").app(none), App::DrillReport);
        assert_eq!(Route::parse("/incident").app(none), App::Incident);
        assert_eq!(Route::parse("/drills/x").app(none), App::Drills);
        assert_eq!(Route::parse("/messages").app(none), App::Messages);
        assert_eq!(Route::parse("/messages/x").app(none), App::Messages);
    }

    #[test]
    fn a_doc_page_that_embeds_a_generator_is_served_by_the_commands_app() {
        let konduit = |slug: &str| slug == "konduit";
        assert_eq!(Route::parse("/docs/konduit").app(konduit), App::Commands);
        assert_eq!(Route::parse("/docs/azure-down").app(konduit), App::Docs);
    }

    #[test]
    fn the_base_path_is_removed_only_as_a_whole_segment() {
        assert_eq!(strip_base("/runbook/docs/x", "/runbook/"), Some("/docs/x"));
        assert_eq!(strip_base("/runbook", "/runbook"), Some("/"));
        assert_eq!(strip_base("/runbookish/docs/x", "/runbook"), None);
        assert_eq!(strip_base("/docs/x", "/"), Some("/docs/x"));
        assert_eq!(strip_base("/docs/x", ""), Some("/docs/x"));
    }
}
