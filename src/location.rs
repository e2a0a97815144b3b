//! The address bar, for apps that move between pages with ordinary page loads.
//!
//! Each app renders the page its address names ([`route`], decided by the core's
//! `runbook::route`). Only the query string changes in place: a wizard step or a search
//! from the header pushes a new address with [`push`], and a page that changes in place
//! listens for `popstate` (Back and Forward) itself and draws again from the address.

use runbook::route::{strip_base, Route};

/// The page the address names.
pub fn route() -> Route {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into());
    strip_base(&path, crate::paths::base()).map_or(Route::NotFound, Route::parse)
}

/// The address's query string, `""` or starting with `?`.
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The value of the query's parameter `name`, decoded; `None` when absent or malformed.
pub fn param(name: &str) -> Option<String> {
    runbook::address::pieces(&search())
        .find_map(|(_, pair)| pair.filter(|(key, _)| key == name).map(|(_, value)| value))
}

/// Moves to `href` (the same page, another query) without a page load, adding a history
/// entry, so Back returns to where the reader was.
pub fn push(href: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
}

/// Replaces the address's query (keeping path and fragment) without adding a history entry,
/// so the address bar always holds a link that reopens the page as it stands (a generator's
/// values, a search).
pub fn replace_query(pairs: &[(String, String)]) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(hash), Ok(search)) = (location.pathname(), location.hash(), location.search()) else {
        return;
    };
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return;
    };
    for (k, v) in pairs {
        params.append(k, v);
    }
    let query: String = params.to_string().into();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    if query == search {
        return;
    }
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{query}{hash}")));
    }
}
