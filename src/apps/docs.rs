//! The runbook's pages and the 404 page. Doc pages, the home page, `/all` and the 404 page
//! are static HTML (crates/sitegen/src/frame.rs); this app wires a doc page's islands and
//! says what a 404 is missing. (A doc page that embeds a command generator is the commands
//! app's.)

use crate::pages::{doc_page, NotFoundPage};
use crate::{Page, SiteApp};
use leptos::prelude::*;
use runbook::route::Route;

pub struct Docs;

impl SiteApp for Docs {
    fn open(route: Route) -> Option<Page> {
        match route {
            // A doc page that exists arrives with its article; any other address under /docs/
            // was answered with 404.html.
            Route::Doc(_) if crate::static_page::element_by_id("review-status").is_some() => {
                doc_page::wire();
                None
            }
            Route::Home | Route::All => None,
            // 404.html is this app's: it names what the address asked for, with a way on.
            route => Some(Box::new(move || view! { <NotFoundPage route=route/> }.into_any())),
        }
    }
}
