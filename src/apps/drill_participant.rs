//! A drill in progress, the players' window (the shared screen): only what the players may
//! see, kept in step with the facilitator's window through `drill_sync`.

use crate::pages::DrillParticipantPage;
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::DrillParticipant => Some(Box::new(|| view! { <DrillParticipantPage/> }.into_any())),
        _ => None,
    }
}
