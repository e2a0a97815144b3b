//! The browser facilities the decision wizards need: the clock in minutes (UTC) and moving
//! focus after a step, so keyboard and screen reader users start at the new page.

use wasm_bindgen::JsCast;

/// Minutes since the Unix epoch, UTC, from the browser's clock.
pub fn now_minutes() -> i64 {
    (js_sys::Date::now() / 60_000.0).floor() as i64
}

/// Moves focus to the element with `id` (giving it `tabindex="-1"` if it needs one).
pub fn focus_id(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let _ = el.focus();
}

/// The site's origin (`https://host:port`), for links pasted outside the site.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Whether the page on screen is the one the browser loaded (rather than one reached by a
/// step inside the app). The first call in a document records the address it was loaded at,
/// so the wizard list and every wizard page call this as they render.
pub fn is_loaded_address() -> bool {
    static LOADED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    LOADED.get_or_init(|| href.clone()) == &href
}
