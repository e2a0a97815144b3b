//! Recording into the open incident from any page: a wizard's outcome, a command copied, a
//! step ticked (and, later, a message copied). One call, [`record`]: it reads the record
//! as saved (so a tab never writes over what another tab added), asks the core what to do
//! (`runbook::incident::form::recording`: nothing without an open incident, an outcome seen
//! again at reload is not a second entry), appends the event and saves. A drill never
//! calls this, and this never touches a drill's keys.

use crate::components::WarningText;
use crate::incident_store::{self, SaveError};
use crate::static_page;
use leptos::prelude::*;
use runbook::incident::form::{recording, Recording};
use runbook::incident::EventKind;
use wasm_bindgen::JsCast;

/// What a recording did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// It is in the record.
    Recorded,
    /// Nothing to record into (no open incident), or already there.
    Nothing,
}

/// Records `kind`, stamped now, into the open incident, if there is one. `Err` when it
/// should have been recorded and was not: the page says so where the person acted.
pub fn record(kind: EventKind) -> Result<Recorded, SaveError> {
    let state = match incident_store::load() {
        Ok(state) => state,
        Err(_) => return Err(SaveError::Unreadable),
    };
    let Some(mut state) = state else {
        return Ok(Recorded::Nothing);
    };
    match recording(Some(&state), kind, incident_store::now_ms()) {
        Recording::NoIncident | Recording::AlreadyRecorded => Ok(Recorded::Nothing),
        Recording::Record(event) => {
            // The core checked the stamp; an event it refuses (a step ticked twice from
            // two tabs) changes nothing and is not worth a warning.
            if state.apply(event).is_err() {
                return Ok(Recorded::Nothing);
            }
            incident_store::save(&state)?;
            Ok(Recorded::Recorded)
        }
    }
}

/// Says at the top of `<main>`, at once, that what the person just did was not added to
/// the incident record, and why. It stays until the page changes.
pub fn say_not_recorded(error: SaveError) {
    let Some(main) = static_page::element_by_id("main-content") else {
        return;
    };
    let slot = match static_page::element_by_id("incident-not-recorded") {
        Some(slot) => slot,
        None => {
            let Some(slot) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_element("div").ok())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            slot.set_id("incident-not-recorded");
            let _ = main.prepend_with_node_1(&slot);
            slot
        }
    };
    static_page::mount(slot, move || {
        view! {
            <WarningText alert=true>
                <p class="body">"Not added to the incident record. " {error.sentence()}</p>
            </WarningText>
        }
    });
}

/// Records `kind` if an incident is open, and says so at once if it should have been
/// recorded and was not.
pub fn record_or_say(kind: EventKind) {
    if let Err(error) = record(kind) {
        say_not_recorded(error);
    }
}
