//! localStorage glue for the incident record: the open incident (the core's `Saved`, as
//! versioned text) and the past incidents. Reading and writing text only; what the text
//! means is the core's (`runbook::incident::saved`). A drill's keys are `runbook-drill…`
//! (`drill_store`): neither module ever touches the other's.
//!
//! Every page's banner reads only the summary saved beside the record ([`banner`]), so an
//! app that shows the banner and records nothing carries no log decoding or replay; the
//! JSON export is the incident page's alone.

use runbook::incident::record::Ticks;
use runbook::incident::saved::{self, PastIncidents, Saved, Unreadable};
use runbook::incident::{BannerSummary, IncidentState};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The open incident.
pub const CURRENT_KEY: &str = "runbook-incident";
/// The past incidents.
pub const PAST_KEY: &str = "runbook-incident-past";
/// What every page's banner shows of the open incident (`runbook::incident::BannerSummary`),
/// saved with the record, so a page that only shows the banner decodes no log.
pub const BANNER_KEY: &str = "runbook-incident-banner";

/// The steps ticked on checklists (`runbook::incident::record::Ticks`), incident or not.
pub const TICKS_KEY: &str = "runbook-ticks";

/// Why the record was not saved. The page says so at the action that failed, and keeps
/// what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// The browser would not keep it: storage is full, or blocked.
    Refused,
    /// What is saved cannot be read here: it is left as it is (the incident page offers it
    /// for download), and nothing is written over it.
    Unreadable,
}

impl SaveError {
    /// What went wrong, as a sentence for the page.
    pub fn sentence(self) -> &'static str {
        match self {
            SaveError::Refused => {
                "This browser would not save the incident record: its storage may be full or blocked. Nothing was added. Export the record now to keep it, then free some space (for example, close and export past incidents) and try again."
            }
            SaveError::Unreadable => {
                "The saved incident record cannot be read, so nothing was added to it. Open the incident page to download it and start afresh."
            }
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Wall time now, ms since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

fn raw(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// The open incident (or the last one, closed but not yet filed), nothing, or the text
/// that could not be read.
pub fn load() -> Result<Option<IncidentState>, Unreadable> {
    saved::open_incident(raw(CURRENT_KEY).as_deref())
}

/// Saves the record as it now is, and the banner's summary of it.
pub fn save(state: &IncidentState) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Refused)?;
    s.set_item(CURRENT_KEY, &Saved::from_state(state).to_text())
        .map_err(|_| SaveError::Refused)?;
    let summary = BannerSummary::of(state).map(|b| b.to_text());
    // The record is kept; a summary the browser refuses is removed rather than left stale,
    // and the banner then sends the reader to the record.
    if summary.is_none_or(|text| s.set_item(BANNER_KEY, &text).is_err()) {
        let _ = s.remove_item(BANNER_KEY);
    }
    Ok(())
}

/// Forgets the open incident ("Start afresh" from damaged data, or once it is filed).
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(CURRENT_KEY);
        let _ = s.remove_item(BANNER_KEY);
    }
}

/// What the banner shows: the open incident's summary, nothing (no incident), or `Err`
/// when a record is saved and its summary cannot be read (the record may be damaged: the
/// incident page says). Reads no log.
pub fn banner() -> Result<Option<BannerSummary>, ()> {
    match raw(BANNER_KEY).map(|text| BannerSummary::load(&text)) {
        Some(Some(summary)) => Ok(Some(summary)),
        _ if raw(CURRENT_KEY).is_some_and(|t| !t.trim().is_empty()) => Err(()),
        _ => Ok(None),
    }
}

/// The past incidents, or the text that could not be read.
pub fn past() -> Result<PastIncidents, Unreadable> {
    saved::past_incidents(raw(PAST_KEY).as_deref())
}

/// Saves the list of past incidents.
pub fn save_past(past: &PastIncidents) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Refused)?;
    s.set_item(PAST_KEY, &past.to_text()).map_err(|_| SaveError::Refused)
}

/// Forgets the list of past incidents (when it is damaged and the reader chooses to).
pub fn clear_past() {
    if let Some(s) = storage() {
        let _ = s.remove_item(PAST_KEY);
    }
}

/// The steps ticked on checklists in this browser.
pub fn ticks() -> Ticks {
    Ticks::load(raw(TICKS_KEY).as_deref())
}

/// Keeps the steps ticked; false when the browser refused.
pub fn save_ticks(ticks: &Ticks) -> bool {
    storage().is_some_and(|s| s.set_item(TICKS_KEY, &ticks.to_text()).is_ok())
}

/// Calls `changed` whenever another tab changes the open incident or the past incidents,
/// for the life of the page. The `storage` event comes only from a real save in another
/// tab, so a page re-reads what is saved and shows exactly that.
pub fn on_change_elsewhere(changed: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
        // `key` is null when another tab cleared all storage.
        if matches!(
            ev.key().as_deref(),
            None | Some(CURRENT_KEY) | Some(PAST_KEY) | Some(BANNER_KEY)
        ) {
            changed();
        }
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
