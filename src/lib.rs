//! The site: nine small Leptos apps that share this library (see ARCHITECTURE.md, "Static
//! pages, small apps"). `src/bin/<app>.rs` starts one of them with the pages of its area from
//! `apps/`; the core (`runbook::route`) says which page an address shows and which app
//! serves it, so no route loads the code of another area. The frame around every page and
//! the doc pages themselves are static HTML written at build time; `static_page` wires them.

// Leptos views are deeply nested types; the facilitator's console, drawn natively (`ssr`,
// with each component's full type) needs more than the default 128 levels.
#![recursion_limit = "256"]

pub mod apps;
mod browser;
mod components;
mod drill_live;
mod drill_store;
mod drill_sync;
mod generator;
mod incident_record;
mod incident_store;
mod location;
mod message;
mod offline;
mod page_files;
mod pages;
mod paths;
#[cfg(feature = "ssr")]
pub mod prerender;
mod search_index;
mod shared_values;
mod static_page;

use leptos::prelude::*;
use page_files::Damaged;
use runbook::page_data::DataFile;
use runbook::route::Route;

/// A page an app renders into `<main>`.
pub type Page = Box<dyn FnOnce() -> AnyView>;

/// One of the nine apps (`src/apps/`, started by `src/bin/<app>.rs`).
pub trait SiteApp {
    /// The data files the page at `route` needs before it draws (`page_files::files_for_page`).
    /// By default none: an app whose pages need none carries no loader.
    fn files(_route: &Route) -> Vec<DataFile> {
        Vec::new()
    }

    /// Decodes and keeps one data file the page fetched (`page_files::load`). An app decodes
    /// only the kinds its pages show, so it carries only their decoders; by default none.
    fn keep(_file: &DataFile, _bytes: &[u8]) -> Result<(), Damaged> {
        Ok(())
    }

    /// The page to mount into `<main>` for `route`, if the app renders one (a doc page is
    /// static HTML already); wires the static page's islands.
    fn open(route: Route) -> Option<Page>;
}

/// Starts app `A`: wires the static frame (see `static_page`), loads what the page shows of the
/// runbook (`content`), then opens the address and mounts the page, if any, into `<main>`.
/// Should the data not load, the page says why at the top of `<main>`, and its static text
/// stays.
pub fn start<A: SiteApp>() {
    console_error_panic_hook::set_once();
    static_page::wire_frame();
    let route = location::route();
    let files = A::files(&route);
    if files.is_empty() {
        open_and_mount::<A>(route);
        browser::mark_live();
        return;
    }
    leptos::task::spawn_local(async move {
        match page_files::load(files, A::keep).await {
            Ok(()) => open_and_mount::<A>(route),
            Err(problem) => static_page::show_data_problem(problem),
        }
        browser::mark_live();
    });
}

fn open_and_mount<A: SiteApp>(route: Route) {
    if let (Some(page), Some(main)) = (A::open(route), static_page::element_by_id("main-content")) {
        // What the static HTML had there (a note for readers without JavaScript) goes.
        static_page::mount(main, page);
    }
}
