//! The runbook's pages, search and the 404 page. Doc pages, the home page, `/all` and the
//! 404 page are static HTML (crates/sitegen/src/frame.rs); this app wires a doc page's
//! islands and renders the search page and what a 404 says.

use crate::pages::{doc_page, NotFoundPage, SearchPage};
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        // A doc page that exists arrives with its article; any other address under /docs/
        // was answered with 404.html.
        Route::Doc(_) if crate::islands::element_by_id("review-status").is_some() => {
            doc_page::wire();
            None
        }
        Route::Search => Some(Box::new(|| view! { <SearchPage/> }.into_any())),
        Route::Home | Route::All => None,
        // 404.html is this app's: it names what the address asked for, with a way on.
        route => Some(Box::new(move || view! { <NotFoundPage route=route/> }.into_any())),
    }
}
