//! A runbook page. Its HTML is complete when it arrives (crates/sitegen/src/frame.rs); what
//! only the browser can know or do is added here: whether the review date has passed (the
//! build cannot know today's date), focus on a linked section, and the live command
//! generators a page embeds.

use crate::browser;
use crate::components::ReviewOverdue;
use crate::{page_files, static_page};
use leptos::prelude::*;
use runbook::command::Values;
use runbook::date::Date;

/// Wires the islands of the doc page on screen.
pub fn wire() {
    focus_linked_section();
    if let Some(slot) = static_page::element_by_id("review-status") {
        let field = |name: &str| slot.get_attribute(name).unwrap_or_default();
        // The build wrote these from the page's front matter; should they be unreadable the
        // page still shows its review dates as text, so the banner is simply left out.
        if let Ok(review_by) = Date::parse(&field("data-review-by")) {
            let (owner, today) = (field("data-owner"), browser::today());
            static_page::mount(
                slot,
                move || view! { <ReviewOverdue review_by=review_by owner=owner today=today/> },
            );
        }
    }
}

/// Mounts the live command generators the page embeds. Only the commands app calls this: it
/// serves the doc pages that embed one (`runbook::route::Route::app`), so the docs app
/// carries no generator.
pub fn wire_generators() {
    for slot in static_page::all(page_files::GENERATOR_SLOTS) {
        let id = slot.get_attribute("data-generator").unwrap_or_default();
        if let Some(generator) = page_files::generator(&id) {
            crate::generator::mount(slot, generator, Values::new(), false, 4);
        }
    }
}

/// A link to a section lands there with focus (the browser only scrolls), so keyboard and
/// screen reader users start where the link said they would.
fn focus_linked_section() {
    if let Some(id) = browser::current_hash() {
        browser::focus_id(&id);
    }
}
