//! The site: eight small Leptos apps that share this library (see ARCHITECTURE.md, "Static
//! pages, small apps"). `src/bin/<app>.rs` starts one of them with the pages of its area from
//! `apps/`; the core (`runbook::route`) says which page an address shows and which app
//! serves it, so no route loads the code of another area. The frame around every page and
//! the doc pages themselves are static HTML written at build time; `islands` wires them.

pub mod apps;
mod browser;
mod components;
mod content;
mod drill_store;
mod drill_sync;
mod islands;
mod location;
mod offline;
mod pages;
mod paths;
mod search_index;
mod shared_values;
mod wizard_glue;

use leptos::prelude::*;
use runbook::route::Route;

/// A page an app renders into `<main>`.
pub type Page = Box<dyn FnOnce() -> AnyView>;

/// Starts an app: wires the static frame (see `islands`), then lets the app open this
/// address (`apps::<app>::open`) and mounts into `<main>` the page it renders, if any (a doc
/// page is static HTML already).
pub fn start(open: fn(Route) -> Option<Page>) {
    console_error_panic_hook::set_once();
    location::listen();
    islands::wire_frame();
    if let (Some(page), Some(main)) = (open(location::route()), islands::element_by_id("main-content")) {
        // What the static HTML had there (a note for readers without JavaScript) goes.
        islands::mount(main, page);
    }
}
