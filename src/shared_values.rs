//! Browser glue for the command generators: the remembered values in localStorage (what
//! they mean is decided by `runbook::command::form`), the address bar, and focus.
//!
//! The remembered values are one store for the whole app, which tells its listeners of every
//! change, so a value typed in one generator shows at once in every other generator and in
//! the "Values in use" list, and in the runbook's other tabs (the browser's `storage` event).

use runbook::command::form::{load_remembered, save_remembered, Loaded, Remembered, RememberedValue};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const KEY: &str = "runbook.command-values";
/// Remembered values that could not be read, kept until the reader dismisses them, so they
/// are offered for download (on any page with "Values in use") before they are lost.
const DAMAGED_KEY: &str = "runbook.command-values.damaged";

/// Called after the remembered values, or the problem with them, change.
type Listener = Rc<dyn Fn()>;

/// Why the remembered values were reset or changed on loading, and the text that could not
/// be read, if any, to offer for download.
#[derive(Clone)]
pub struct Problem {
    pub message: String,
    pub damaged: Option<String>,
}

/// The values remembered in this browser, why they were reset if they were damaged, which
/// could not be saved, and who to tell when they change. A plain store that tells its
/// listeners, rather than a signal: it is also changed from outside the page (another tab's
/// `storage` event), and each form and "Values in use" work out their view afresh when told
/// (`crate::generator`).
struct Store {
    values: Remembered,
    problem: Option<Problem>,
    /// The meanings whose latest value this browser's storage refused (it was full): they
    /// fill the generators on this page, and nowhere else.
    not_saved: Vec<String>,
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
        let s = storage();
        let get = |key: &str| s.as_ref().and_then(|s| s.get_item(key).ok().flatten());
        let (values, mut problem) = match get(KEY) {
            None => (Remembered::new(), None),
            Some(text) => match load_remembered(&text) {
                Ok(Loaded {
                    values,
                    not_kept,
                    upgraded,
                }) => {
                    // An older format read by meaning: store it as this one, so what it
                    // could not keep is said once.
                    if let (Some(s), true) = (&s, upgraded) {
                        let _ = s.set_item(KEY, &save_remembered(&values));
                    }
                    let problem = not_kept.map(|message| Problem { message, damaged: None });
                    (values, problem)
                }
                Err(e) => {
                    // Keep the text aside until the reader has been offered it, then start
                    // afresh, so the damage is reported once, not on every page.
                    if let Some(s) = &s {
                        let _ = s.remove_item(KEY);
                        if get(DAMAGED_KEY).is_none() {
                            let _ = s.set_item(DAMAGED_KEY, &text);
                        }
                    }
                    (
                        Remembered::new(),
                        Some(Problem {
                            message: e.to_string(),
                            damaged: Some(text),
                        }),
                    )
                }
            },
        };
        if problem.is_none() {
            // Damaged text an earlier page kept aside and the reader has not dismissed.
            problem = get(DAMAGED_KEY).map(|text| Problem {
                message: load_remembered(&text).err().map(|e| e.to_string()).unwrap_or_else(|| {
                    "Values this browser could not read earlier are kept for you to download.".to_string()
                }),
                damaged: Some(text),
            });
        }
        follow_other_tabs();
        Store {
            values,
            problem,
            not_saved: Vec::new(),
            listeners: Vec::new(),
        }
    }

    /// Writes the values to storage; false when the storage refused them (it is full).
    fn write(&self) -> bool {
        let Some(s) = storage() else { return false };
        if self.values.is_empty() {
            s.remove_item(KEY).is_ok()
        } else {
            s.set_item(KEY, &save_remembered(&self.values)).is_ok()
        }
    }
}

impl SharedValues {
    /// The remembered values, by meaning.
    pub fn values(self) -> Remembered {
        STORE.with(|s| s.borrow().values.clone())
    }

    /// Why remembered values were cleared or changed on loading, if they were.
    pub fn problem(self) -> Option<Problem> {
        STORE.with(|s| s.borrow().problem.clone())
    }

    /// Whether this browser's storage refused the latest value of `meaning`.
    pub fn not_saved(self, meaning: &str) -> bool {
        STORE.with(|s| s.borrow().not_saved.iter().any(|m| m == meaning))
    }

    /// Whether this browser's storage refused any value now in use.
    pub fn any_not_saved(self) -> bool {
        STORE.with(|s| !s.borrow().not_saved.is_empty())
    }

    /// Calls `listener` after every change, for the life of the page.
    pub fn subscribe(self, listener: impl Fn() + 'static) {
        STORE.with(|s| s.borrow_mut().listeners.push(Rc::new(listener)));
    }

    /// Forgets the problem, and the damaged text kept for download with it.
    pub fn dismiss_problem(self) {
        if let Some(s) = storage() {
            let _ = s.remove_item(DAMAGED_KEY);
        }
        self.change(|s| s.problem = None);
    }

    /// Offers the damaged text for download; false if there is none or the browser would not.
    pub fn download_damaged(self) -> bool {
        self.problem()
            .and_then(|p| p.damaged)
            .is_some_and(|text| crate::browser::download("remembered-values.txt", "text/plain", &text))
    }

    /// Remembers `value` for every parameter that remembers `meaning`.
    pub fn set(self, meaning: &str, value: RememberedValue) {
        if self.values().get(meaning).map(|r| &r.value) == Some(&value.value) {
            return;
        }
        self.change(|s| {
            s.values.insert(meaning.to_string(), value);
            s.not_saved.retain(|m| m != meaning);
            if s.write() {
                s.not_saved.clear();
            } else {
                s.not_saved.push(meaning.to_string());
            }
        });
    }

    pub fn clear(self, meaning: &str) {
        if !self.values().contains_key(meaning) {
            return;
        }
        self.change(|s| {
            s.values.remove(meaning);
            s.not_saved.retain(|m| m != meaning);
            if s.write() {
                s.not_saved.clear();
            }
        });
    }

    pub fn clear_all(self) {
        self.change(|s| {
            s.values = Remembered::new();
            s.not_saved.clear();
            s.write();
        });
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
            None => Remembered::new(),
            Some(text) => match load_remembered(&text) {
                Ok(latest) => latest.values,
                Err(_) => return,
            },
        };
        SharedValues.change(|s| s.values = latest);
    });
    let _ = window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    handler.forget();
}

/// Moves focus to the element with `id` (a form field or an error summary) and scrolls to it.
pub fn focus_id(id: &str) {
    if let Some(el) = crate::static_page::element_by_id(id) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// The browser's clock, for the core's `now`.
pub fn now() -> runbook::command::DateTime {
    runbook::command::DateTime::from_unix_seconds((js_sys::Date::now() / 1000.0).floor() as i64)
}
