//! The search page: the index is fetched on first use; the core matches and ranks.

use crate::pages::search_page;
use crate::{Page, SiteApp};
use runbook::route::Route;

pub struct Search;

impl SiteApp for Search {
    fn open(route: Route) -> Option<Page> {
        match route {
            Route::Search => {
                search_page::wire();
                None
            }
            _ => None,
        }
    }
}
