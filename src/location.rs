//! The address bar, for apps that move between pages with ordinary page loads.
//!
//! Each app renders the page its address names ([`route`], decided by the core's
//! `runbook::route`). Only the query string changes in place: a wizard step or a search
//! pushes a new address with [`push`], and Back and Forward (`popstate`) update [`search`],
//! so every page that reads it re-renders from the address alone.

use leptos::prelude::*;
use runbook::route::{strip_base, Route};
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

/// The route the page was loaded at. Its path never changes without a page load.
pub fn route() -> Route {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into());
    strip_base(&path, crate::paths::base()).map_or(Route::NotFound, Route::parse)
}

/// The query string (`""` or `?…`), tracked: reading it in a view re-renders on change.
pub fn search() -> String {
    search_signal().get()
}

/// The query string, read once without tracking.
pub fn search_untracked() -> String {
    search_signal().get_untracked()
}

/// One query parameter, decoded, tracked like [`search`]. `None` when absent or malformed.
pub fn param(name: &str) -> Option<String> {
    param_in(&search(), name)
}

/// The same, read once without tracking.
pub fn param_untracked(name: &str) -> Option<String> {
    param_in(&search_untracked(), name)
}

fn param_in(search: &str, name: &str) -> Option<String> {
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = runbook::wizard::query::decode(key)?;
        (key == name).then(|| runbook::wizard::query::decode(value)).flatten()
    })
}

/// Moves to `href` (a path on this page, usually a new query string) as a new history
/// entry, as a link would, without reloading the app.
pub fn push(href: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
    search_signal().set(current_search());
}

/// Starts following Back and Forward. Called once by [`crate::start`].
pub fn listen() {
    let _ = search_signal();
    let on_popstate = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| search_signal().set(current_search()));
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    on_popstate.forget();
}

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn search_signal() -> ArcRwSignal<String> {
    static SEARCH: OnceLock<ArcRwSignal<String>> = OnceLock::new();
    SEARCH.get_or_init(|| ArcRwSignal::new(current_search())).clone()
}
