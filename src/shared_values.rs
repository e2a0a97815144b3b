//! Browser glue for the command generators: the remembered values in localStorage (what
//! they mean is decided by `runbook::command::form`), the address bar, and focus.
//!
//! The remembered values are one store for the whole app, which tells its listeners of every
//! change, so a value typed in one generator shows at once in every other generator and in
//! the "Values in use" list, and in the runbook's other tabs (the browser's `storage` event).

use runbook::command::form::{load_remembered, save_remembered};
use runbook::command::Values;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

const KEY: &str = "runbook.command-values";

/// Called after the remembered values, or the problem with them, change.
type Listener = Rc<dyn Fn()>;

/// The values remembered in this browser, why they were reset if they were damaged, and
/// who to tell when they change. A plain store rather than a reactive signal: the
/// generators redraw themselves when told (`crate::generator`), and the commands app
/// carries only the few signals its islands use (the update banner), not memos and effects
/// for every field.
struct Store {
    values: Values,
    problem: Option<String>,
    listeners: Vec<Listener>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::load());
}

/// The app's one store of remembered values. A handle: every copy is the same store.
#[derive(Clone, Copy)]
pub struct SharedValues;

/// The app's one store of remembered values.
pub fn shared_values() -> SharedValues {
    SharedValues
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

impl Store {
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
        follow_other_tabs();
        Store {
            values,
            problem,
            listeners: Vec::new(),
        }
    }
}

impl SharedValues {
    /// The remembered values.
    pub fn values(self) -> Values {
        STORE.with(|s| s.borrow().values.clone())
    }

    /// Why remembered values were cleared on loading, if they were.
    pub fn problem(self) -> Option<String> {
        STORE.with(|s| s.borrow().problem.clone())
    }

    /// Calls `listener` after every change, for the life of the page.
    pub fn subscribe(self, listener: impl Fn() + 'static) {
        STORE.with(|s| s.borrow_mut().listeners.push(Rc::new(listener)));
    }

    pub fn dismiss_problem(self) {
        self.change(|s| s.problem = None);
    }

    /// Remembers `value` for every parameter called `name`.
    pub fn set(self, name: &str, value: &str) {
        if self.values().get(name).map(String::as_str) == Some(value) {
            return;
        }
        self.change(|s| {
            s.values.insert(name.to_string(), value.to_string());
        });
        self.persist();
    }

    pub fn clear(self, name: &str) {
        if !self.values().contains_key(name) {
            return;
        }
        self.change(|s| {
            s.values.remove(name);
        });
        self.persist();
    }

    pub fn clear_all(self) {
        self.change(|s| s.values = Values::new());
        self.persist();
    }

    /// Applies `f`, then tells every listener. The store is not borrowed while they run, so
    /// they may read it (and a listener may change it again).
    fn change(self, f: impl FnOnce(&mut Store)) {
        let listeners = STORE.with(|s| {
            let mut s = s.borrow_mut();
            f(&mut s);
            s.listeners.clone()
        });
        for listener in listeners {
            listener();
        }
    }

    fn persist(self) {
        let Some(s) = storage() else { return };
        let values = self.values();
        let _ = if values.is_empty() {
            s.remove_item(KEY)
        } else {
            s.set_item(KEY, &save_remembered(&values))
        };
    }
}

/// Another tab of the runbook changed the remembered values (typed or cleared there): show
/// the same here. Text another tab could not have written is left to that tab to report.
fn follow_other_tabs() {
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
        SharedValues.change(|s| s.values = latest);
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
