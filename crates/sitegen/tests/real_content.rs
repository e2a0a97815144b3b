//! The project's own `content/` compiles cleanly, as the site's build script needs it to.
//! Failing here lists every diagnostic, as `file:line: sentence`.

use std::path::Path;

#[test]
fn the_real_content_compiles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    match sitegen::load_content(&root) {
        Ok(compiled) => {
            let rb = compiled.runbook;
            assert_eq!(
                rb.site.pages.len(),
                17,
                "every scenario and procedure of the source has a page"
            );
            assert_eq!(rb.generators.len(), 10);
            assert_eq!(rb.wizards.len(), 3);
            assert!(rb.drills.len() >= 9, "7 source scenarios and at least 2 compound ones");
        }
        Err(diagnostics) => panic!(
            "content has errors:\n{}",
            diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
        ),
    }
}

/// The apps embed generators, wizards and drills as postcard (see src/content.rs), and the
/// search page fetches the index as postcard (sitegen's search_file.rs): a format
/// without field names or tags: serde attributes that need a self-describing format (such as
/// `skip_serializing_if` or `untagged`) would lose data there, so each kind must round-trip.
#[test]
fn what_the_apps_embed_round_trips_through_postcard() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let rb = sitegen::load_content(&root).expect("content compiles").runbook;
    let index = runbook::search::build_index(&rb);
    let generators = postcard::to_allocvec(&rb.generators).expect("generators serialise");
    let wizards = postcard::to_allocvec(&rb.wizards).expect("wizards serialise");
    let drills = postcard::to_allocvec(&rb.drills).expect("drills serialise");
    assert_eq!(postcard::from_bytes::<Vec<_>>(&generators).ok(), Some(rb.generators));
    assert_eq!(postcard::from_bytes::<Vec<_>>(&wizards).ok(), Some(rb.wizards));
    let bytes = postcard::to_allocvec(&index).expect("the search index serialises");
    let back: runbook::search::SearchIndex = postcard::from_bytes(&bytes).expect("the search index decodes");
    assert_eq!(back.entries, index.entries);
    assert_eq!(postcard::from_bytes::<Vec<_>>(&drills).ok(), Some(rb.drills));
}
