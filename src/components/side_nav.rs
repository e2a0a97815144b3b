use crate::content::site;
use crate::paths;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Every page, grouped as `content/nav.toml` orders them, with the current page marked.
#[component]
pub fn SideNav() -> impl IntoView {
    let location = use_location();
    let current = move |slug: &str| {
        let path = location.pathname.get();
        let path = path.trim_end_matches('/');
        (path == paths::doc(slug) || path == format!("/docs/{slug}")).then_some("page")
    };
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
                                    let slug = page.slug.clone();
                                    view! {
                                        <li class="side-nav__item">
                                            <a class="side-nav__link" href=paths::doc(&page.slug) aria-current=move || current(&slug)>
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
