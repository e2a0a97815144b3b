//! The search page: the index is fetched on first use; the core matches and ranks.

use crate::pages::SearchPage;
use crate::{Page, SiteApp};
use leptos::prelude::*;
use runbook::route::Route;

pub struct Search;

impl SiteApp for Search {
    fn open(route: Route) -> Option<Page> {
        match route {
            Route::Search => Some(Box::new(|| view! { <SearchPage/> }.into_any())),
            _ => None,
        }
    }
}
