//! The project's own `content/` compiles cleanly. (The site's build script would refuse it
//! otherwise; this says so from `cargo test`, with every diagnostic listed.)
#![cfg(feature = "compile")]

use runbook::content::{compile::compile, SourceFile};
use std::path::Path;

fn read_dir(dir: &Path, ext: &str) -> Vec<SourceFile> {
    let mut files: Vec<SourceFile> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
            let rel = format!("content/{}/{}", dir.file_name().unwrap().to_string_lossy(), p.file_name().unwrap().to_string_lossy());
            SourceFile::new(rel, text)
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

#[test]
fn the_real_content_compiles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let nav = SourceFile::new("content/nav.toml", std::fs::read_to_string(root.join("nav.toml")).expect("content/nav.toml"));
    let pages = read_dir(&root.join("docs"), "md");
    match compile(&nav, &pages) {
        Ok(site) => assert!(site.pages.len() >= 10, "expected the whole runbook, found {} pages", site.pages.len()),
        Err(diagnostics) => panic!(
            "content has errors:\n{}",
            diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
        ),
    }
}
