use crate::content::site;
use crate::paths;
use leptos::prelude::*;

/// Every page, grouped as `content/nav.toml` orders them, with the current page marked.
#[component]
pub fn SideNav() -> impl IntoView {
    // Pages change with a page load, so the current one is fixed for this document.
    let current_slug = match crate::location::route() {
        runbook::route::Route::Doc(slug) => Some(slug),
        _ => None,
    };
    let current = |slug: &str| (current_slug.as_deref() == Some(slug)).then_some("page");
    view! {
        <nav class="side-nav" aria-label="Runbook pages">
            {site()
                .nav
                .iter()
                .map(|section| {
                    view! {
                        <h2 class="side-nav__heading">{section.title.clone()}</h2>
                        <ul class="side-nav__list">
                            {section
                                .pages
                                .iter()
                                .filter_map(|slug| site().page(slug))
                                .map(|page| {
                                    view! {
                                        <li class="side-nav__item">
                                            <a class="side-nav__link" href=paths::doc(&page.slug) aria-current=current(&page.slug)>
                                                {page.title.clone()}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </nav>
    }
}
