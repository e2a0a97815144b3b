//! The tabletop drills: the list, a briefing, the facilitator's and participants' windows
//! and the after-action report.

use crate::pages::{
    DrillBriefingPage, DrillFacilitatorPage, DrillParticipantPage, DrillReportPage, DrillsPage, NotFoundPage,
};
use leptos::prelude::*;
use runbook::route::Route;

pub fn page(route: Route) -> AnyView {
    match route {
        Route::Drills => view! { <DrillsPage/> }.into_any(),
        Route::DrillBriefing(id) => view! { <DrillBriefingPage id=id/> }.into_any(),
        Route::DrillFacilitator => view! { <DrillFacilitatorPage/> }.into_any(),
        Route::DrillParticipant => view! { <DrillParticipantPage/> }.into_any(),
        Route::DrillReport => view! { <DrillReportPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
