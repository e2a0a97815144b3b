//! One decision wizard at `/wizards/:id?<answers>`. The address alone decides the page
//! (`runbook::wizard::page::screen`, then `runbook::wizard::view::page`): a question, "Check
//! your answers", the outcome or the whole tree. Every step changes the address, so reload,
//! Back and shared links all agree.
//!
//! The page is a signal holding the core's view model, drawn by the wizard's components
//! (`components::wizard`). The build draws each wizard's first question with the same
//! components, so it shows and works (as a GET form) before the app loads; the app then
//! draws it again in place, keeping any choice already made (`static_page::take_over`).

use crate::components::wizard::WizardPage;
use crate::pages::NotFoundPage;
use crate::{browser, incident_record, incident_store, location, page_files, paths, static_page};
use leptos::prelude::*;
use runbook::incident::record::Ticks;
use runbook::page_data::DataFile;
use runbook::route::Route;
use runbook::wizard::page::{self, Page, Screen};
use runbook::wizard::view::{self, Context, WizardView};
use runbook::wizard::Wizard;
use wasm_bindgen::JsCast;

/// Draws the wizard `id`'s page for the address, and keeps it in step with the address.
pub fn wire(id: String) {
    let Some(main) = static_page::element_by_id("main-content") else {
        return;
    };
    let Some(wizard) = page_files::wizard(&id) else {
        static_page::mount(main, move || view! { <NotFoundPage route=Route::Wizard(id)/> });
        return;
    };
    let (screen, first) = draw(wizard, None);
    let page = RwSignal::new(first);
    let on_answer = Callback::new(move |(question, value): (String, String)| answer(page, wizard, &question, &value));
    Effect::new(move || browser::set_title(&page.with(|p| p.title.clone())));
    // Back and Forward within the wizard's steps: the address changed, so the page does.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let (screen, view) = draw(wizard, None);
        page.set(view);
        arrive_after_drawing(screen, wizard);
    });
    // It lives as long as the page.
    std::mem::forget(popstate);
    let view = move || view! { <WizardPage screen=page.into() on_answer=on_answer/> };
    if location::search().is_empty() && drawn_by_the_build(&main) {
        static_page::take_over(main, view);
    } else {
        static_page::mount(main, view);
    }
    // Once an outcome is drawn: the steps this browser ticked on it, and the outcome in the
    // open incident's record (the core records it once, however often it is drawn again).
    Effect::new(move || {
        page.with(|p| {
            tick_kept_steps(p);
            if let Some(kind) = runbook::incident::record::outcome_reached(p) {
                incident_record::record_or_say(kind);
            }
        })
    });
    let ticking = window_event_listener(leptos::ev::change, move |ev| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        if let Some(step) = step_of(&input.id()) {
            page.with_untracked(|p| tick(p, step, input.checked()));
        }
    });
    std::mem::forget(ticking);
    arrive_after_drawing(screen, wizard);
}

/// The step (from 0) an outcome's checkbox is for: its id is `step-<n>`, from 1.
fn step_of(id: &str) -> Option<u32> {
    id.strip_prefix("step-")?.parse::<u32>().ok()?.checked_sub(1)
}

/// Ticks the boxes of the steps this browser ticked on the outcome shown.
fn tick_kept_steps(page: &WizardView) {
    let Some((list, steps)) = runbook::incident::record::outcome_checklist(page) else {
        return;
    };
    let ticked = incident_store::ticks().ticked(&Ticks::key(&list));
    for step in 0..steps.len() as u32 {
        if let Some(input) = static_page::control::<web_sys::HtmlInputElement>(&format!("step-{}", step + 1)) {
            input.set_checked(ticked.contains(&step));
        }
    }
}

/// A step ticked or unticked on the outcome shown: kept in this browser, and recorded in
/// the open incident.
fn tick(page: &WizardView, step: u32, ticked: bool) {
    let Some((list, _)) = runbook::incident::record::outcome_checklist(page) else {
        return;
    };
    let mut ticks = incident_store::ticks();
    ticks.set(&Ticks::key(&list), step, ticked);
    // Not kept: the box stays as the person left it, and the record still gets the tick.
    let _ = incident_store::save_ticks(&ticks);
    if let Some(kind) = runbook::incident::record::step_ticked(page, step, ticked) {
        incident_record::record_or_say(kind);
    }
}

/// Whether `<main>` holds the first question the build drew (`sitegen`'s wizard pages).
fn drawn_by_the_build(main: &web_sys::HtmlElement) -> bool {
    main.first_element_child().is_some_and(|el| el.class_name() == "wizard")
}

/// The screen for the address, and its view, with `submitted` (the value and why it was
/// refused) in place of what the address says when an answer was just refused.
fn draw(wizard: &'static Wizard, submitted: Option<(String, String)>) -> (Screen, WizardView) {
    let now = browser::now_minutes();
    let mut screen = page::screen(wizard, &location::search(), Some(now));
    if let (Some((refused, why)), Page::Question { value, error, .. }) = (submitted, &mut screen.page) {
        *value = Some(refused);
        *error = Some(why);
    }
    let origin = browser::origin();
    let linked = |id: &str| page_files::linked_wizard_title(id).map(str::to_string);
    let cx = Context {
        root: paths::base(),
        origin: &origin,
        now,
        wizard_title: &linked,
        drawing: page_files::wizard_drawing(),
    };
    let view = view::page(wizard, &screen, &cx);
    (screen, view)
}

/// Continue on a question: the next address and its page, or the same question saying why
/// the answer was refused.
fn answer(page: RwSignal<WizardView>, wizard: &'static Wizard, question: &str, value: &str) {
    let now = Some(browser::now_minutes());
    let screen = page::screen(wizard, &location::search(), now);
    let changing = matches!(screen.page, Page::Question { changing: true, .. });
    let (screen, view) = match page::submit(wizard, &screen.answers, changing, question, value, now) {
        Ok(query) => {
            location::push(&paths::wizard(&wizard.id, &query));
            draw(wizard, None)
        }
        Err(why) => draw(wizard, Some((value.to_string(), why))),
    };
    page.set(view);
    arrive_after_drawing(screen, wizard);
}

/// Where focus goes once the page is drawn (the signal's change is drawn before the next
/// frame): to the error summary when an answer was refused; after a step, to the new page,
/// as a full page load would start a screen reader there.
fn arrive_after_drawing(screen: Screen, wizard: &'static Wizard) {
    request_animation_frame(move || {
        if let Page::Tree = screen.page {
            if page_files::wizard_drawing().is_none() {
                // Only a page loaded at another view gets here; links to the tree load a page.
                let file = DataFile::WizardTree(wizard.id.clone());
                static_page::show_data_problem(format!("{} was not loaded with this page.", file.describe()));
            }
        }
        if matches!(&screen.page, Page::Question { error: Some(_), .. }) {
            browser::focus_id("error-summary");
        } else if !browser::is_loaded_address() {
            browser::focus_id("main-content");
        }
    });
}
