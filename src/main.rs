//! Mounts the app. Everything else lives in the library modules below.

mod app;
mod browser;
mod components;
mod content;
mod drill_store;
mod drill_sync;
mod offline;
mod page_bodies;
mod pages;
mod paths;
mod search_index;
mod shared_values;
mod wizard_glue;

fn main() {
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
    leptos::mount::mount_to_body(app::App);
}
