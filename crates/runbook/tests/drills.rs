//! Drill scenarios compile: the project's own `content/drills/*.toml` compile cleanly
//! against the runbook's pages, wizards and generators, and play through. Each mistake has
//! its own fixture under `tests/fixtures/drill/`, driven by `tests/fixtures.rs`.
#![cfg(feature = "compile")]

mod common;

use runbook::content::known::Known;
use runbook::content::SourceFile;
use runbook::drill::compile::compile_drills;
use runbook::drill::model::Trigger;
use runbook::drill::{DrillState, Event, EventKind};
use std::path::Path;

/// The real pages, generators and wizards.
fn known() -> Known {
    common::real_known()
}

fn read_dir(dir: &Path, prefix: &str) -> Vec<SourceFile> {
    let mut files: Vec<SourceFile> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
            SourceFile::new(format!("{prefix}/{}", p.file_name().unwrap().to_string_lossy()), text)
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

#[test]
fn code_in_a_scenario_carries_the_drill_marker() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drill/valid.toml")).unwrap();
    let text = text.replace(
        "brief = \"You lead.\"",
        "brief = \"\"\"\nRun:\n\n```\npsql\n```\n\"\"\"",
    );
    let scenarios = compile_drills(&[SourceFile::new("drills/valid.toml", text)], &known()).unwrap();
    let json = serde_json::to_string(&scenarios[0].roles[0].brief).unwrap();
    assert!(json.contains("# DRILL: do not run\\npsql"), "{json}");
}

fn real_scenarios() -> Vec<runbook::drill::Scenario> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/drills");
    match compile_drills(&read_dir(&dir, "content/drills"), &known()) {
        Ok(s) => s,
        Err(diagnostics) => panic!(
            "content/drills has errors:\n{}",
            diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
        ),
    }
}

#[test]
fn the_real_drills_compile() {
    let scenarios = real_scenarios();
    let ids: Vec<&str> = scenarios.iter().map(|s| s.id.as_str()).collect();
    for id in [
        "github-down",
        "dfe-sign-in-down",
        "notify-down",
        "trs-api-down",
        "azure-down",
        "data-loss",
        "database-deleted",
        "notify-down-registration-day",
        "late-data-loss-during-trs-outage",
    ] {
        assert!(ids.contains(&id), "no scenario `{id}` in {ids:?}");
    }
}

/// Every real scenario can be played to the end: all decisions can be made the runbook's
/// way and every inject revealed, and doing so meets every decision.
#[test]
fn the_real_drills_play_through_by_the_book() {
    const M: i64 = 60_000;
    for (scenario, seed) in real_scenarios()
        .into_iter()
        .flat_map(|s| (0..6).map(move |seed| (s.clone(), seed)))
    {
        let mut state = DrillState::start(scenario.clone(), seed, 0, 1000).unwrap();
        let mut now = 0;
        while now < 240 * M {
            for e in state.tick(now) {
                state.apply(e).unwrap();
            }
            let open: Vec<_> = state
                .open_decisions(now)
                .into_iter()
                .map(|d| (d.id.clone(), d.expected.clone()))
                .collect();
            for (decision, option) in open {
                state
                    .apply(Event::new(
                        now,
                        EventKind::DecisionMade {
                            decision,
                            option,
                            role: None,
                        },
                    ))
                    .unwrap();
            }
            for e in state.tick(now) {
                state.apply(e).unwrap();
            }
            now += M;
        }
        let score = runbook::drill::score::score(&state, now);
        let reached: Vec<_> = score
            .decisions
            .iter()
            .filter(|d| d.outcome != runbook::drill::score::Outcome::NotReached)
            .collect();
        assert!(
            reached.iter().all(|d| d.outcome == runbook::drill::score::Outcome::Met),
            "{}: {score:#?}",
            scenario.id
        );
        assert!(!reached.is_empty(), "{}: no decision was reached", scenario.id);
        for inject in &scenario.injects {
            if let Trigger::AtMinute(_) = inject.trigger {
                if state.plan().includes(&inject.id) {
                    assert!(
                        state.revealed(&inject.id).is_some(),
                        "{}: timed inject {} never came",
                        scenario.id,
                        inject.id
                    );
                }
            }
        }
    }
}
