//! The tabletop drills: the list (with the wheel and past drills) and a scenario's
//! briefing, where a drill starts. A drill in progress is three apps, one per window:
//! `drill_facilitator`, `drill_participant` and `drill_report`.

use crate::pages::{DrillBriefingPage, DrillsPage};
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::Drills => Some(Box::new(|| view! { <DrillsPage/> }.into_any())),
        Route::DrillBriefing(id) => Some(Box::new(move || view! { <DrillBriefingPage id=id/> }.into_any())),
        _ => None,
    }
}
