//! A drill's after-action report: edit it, export it or print it. It reads the drill saved
//! in localStorage (`drill_store`), so it needs neither window's code.

use crate::pages::DrillReportPage;
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::DrillReport => Some(Box::new(|| view! { <DrillReportPage/> }.into_any())),
        _ => None,
    }
}
