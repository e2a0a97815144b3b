//! One command generator's page. What it does, where it acts and where the runbook explains
//! it are static HTML (sitegen's `pages/commands.rs`), so they show before the app runs; the
//! app fills the slots for the generator's form, pre-filled from the address
//! (`?namespace=…&server=…`) and kept in step with it, and for the values in use.

use crate::{content, generator, islands};

/// Fills the page's slots for the generator `id`.
pub fn wire(id: &str) {
    // The page's data file is this generator: the app mounts only once it has loaded.
    if let (Some(g), Some(slot)) = (content::generator(id), islands::element_by_id("generator-form-slot")) {
        let initial = g
            .params
            .iter()
            .filter_map(|p| Some((p.name.clone(), crate::location::param(&p.name)?)))
            .collect();
        generator::mount(&slot, g, initial, true, 2);
    }
    generator::values_in_use::mount_into_slot();
}
