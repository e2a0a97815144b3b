//! One command generator's page. What it does, where it acts and where the runbook explains
//! it are static HTML (sitegen's `pages/commands.rs`), so they show before the app runs, and
//! so does the generator's form, drawn by the build with its defaults. The app draws the
//! live form in its place, pre-filled from the address (`?namespace=…&server=…`) and kept
//! in step with it, and fills the slot for the values in use.

use crate::{generator, page_files, static_page};

/// Fills the page's slots for the generator `id`.
pub fn wire(id: &str) {
    // The page's data file is this generator: the app mounts only once it has loaded.
    if let (Some(g), Some(slot)) = (
        page_files::generator(id),
        static_page::element_by_id("generator-form-slot"),
    ) {
        let address = runbook::command::address::read(g, &crate::location::search());
        // What the address asked for that could not be used is said above the form.
        let notices = runbook::govuk::address_notices("generator-notices", &address.ignored);
        if !notices.is_empty() {
            let _ = slot.insert_adjacent_html("beforebegin", &notices);
        }
        generator::mount(slot, g, address.values, true, 2);
    }
    generator::values_in_use::mount_into_slot();
}
