//! "Values in use": the values this browser remembers for the command generators, drawn by
//! `components::generator::ValuesInUse` from [`crate::shared_values`], and drawn again
//! whenever they change.

use crate::components::generator::{ValuesEvent, ValuesInUse};
use crate::page_files;
use crate::shared_values::{now, shared_values};
use leptos::prelude::*;
use runbook::command::view::{self, ValueRow};

/// Puts "Values in use" into the page's slot for it, if it has one.
pub fn mount_into_slot() {
    let Some(slot) = crate::static_page::element_by_id("values-in-use-slot") else {
        return;
    };
    let rows = RwSignal::new(rows());
    let not_saved = RwSignal::new(shared_values().any_not_saved());
    // Said once, when the page opens: the banner is an alert, and drawing it again would
    // repeat it.
    let problem = RwSignal::new(shared_values().problem().map(|p| (p.message, p.damaged.is_some())));
    shared_values().subscribe(move || {
        if shared_values().problem().is_none() {
            problem.set(None);
        }
        not_saved.set(shared_values().any_not_saved());
        rows.set(self::rows());
    });
    let on_event = Callback::new(|event: ValuesEvent| match event {
        ValuesEvent::Clear(meaning) => shared_values().clear(&meaning),
        ValuesEvent::ClearAll => shared_values().clear_all(),
        ValuesEvent::Dismiss => shared_values().dismiss_problem(),
        ValuesEvent::Download => {
            shared_values().download_damaged();
        }
    });
    crate::static_page::mount(slot, move || {
        view! {
            <ValuesInUse rows=rows.into() not_saved=not_saved.into() problem=problem.into() on_event=on_event/>
        }
    });
}

fn rows() -> Vec<ValueRow> {
    let label = |meaning: &str| page_files::param_label(meaning).map(str::to_string);
    view::values_in_use(&shared_values().values(), &label, now())
}
