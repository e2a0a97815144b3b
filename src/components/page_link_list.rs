use crate::content::site;
use crate::paths;
use leptos::prelude::*;

/// Pages as a list of links with their summaries.
#[component]
pub fn PageLinkList(
    /// Slugs of the pages to list, in order.
    slugs: Vec<String>,
) -> impl IntoView {
    view! {
        <ul class="page-list">
            {slugs
                .iter()
                .filter_map(|slug| site().page(slug))
                .map(|page| {
                    view! {
                        <li class="page-list__item">
                            <a class="link page-list__title" href=paths::doc(&page.slug)>{page.title.clone()}</a>
                            <p class="page-list__summary">{page.summary.clone()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
