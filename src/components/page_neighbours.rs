use crate::content::site;
use crate::paths;
use leptos::prelude::*;

/// Previous and next page in navigation order (GOV.UK pagination).
#[component]
pub fn PageNeighbours(
    /// The current page.
    slug: String,
) -> impl IntoView {
    let (prev, next) = site().neighbours(&slug);
    view! {
        <nav class="pagination" aria-label="Previous and next page">
            {prev.map(|p| view! {
                <a class="pagination__link pagination__prev" href=paths::doc(&p.slug) rel="prev">
                    <span class="pagination__label">"Previous"</span>
                    <span class="pagination__title">{p.title.clone()}</span>
                </a>
            })}
            {next.map(|p| view! {
                <a class="pagination__link pagination__next" href=paths::doc(&p.slug) rel="next">
                    <span class="pagination__label">"Next"</span>
                    <span class="pagination__title">{p.title.clone()}</span>
                </a>
            })}
        </nav>
    }
}
