//! The real wizards in `content/wizards/`: they compile against the runbook's pages and
//! generators, and every path through them reaches the outcome the runbook's rules give.
#![cfg(feature = "compile")]

mod common;

use runbook::content::known::Known;
use runbook::content::SourceFile;
use runbook::wizard::compile::compile_wizards;
use runbook::wizard::{replay, Answers, Current, QuestionKind, Service, Wizard};
use std::collections::BTreeSet;
use std::path::Path;

/// 2026-05-22T12:00 UTC, in minutes since the epoch.
const NOW: i64 = (20_595 * 24 + 12) * 60;
const RECENT: &str = "2026-05-21T09:00";
const OLD: &str = "2026-05-01T09:00";

/// The real pages, generators and wizards.
fn known() -> Known {
    common::real_known()
}

fn wizards() -> Vec<Wizard> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/wizards");
    let mut files: Vec<SourceFile> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
            SourceFile::new(
                format!(
                    "content/wizards/{}",
                    p.file_name().unwrap_or_default().to_string_lossy()
                ),
                text,
            )
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    compile_wizards(&files, &known()).unwrap_or_else(|diagnostics| {
        panic!(
            "wizards have errors:\n{}",
            diagnostics
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

fn wizard<'a>(all: &'a [Wizard], id: &str) -> &'a Wizard {
    all.iter()
        .find(|w| w.id == id)
        .unwrap_or_else(|| panic!("no wizard {id}"))
}

/// Every path of every wizard.
/// (wizard id, answers in the order asked, expected outcome).
type PathRow = (&'static str, &'static [(&'static str, &'static str)], &'static str);

const PATHS: &[PathRow] = &[
    (
        "lost-data",
        &[("what-is-lost", "whole-database"), ("when-deleted", RECENT)],
        "restore-whole-database",
    ),
    (
        "lost-data",
        &[("what-is-lost", "whole-database"), ("when-deleted", OLD)],
        "restore-a-backup",
    ),
    (
        "lost-data",
        &[
            ("what-is-lost", "important"),
            ("when-important-lost", RECENT),
            ("noticed-quickly", "yes"),
        ],
        "stop-and-full-restore",
    ),
    (
        "lost-data",
        &[
            ("what-is-lost", "important"),
            ("when-important-lost", RECENT),
            ("noticed-quickly", "no"),
        ],
        "stop-and-partial-restore",
    ),
    (
        "lost-data",
        &[("what-is-lost", "important"), ("when-important-lost", OLD)],
        "restore-a-backup",
    ),
    (
        "lost-data",
        &[
            ("what-is-lost", "less-important"),
            ("when-less-important-lost", RECENT),
            ("unaffected-by-new-data", "yes"),
        ],
        "keep-running-partial-restore",
    ),
    (
        "lost-data",
        &[
            ("what-is-lost", "less-important"),
            ("when-less-important-lost", RECENT),
            ("unaffected-by-new-data", "no"),
        ],
        "not-covered",
    ),
    (
        "lost-data",
        &[("what-is-lost", "less-important"), ("when-less-important-lost", OLD)],
        "restore-a-backup",
    ),
    ("lost-data", &[("what-is-lost", "not-sure")], "not-covered"),
    (
        "which-runbook",
        &[("symptom", "cannot-deploy"), ("publish-imminently", "no")],
        "github-down",
    ),
    (
        "which-runbook",
        &[("symptom", "cannot-deploy"), ("publish-imminently", "yes")],
        "github-down-must-publish",
    ),
    (
        "which-runbook",
        &[("symptom", "users-cannot-log-in"), ("prolonged-outage", "no")],
        "dfe-sign-in-down",
    ),
    (
        "which-runbook",
        &[("symptom", "users-cannot-log-in"), ("prolonged-outage", "yes")],
        "dfe-sign-in-down-prolonged",
    ),
    (
        "which-runbook",
        &[("symptom", "admins-cannot-log-in"), ("important-day", "no")],
        "notify-down",
    ),
    (
        "which-runbook",
        &[("symptom", "admins-cannot-log-in"), ("important-day", "yes")],
        "notify-down-important-day",
    ),
    (
        "which-runbook",
        &[("symptom", "cannot-register-teachers")],
        "trs-api-down",
    ),
    ("which-runbook", &[("symptom", "app-down")], "azure-down"),
    ("which-runbook", &[("symptom", "database-deleted")], "database-deleted"),
    ("which-runbook", &[("symptom", "records-missing")], "data-loss"),
    ("which-runbook", &[("symptom", "something-else")], "not-listed"),
    (
        "stop-the-service",
        &[("situation", "restoring-data"), ("restore", "full")],
        "maintenance-mode",
    ),
    (
        "stop-the-service",
        &[("situation", "restoring-data"), ("restore", "partial-important")],
        "maintenance-mode",
    ),
    (
        "stop-the-service",
        &[("situation", "restoring-data"), ("restore", "partial-less-important")],
        "neither",
    ),
    (
        "stop-the-service",
        &[("situation", "restoring-data"), ("restore", "not-sure")],
        "choose-the-restore-first",
    ),
    (
        "stop-the-service",
        &[("situation", "much-would-break")],
        "maintenance-mode",
    ),
    (
        "stop-the-service",
        &[("situation", "users-cannot-log-in")],
        "incident-banner",
    ),
    (
        "stop-the-service",
        &[("situation", "planned-maintenance")],
        "maintenance-banner",
    ),
    ("stop-the-service", &[("situation", "users-unaffected")], "neither"),
];

/// A path as a list of (question, what decided it): the answer for choices and yes/no, the
/// node reached for a date, since any date in a band behaves alike.
type Shape = Vec<(String, String)>;

fn shapes_in_graph(w: &Wizard) -> BTreeSet<Shape> {
    fn walk(w: &Wizard, node: &str, path: &mut Shape, out: &mut BTreeSet<Shape>) {
        let Some(q) = w.question(node) else {
            out.insert(path.clone());
            return;
        };
        let exits: Vec<(String, String)> = match &q.kind {
            QuestionKind::Choice(options) => options.iter().map(|o| (o.value.clone(), o.next.clone())).collect(),
            QuestionKind::YesNo { yes, no } => {
                vec![("yes".into(), yes.clone()), ("no".into(), no.clone())]
            }
            QuestionKind::DateTime { rules, otherwise } => rules
                .iter()
                .map(|r| r.next.clone())
                .chain([otherwise.clone()])
                .map(|n| (n.clone(), n))
                .collect(),
        };
        for (decided, next) in exits {
            path.push((q.id.clone(), decided));
            walk(w, &next, path, out);
            path.pop();
        }
    }
    let mut out = BTreeSet::new();
    walk(w, &w.start, &mut Vec::new(), &mut out);
    out
}

#[test]
fn every_path_of_every_wizard_reaches_its_outcome() {
    let all = wizards();
    assert_eq!(
        all.iter().map(|w| w.id.as_str()).collect::<Vec<_>>(),
        ["lost-data", "stop-the-service", "which-runbook"]
    );
    let mut walked: BTreeSet<(String, Shape)> = BTreeSet::new();
    for (id, pairs, expected) in PATHS {
        let w = wizard(&all, id);
        let answers: Answers = pairs.iter().map(|(q, a)| (q.to_string(), a.to_string())).collect();
        let journey = replay(w, &answers, Some(NOW));
        assert_eq!(
            journey.current,
            Current::Outcome(expected.to_string()),
            "{id} {pairs:?}"
        );
        assert!(journey.ignored.is_empty(), "{id} {pairs:?}: {:?}", journey.ignored);
        let order: Vec<&str> = journey.steps.iter().map(|s| s.question.as_str()).collect();
        assert_eq!(
            order,
            pairs.iter().map(|(q, _)| *q).collect::<Vec<_>>(),
            "answers are listed in the order asked"
        );
        let shape = journey
            .steps
            .iter()
            .map(|s| {
                let is_date = matches!(
                    w.question(&s.question).map(|q| &q.kind),
                    Some(QuestionKind::DateTime { .. })
                );
                (
                    s.question.clone(),
                    if is_date { s.next.clone() } else { s.answer.clone() },
                )
            })
            .collect();
        assert!(walked.insert((id.to_string(), shape)), "{id} {pairs:?} is listed twice");
    }
    for w in &all {
        let in_table: BTreeSet<Shape> = walked
            .iter()
            .filter(|(id, _)| *id == w.id)
            .map(|(_, s)| s.clone())
            .collect();
        assert_eq!(
            in_table,
            shapes_in_graph(w),
            "the table must list every path of {}",
            w.id
        );
    }
}

#[test]
fn every_lost_data_outcome_starts_the_incident_process_and_shows_the_priority() {
    let all = wizards();
    for o in &wizard(&all, "lost-data").outcomes {
        let steps = &o.steps;
        assert!(
            steps
                .first()
                .is_some_and(|s| s.starts_with("Start the incident process")),
            "{}: {steps:?}",
            o.id
        );
        assert!(
            steps.iter().any(|s| s.contains("data that's gone")
                && s.contains("easy it is to replace")
                && s.contains("how many users")),
            "{}",
            o.id
        );
        assert!(
            o.links
                .iter()
                .any(|l| l.reference() == "data-loss#setting-the-priority"),
            "{}",
            o.id
        );
    }
}

#[test]
fn the_restore_outcomes_say_whether_to_stop_the_service() {
    let all = wizards();
    let w = wizard(&all, "lost-data");
    let service = |id: &str| w.outcome(id).and_then(|o| o.service);
    assert_eq!(service("stop-and-full-restore"), Some(Service::Stop));
    assert_eq!(service("stop-and-partial-restore"), Some(Service::Stop));
    assert_eq!(service("restore-whole-database"), Some(Service::Stop));
    assert_eq!(service("keep-running-partial-restore"), Some(Service::KeepRunning));
    // The runbook does not say, and the outcome says so rather than guessing.
    assert_eq!(service("restore-a-backup"), None);
    assert_eq!(service("not-covered"), None);
}

#[test]
fn commands_are_prefilled_from_the_runbook_but_never_with_the_example_server() {
    let all = wizards();
    let o = wizard(&all, "lost-data")
        .outcome("stop-and-full-restore")
        .expect("outcome");
    let konduit = o
        .commands
        .iter()
        .find(|c| c.generator == "konduit-connect")
        .expect("konduit command");
    let params: Vec<(&str, &str)> = konduit.params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    // The restored server's name is not pre-filled: the runbook's name is an example ("always
    // use the name you actually gave the restored server"), and a leftover server from an
    // earlier restore could have it. The reader types it, or it comes from the values in use.
    assert_eq!(
        params,
        [
            ("command", "psql"),
            ("deployment", "cpd-ec2-production-web"),
            ("namespace", "cpd-production"),
        ]
    );
    for o in &wizard(&all, "lost-data").outcomes {
        for c in &o.commands {
            assert!(
                !c.params.iter().any(|(k, _)| k == "server"),
                "{}: {} pre-fills the restored server",
                o.id,
                c.generator
            );
        }
    }
}

/// What is written is read back whole: written again, it is the same text. (The plain text
/// of an outcome's body, `doc::Prose::text`, is not written: it stays with the build.)
#[test]
fn the_compiled_wizards_survive_json() {
    for w in wizards() {
        let json = serde_json::to_string(&w).expect("serialize");
        let back: Wizard = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(serde_json::to_string(&back).expect("serialize again"), json);
        assert_eq!((back.questions, back.start), (w.questions, w.start));
    }
}

#[test]
fn a_real_journey_draws_its_path_and_records_the_decision() {
    use runbook::wizard::{diagram, query, record};
    let all = wizards();
    let w = wizard(&all, "lost-data");
    let parsed = query::parse(
        w,
        "?what-is-lost=important&when-important-lost=2026-05-21T09%3A00&noticed-quickly=yes&utm=x",
    );
    assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
    let journey = replay(w, &parsed.answers, Some(NOW));
    assert_eq!(journey.current, Current::Outcome("stop-and-full-restore".into()));
    let svg = diagram::svg(w, Some(&journey));
    assert!(svg.contains(r#"class="wizard-node outcome on-path current" data-node="stop-and-full-restore""#));
    assert_eq!(svg.matches(r#"class="wizard-edge on-path""#).count(), 3);
    assert!(diagram::mermaid(w, None)
        .starts_with("---\ntitle: We have lost data: what kind of restore?\n---\nflowchart TD\n"));
    assert!(diagram::graphviz(w, None)
        .contains("\"when-important-lost\" -> \"restore-a-backup\" [label=\"More than 7 days ago\"];"));
    let text = record::markdown(w, &journey, NOW, None);
    assert!(
        text.contains("- When was the data lost? **21 May 2026, 09:00 UTC**"),
        "{text}"
    );
    assert!(
        text.contains("Outcome: **Stop the service and do a full restore**"),
        "{text}"
    );
    assert!(text.contains("- [ ] Start the incident process"), "{text}");
}

/// Issue 23.2: a full restore says what it costs, from the time answered.
#[test]
fn a_full_restore_says_how_much_new_data_it_loses() {
    let all = wizards();
    let w = wizard(&all, "lost-data");
    let answers: Answers = [
        ("what-is-lost", "important"),
        ("when-important-lost", RECENT),
        ("noticed-quickly", "yes"),
    ]
    .iter()
    .map(|(q, a)| (q.to_string(), a.to_string()))
    .collect();
    let journey = replay(w, &answers, Some(NOW));
    let full = journey.outcome(w).expect("an outcome");
    assert_eq!(full.id, "stop-and-full-restore");
    let loss = full.data_loss(&journey.steps, NOW).expect("the restore time is known");
    assert_eq!(
        (loss.after.as_str(), loss.elapsed.as_str()),
        ("21 May 2026, 09:00 UTC", "27 hours")
    );
    // The question that decides a full restore says how long ago the data was intact.
    let noticed = w.question("noticed-quickly").expect("question");
    assert_eq!(
        noticed.since_note(w, &journey.steps, NOW).as_deref(),
        Some("You answered “When was the data lost?” with 21 May 2026, 09:00 UTC: 27 hours ago.")
    );
    assert!(noticed
        .hint
        .as_deref()
        .is_some_and(|h| h.contains("The runbook does not say how quickly")));
}

/// Issue 23.4: the time is asked once. Every link to the restore-time generator from an
/// outcome reached through a date question carries that date and time.
#[test]
fn every_link_to_the_restore_time_carries_the_time_answered() {
    let all = wizards();
    let mut seen = 0;
    for (id, pairs, outcome) in PATHS {
        let w = wizard(&all, id);
        let answers: Answers = pairs.iter().map(|(q, a)| (q.to_string(), a.to_string())).collect();
        let journey = replay(w, &answers, Some(NOW));
        let Some(o) = w.outcome(outcome) else { continue };
        for c in o.commands.iter().filter(|c| c.generator == "restore-timestamp") {
            let date = journey
                .steps
                .iter()
                .find(|s| {
                    matches!(
                        w.question(&s.question).map(|q| &q.kind),
                        Some(QuestionKind::DateTime { .. })
                    )
                })
                .expect("a restore outcome is reached through a date question");
            assert_eq!(
                c.values(&journey.steps).get("timestamp").map(String::as_str),
                Some(date.answer.replace('T', " ").as_str()),
                "{id} {outcome}"
            );
            seen += 1;
        }
    }
    assert_eq!(seen, 2, "the full restore and the whole database's restore");
}

/// Issue 23.8: no outcome suggests the wizard that decides what it has said.
#[test]
fn no_outcome_suggests_deciding_again_whether_to_stop_the_service() {
    for w in wizards() {
        for o in &w.outcomes {
            if o.service.is_some() {
                assert!(!o.wizards.iter().any(|x| x == "stop-the-service"), "{} {}", w.id, o.id);
            }
        }
    }
}
