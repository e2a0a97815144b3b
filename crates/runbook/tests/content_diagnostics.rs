//! Every kind of content error, each with its own malformed fixture under
//! `tests/fixtures/content/<case>/` (a `nav.toml` and `docs/*.md`), and the exact diagnostics
//! it must produce in `expected.txt`: `file:line: sentence`, one per line.
//!
//! Set `BLESS=1` to write `expected.txt` from the current output (then read every line
//! before committing it: the point is the wording a content editor sees).
#![cfg(feature = "compile")]

use runbook::content::{compile::compile, SourceFile};
use std::path::Path;

fn compile_fixture(dir: &Path) -> String {
    let nav = SourceFile::new(
        "content/nav.toml",
        std::fs::read_to_string(dir.join("nav.toml")).unwrap_or_default(),
    );
    let mut pages: Vec<SourceFile> = std::fs::read_dir(dir.join("docs"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .map(|p| {
                    let name = p.file_name().unwrap_or_default().to_string_lossy().into_owned();
                    SourceFile::new(
                        format!("content/docs/{name}"),
                        std::fs::read_to_string(&p).unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    match compile(&nav, &pages) {
        Ok(site) => format!("compiled {} pages without problems\n", site.pages.len()),
        Err(diagnostics) => diagnostics.iter().map(|d| format!("{d}\n")).collect(),
    }
}

#[test]
fn each_fixture_gives_exactly_its_diagnostics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .expect("fixtures folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 20,
        "expected a fixture per diagnostic, found {}",
        cases.len()
    );
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let got = compile_fixture(case);
        let expected_path = case.join("expected.txt");
        if bless {
            std::fs::write(&expected_path, &got).expect("write expected.txt");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        assert!(
            !got.starts_with("compiled"),
            "{}: a malformed fixture compiled",
            case.display()
        );
        if got != expected {
            failures.push(format!("{}\n--- expected\n{expected}--- got\n{got}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
