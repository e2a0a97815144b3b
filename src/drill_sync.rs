//! BroadcastChannel glue: keeps the facilitator's and the players' windows in step.
//!
//! A message is the saved log's text (the same text as localStorage, `Saved::to_text`). Each window replays
//! it with the core and renders its own view, so the players' window only ever renders
//! `view::participant_view`.
//!
//! Any page of the site can post on the channel, so a message is taken up only when it
//! carries the window's own drill on (`saved::follows`): a message for another drill, or
//! one that does not extend the window's log, is ignored. A new drill is followed from the
//! browser's saved drill instead (the `storage` event, which only a real save sends).

use crate::drill_store::CURRENT_KEY;
use runbook::drill::saved::{follows, Saved, SavedError, Told};
use runbook::drill::DrillState;
use std::rc::Rc;
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

/// Calls `on_drill` with each drill the window should show from now on, replayed, for the
/// life of the page; `current` is the log the window shows. A new drill on a scenario this
/// page did not ask for as it loaded (one started in another window) reloads the page once,
/// which loads it (`page_files::files_for_drill_window`): after that reload the page has asked
/// for it, so the same drill never reloads it again. One the build does not have, or a log
/// that does not replay, is ignored, as the window's own copy still stands.
pub fn listen(current: impl Fn() -> Option<Saved> + 'static, on_drill: impl Fn(DrillState) + 'static) {
    let take = Rc::new(move |text: &str, from: Told| {
        let Ok(told) = Saved::load(text) else {
            return;
        };
        if !follows(current().as_ref(), &told, from) {
            return;
        }
        match told.resume(crate::page_files::drills()) {
            Ok(state) => on_drill(state),
            Err(SavedError::UnknownScenario(id))
                if from == Told::Storage && !crate::page_files::asked_for_scenario(&id) =>
            {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
            Err(_) => {}
        }
    });
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_save = take.clone();
    let saved = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
        if let (Some(CURRENT_KEY), Some(text)) = (ev.key().as_deref(), ev.new_value()) {
            on_save(&text, Told::Storage);
        }
    });
    let _ = window.add_event_listener_with_callback("storage", saved.as_ref().unchecked_ref());
    saved.forget();
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        if let Some(text) = ev.data().as_string() {
            take(&text, Told::Channel);
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // Both windows listen for the life of the page: the channel and its handler are kept.
    handler.forget();
    std::mem::forget(channel);
}
