//! The content compiler's front door: `sitegen::load_content` reads `content/` and the core
//! crate validates and compiles it; this writes what the site embeds. Broken content fails
//! the build with every problem listed as `file:line: sentence`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // Benchmarks point the build at a generated, larger content folder.
    println!("cargo:rerun-if-env-changed=RUNBOOK_CONTENT_DIR");
    println!("cargo:rerun-if-env-changed=RUNBOOK_BASE_PATH");
    println!("cargo:rerun-if-env-changed=RUNBOOK_COMMIT");
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
    // Page bodies are fetched as files (written by `sitegen postbuild`); the app embeds the rest.
    // One file per kind, so each app embeds only what its pages use (see src/content.rs).
    let (light, _) = sitegen::page_files::split(&compiled.runbook);
    let write = |name: &str, json: Result<String, serde_json::Error>| {
        std::fs::write(out.join(name), json.expect("the compiled runbook serialises")).expect("write to OUT_DIR");
    };
    write("site.json", serde_json::to_string(&light.site));
    write("page_files.json", serde_json::to_string(&light.page_files));
    write("generators.json", serde_json::to_string(&light.generators));
    write("wizards.json", serde_json::to_string(&light.wizards));
    write("drills.json", serde_json::to_string(&light.drills));

    let (commit, date) = build_stamp(&root);
    println!("cargo:rustc-env=RUNBOOK_COMMIT={commit}");
    println!("cargo:rustc-env=RUNBOOK_BUILD_DATE={date}");
}

/// The commit and date shown in the footer: the commit from `RUNBOOK_COMMIT` when the
/// Makefile sets it (so a new commit re-runs this script), else from git; "unknown" outside
/// a checkout.
fn build_stamp(root: &Path) -> (String, String) {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let commit = std::env::var("RUNBOOK_COMMIT")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| git(&["rev-parse", "--short=12", "HEAD"]))
        .unwrap_or_else(|| "unknown".into());
    let date = git(&["show", "-s", "--format=%cs", "HEAD"]).unwrap_or_else(|| "unknown".into());
    (commit, date)
}
