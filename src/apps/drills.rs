//! The tabletop drills: the list, a briefing, the facilitator's and participants' windows
//! and the after-action report.

use crate::pages::{DrillBriefingPage, DrillFacilitatorPage, DrillParticipantPage, DrillReportPage, DrillsPage};
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::Drills => Some(Box::new(|| view! { <DrillsPage/> }.into_any())),
        Route::DrillBriefing(id) => Some(Box::new(move || view! { <DrillBriefingPage id=id/> }.into_any())),
        Route::DrillFacilitator => Some(Box::new(|| view! { <DrillFacilitatorPage/> }.into_any())),
        Route::DrillParticipant => Some(Box::new(|| view! { <DrillParticipantPage/> }.into_any())),
        Route::DrillReport => Some(Box::new(|| view! { <DrillReportPage/> }.into_any())),
        _ => None,
    }
}
