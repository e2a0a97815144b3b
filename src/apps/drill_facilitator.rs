//! A drill in progress, the facilitator's window: the controls, both clocks, expected answers
//! and notes. Each window of a drill is its own app, so none loads another's page; they share
//! the drill through `drill_store` and `drill_sync`.

use crate::pages::DrillFacilitatorPage;
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    // A drill this one replaced goes to the past drills: only this window has the scenarios
    // to score it (see `drill_store::keep_replaced`).
    crate::drill_store::file_replaced();
    match route {
        Route::DrillFacilitator => Some(Box::new(|| view! { <DrillFacilitatorPage/> }.into_any())),
        _ => None,
    }
}
