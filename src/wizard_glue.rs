//! The browser facilities the decision wizards need: the clock in minutes (UTC), the site's
//! origin, and whether the page on screen is the one the browser loaded. (Moving focus after
//! a step is `browser::focus_id`.)

/// Minutes since the Unix epoch, UTC, from the browser's clock.
pub fn now_minutes() -> i64 {
    (js_sys::Date::now() / 60_000.0).floor() as i64
}

/// The site's origin (`https://host:port`), for links pasted outside the site.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Whether the page on screen is the one the browser loaded (rather than one reached by a
/// step inside the app). The first call in a document records the address it was loaded at,
/// so every wizard page calls this as it renders.
pub fn is_loaded_address() -> bool {
    static LOADED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    LOADED.get_or_init(|| href.clone()) == &href
}
