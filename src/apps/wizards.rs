//! The decision wizards.

use crate::pages::{WizardPage, WizardsPage};
use crate::Page;
use leptos::prelude::*;
use runbook::route::Route;

pub fn open(route: Route) -> Option<Page> {
    match route {
        Route::Wizards => Some(Box::new(|| view! { <WizardsPage/> }.into_any())),
        Route::Wizard(id) => Some(Box::new(move || view! { <WizardPage id=id/> }.into_any())),
        _ => None,
    }
}
