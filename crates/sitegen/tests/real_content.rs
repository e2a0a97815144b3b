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

/// The apps embed generators, wizards and drills as postcard (see src/page_files.rs), and the
/// search page fetches the index as postcard (sitegen's search_file.rs): a format
/// without field names or tags: serde attributes that need a self-describing format (such as
/// `skip_serializing_if` or `untagged`) would lose data there, so each kind must round-trip:
/// what is read back is written as the same bytes. (A rendered text's plain text,
/// `doc::Prose::text`, is not written at all: it stays with the build, for search.)
#[test]
fn what_the_apps_embed_round_trips_through_postcard() {
    macro_rules! round_trips {
        ($value:expr, $t:ty) => {{
            let bytes = postcard::to_allocvec($value).expect("serialises");
            let back: $t = postcard::from_bytes(&bytes).expect("decodes");
            postcard::to_allocvec(&back).expect("serialises again") == bytes
        }};
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let rb = sitegen::load_content(&root).expect("content compiles").runbook;
    let index = runbook::search::build_index(&rb);
    assert!(
        round_trips!(&rb.generators, Vec<runbook::command::Generator>),
        "generators"
    );
    assert!(round_trips!(&rb.wizards, Vec<runbook::wizard::Wizard>), "wizards");
    assert!(round_trips!(&rb.drills, Vec<runbook::drill::Scenario>), "drills");
    let bytes = postcard::to_allocvec(&index).expect("the search index serialises");
    let back: runbook::search::SearchIndex = postcard::from_bytes(&bytes).expect("the search index decodes");
    assert_eq!(back, index);
}
