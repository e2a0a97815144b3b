//! The command generators.

use crate::pages::{CommandPage, CommandsPage};
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::Commands => Some(Box::new(|| view! { <CommandsPage/> }.into_any())),
        Route::Command(id) => Some(Box::new(move || view! { <CommandPage id=id/> }.into_any())),
        _ => None,
    }
}
