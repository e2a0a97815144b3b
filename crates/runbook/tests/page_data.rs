//! The files a page fetches (`runbook::page_data`) carry everything the page shows, from
//! the real content: an outcome's next wizards, an inject's commands, every shared value's
//! label.
#![cfg(feature = "compile")]

mod common;

use runbook::bundle::{compile_all, Runbook, Sources};
use runbook::content::SourceFile;
use runbook::page_data::{ParamLabels, WizardFile};
use std::path::Path;

fn real_runbook() -> Runbook {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let nav = content.join("nav.toml");
    compile_all(&Sources {
        service: SourceFile::new(
            "content/site.toml",
            std::fs::read_to_string(content.join("site.toml")).unwrap(),
        ),
        nav: SourceFile::new("content/nav.toml", std::fs::read_to_string(nav).unwrap()),
        docs: common::content_files("docs", "md"),
        commands: common::content_files("commands", "toml"),
        wizards: common::content_files("wizards", "toml"),
        drills: common::content_files("drills", "toml"),
        messages: common::content_files("messages", "toml"),
    })
    .expect("the real content compiles")
}

#[test]
fn a_wizard_file_names_every_wizard_its_outcomes_suggest_once() {
    let runbook = real_runbook();
    for w in &runbook.wizards {
        let file = WizardFile::of(&runbook, &w.id).unwrap();
        assert_eq!(file.wizard, *w);
        let mut suggested: Vec<&str> = w.outcomes.iter().flat_map(|o| &o.wizards).map(String::as_str).collect();
        suggested.sort_unstable();
        suggested.dedup();
        let mut linked: Vec<&str> = file.linked.iter().map(|l| l.id.as_str()).collect();
        linked.sort_unstable();
        assert_eq!(linked, suggested, "{}", w.id);
        for l in &file.linked {
            assert_eq!(l.title, runbook.wizard(&l.id).unwrap().title);
        }
    }
    // The real wizards do suggest each other, so the check above is not vacuous.
    assert!(runbook
        .wizards
        .iter()
        .any(|w| !WizardFile::of(&runbook, &w.id).unwrap().linked.is_empty()));
    assert_eq!(WizardFile::of(&runbook, "no-such-wizard"), None);
}

/// A scenario's file carries no generator: each inject's command was rendered by the build
/// with today's date left open, and filling it in gives what the generator renders on
/// that day, marked.
#[test]
fn inject_commands_rendered_by_the_build_are_what_their_generators_render_on_the_day() {
    use runbook::command::datetime::DateTime;
    use runbook::drill::marker::mark_command;
    let runbook = real_runbook();
    let mut dated = 0;
    let commands: Vec<_> = runbook
        .drills
        .iter()
        .flat_map(|s| &s.injects)
        .flat_map(|i| &i.commands)
        .collect();
    assert!(commands.len() >= 5, "some real injects show commands");
    for c in commands {
        let generator = runbook.generator(&c.generator).unwrap();
        let shown: Vec<String> = [1_700_000_000, 1_900_000_000]
            .into_iter()
            .map(|seconds| {
                let now = DateTime::from_unix_seconds(seconds);
                let rendered = runbook::command::render(generator, &c.params, now).unwrap();
                assert_eq!(c.text.on(now.date), mark_command(&rendered.text), "{c:?}");
                rendered.text
            })
            .collect();
        dated += usize::from(shown[0] != shown[1]);
    }
    assert!(
        dated > 0,
        "some real command shows today's date, so the slots are tested"
    );
}

#[test]
fn every_remembered_meaning_has_the_label_of_the_first_generator_that_remembers_it() {
    let runbook = real_runbook();
    let labels = ParamLabels::of(&runbook);
    let remembers = |p: &runbook::command::Param, meaning: &str| p.remember.as_deref() == Some(meaning);
    for p in runbook.generators.iter().flat_map(|g| &g.params) {
        let Some(meaning) = p.remember.as_deref() else {
            assert_eq!(labels.label(&p.name), None, "{} is not remembered", p.name);
            continue;
        };
        let first = runbook
            .generators
            .iter()
            .flat_map(|g| &g.params)
            .find(|q| remembers(q, meaning))
            .unwrap();
        assert_eq!(labels.label(meaning), Some(first.label.as_str()));
    }
    // A remembered value of format 2 is read under a meaning some generator still has.
    for meaning in runbook::command::form::format_2_meanings() {
        assert!(labels.label(meaning).is_some(), "{meaning}");
    }
    let mut names: Vec<&str> = labels.0.iter().map(|(n, _)| n.as_str()).collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "each name once");
    assert_eq!(labels.label("no-such-value"), None);
}
