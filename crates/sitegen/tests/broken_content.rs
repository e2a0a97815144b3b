//! Broken content fails the whole build with every problem listed as `file:line: sentence`,
//! across kinds: here a copy of the real content with one broken link in a page and one
//! `command` block naming a generator that does not exist.

use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("runbook-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn broken_links_and_unknown_generators_are_reported_with_file_and_line() {
    let content = scratch("broken-content");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"), &content);
    let page = content.join("docs/azure-down.md");
    let mut text = std::fs::read_to_string(&page).unwrap();
    let lines_before = text.lines().count();
    text.push_str("\nSee [the steps](konduit.md#no-such-section).\n\n```command\nno-such-generator\n```\n");
    std::fs::write(&page, text).unwrap();

    let diagnostics = sitegen::load_content(&content).expect_err("broken content must not compile");
    let shown: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
    let _ = std::fs::remove_dir_all(&content);

    let link_line = lines_before + 2;
    assert!(
        shown.iter().any(|d| d.starts_with(&format!("content/docs/azure-down.md:{link_line}: The link `konduit.md#no-such-section` points to a section that page does not have."))),
        "{shown:#?}"
    );
    assert!(
        shown.iter().all(|d| d.starts_with("content/docs/azure-down.md:")),
        "{shown:#?}"
    );
    assert_eq!(
        shown.len(),
        1,
        "the link is reported before generators are checked: {shown:#?}"
    );
}

#[test]
fn an_embedded_generator_that_does_not_exist_is_reported() {
    let content = scratch("unknown-generator");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"), &content);
    let page = content.join("docs/konduit.md");
    let mut text = std::fs::read_to_string(&page).unwrap();
    let line = text.lines().count() + 3;
    text.push_str("\n```command\nno-such-generator\n```\n");
    std::fs::write(&page, text).unwrap();

    let diagnostics = sitegen::load_content(&content).expect_err("an unknown generator must not compile");
    let _ = std::fs::remove_dir_all(&content);
    let shown: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        shown,
        vec![format!(
            "content/docs/konduit.md:{line}: The `command` block names a generator that does not exist. There is no command generator `no-such-generator`."
        )]
    );
}

#[test]
fn lists_nested_two_thousand_deep_are_one_problem_at_the_line_that_passes_the_limit() {
    // Issue 24.3: `sitegen check` took over 40 s on this, one line per level.
    let content = scratch("deep-nesting");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"), &content);
    let page = content.join("docs/azure-down.md");
    let mut text = std::fs::read_to_string(&page).unwrap();
    let first = text.lines().count() + 2;
    text.push('\n');
    for level in 0..2000 {
        text.push_str(&format!("{}- level {level}\n", "  ".repeat(level)));
    }
    std::fs::write(&page, text).unwrap();

    let diagnostics = sitegen::load_content(&content).expect_err("nesting that deep must not compile");
    let _ = std::fs::remove_dir_all(&content);
    let shown: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
    let line = first + runbook::doc::markdown::MAX_NESTING;
    assert_eq!(
        shown,
        vec![format!(
            "content/docs/azure-down.md:{line}: The lists and block quotes here are nested more than 16 deep. Flatten them: a reader cannot follow that many levels."
        )]
    );
}

#[test]
fn a_page_that_fails_is_reported_once_not_again_at_every_link_to_it() {
    // Issue 24.11: broken front matter in a page the others link to.
    let content = scratch("failed-page");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"), &content);
    let page = content.join("docs/konduit.md");
    let text = std::fs::read_to_string(&page).unwrap();
    let linked = std::fs::read_dir(content.join("docs"))
        .unwrap()
        .filter(|e| {
            std::fs::read_to_string(e.as_ref().unwrap().path())
                .unwrap()
                .contains("(konduit.md")
        })
        .count();
    assert!(linked >= 2, "other pages link to konduit.md ({linked})");
    std::fs::write(&page, text.replacen("owner = ", "owner = \"unclosed\n# ", 1)).unwrap();

    let diagnostics = sitegen::load_content(&content).expect_err("broken front matter must not compile");
    let _ = std::fs::remove_dir_all(&content);
    let shown: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(
        shown[0].starts_with("content/docs/konduit.md:") && shown[0].contains("front matter"),
        "{shown:#?}"
    );
}
