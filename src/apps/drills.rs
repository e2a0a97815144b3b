//! The tabletop drills: the list and each scenario's briefing are static HTML (sitegen's
//! `pages/drills.rs`); this app fills their slots with what needs the browser: the drill in
//! progress, the wheel, past drills and the form that starts a drill. It carries scenario
//! names only. A drill in progress is three apps, one per window: `drill_facilitator`,
//! `drill_participant` and `drill_report`.

use crate::components::{DrillPastList, DrillStartErrors, DrillStartForm, DrillWheel, StartErrors};
use crate::islands;
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    let fill = |slot: &str, view: Box<dyn FnOnce() -> AnyView>| {
        if let Some(slot) = islands::element_by_id(slot) {
            islands::mount(slot, view);
        }
    };
    match route {
        Route::Drills => {
            fill("drill-wheel", Box::new(|| view! { <DrillWheel/> }.into_any()));
            fill("drill-past", Box::new(|| view! { <DrillPastList/> }.into_any()));
        }
        Route::DrillBriefing(id) => {
            // Two slots, one form: the summary at the top of the page, the fields at its end.
            let errors = StartErrors::new();
            fill(
                "drill-start-errors",
                Box::new(move || view! { <DrillStartErrors errors=errors/> }.into_any()),
            );
            fill(
                "drill-start",
                Box::new(move || view! { <DrillStartForm id=id errors=errors/> }.into_any()),
            );
        }
        _ => {}
    }
    // The page itself is static HTML.
    None
}
