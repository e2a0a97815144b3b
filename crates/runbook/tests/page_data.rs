//! The files a page fetches (`runbook::page_data`) carry everything the page shows, from
//! the real content: an outcome's next wizards, an inject's generators, every shared value's
//! label.
#![cfg(feature = "compile")]

mod common;

use runbook::bundle::{compile_all, Runbook, Sources};
use runbook::content::SourceFile;
use runbook::page_data::{ParamLabels, ScenarioFile, WizardFile};
use std::path::Path;

fn real_runbook() -> Runbook {
    let nav = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/nav.toml");
    compile_all(&Sources {
        nav: SourceFile::new("content/nav.toml", std::fs::read_to_string(nav).unwrap()),
        docs: common::content_files("docs", "md"),
        commands: common::content_files("commands", "toml"),
        wizards: common::content_files("wizards", "toml"),
        drills: common::content_files("drills", "toml"),
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

#[test]
fn a_scenario_file_carries_exactly_the_generators_its_injects_render() {
    let runbook = real_runbook();
    let mut any_commands = false;
    for s in &runbook.drills {
        let file = ScenarioFile::of(&runbook, &s.id).unwrap();
        assert_eq!(file.scenario, *s);
        let bytes = postcard::to_allocvec(&file).unwrap();
        assert_eq!(ScenarioFile::scenario_alone(&bytes).unwrap(), *s, "read alone");
        assert_eq!(postcard::from_bytes::<ScenarioFile>(&bytes).unwrap(), file);
        let mut used: Vec<&str> = s
            .injects
            .iter()
            .flat_map(|i| &i.commands)
            .map(|c| c.generator.as_str())
            .collect();
        used.sort_unstable();
        used.dedup();
        any_commands |= !used.is_empty();
        let mut carried: Vec<&str> = file.generators.iter().map(|g| g.id.as_str()).collect();
        carried.sort_unstable();
        assert_eq!(carried, used, "{}", s.id);
        for c in s.injects.iter().flat_map(|i| &i.commands) {
            let at = runbook::command::datetime::DateTime::from_unix_seconds(1_700_000_000);
            assert_eq!(
                runbook::drill::marker::render_command(&file.generators, c, at),
                runbook::drill::marker::render_command(&runbook.generators, c, at),
            );
        }
    }
    assert!(any_commands, "some real inject shows a command");
    assert_eq!(ScenarioFile::of(&runbook, "no-such-drill"), None);
}

#[test]
fn every_shared_value_has_the_label_of_the_first_generator_that_uses_it() {
    let runbook = real_runbook();
    let labels = ParamLabels::of(&runbook);
    for p in runbook.generators.iter().flat_map(|g| &g.params) {
        let first = runbook.generators.iter().find_map(|g| g.param(&p.name)).unwrap();
        assert_eq!(labels.label(&p.name), Some(first.label.as_str()));
    }
    let mut names: Vec<&str> = labels.0.iter().map(|(n, _)| n.as_str()).collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "each name once");
    assert_eq!(labels.label("no-such-value"), None);
}
