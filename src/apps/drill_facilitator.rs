//! A drill in progress, the facilitator's window: the controls, both clocks, expected answers
//! and notes. Each window of a drill is its own app, so none loads another's page; they share
//! the drill through `drill_store` and `drill_sync`.

use crate::pages::DrillFacilitatorPage;
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::DrillFacilitator => Some(Box::new(|| view! { <DrillFacilitatorPage/> }.into_any())),
        _ => None,
    }
}
