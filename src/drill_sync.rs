//! BroadcastChannel glue: keeps the facilitator's and the players' windows in step.
//!
//! A message is the saved log's text (the same text as localStorage, `Saved::to_text`). Each window replays
//! it with the core and renders its own view, so the players' window only ever renders
//! `view::participant_view`.

use runbook::drill::saved::{resume, SavedError};
use runbook::drill::DrillState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub const CHANNEL: &str = "runbook-drill";

/// Tells other windows the drill changed.
pub fn broadcast(saved_text: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&wasm_bindgen::JsValue::from_str(saved_text));
        channel.close();
    }
}

/// Calls `on_drill` with the drill each message carries, replayed, for the life of the page. A drill on a scenario this page did not ask for as it loaded
/// (one started in another window) reloads the page, which loads it
/// (`content::files_for_drill_window`); one it asked for and the build does not have, or a
/// message that does not replay, is ignored, as the window's own copy still stands.
pub fn listen(on_drill: impl Fn(DrillState) + 'static) {
    let on_message = move |text: String| match resume(&text, crate::content::drills()) {
        Ok(state) => on_drill(state),
        Err(SavedError::UnknownScenario(id)) if !crate::content::asked_for_scenario(&id) => {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
        Err(_) => {}
    };
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        if let Some(text) = ev.data().as_string() {
            on_message(text);
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // Both windows listen for the life of the page: the channel and its handler are kept.
    handler.forget();
    std::mem::forget(channel);
}
