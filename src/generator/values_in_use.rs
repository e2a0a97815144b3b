//! "Values in use": the values this browser remembers for the command generators (GOV.UK
//! summary list), each with a way to clear it, and a way to clear them all. Redrawn from
//! [`crate::shared_values`] whenever they change; the markup is the core's
//! ([`runbook::command::markup`]).

use crate::content;
use crate::shared_values::{now, shared_values};
use runbook::command::markup;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// Puts "Values in use" into the page's slot for it, if it has one.
pub fn mount_into_slot() {
    if let Some(slot) = crate::islands::element_by_id("values-in-use-slot") {
        mount(&slot);
    }
}

/// Puts "Values in use" into `slot`.
fn mount(slot: &Element) {
    slot.set_inner_html(markup::VALUES_IN_USE);
    let Some(section) = slot.first_element_child() else {
        return;
    };
    let part = |name: &str| {
        section
            .query_selector(&format!("[data-part=\"{name}\"]"))
            .ok()
            .flatten()
    };
    let (Some(problem), Some(list)) = (part("problem"), part("list")) else {
        return;
    };
    // Said once, when the page opens: the banner is an alert, and a redraw would repeat it.
    if let Some(p) = shared_values().problem() {
        problem.set_inner_html(&markup::values_problem(&p.message, p.damaged.is_some()));
    }
    draw_list(&list);
    shared_values().subscribe(move || {
        if shared_values().problem().is_none() {
            problem.set_inner_html("");
        }
        draw_list(&list);
    });
    let handler = Closure::<dyn Fn(Event)>::new(on_click);
    let _ = section.add_event_listener_with_callback("click", handler.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    handler.forget();
}

fn draw_list(list: &Element) {
    let values = shared_values().values();
    let rows: Vec<markup::ValueRow<'_>> = values
        .iter()
        .map(|(meaning, r)| markup::ValueRow {
            meaning,
            label: content::param_label(meaning).unwrap_or(meaning.as_str()),
            value: &r.value,
            origin: &r.origin,
        })
        .collect();
    let mut html = markup::values_list(&rows, now());
    if shared_values().any_not_saved() {
        html.insert_str(0, &markup::values_not_saved());
    }
    list.set_inner_html(&html);
}

fn on_click(ev: Event) {
    let Some(button) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("button").ok().flatten())
    else {
        return;
    };
    if let Some(name) = button.get_attribute("data-clear") {
        shared_values().clear(&name);
        return;
    }
    match button.get_attribute("data-action").as_deref() {
        Some("clear-all") => shared_values().clear_all(),
        Some("dismiss") => shared_values().dismiss_problem(),
        Some("download") => {
            shared_values().download_damaged();
        }
        _ => {}
    }
}
