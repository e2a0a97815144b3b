//! The players' window, for a projector or a player's own laptop (`?role=<id>` adds that
//! role's private brief, `?view=present` is presentation mode: `drill::address`). It shows
//! only the core's `ParticipantView`, which has no field for anything facilitator-only or for
//! another role's brief, as `drill::players_markup` writes it. It follows the facilitator's
//! window (`drill_sync`), reads the saved drill on load so it survives a reload, and on every
//! tick writes the clock and redraws a part only when its HTML changes (`drawn_parts`).
//!
//! Presentation mode hides the site's frame (a class on `<body>`, `style/drills.css`),
//! scrolls the newest inject into view when one arrives, and offers full screen where the
//! browser has the Fullscreen API (the button stays hidden where it has not).

use crate::drawn_parts::Parts;
use crate::drill_store::{self, now_ms, Loaded};
use crate::{browser, drill_sync, islands, location, paths};
use leptos::prelude::{document, set_interval_with_handle};
use runbook::command::datetime::DateTime;
use runbook::drill::address::{players_query, read, DrillPage};
use runbook::drill::clock::format_elapsed;
use runbook::drill::console_markup::clock_status;
use runbook::drill::players_markup::{self as markup, newest_inject, Links};
use runbook::drill::saved::Saved;
use runbook::drill::view::participant_view;
use runbook::drill::DrillState;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// What the window follows and what it last drew.
struct Players {
    main: Element,
    /// The role this screen was opened for, if any.
    role: Option<String>,
    /// Presentation mode, for a projector.
    present: bool,
    /// What the address asked for that could not be used, said above the page.
    notices: String,
    state: Option<DrillState>,
    /// Why the saved drill could not be read, until a drill arrives.
    problem: Option<String>,
    /// The page around the parts, as drawn.
    frame: String,
    parts: Option<Parts>,
    /// The newest inject drawn (outer `None` before the first drawing of a drill), so
    /// presentation mode scrolls only to one that arrives while it shows.
    newest: Option<Option<String>>,
}

pub fn wire() {
    browser::set_title("Drill: players' view");
    let Some(main) = islands::element_by_id("main-content") else {
        return;
    };
    let address = read(DrillPage::Players, &location::search());
    let (problem, state) = match drill_store::load() {
        Loaded::Drill(s) => (None, Some(*s)),
        Loaded::Nothing => (None, None),
        Loaded::Broken { error, .. } => (Some(error.to_string()), None),
    };
    if address.present {
        if let Some(body) = document().body() {
            let _ = body.class_list().add_1("drill-presenting");
        }
    }
    let players = Rc::new(RefCell::new(Players {
        main: main.clone().into(),
        role: address.role,
        present: address.present,
        notices: runbook::govuk::address_notices("drill-notices", &address.ignored),
        state,
        problem,
        frame: String::new(),
        parts: None,
        newest: None,
    }));
    players.borrow_mut().draw();
    let ticking = players.clone();
    let _ = set_interval_with_handle(
        move || ticking.borrow_mut().draw(),
        std::time::Duration::from_millis(1000),
    );
    if address.present {
        wire_fullscreen(&main);
    }
    let showing = players.clone();
    drill_sync::listen(
        move || showing.borrow().state.as_ref().map(Saved::from_state),
        move |state: DrillState| {
            let mut players = players.borrow_mut();
            if players.state.as_ref().is_none_or(|s| s.started() != state.started()) {
                // Another drill: its newest inject is not news.
                players.newest = None;
            }
            players.problem = None;
            players.state = Some(state);
            players.draw();
        },
    );
}

impl Players {
    /// Draws the drill as it stands now, or the page that waits for one.
    fn draw(&mut self) {
        let Some(state) = &self.state else {
            let waiting = markup::waiting(self.problem.as_deref(), &paths::drills());
            self.draw_frame(format!("{}{waiting}", self.notices));
            return;
        };
        let now = now_ms();
        // What is due is shown as soon as it is due, even before the facilitator's window
        // saves it: the core decides what is due, and the same log gives the same answer.
        let mut probe = state.clone();
        for e in state.tick(now) {
            let _ = probe.apply(e);
        }
        let view = participant_view(&probe, now, self.role.as_deref());
        let root = paths::base();
        let role_href = |id: &str| paths::drill_participant_as(id);
        let other_mode = format!(
            "{}{}",
            paths::drill_participant(),
            players_query(self.role.as_deref(), !self.present)
        );
        let links = Links {
            root,
            other_mode: &other_mode,
            everyone: &paths::drill_participant(),
            role: &role_href,
        };
        let sim = format_elapsed(state.sim_ms(now));
        let page = markup::page(&view, self.role.as_deref(), &links, self.present);
        self.draw_frame(format!("{}{page}", self.notices));
        let Some(parts) = &mut self.parts else {
            return;
        };
        parts.write_text("sim-clock", &sim);
        parts.write_text("clock-status", &clock_status(view.paused, view.ended, None));
        let today = DateTime::from_unix_seconds(now / 1000).date;
        parts.draw("open", markup::open_decisions(&view.open_decisions));
        parts.draw("injects", markup::injects(&view.injects, today, root));
        parts.draw("made", markup::made(&view.made));
        let newest = newest_inject(&view.injects).map(str::to_string);
        if self.present && self.newest.as_ref().is_some_and(|drawn| *drawn != newest) {
            scroll_to_newest(&self.main);
        }
        self.newest = Some(newest);
    }

    /// Puts `frame` in `<main>` unless it is there already: on load, when a drill arrives, or
    /// when another one starts.
    fn draw_frame(&mut self, frame: String) {
        if frame == self.frame {
            return;
        }
        self.main.set_inner_html(&frame);
        self.frame = frame;
        self.parts = Some(Parts::new(self.main.clone()));
        // The full screen button, drawn again, shows if the browser can.
        show_fullscreen_button(&self.main);
    }
}

/// Brings the newest inject into view, so the room sees what just happened.
fn scroll_to_newest(main: &Element) {
    if let Ok(Some(card)) = main.query_selector("[data-newest]") {
        card.scroll_into_view_with_bool(true);
    }
}

/// Whether this browser lets a page go full screen.
fn fullscreen_enabled() -> bool {
    js_sys::Reflect::get(&document(), &"fullscreenEnabled".into()).is_ok_and(|v| v.as_bool() == Some(true))
}

fn fullscreen_element() -> bool {
    js_sys::Reflect::get(&document(), &"fullscreenElement".into()).is_ok_and(|v| !v.is_null() && !v.is_undefined())
}

/// Shows the button (hidden in the markup) where full screen is possible, labelled for
/// what it will do.
fn show_fullscreen_button(main: &Element) {
    let Ok(Some(button)) = main.query_selector("[data-event=\"fullscreen\"]") else {
        return;
    };
    if fullscreen_enabled() {
        let _ = button.remove_attribute("hidden");
        button.set_text_content(Some(if fullscreen_element() {
            "Leave full screen"
        } else {
            "Full screen"
        }));
    }
}

fn say_fullscreen(main: &Element, text: &str) {
    if let Ok(Some(status)) = main.query_selector("[data-part=\"fullscreen-status\"]") {
        status.set_text_content(Some(text));
    }
}

/// Full screen on request: the button asks the Fullscreen API (by name, so a browser without
/// it is only left without the button), and says so if the browser refuses.
fn wire_fullscreen(main: &Element) {
    let on_main = main.clone();
    let click = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if target.closest("[data-event=\"fullscreen\"]").ok().flatten().is_none() {
            return;
        }
        let (owner, method): (wasm_bindgen::JsValue, &str) = if fullscreen_element() {
            (document().into(), "exitFullscreen")
        } else {
            match document().document_element() {
                Some(root) => (root.into(), "requestFullscreen"),
                None => return,
            }
        };
        let call = js_sys::Reflect::get(&owner, &method.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call0(&owner));
        let main = on_main.clone();
        let refused = Closure::once(move |_: wasm_bindgen::JsValue| {
            say_fullscreen(
                &main,
                "This browser would not go full screen. Its own full screen key (often F11) may.",
            );
        });
        match call {
            Some(Ok(promise)) => {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    let _ = promise.catch(&refused);
                }
                refused.forget();
            }
            _ => say_fullscreen(
                &on_main,
                "This browser would not go full screen. Its own full screen key (often F11) may.",
            ),
        }
    });
    let _ = main.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    click.forget();
    let on_change = main.clone();
    let changed = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
        say_fullscreen(&on_change, "");
        show_fullscreen_button(&on_change);
    });
    let _ = document().add_event_listener_with_callback("fullscreenchange", changed.as_ref().unchecked_ref());
    changed.forget();
}
