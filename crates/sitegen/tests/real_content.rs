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
