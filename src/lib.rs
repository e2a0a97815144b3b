//! The site: four small Leptos apps that share this library (see ARCHITECTURE.md, "One app
//! per area"). `src/bin/<app>.rs` starts one of them with the pages of its area from
//! `apps/`; the core (`runbook::route`) says which page an address shows and which app
//! serves it, so no route loads the code of another area.

pub mod apps;
mod browser;
mod components;
mod content;
mod drill_store;
mod drill_sync;
mod location;
mod offline;
mod page_bodies;
mod pages;
mod paths;
mod search_index;
mod shared_values;
mod shell;
mod wizard_glue;

use leptos::prelude::*;
use runbook::route::Route;

/// Mounts an app: the shared page frame around the page `page` renders for this address.
pub fn start(page: fn(Route) -> AnyView) {
    console_error_panic_hook::set_once();
    // A doc route's HTML carries a static copy of the page so it paints before the app
    // loads (see crates/sitegen/src/prerender.rs); the app renders the same page in its place.
    if let Some(copy) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerendered"))
    {
        if let (Some(slug), Ok(Some(body))) = (copy.get_attribute("data-slug"), copy.query_selector(".doc-body")) {
            page_bodies::keep_prerendered(slug, body.inner_html());
        }
        copy.remove();
    }
    location::listen();
    let route = location::route();
    leptos::mount::mount_to_body(move || view! { <shell::Shell>{page(route.clone())}</shell::Shell> });
}
