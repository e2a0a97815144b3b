//! The content compiler's front door: `sitegen::load_content` reads `content/` and the core
//! crate validates and compiles it; this writes what the site embeds. Broken content fails
//! the build with every problem listed as `file:line: sentence`.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // Benchmarks point the build at a generated, larger content folder.
    println!("cargo:rerun-if-env-changed=RUNBOOK_CONTENT_DIR");
    println!("cargo:rerun-if-env-changed=RUNBOOK_BASE_PATH");
    let content = std::env::var("RUNBOOK_CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("content"));

    let compiled = match sitegen::load_content(&content) {
        Ok(compiled) => compiled,
        Err(diagnostics) => {
            // Still watch the folder, so fixing the content re-runs the build.
            println!("cargo:rerun-if-changed={}", content.display());
            eprintln!("The content has {} problem(s):", diagnostics.len());
            for d in &diagnostics {
                eprintln!("{d}");
            }
            std::process::exit(1);
        }
    };
    for input in &compiled.inputs {
        println!("cargo:rerun-if-changed={}", input.display());
    }

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // One file per kind, so each app embeds only what its pages use (see src/content.rs).
    // The docs are not embedded: doc pages are static HTML written by `sitegen postbuild`.
    let runbook = &compiled.runbook;
    let write = |name: &str, bytes: Result<Vec<u8>, postcard::Error>| {
        std::fs::write(out.join(name), bytes.expect("the compiled runbook serialises")).expect("write to OUT_DIR");
    };
    write("generators.bin", postcard::to_allocvec(&runbook.generators));
    write("wizards.bin", postcard::to_allocvec(&runbook.wizards));
    write("drills.bin", postcard::to_allocvec(&runbook.drills));
    // The list of drills and the briefings are static HTML: their app needs only names.
    let listings: Vec<_> = runbook.drills.iter().map(|d| d.listing()).collect();
    write("drill-listings.bin", postcard::to_allocvec(&listings));
}
