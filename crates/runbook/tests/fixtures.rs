//! One driver for every kind of content's fixtures. Each case is
//! `tests/fixtures/<kind>/<case>.toml` (for pages, a folder `<case>/` holding a `nav.toml`
//! and `docs/*.md`), and beside it `<case>.expected`: what the build says of it, exactly,
//! one `file:line: sentence` a line, or a summary of what compiled.
//!
//! Set `BLESS=1` to write each `.expected` from the current output, then read every line
//! before committing it: the point is the wording a content editor sees.
#![cfg(feature = "compile")]

mod common;

use runbook::command::{Environment, Generator, Output, Param, ParamKind, Pattern, Word};
use runbook::content::known::Known;
use runbook::content::SourceFile;
use runbook::diagnostic::Diagnostic;
use runbook::doc::Prose;
use std::path::{Path, PathBuf};

/// A kind of content: where its fixtures are, and how one case compiles.
struct Kind {
    folder: &'static str,
    /// Each malformed case must have its own mistake: at least this many of them.
    at_least: usize,
    /// Each malformed case gives exactly one diagnostic (pages' cases may give several).
    one_each: bool,
    compile: fn(&Path) -> Result<String, Vec<Diagnostic>>,
}

const COMMAND: Kind = Kind {
    folder: "command",
    at_least: 25,
    one_each: true,
    compile: compile_command,
};

const PAGES: Kind = Kind {
    folder: "content",
    at_least: 20,
    one_each: false,
    compile: compile_pages,
};

const DRILL: Kind = Kind {
    folder: "drill",
    at_least: 30,
    one_each: true,
    compile: compile_drill,
};

const WIZARD: Kind = Kind {
    folder: "wizard",
    at_least: 30,
    one_each: false,
    compile: compile_wizard,
};

const MESSAGE: Kind = Kind {
    folder: "message",
    at_least: 40,
    one_each: true,
    compile: compile_message,
};

#[test]
fn message_fixtures() {
    run(&MESSAGE);
}

#[test]
fn command_fixtures() {
    run(&COMMAND);
}

#[test]
fn page_fixtures() {
    run(&PAGES);
}

#[test]
fn drill_fixtures() {
    run(&DRILL);
}

#[test]
fn wizard_fixtures() {
    run(&WIZARD);
}

/// Cases named `valid` compile; every other case is a mistake the build must report.
const VALID: &str = "valid";

/// Compiles every case of a kind alone and compares what the build says with what is
/// beside it (or, with `BLESS`, writes that).
fn run(kind: &Kind) {
    let bless = std::env::var_os("BLESS").is_some();
    let cases = cases(kind.folder);
    let malformed = cases.iter().filter(|c| name(c) != VALID).count();
    assert!(
        malformed >= kind.at_least,
        "{}: expected a fixture per mistake, found {malformed}",
        kind.folder
    );
    let mut failures = Vec::new();
    for case in &cases {
        let result = (kind.compile)(case);
        let got = match &result {
            Ok(summary) => format!("{summary}\n"),
            Err(diagnostics) => diagnostics.iter().map(|d| format!("{d}\n")).collect(),
        };
        let expected_path = case.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &got).expect("write .expected");
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if let Some(wrong) = check(kind, case, &result, &got, &expected) {
            failures.push(format!("{}: {wrong}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What is wrong with a case's output, if anything.
fn check(
    kind: &Kind,
    case: &Path,
    result: &Result<String, Vec<Diagnostic>>,
    got: &str,
    expected: &str,
) -> Option<String> {
    match (name(case) == VALID, result) {
        (true, Err(_)) => return Some(format!("should compile, got:\n{got}")),
        (false, Ok(_)) => return Some("a malformed fixture compiled".into()),
        (false, Err(d)) if kind.one_each && d.len() != 1 => {
            return Some(format!("expected one diagnostic, got:\n{got}"))
        }
        (false, Err(d)) => {
            if let Some(d) = d.iter().find(|d| !d.message.ends_with('.')) {
                return Some(format!("not a sentence: {d}"));
            }
        }
        (true, Ok(_)) => {}
    }
    (got != expected).then(|| format!("\n--- expected\n{expected}--- got\n{got}"))
}

fn cases(folder: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("reading {}: {e}", root.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "toml"))
        .collect();
    cases.sort();
    cases
}

fn name(case: &Path) -> String {
    case.file_stem().unwrap_or_default().to_string_lossy().into_owned()
}

/// The case's file, named as the build names a file of `content/<folder>/`.
fn source(case: &Path, folder: &str) -> SourceFile {
    let text = std::fs::read_to_string(case).unwrap_or_else(|e| panic!("reading {}: {e}", case.display()));
    SourceFile::new(format!("content/{folder}/{}.toml", name(case)), text)
}

fn compile_command(case: &Path) -> Result<String, Vec<Diagnostic>> {
    let mut known = Known::default();
    known
        .pages
        .insert("konduit".into(), ["usage".to_string(), "examples".to_string()].into());
    let generators = runbook::command::compile_generators(&[source(case, "commands")], &known)?;
    Ok(generators
        .iter()
        .map(|g| format!("compiled the generator `{}`: {} parameters", g.id, g.params.len()))
        .collect())
}

fn compile_pages(case: &Path) -> Result<String, Vec<Diagnostic>> {
    let nav = SourceFile::new(
        "content/nav.toml",
        std::fs::read_to_string(case.join("nav.toml")).unwrap_or_default(),
    );
    let mut pages: Vec<SourceFile> = std::fs::read_dir(case.join("docs"))
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
    let site = runbook::content::compile::compile(&nav, &pages)?;
    Ok(format!("compiled {} pages without problems", site.pages.len()))
}

fn compile_drill(case: &Path) -> Result<String, Vec<Diagnostic>> {
    let scenarios = runbook::drill::compile::compile_drills(&[source(case, "drills")], &common::real_known())?;
    Ok(scenarios
        .iter()
        .map(|s| {
            format!(
                "compiled the scenario `{}`: {} roles, {} injects, {} decisions",
                s.id,
                s.roles.len(),
                s.injects.len(),
                s.decisions.len()
            )
        })
        .collect())
}

fn compile_wizard(case: &Path) -> Result<String, Vec<Diagnostic>> {
    let wizards = runbook::wizard::compile::compile_wizards(&[source(case, "wizards")], &wizard_known())?;
    Ok(wizards
        .iter()
        .map(|w| {
            format!(
                "compiled the wizard `{}`: {} questions, {} outcomes",
                w.id,
                w.questions.len(),
                w.outcomes.len()
            )
        })
        .collect())
}

fn compile_message(case: &Path) -> Result<String, Vec<Diagnostic>> {
    let messages = runbook::message::compile_messages(&[source(case, "messages")], &message_known())?;
    Ok(messages
        .iter()
        .map(|m| {
            let fields = m.draft().map_or(0, |d| d.fields.len());
            format!(
                "compiled the message `{}`: {} scenarios, {} groups, {fields} fields",
                m.id,
                m.scenarios.len(),
                m.groups.len()
            )
        })
        .collect())
}

/// What the message fixtures may point to: the scenario `trs-api-down` (sections `symptoms`
/// and `contact`), the page `contacting-users` (a section `support-team`, no `contact`, so
/// not a scenario), and the contact groups `schools` and `support-team`.
fn message_known() -> Known {
    let mut known = Known::default();
    known.pages.insert(
        "trs-api-down".into(),
        ["symptoms".to_string(), "contact".to_string()].into(),
    );
    known
        .pages
        .insert("contacting-users".into(), ["support-team".to_string()].into());
    known.contacts = [("schools", "Schools"), ("support-team", "The support team")]
        .into_iter()
        .map(|(id, name)| (id.to_string(), name.to_string()))
        .collect();
    known
}

/// What the wizard fixtures may point to: the page `data-loss` (sections `actions` and
/// `symptoms`), `konduit-connect` (a `namespace` of `cpd-` and letters, and a `server`) and
/// `restore-timestamp` (a date-time `timestamp`).
fn wizard_known() -> Known {
    let mut known = Known::default();
    known.pages.insert(
        "data-loss".into(),
        ["actions".to_string(), "symptoms".to_string()].into(),
    );
    let text = |name: &str, pattern: Option<&str>| {
        let kind = ParamKind::Text {
            pattern: pattern.map(|p| Pattern::parse(p).expect("a valid pattern")),
            error: None,
        };
        param(name, kind)
    };
    known.generators = vec![
        generator(
            "konduit-connect",
            vec![text("namespace", Some("cpd-[a-z]+")), text("server", None)],
        ),
        generator(
            "restore-timestamp",
            vec![param("timestamp", ParamKind::DateTime { warnings: vec![] })],
        ),
    ];
    known
}

/// A generator whose output is its first parameter.
fn generator(id: &str, params: Vec<Param>) -> Generator {
    Generator {
        id: id.into(),
        title: id.into(),
        description: Prose::default(),
        summary: String::new(),
        touches: Environment::Local,
        production_when: None,
        docs: vec![],
        output: Output::Value {
            value: Word::param(params[0].name.clone()),
            checks: vec![],
        },
        params,
        source: format!("content/commands/{id}.toml"),
    }
}

/// A parameter `name` of `kind`, labelled "The `name`", with the example `x`.
fn param(name: &str, kind: ParamKind) -> Param {
    Param {
        name: name.into(),
        label: format!("The {name}"),
        help: String::new(),
        example: "x".into(),
        default: None,
        kind,
        remember: None,
        warn_unless: None,
    }
}
