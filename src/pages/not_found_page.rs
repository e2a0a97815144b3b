use crate::browser;
use crate::paths;
use leptos::prelude::*;
use runbook::route::Route;

/// `404.html`: a static host serves it for any address the site has no page for. The page
/// itself is static ("Page not found"); when the address names a generator, wizard or drill
/// that does not exist, this says so and links to the list to choose from.
#[component]
pub fn NotFoundPage(
    /// What the address asked for.
    route: Route,
) -> impl IntoView {
    let (title, missing, list, list_href) = match &route {
        Route::Command(id) => (
            "Command generator not found",
            format!("There is no command generator called ‘{id}’. The link may be old or mistyped."),
            "list of command generators",
            paths::commands(),
        ),
        Route::Wizard(id) | Route::WizardSteps(id) => (
            "Decision wizard not found",
            format!("There is no decision wizard called ‘{id}’. The link may be old or mistyped."),
            "list of decision wizards",
            paths::wizards(),
        ),
        Route::DrillBriefing(id) => (
            "Drill not found",
            format!("There is no tabletop drill called ‘{id}’. The link may be old or mistyped."),
            "list of drills",
            paths::drills(),
        ),
        _ => (
            "Page not found",
            "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address."
                .to_string(),
            "start of the runbook",
            paths::home(),
        ),
    };
    browser::set_title(title);
    view! {
        <h1 class="heading-xl">{title}</h1>
        <p class="body">{missing}</p>
        <p class="body">"Choose from the "<a class="link" href=list_href>{list}</a>"."</p>
    }
}
