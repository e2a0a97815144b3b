//! The command generators, and the doc pages that embed one.

use crate::pages::{doc_page, CommandPage, CommandsPage};
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::Commands => Some(Box::new(|| view! { <CommandsPage/> }.into_any())),
        Route::Command(id) => Some(Box::new(move || view! { <CommandPage id=id/> }.into_any())),
        Route::Doc(_) => {
            doc_page::wire();
            doc_page::wire_generators();
            None
        }
        _ => None,
    }
}
