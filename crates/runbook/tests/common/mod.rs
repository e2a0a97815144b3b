//! Shared by the integration tests: the project's real content, read from `content/`, so
//! tests check references against the pages and generators that actually exist.
#![allow(dead_code)]

use runbook::content::known::Known;
use runbook::content::SourceFile;
use std::path::Path;

/// Every `*.<ext>` file in `content/<kind>/`, named as the build names them, sorted.
pub fn content_files(kind: &str, ext: &str) -> Vec<SourceFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content").join(kind);
    let mut files: Vec<SourceFile> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            SourceFile::new(format!("content/{kind}/{name}"), std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// The real command generators.
pub fn real_generators() -> Vec<runbook::command::Generator> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let nav = SourceFile::new(
        "content/nav.toml",
        std::fs::read_to_string(root.join("nav.toml")).unwrap(),
    );
    let site = runbook::content::compile::compile(&nav, &content_files("docs", "md")).expect("content/docs compiles");
    real_generators_against(&Known::from_site(&site))
}

fn real_generators_against(known: &Known) -> Vec<runbook::command::Generator> {
    runbook::command::compile_generators(&content_files("commands", "toml"), known).expect("content/commands compiles")
}

/// What references may point to: the real doc pages and their sections, the real command
/// generators and their parameters, and the real wizard ids.
pub fn real_known() -> Known {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let nav = SourceFile::new(
        "content/nav.toml",
        std::fs::read_to_string(root.join("nav.toml")).unwrap(),
    );
    let site = runbook::content::compile::compile(&nav, &content_files("docs", "md")).expect("content/docs compiles");
    let mut known = Known::from_site(&site);
    known.generators = real_generators_against(&known);
    known.wizards = content_files("wizards", "toml")
        .iter()
        .map(|f| runbook::content::toml::file_stem(&f.path).to_string())
        .collect();
    known
}
