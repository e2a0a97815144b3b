//! The decision wizards.

use crate::pages::{NotFoundPage, WizardPage, WizardsPage};
use leptos::prelude::*;
use runbook::route::Route;

pub fn page(route: Route) -> AnyView {
    match route {
        Route::Wizards => view! { <WizardsPage/> }.into_any(),
        Route::Wizard(id) => view! { <WizardPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
