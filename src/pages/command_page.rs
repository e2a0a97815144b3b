//! One command generator's page. What it does, where it acts and where the runbook explains
//! it are static HTML (sitegen's `pages/commands.rs`), so they show before the app runs; the
//! app fills the slots for the generator's form, pre-filled from the address
//! (`?namespace=…&server=…`) and kept in step with it, and for the values in use.

use crate::components::{GeneratorForm, GeneratorValuesInUse};
use crate::{content, islands};
use leptos::prelude::*;

/// Fills the page's slots for the generator `id`.
pub fn wire(id: &str) {
    // The page's data file is this generator: the app mounts only once it has loaded.
    if let Some(g) = content::generator(id) {
        let initial = g
            .params
            .iter()
            .filter_map(|p| Some((p.name.clone(), crate::location::param_untracked(&p.name)?)))
            .collect();
        islands::mount_into("generator-form-slot", move || {
            view! { <GeneratorForm generator=g initial=initial sync_url=true/> }
        });
    }
    islands::mount_into("values-in-use-slot", || view! { <GeneratorValuesInUse/> });
}
