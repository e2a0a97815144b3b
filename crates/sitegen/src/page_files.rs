//! The runbook without its page bodies, for `build.rs` to embed: the app carries only the
//! navigation and headings, however large the runbook grows. `sitegen postbuild` no longer
//! writes the bodies as `pages/<slug>-<hash>.json`: every doc page's body is in its own HTML
//! (see `pages`), so nothing fetches them. The names [`split`] still gives are kept until
//! `build.rs` stops asking for them.

use crate::postbuild::fnv1a;
use runbook::bundle::Runbook;

/// The runbook to embed, and `(slug, file, body JSON)` for every page.
pub fn split(runbook: &Runbook) -> (Runbook, Vec<(String, String, String)>) {
    runbook.split_pages(|slug, json| format!("pages/{slug}-{:016x}.json", fnv1a(json.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_embedded_runbook_keeps_headings_and_names_every_body_file() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let runbook = crate::load_content(&root).expect("content compiles").runbook;
        let (light, files) = split(&runbook);
        assert_eq!(files.len(), runbook.site.pages.len());
        for (page, full) in light.site.pages.iter().zip(&runbook.site.pages) {
            assert_eq!(
                page.doc.contents(),
                full.doc.contents(),
                "{}: on-page contents survive",
                page.slug
            );
            assert!(
                page.doc.blocks.len() < full.doc.blocks.len(),
                "{}: the body is not embedded",
                page.slug
            );
            let file = &light.page_files[&page.slug];
            assert!(file.starts_with(&format!("pages/{}-", page.slug)) && file.ends_with(".json"));
        }
        let (_, again) = split(&runbook);
        assert_eq!(files, again, "names are stable between build.rs and postbuild");
    }
}
