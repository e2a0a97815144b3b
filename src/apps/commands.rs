//! The command generators.

use crate::pages::{CommandPage, CommandsPage, NotFoundPage};
use leptos::prelude::*;
use runbook::route::Route;

pub fn page(route: Route) -> AnyView {
    match route {
        Route::Commands => view! { <CommandsPage/> }.into_any(),
        Route::Command(id) => view! { <CommandPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
