//! The runbook's pages, search, the list of everything, and the 404 page.

use crate::pages::{AllPage, DocPage, HomePage, NotFoundPage, SearchPage};
use leptos::prelude::*;
use runbook::route::Route;

pub fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Doc(slug) => view! { <DocPage slug=slug/> }.into_any(),
        Route::All => view! { <AllPage/> }.into_any(),
        Route::Search => view! { <SearchPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
