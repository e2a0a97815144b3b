//! A drill in progress: the facilitator's window, the participants' window and the
//! after-action report. (The list and briefings are the `drills` app's.)

use crate::pages::{DrillFacilitatorPage, DrillParticipantPage, DrillReportPage};
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::DrillFacilitator => Some(Box::new(|| view! { <DrillFacilitatorPage/> }.into_any())),
        Route::DrillParticipant => Some(Box::new(|| view! { <DrillParticipantPage/> }.into_any())),
        Route::DrillReport => Some(Box::new(|| view! { <DrillReportPage/> }.into_any())),
        _ => None,
    }
}
