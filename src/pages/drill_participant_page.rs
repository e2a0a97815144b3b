//! The players' window, for a projector or a player's own laptop (`?role=<id>` adds that
//! role's private brief). It shows only the core's `ParticipantView`, which has no field for
//! anything facilitator-only or for another role's brief, as `drill::players_markup` writes
//! it. It follows the facilitator's window over BroadcastChannel (`drill_sync`), reads the
//! saved drill on load so it survives a reload, and on every tick writes the clock and
//! redraws a part only when its HTML changes (`drawn_parts`).

use crate::drawn_parts::Parts;
use crate::drill_store::{self, now_ms, Loaded};
use crate::{browser, drill_sync, islands, location, paths};
use leptos::prelude::set_interval_with_handle;
use runbook::command::datetime::DateTime;
use runbook::drill::clock::format_elapsed;
use runbook::drill::console_markup::clock_status;
use runbook::drill::players_markup::{self as markup, Links};
use runbook::drill::view::participant_view;
use runbook::drill::DrillState;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;

/// What the window follows and what it last drew.
struct Players {
    main: Element,
    /// The role this screen was opened for, if any.
    role: Option<String>,
    state: Option<DrillState>,
    /// Why the saved drill could not be read, until a drill arrives.
    problem: Option<String>,
    /// The page around the parts, as drawn.
    frame: String,
    parts: Option<Parts>,
}

pub fn wire() {
    browser::set_title("Drill: players' view");
    let Some(main) = islands::element_by_id("main-content") else {
        return;
    };
    let (problem, state) = match drill_store::load() {
        Loaded::Drill(s) => (None, Some(*s)),
        Loaded::Nothing => (None, None),
        Loaded::Broken { error, .. } => (Some(error.to_string()), None),
    };
    let players = Rc::new(RefCell::new(Players {
        main: main.into(),
        role: location::param("role").filter(|r| !r.is_empty()),
        state,
        problem,
        frame: String::new(),
        parts: None,
    }));
    players.borrow_mut().draw();
    let ticking = players.clone();
    let _ = set_interval_with_handle(
        move || ticking.borrow_mut().draw(),
        std::time::Duration::from_millis(1000),
    );
    drill_sync::listen(move |state| {
        let mut players = players.borrow_mut();
        players.problem = None;
        players.state = Some(state);
        players.draw();
    });
}

impl Players {
    /// Draws the drill as it stands now, or the page that waits for one.
    fn draw(&mut self) {
        let Some(state) = &self.state else {
            let waiting = markup::waiting(self.problem.as_deref(), &paths::drills());
            self.draw_frame(waiting);
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
        let links = Links {
            root,
            everyone: &paths::drill_participant(),
            role: &role_href,
        };
        let sim = format_elapsed(state.sim_ms(now));
        self.draw_frame(markup::page(&view, self.role.as_deref(), &links));
        let Some(parts) = &mut self.parts else {
            return;
        };
        parts.write_text("sim-clock", &sim);
        parts.write_text("clock-status", &clock_status(view.paused, view.ended, None));
        let today = DateTime::from_unix_seconds(now / 1000).date;
        parts.draw("open", markup::open_decisions(&view.open_decisions));
        parts.draw("injects", markup::injects(&view.injects, today, root));
        parts.draw("made", markup::made(&view.made));
    }

    /// Puts `frame` in `<main>` unless it is there already: on load, when a drill arrives, or
    /// when another one starts.
    fn draw_frame(&mut self, frame: String) {
        if frame == self.frame {
            return;
        }
        self.main.set_inner_html(&frame);
        self.frame = frame;
        self.parts = self.main.first_element_child().map(Parts::new);
    }
}
