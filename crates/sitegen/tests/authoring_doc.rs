//! docs/authoring.md stays true: its examples (the fenced blocks titled with a path under
//! `content/`) make one runbook that the real compiler accepts, and every key the compilers
//! accept is named in its part of the page. The keys are the compilers' own: each table of
//! each kind is given an unknown key, and the keys allowed there are read from the
//! diagnostic, so a key added to a compiler and not to the page fails this test.

use runbook::content::known::Known;
use runbook::content::SourceFile;
use std::path::{Path, PathBuf};

fn doc() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/authoring.md")).unwrap()
}

/// Every fenced block whose info string has `title="content/…"`: (path, text).
fn examples(doc: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        let fence: String = line.chars().take_while(|&c| c == '`').collect();
        if fence.len() < 3 {
            continue;
        }
        let Some(path) = line
            .split_once("title=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(path, _)| path.to_string())
        else {
            continue;
        };
        let mut text = String::new();
        for body in lines.by_ref() {
            if body.trim_end() == fence {
                break;
            }
            text.push_str(body);
            text.push('\n');
        }
        out.push((path, text));
    }
    out
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("runbook-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn the_examples_make_a_runbook_the_compiler_accepts() {
    let examples = examples(&doc());
    let content = scratch("authoring-examples");
    for (path, text) in &examples {
        let relative = path
            .strip_prefix("content/")
            .unwrap_or_else(|| panic!("{path} is not under content/"));
        let file = content.join(relative);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        assert!(!file.exists(), "{path} is given twice");
        std::fs::write(&file, text).unwrap();
    }
    let runbook = match sitegen::load_content(&content) {
        Ok(c) => c.runbook,
        Err(d) => panic!("{:#?}", d.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    let _ = std::fs::remove_dir_all(&content);
    let count = |folder: &str| examples.iter().filter(|(p, _)| p.starts_with(folder)).count();
    for (folder, compiled) in [
        ("content/docs/", runbook.site.pages.len()),
        ("content/commands/", runbook.generators.len()),
        ("content/wizards/", runbook.wizards.len()),
        ("content/drills/", runbook.drills.len()),
        ("content/messages/", runbook.messages.len()),
    ] {
        assert!(count(folder) > 0, "no example in {folder}");
        assert_eq!(compiled, count(folder), "{folder}");
    }
    for path in ["content/site.toml", "content/nav.toml"] {
        assert_eq!(count(path), 1, "{path}");
    }
}

/// The keys a diagnostic about the unknown key `zzz` says are allowed.
fn allowed_keys(message: &str) -> Vec<String> {
    let after = message.split_once("zzz`").map_or(message, |(_, rest)| rest);
    let tail = ["takes ", "are: ", "are ", "expected "]
        .iter()
        .find_map(|m| after.split_once(m).map(|(_, t)| t))
        .unwrap_or_else(|| panic!("no list of keys in: {message}"));
    let keys: Vec<String> = if tail.contains('`') {
        tail.split('`').skip(1).step_by(2).map(str::to_string).collect()
    } else {
        tail.trim_end_matches(['.', ')'])
            .split(", ")
            .flat_map(|k| k.split(" and "))
            .map(|k| k.trim_matches(['[', ']', ' ']).to_string())
            .collect()
    };
    assert!(!keys.is_empty(), "no keys in: {message}");
    keys
}

/// The part of the page under `## {heading}`.
fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let start = doc
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("docs/authoring.md has no `## {heading}`"));
    let rest = &doc[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

/// Whether the page names `key` as a key: `key`, [key], [[parent.key]], `{ key, …}`.
fn names(text: &str, key: &str) -> bool {
    [
        format!("`{key}`"),
        format!("[{key}]"),
        format!(".{key}]]"),
        format!("`{key} ="),
        format!("{{ {key}"),
        format!(", {key},"),
        format!(", {key} }}"),
        format!(", {key} ="),
    ]
    .iter()
    .any(|form| text.contains(form.as_str()))
}

#[test]
fn every_key_the_compilers_accept_is_named_in_its_part_of_the_page() {
    let doc = doc();
    let known = Known::default();
    let file = |path: &str, text: &str| SourceFile::new(path, text);
    let nav = file("content/nav.toml", "[[section]]\ntitle = \"A\"\npages = []\n");
    let first = |d: Vec<runbook::Diagnostic>| d.into_iter().next().expect("a diagnostic").message;
    let page =
        |text: &str| first(runbook::content::compile::compile(&nav, &[file("content/docs/a.md", text)]).unwrap_err());
    let navigation =
        |text: &str| first(runbook::content::compile::compile(&file("content/nav.toml", text), &[]).unwrap_err());
    let site = |text: &str| first(runbook::service::compile(&file("content/site.toml", text), &known).unwrap_err());
    let command = |text: &str| {
        first(runbook::command::compile_generators(&[file("content/commands/x.toml", text)], &known).unwrap_err())
    };
    let wizard = |text: &str| {
        first(runbook::wizard::compile::compile_wizards(&[file("content/wizards/x.toml", text)], &known).unwrap_err())
    };
    let drill = |text: &str| {
        first(runbook::drill::compile::compile_drills(&[file("content/drills/x.toml", text)], &known).unwrap_err())
    };
    let message = |text: &str| {
        first(runbook::message::compile_messages(&[file("content/messages/x.toml", text)], &known).unwrap_err())
    };
    let probes: Vec<(&str, &str, String)> = vec![
        ("Messages", "top level", message("zzz = 1\n")),
        ("Messages", "[[field]]", message("[[field]]\nzzz = 1\n")),
        ("Messages", "choices", message("[[field]]\nchoices = [{ zzz = 1 }]\n")),
        ("Doc pages", "front matter", page("+++\nzzz = 1\n+++\n")),
        ("Navigation", "top level", navigation("zzz = 1\n")),
        ("Navigation", "[[section]]", navigation("[[section]]\nzzz = 1\n")),
        ("Site", "top level", site("zzz = 1\n")),
        ("Site", "[[contact]]", site("[[contact]]\nzzz = 1\n")),
        ("Command generators", "top level", command("zzz = 1\n")),
        (
            "Command generators",
            "production-when",
            command("production-when = { zzz = 1 }\n"),
        ),
        ("Command generators", "[[param]]", command("[[param]]\nzzz = 1\n")),
        (
            "Command generators",
            "choices",
            command("[[param]]\nchoices = [{ zzz = 1 }]\n"),
        ),
        (
            "Command generators",
            "[[param.warn]]",
            command("[[param]]\n[[param.warn]]\nzzz = 1\n"),
        ),
        ("Command generators", "[[step]]", command("[[step]]\nzzz = 1\n")),
        ("Command generators", "env", command("[[step]]\nenv = [{ zzz = 1 }]\n")),
        ("Command generators", "[value]", command("[value]\nzzz = 1\n")),
        (
            "Command generators",
            "[[value.check]]",
            command("[value]\nword = \"x\"\n[[value.check]]\nzzz = 1\n"),
        ),
        ("Decision wizards", "top level", wizard("zzz = 1\n")),
        ("Decision wizards", "[[serves]]", wizard("[[serves]]\nzzz = 1\n")),
        ("Decision wizards", "[[question]]", wizard("[[question]]\nzzz = 1\n")),
        (
            "Decision wizards",
            "[[question.option]]",
            wizard("[[question]]\n[[question.option]]\nzzz = 1\n"),
        ),
        (
            "Decision wizards",
            "[[question.rule]]",
            wizard("[[question]]\n[[question.rule]]\nzzz = 1\n"),
        ),
        ("Decision wizards", "[[outcome]]", wizard("[[outcome]]\nzzz = 1\n")),
        (
            "Decision wizards",
            "[[outcome.link]]",
            wizard("[[outcome]]\n[[outcome.link]]\nzzz = 1\n"),
        ),
        (
            "Decision wizards",
            "[[outcome.command]]",
            wizard("[[outcome]]\n[[outcome.command]]\nzzz = 1\n"),
        ),
        ("Tabletop drills", "top level", drill("zzz = 1\n")),
        ("Tabletop drills", "[[roles]]", drill("[[roles]]\nzzz = 1\n")),
        ("Tabletop drills", "[[injects]]", drill("[[injects]]\nzzz = 1\n")),
        (
            "Tabletop drills",
            "[[injects.commands]]",
            drill("[[injects]]\n[[injects.commands]]\nzzz = 1\n"),
        ),
        ("Tabletop drills", "[[decisions]]", drill("[[decisions]]\nzzz = 1\n")),
        (
            "Tabletop drills",
            "options",
            drill("[[decisions]]\noptions = [{ zzz = 1 }]\n"),
        ),
    ];
    let mut missing = Vec::new();
    let mut checked = 0;
    for (heading, table, message) in &probes {
        let part = section(&doc, heading);
        for key in allowed_keys(message) {
            checked += 1;
            if !names(part, &key) {
                missing.push(format!("{heading}, {table}: `{key}` (from: {message})"));
            }
        }
    }
    assert!(missing.is_empty(), "docs/authoring.md does not name: {missing:#?}");
    assert!(checked > 100, "only {checked} keys were read from the compilers");
}
