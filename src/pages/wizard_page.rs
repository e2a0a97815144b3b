//! One decision wizard at `/wizards/:id?<answers>`. The address alone decides the page
//! (`runbook::wizard::page::screen`): a question, "Check your answers", the outcome or the
//! whole tree. Every step is a navigation, so reload, Back and shared links all agree.
//!
//! Plain DOM, as the generators and the drill windows are (ARCHITECTURE.md): the page is a
//! function of its address, so the core writes it whole (`runbook::wizard::markup`) and this
//! module puts it in `<main>` when the page opens, after each answer and on Back and
//! Forward. An answer is the one thing read from the page, by the question form's submit.

use crate::pages::NotFoundPage;
use crate::{browser, content, islands, location, paths, wizard_glue};
use leptos::prelude::*;
use runbook::page_data::DataFile;
use runbook::route::Route;
use runbook::wizard::markup::{self, Site};
use runbook::wizard::page::{self, Page, Screen};
use runbook::wizard::Wizard;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

/// Draws the wizard `id`'s page for the address, and keeps it in step with the address.
pub fn wire(id: String) {
    let Some(main) = islands::element_by_id("main-content") else {
        return;
    };
    let Some(wizard) = content::wizard(&id) else {
        islands::mount(main, move || view! { <NotFoundPage route=Route::Wizard(id)/> });
        return;
    };
    let main: Rc<Element> = Rc::new(main.into());
    draw(&main, wizard, None);
    let on_event = {
        let main = main.clone();
        Closure::<dyn Fn(Event)>::new(move |ev: Event| on_event(&main, wizard, ev))
    };
    for event in ["submit", "click"] {
        let _ = main.add_event_listener_with_callback(event, on_event.as_ref().unchecked_ref());
    }
    // Back and Forward within the wizard's steps: the address changed, so the page does.
    let on_popstate = Closure::<dyn Fn()>::new(move || draw(&main, wizard, None));
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
    }
    // The listeners live as long as the page.
    on_event.forget();
    on_popstate.forget();
}

/// The screen for the address, with `submitted` (the value and why it was refused) in place
/// of what the address says when an answer was just refused.
fn draw(main: &Element, wizard: &'static Wizard, submitted: Option<(String, String)>) {
    let now = wizard_glue::now_minutes();
    let mut screen = page::screen(wizard, &location::search(), Some(now));
    if let (Some((refused, why)), Page::Question { value, error, .. }) = (submitted, &mut screen.page) {
        *value = Some(refused);
        *error = Some(why);
    }
    let origin = wizard_glue::origin();
    let linked = |id: &str| content::linked_wizard_title(id).map(str::to_string);
    let site = Site {
        root: paths::base(),
        wizard: &paths::wizard,
        wizards: &paths::wizards(),
        home: &paths::home(),
        doc: &paths::doc_anchor,
        command: &paths::command,
        wizard_title: &linked,
        origin: &origin,
        now,
        drawing: content::wizard_drawing(),
    };
    main.set_inner_html(&markup::page(wizard, &screen, &site));
    browser::set_title(&markup::title(wizard, &screen));
    arrive(&screen, wizard);
}

/// Where focus goes once the page is drawn: to the error summary when an answer was refused;
/// after a step, to the new page, as a full page load would start a screen reader there.
fn arrive(screen: &Screen, wizard: &Wizard) {
    if let Page::Tree = screen.page {
        if content::wizard_drawing().is_none() {
            // Only a page loaded at another view gets here; links to the tree load a page.
            let file = DataFile::WizardTree(wizard.id.clone());
            islands::show_data_problem(format!("{} was not loaded with this page.", file.describe()));
        }
    }
    if matches!(&screen.page, Page::Question { error: Some(_), .. }) {
        browser::focus_id("error-summary");
    } else if !wizard_glue::is_loaded_address() {
        browser::focus_id("main-content");
    }
}

fn on_event(main: &Element, wizard: &'static Wizard, ev: Event) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if ev.type_() == "submit" {
        ev.prevent_default();
        if let Some(question) = target.get_attribute("data-question") {
            answer(main, wizard, &target, &question);
        }
        return;
    }
    // The error summary's link moves focus to the field, not only the scroll position.
    if let Some(link) = target.closest(".error-summary a").ok().flatten() {
        ev.prevent_default();
        let href = link.get_attribute("href").unwrap_or_default();
        browser::focus_id(href.trim_start_matches('#'));
    }
}

/// The answer in `form`: the chosen radio's value, or the date and time typed.
fn answer(main: &Element, wizard: &'static Wizard, form: &Element, question: &str) {
    let input = form
        .query_selector("input[type=\"radio\"]:checked, input[data-datetime]")
        .ok()
        .flatten()
        .and_then(|i| i.dyn_into::<HtmlInputElement>().ok());
    let value = input.map(|i| i.value()).unwrap_or_default();
    let now = Some(wizard_glue::now_minutes());
    let screen = page::screen(wizard, &location::search(), now);
    let changing = matches!(screen.page, Page::Question { changing: true, .. });
    match page::submit(wizard, &screen.answers, changing, question, &value, now) {
        Ok(query) => {
            location::push(&paths::wizard(&wizard.id, &query));
            draw(main, wizard, None);
        }
        Err(why) => draw(main, wizard, Some((value, why))),
    }
}
