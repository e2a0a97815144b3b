use crate::paths;
use leptos::prelude::*;

/// Says that the page's data (its wizard, generator or scenario) could not be loaded, why,
/// and what to do: reload, or read the runbook's pages, which need no data. On a page the
/// app draws alone it is the page (with its heading); above a static page's text it is a
/// warning banner.
#[component]
pub fn DataProblem(
    /// The sentence from `content::load`.
    problem: String,
    /// Whether it is the whole page, rather than a banner above static text.
    whole_page: bool,
) -> impl IntoView {
    let way_on = view! {
        <p class="body">
            "Reload the page to try again. "
            <a class="link" href=paths::home()>"The runbook's pages"</a>
            " work without it."
        </p>
    };
    if whole_page {
        return view! {
            <div data-testid="data-problem">
                <h1 class="heading-xl">"This page could not load"</h1>
                <p class="body">{problem}</p>
                {way_on}
            </div>
        }
        .into_any();
    }
    view! {
        <div class="notification-banner notification-banner--warning" role="alert" aria-labelledby="data-problem-title" data-testid="data-problem">
            <div class="notification-banner__header">
                <h2 class="notification-banner__title" id="data-problem-title">"This page could not load everything"</h2>
            </div>
            <div class="notification-banner__content">
                <p class="notification-banner__heading">{problem}</p>
                {way_on}
            </div>
        </div>
    }
    .into_any()
}
