//! Browser glue for the command generators: the remembered values in localStorage (what
//! they mean is decided by `runbook::command::form`), the address bar, and focus.
//!
//! The remembered values are one reactive store for the whole app, so a value typed in one
//! generator shows at once in every other generator and in the "Values in use" list, and in
//! the runbook's other tabs (the browser's `storage` event).

use leptos::prelude::*;
use runbook::command::form::{load_remembered, save_remembered};
use runbook::command::Values;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

const KEY: &str = "runbook.command-values";

/// The values remembered in this browser, and why they were reset if they were damaged.
#[derive(Clone)]
pub struct SharedValues {
    values: ArcRwSignal<Values>,
    problem: ArcRwSignal<Option<String>>,
}

thread_local! {
    // Reference-counted signals belong to no component, so they outlive every page.
    static STORE: SharedValues = SharedValues::load();
}

/// The app's one store of remembered values.
pub fn shared_values() -> SharedValues {
    STORE.with(Clone::clone)
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

impl SharedValues {
    fn load() -> Self {
        let (values, problem) = match storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
            None => (Values::new(), None),
            Some(text) => match load_remembered(&text) {
                Ok(values) => (values, None),
                Err(e) => {
                    // Start afresh so the damage is reported once, not on every page.
                    if let Some(s) = storage() {
                        let _ = s.remove_item(KEY);
                    }
                    (Values::new(), Some(e.to_string()))
                }
            },
        };
        let values = ArcRwSignal::new(values);
        follow_other_tabs(values.clone());
        Self {
            values,
            problem: ArcRwSignal::new(problem),
        }
    }

    /// The remembered values (tracked).
    pub fn values(&self) -> Values {
        self.values.get()
    }

    /// Why remembered values were cleared on loading, if they were (tracked).
    pub fn problem(&self) -> Option<String> {
        self.problem.get()
    }

    pub fn dismiss_problem(&self) {
        self.problem.set(None);
    }

    /// Remembers `value` for every parameter called `name`.
    pub fn set(&self, name: &str, value: &str) {
        if self
            .values
            .with_untracked(|v| v.get(name).map(String::as_str) == Some(value))
        {
            return;
        }
        self.values.update(|v| {
            v.insert(name.to_string(), value.to_string());
        });
        self.persist();
    }

    pub fn clear(&self, name: &str) {
        self.values.update(|v| {
            v.remove(name);
        });
        self.persist();
    }

    pub fn clear_all(&self) {
        self.values.set(Values::new());
        self.persist();
    }

    fn persist(&self) {
        let Some(s) = storage() else { return };
        let values = self.values.get_untracked();
        let _ = if values.is_empty() {
            s.remove_item(KEY)
        } else {
            s.set_item(KEY, &save_remembered(&values))
        };
    }
}

/// Another tab of the runbook changed the remembered values (typed or cleared there): show
/// the same here. Text another tab could not have written is left to that tab to report.
fn follow_other_tabs(values: ArcRwSignal<Values>) {
    let Some(window) = web_sys::window() else { return };
    let handler = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
        // A key of null means the whole storage was cleared.
        if ev.key().is_some_and(|k| k != KEY) {
            return;
        }
        let latest = match ev.new_value() {
            None => Values::new(),
            Some(text) => match load_remembered(&text) {
                Ok(latest) => latest,
                Err(_) => return,
            },
        };
        values.set(latest);
    });
    let _ = window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    handler.forget();
}

/// Replaces the address's query (keeping path and fragment) without adding a history entry,
/// so the address bar always holds a link that reopens the generator as it stands.
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
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{query}{hash}")));
    }
}

/// Moves focus to the element with `id` (a form field or an error summary) and scrolls to it.
pub fn focus_id(id: &str) {
    if let Some(el) = crate::islands::element_by_id(id) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// The browser's clock, for the core's `now`.
pub fn now() -> runbook::command::DateTime {
    runbook::command::DateTime::from_unix_seconds((js_sys::Date::now() / 1000.0).floor() as i64)
}
