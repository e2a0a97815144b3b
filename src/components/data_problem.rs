use crate::components::{NotificationBanner, Tone};
use crate::paths;
use leptos::prelude::*;

/// Says that the page's data (its wizard, generator or scenario) could not be loaded, why,
/// and what to do: reload, or read the runbook's pages, which need no data. On a page the
/// app draws alone it is the page (with its heading); above a static page's text it is a
/// warning banner.
#[component]
pub fn DataProblem(
    /// The sentence from `page_files::load`.
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
        <NotificationBanner title_id="data-problem-title" title="This page could not load everything" tone=Tone::Warning alert=true testid="data-problem">
            <p class="notification-banner__heading">{problem}</p>
            {way_on}
        </NotificationBanner>
    }
    .into_any()
}
