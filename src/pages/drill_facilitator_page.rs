//! The facilitator's console: both clocks, the controls, what the players see, and what
//! only the facilitator may see (expected answers, notes, score).
//!
//! Plain DOM, as the generators and the report are (ARCHITECTURE.md): every change goes
//! through the core (`DrillState::apply`, `tick`), which also says what the console shows
//! (`view::facilitator_view`) and writes its HTML (`drill::console_markup`). This module
//! puts the console in `<main>`, writes the clocks on every tick, and redraws a part only
//! when its HTML changes (`drawn_parts`), so a half-typed note stays while the clock runs; a
//! redrawn part keeps the options chosen in it, and a control that had focus gets it back.

use crate::components::{DrillPastDamaged, DrillRecovery, NoDrillInProgress};
use crate::drawn_parts::Parts;
use crate::drill_store::{self, now_ms, Loaded, NotFiled};
use crate::{browser, drill_sync, islands, location, paths};
use leptos::prelude::*;
use runbook::command::datetime::DateTime;
use runbook::doc::html::escape;
use runbook::drill::address::{players_query, DrillPage};
use runbook::drill::clock::{format_elapsed, parse_speed};
use runbook::drill::console_markup::{self as markup, Fixed};
use runbook::drill::saved::Saved;
use runbook::drill::view::facilitator_view;
use runbook::drill::{DrillState, Event, EventKind};
use runbook::govuk::warning_text;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event as DomEvent, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The drill in progress and what the console last drew.
struct Console {
    state: DrillState,
    /// Wall time of the last tick or action.
    now: i64,
    /// Why the last action was refused, if it was.
    error: Option<String>,
    saved_ok: bool,
    /// "End the drill" was pressed, and the console asks whether to.
    confirming_end: bool,
    /// The console's parts, as drawn.
    parts: Parts,
}

/// Draws the page for the drill this browser holds, or says there is none, or that it
/// could not be resumed. `filing` is how filing a drill this one replaced went
/// (`drill_store::file_replaced`): if it could not be filed, the page says so first.
pub fn wire(filing: Result<(), (String, NotFiled)>) {
    browser::set_title("Drill facilitator");
    let Some(main) = islands::element_by_id("main-content") else {
        return;
    };
    draw(&main);
    if let Err((title, why)) = filing {
        show_not_filed(&main, title, why, Arc::new(drill_store::file_replaced));
    }
    // What the address asked for that could not be used (this page reads nothing from it).
    let ignored = runbook::drill::address::read(DrillPage::Facilitator, &location::search()).ignored;
    let _ = main.insert_adjacent_html(
        "afterbegin",
        &runbook::govuk::address_notices("drill-notices", &ignored),
    );
}

fn draw(main: &web_sys::HtmlElement) {
    let main = main.clone();
    match drill_store::load() {
        Loaded::Drill(state) => start(&main, *state),
        Loaded::Nothing => no_drill(main),
        Loaded::Broken { error, raw } => {
            main.set_inner_html(&markup::broken(&paths::drills()));
            let slot = main
                .query_selector("[data-part=\"recovery\"]")
                .ok()
                .flatten()
                .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(slot) = slot {
                let on_fresh = Callback::new(move |_| {
                    drill_store::clear();
                    no_drill(main.clone());
                });
                let reason = error.to_string();
                islands::mount(
                    slot,
                    move || view! { <DrillRecovery reason=reason raw=raw on_fresh=on_fresh/> },
                );
            }
        }
    }
}

/// This browser holds no drill: the page says so, in place of what the build drew (which
/// could not know), with the way to the list of drills.
fn no_drill(main: web_sys::HtmlElement) {
    islands::mount(
        main,
        || view! { <NoDrillInProgress drills=paths::drills() known=true/> },
    );
}

fn start(main: &Element, state: DrillState) {
    let scenario = state.scenario();
    browser::set_title(&format!("Facilitator: {}", scenario.title));
    main.set_inner_html(&markup::page(&Fixed {
        title: &scenario.title,
        seed: state.seed(),
        situation: &scenario.situation,
        facilitator_notes: &scenario.facilitator_notes,
        discussion: &scenario.discussion,
        root: paths::base(),
        participant: &paths::drill_participant(),
        presentation: &format!("{}{}", paths::drill_participant(), players_query(None, true)),
    }));
    let Some(root) = main.first_element_child() else {
        return;
    };
    let console = Rc::new(RefCell::new(Console {
        state,
        now: now_ms(),
        error: None,
        saved_ok: true,
        confirming_end: false,
        parts: Parts::new(root.clone()),
    }));
    console.borrow_mut().tick();
    let ticking = console.clone();
    let _ = set_interval_with_handle(
        move || ticking.borrow_mut().tick(),
        std::time::Duration::from_millis(1000),
    );
    // Another facilitator window moved the drill on, or started another: follow it.
    let following = console.clone();
    let showing = console.clone();
    drill_sync::listen(
        move || Some(Saved::from_state(&showing.borrow().state)),
        move |other: DrillState| {
            let mut console = following.borrow_mut();
            if other.started() != console.state.started() {
                // Another drill: the console's fixed text is its scenario's, and the drill
                // this one replaced is filed as the page opens.
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
                return;
            }
            console.state = other;
            console.draw();
        },
    );
    for event in ["click", "submit", "change"] {
        let console = console.clone();
        let handler = Closure::<dyn Fn(DomEvent)>::new(move |ev: DomEvent| on_event(&console, ev));
        let _ = root.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        handler.forget();
    }
}

fn on_event(console: &Rc<RefCell<Console>>, ev: DomEvent) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let mut console = console.borrow_mut();
    match ev.type_().as_str() {
        "submit" => {
            ev.prevent_default();
            if let Some(decision) = target.get_attribute("data-decision") {
                console.record_decision(&target, decision);
            } else if target.get_attribute("data-form").as_deref() == Some("note") {
                console.add_note();
            }
        }
        // Choosing an option answers the error of a decision recorded with none.
        "change" => {
            if let Some(form) = target.closest("[data-decision]").ok().flatten() {
                let decision = form.get_attribute("data-decision").unwrap_or_default();
                show_choice_error(&form, &decision, false);
            }
        }
        _ => {
            let Some(button) = target.closest("button").ok().flatten() else {
                return;
            };
            if let Some(minutes) = button.get_attribute("data-advance").and_then(|m| m.parse().ok()) {
                console.apply(EventKind::Advanced { minutes });
            } else if let Some(inject) = button.get_attribute("data-reveal") {
                console.apply(EventKind::InjectRevealed { inject });
            } else {
                match button.get_attribute("data-event").as_deref() {
                    Some("pause") => console.apply(EventKind::Paused),
                    Some("resume") => console.apply(EventKind::Resumed),
                    Some("speed") => console.change_speed(),
                    Some("end") => console.ask_to_end(true),
                    Some("end-cancelled") => console.ask_to_end(false),
                    Some("end-confirmed") => {
                        console.confirming_end = false;
                        console.apply(EventKind::Ended);
                        if let Err(why) = drill_store::record_past(&console.state) {
                            let state = console.state.clone();
                            let title = state.scenario().title.clone();
                            let retry = move || drill_store::record_past(&state).map_err(|why| (title.clone(), why));
                            let title = console.state.scenario().title.clone();
                            if let Some(main) = islands::element_by_id("main-content") {
                                show_not_filed(&main, title, why, Arc::new(retry));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

impl Console {
    /// Moves the clocks on, applies what came due, and draws.
    fn tick(&mut self) {
        let at = now_ms();
        self.now = at;
        if self.apply_due(at) {
            self.persist();
        }
        self.draw();
    }

    /// Applies the injects and decisions due at `at`; true if there were any.
    fn apply_due(&mut self, at: i64) -> bool {
        let due = self.state.tick(at);
        let any = !due.is_empty();
        for e in due {
            let _ = self.state.apply(e);
        }
        any
    }

    /// Every change goes through the core; a refusal changes nothing and is shown. What the
    /// change brings due (advancing the clock past an inject) is applied at once, so this
    /// window never lags the players' one, which shows what is due as soon as it is.
    fn apply(&mut self, kind: EventKind) {
        let at = now_ms();
        self.now = at;
        match self.state.apply(Event::new(at, kind)) {
            Ok(()) => {
                self.error = None;
                self.apply_due(at);
                self.persist();
            }
            Err(e) => self.error = Some(format!("That could not be done: {e}.")),
        }
        self.draw();
    }

    /// Asks whether to end the drill, or stops asking.
    fn ask_to_end(&mut self, ask: bool) {
        self.confirming_end = ask;
        self.draw();
    }

    fn persist(&mut self) {
        self.saved_ok = drill_store::save(&self.state);
        drill_sync::broadcast(&Saved::from_state(&self.state).to_text());
    }

    fn change_speed(&mut self) {
        let chosen = islands::control::<HtmlSelectElement>("drill-speed").map(|s| s.value());
        match chosen.as_deref().and_then(parse_speed) {
            Some(speed) => self.apply(EventKind::SpeedChanged { speed }),
            None => {
                self.error = Some("Choose a speed from the list.".into());
                self.draw();
            }
        }
    }

    fn add_note(&mut self) {
        let Some(field) = islands::control::<HtmlTextAreaElement>("drill-note") else {
            return;
        };
        let text = field.value();
        if text.trim().is_empty() {
            self.error = Some("Enter a note before adding it.".into());
            self.draw();
            return;
        }
        self.apply(EventKind::NoteAdded { text });
        if self.error.is_none() {
            field.set_value("");
        }
    }

    fn record_decision(&mut self, form: &Element, decision: String) {
        let chosen = form
            .query_selector("input[type=\"radio\"]:checked")
            .ok()
            .flatten()
            .and_then(|r| r.dyn_into::<HtmlInputElement>().ok());
        match chosen {
            Some(radio) => self.apply(EventKind::DecisionMade {
                decision,
                option: radio.value(),
                role: None,
            }),
            None => show_choice_error(form, &decision, true),
        }
    }

    /// Writes the clocks, and redraws each part whose HTML changed.
    fn draw(&mut self) {
        let view = facilitator_view(&self.state, self.now);
        let players = &view.players;
        let parts = &mut self.parts;
        parts.write_text("sim-clock", &format_elapsed(self.state.sim_ms(self.now)));
        parts.write_text("wall-clock", &format_elapsed(self.state.wall_elapsed_ms(self.now)));
        parts.write_text(
            "clock-status",
            &markup::clock_status(players.paused, players.ended, Some(view.speed)),
        );
        let today = DateTime::from_unix_seconds(self.now / 1000).date;
        let root = paths::base();
        let doc_href = |slug: &str, anchor: Option<&str>| paths::doc_anchor(slug, anchor);
        parts.draw("error", self.error.as_deref().map(markup::error).unwrap_or_default());
        parts.draw(
            "unsaved",
            if self.saved_ok {
                String::new()
            } else {
                markup::unsaved()
            },
        );
        parts.draw(
            "ended",
            if players.ended {
                markup::ended(&paths::drill_report())
            } else {
                String::new()
            },
        );
        parts.draw("controls", markup::controls(&view, self.confirming_end));
        parts.draw("open", markup::open_decisions(&players.open_decisions, &view.decisions));
        parts.draw("injects", markup::injects(&players.injects, today, root));
        parts.draw("notes", markup::notes(&view.notes));
        parts.draw("score", markup::score(&view.score));
        parts.draw("expected", markup::expected(&view, root, &doc_href));
        parts.draw("upcoming", markup::upcoming(&view.upcoming, &view.conditional));
        // After the drill ends, the banner saying so; after a decision, what is still open.
        parts.refocus(&["error", "ended", "open"]);
    }
}

/// Says that the drill `title` could not be added to the list of past drills, in the
/// console's `past` part (or at the top of `main` when there is no console). A damaged list
/// is offered for download and cleared only when the reader chooses; then `retry` files the
/// drill.
fn show_not_filed(
    main: &web_sys::HtmlElement,
    title: String,
    why: NotFiled,
    retry: Arc<dyn Fn() -> Result<(), (String, NotFiled)> + Send + Sync>,
) {
    let slot = match main.query_selector("[data-part=\"past\"]").ok().flatten() {
        Some(slot) => slot,
        None => {
            let _ = main.insert_adjacent_html("afterbegin", "<div class=\"drill\" data-part=\"past\"></div>");
            match main.query_selector("[data-part=\"past\"]").ok().flatten() {
                Some(slot) => slot,
                None => return,
            }
        }
    };
    let Ok(slot) = slot.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let sentence = why.sentence(&title);
    match why {
        NotFiled::Damaged { raw, .. } => {
            let on_slot = slot.clone();
            let on_cleared = Callback::new(move |_| {
                let done = match retry() {
                    Ok(()) => runbook::govuk::notification_banner(
                        "drill-filed-title",
                        "Success",
                        runbook::govuk::Tone::Success,
                        true,
                        "drill-filed",
                        &format!(
                            "<p class=\"notification-banner__heading\">The drill “{}” is in a new list of past drills.</p>",
                            escape(&title)
                        ),
                    ),
                    Err((title, why)) => warning_text(&escape(&why.sentence(&title)), Some("past-drills-unsaved"), true),
                };
                on_slot.set_inner_html(&done);
            });
            islands::mount(
                slot,
                move || view! { <DrillPastDamaged sentence=sentence raw=raw on_cleared=on_cleared alert=true/> },
            );
        }
        NotFiled::Refused => slot.set_inner_html(&warning_text(&escape(&sentence), Some("past-drills-unsaved"), true)),
    }
}

/// Shows (or clears) the error of decision form `form` recorded with no option chosen.
fn show_choice_error(form: &Element, decision: &str, show: bool) {
    let (Some(group), Some(radios), Some(fieldset)) = (
        form.query_selector(".form-group").ok().flatten(),
        form.query_selector("[data-control]").ok().flatten(),
        form.query_selector("fieldset").ok().flatten(),
    ) else {
        return;
    };
    let error_id = markup::decision_error_id(decision);
    let field = islands::Field {
        group: &group,
        control: &radios,
        described: &fieldset,
        hint_id: None,
        error_id: &error_id,
    };
    islands::show_field_error(&field, show.then_some(markup::CHOOSE_AN_OPTION));
}
