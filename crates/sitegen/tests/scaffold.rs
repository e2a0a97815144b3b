//! `sitegen new` (and so `make new-page`, `new-command`, `new-wizard`, `new-drill`): each kind
//! scaffolded into a copy of the real content compiles with no diagnostics, a new page is in
//! the navigation, and a bad or taken id writes nothing.

use runbook::date::Date;
use sitegen::scaffold::{new_item, Kind};
use std::path::{Path, PathBuf};
use std::process::Command;

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

/// A fresh copy of the real content folder.
fn content_copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("runbook-scaffold-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"), &dir);
    dir
}

fn today() -> Date {
    Date::parse("2026-12-01").unwrap()
}

#[test]
fn every_kind_scaffolds_a_file_the_content_check_accepts() {
    for kind in Kind::ALL {
        let content = content_copy(kind.name());
        let id = format!("new-{}", kind.name());
        let written = new_item(&content, kind, &id, None, today()).unwrap();
        assert!(written.file.exists(), "{}", written.file.display());
        let runbook = match sitegen::load_content(&content) {
            Ok(c) => c.runbook,
            Err(d) => panic!(
                "{}: {:#?}",
                kind.name(),
                d.iter().map(ToString::to_string).collect::<Vec<_>>()
            ),
        };
        match kind {
            Kind::Page => {
                let last = runbook.site.nav.last().unwrap();
                assert_eq!(last.pages.last(), Some(&id), "the page ends the last section");
                assert_eq!(written.section.as_deref(), Some(last.title.as_str()));
                let page = runbook.site.page(&id).unwrap();
                assert_eq!(page.title, "New page");
                assert_eq!(page.review.last_reviewed, today());
                assert!(page.review.review_by > today());
            }
            Kind::Command => assert!(runbook.generator(&id).is_some()),
            Kind::Wizard => assert!(runbook.wizard(&id).is_some()),
            Kind::Drill => assert!(runbook.drill(&id).is_some()),
        }
        let _ = std::fs::remove_dir_all(&content);
    }
}

#[test]
fn a_page_goes_into_the_section_named() {
    let content = content_copy("section");
    let written = new_item(
        &content,
        Kind::Page,
        "restart-workers",
        Some("Actions we can take"),
        today(),
    )
    .unwrap();
    assert_eq!(written.section.as_deref(), Some("Actions we can take"));
    let runbook = sitegen::load_content(&content).expect("compiles").runbook;
    let section = runbook.site.section_of("restart-workers").unwrap();
    assert_eq!(section.title, "Actions we can take");
    assert_eq!(section.pages.last().map(String::as_str), Some("restart-workers"));
    let nav_before = std::fs::read_to_string(content.join("nav.toml")).unwrap();
    let err = new_item(&content, Kind::Page, "other", Some("No such section"), today()).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "content/nav.toml has no section titled \"No such section\". Its sections are: \"Start here\""
        ),
        "{err}"
    );
    assert!(!content.join("docs/other.md").exists());
    assert_eq!(std::fs::read_to_string(content.join("nav.toml")).unwrap(), nav_before);
    let _ = std::fs::remove_dir_all(&content);
}

#[test]
fn a_bad_or_taken_id_writes_nothing() {
    let content = content_copy("refused");
    let nav = std::fs::read_to_string(content.join("nav.toml")).unwrap();
    let existing = std::fs::read_to_string(content.join("docs/azure-down.md")).unwrap();
    let cases = [
        (
            Kind::Page,
            "Azure Down",
            "the slug `Azure Down` is not valid: use lowercase letters, digits and single hyphens, like `azure-down`",
        ),
        (
            Kind::Page,
            "azure-down",
            "content/docs/azure-down.md already exists: choose another slug, or edit that file",
        ),
        (
            Kind::Drill,
            "github-down",
            "content/drills/github-down.toml already exists: choose another id, or edit that file",
        ),
        (
            Kind::Wizard,
            "",
            "give the new wizard's id, like `make new-wizard ID=my-wizard`",
        ),
        (
            Kind::Command,
            "../escape",
            "the id `../escape` is not valid: use lowercase letters, digits and single hyphens, like `escape`",
        ),
    ];
    for (kind, id, said) in cases {
        let err = new_item(&content, kind, id, None, today()).unwrap_err();
        assert_eq!(err.to_string(), said);
    }
    assert_eq!(std::fs::read_to_string(content.join("nav.toml")).unwrap(), nav);
    assert_eq!(
        std::fs::read_to_string(content.join("docs/azure-down.md")).unwrap(),
        existing
    );
    assert!(sitegen::load_content(&content).is_ok());
    let _ = std::fs::remove_dir_all(&content);
}

#[test]
fn the_command_line_says_what_it_wrote_and_fails_on_a_bad_id() {
    let content = content_copy("cli");
    let sitegen = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_sitegen"))
            .args(args)
            .env("RUNBOOK_CONTENT_DIR", &content)
            .output()
            .unwrap()
    };
    let ok = sitegen(&["new", "drill", "printer-on-fire"]);
    let out = String::from_utf8_lossy(&ok.stdout);
    assert!(ok.status.success(), "{out}{}", String::from_utf8_lossy(&ok.stderr));
    assert!(
        out.contains("printer-on-fire.toml") && out.contains("content is valid"),
        "{out}"
    );
    let again = sitegen(&["new", "drill", "printer-on-fire"]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr)
        .contains("content/drills/printer-on-fire.toml already exists: choose another id, or edit that file"));
    let unknown = sitegen(&["new", "widget", "x"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("there is nothing called `widget` to start."));
    let _ = std::fs::remove_dir_all(&content);
}
