//! Mounts the app. Everything else lives in the library modules below.

mod app;
mod browser;
mod components;
mod content;
mod drill_store;
mod drill_sync;
mod offline;
mod pages;
mod paths;
mod search_index;
mod shared_values;
mod wizard_glue;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
