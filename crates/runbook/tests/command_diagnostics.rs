//! One small malformed generator per diagnostic, under `tests/fixtures/command/`: each must
//! be reported once, at the right line, in words that say what to fix.
#![cfg(feature = "compile")]

use runbook::command::compile_generators;
use runbook::content::known::Known;
use runbook::content::SourceFile;
use std::path::Path;

fn known() -> Known {
    let mut k = Known::default();
    k.pages
        .insert("konduit".into(), ["usage".to_string(), "examples".to_string()].into());
    k
}

fn fixture(name: &str) -> SourceFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/command/{name}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    SourceFile::new(format!("content/commands/{name}.toml"), text)
}

/// Compiles the fixture alone and expects exactly one diagnostic on `line` containing every
/// one of `words`.
fn check(name: &str, line: usize, words: &[&str]) {
    let file = fixture(name);
    let diagnostics = compile_generators(std::slice::from_ref(&file), &known()).expect_err(name);
    let all = diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n");
    assert_eq!(diagnostics.len(), 1, "{name}: expected one diagnostic, got:\n{all}");
    let d = &diagnostics[0];
    assert_eq!((d.file.as_str(), d.line), (file.path.as_str(), line), "{name}: {d}");
    for w in words {
        assert!(d.message.contains(w), "{name}: {d:?} lacks {w:?}");
    }
}

#[test]
fn template_and_parameter_mistakes() {
    check("unknown-param-in-template", 18, &["`fiel`", "not declared", "file"]);
    check("unused-param", 14, &["`extra`", "never used"]);
    check("duplicate-param", 14, &["`file`", "already used on line 7"]);
    check("bad-format", 16, &["format = \"compact\"", "`file`"]);
    check("bad-word", 16, &["argument must be", "{ param"]);
}

#[test]
fn patterns_defaults_and_examples() {
    check("bad-pattern", 13, &["pattern `[a-z`", "never closed"]);
    check(
        "default-fails-pattern",
        15,
        &["default `A.TAR`", "own check", "File must be lowercase."],
    );
    check("example-fails-pattern", 11, &["example `a tar`", "own check"]);
    check("pattern-without-error", 7, &["The parameter `file` has no `error`"]);
    check("choice-default-not-a-choice", 12, &["default `bash`", "one of: psql"]);
    check("bad-check-pattern", 18, &["pattern `(a|b)`", "groups"]);
}

#[test]
fn schema_mistakes() {
    check("unknown-key", 13, &["Unknown key `colour`", "label"]);
    check("missing-label", 7, &["The parameter `file` has no `label`"]);
    check("unknown-kind", 10, &["`kind = \"string\"`", "\"date-time\""]);
    check("misplaced-choices", 13, &["`choices` only applies to choice"]);
    check("unknown-warning", 14, &["\"yesterday\"", "older-than-days"]);
    check("no-output", 1, &["no output", "`[[step]]`"]);
    check("two-outputs", 1, &["more than one kind of output"]);
    check("id-differs-from-file-name", 1, &["`another-name`", "file name"]);
}

#[test]
fn command_structure_mistakes() {
    check("bad-program", 15, &["program `rm -rf`", "plain command name"]);
    check("bad-option", 16, &["option `f`", "start with `-`"]);
    check("bad-env-name", 15, &["`1BAD`", "not valid"]);
    check("production-when-unknown-param", 5, &["`namespace`", "does not have"]);
    // A right-to-left override in the text itself would reorder what a person sees.
    check(
        "invisible-literal",
        16,
        &["invisible formatting character (U+202E)", "remove it"],
    );
}

#[test]
fn remembered_meanings_and_text_warnings() {
    check("remember-on-choice", 14, &["`remember` does not apply to a choice"]);
    check("warn-without-pattern", 14, &["This warning has no `pattern`"]);
}

#[test]
fn a_meaning_is_one_kind_of_value_across_generators() {
    let text = |kind: &str, example: &str| {
        format!("id = \"ID\"\ntitle = \"T\"\ndescription = \"D\"\ntouches = \"none\"\ndocs = [\"konduit\"]\n\n[[param]]\nname = \"day\"\nlabel = \"Day\"\nkind = \"{kind}\"\nexample = \"{example}\"\nhelp = \"H\"\nremember = \"restore-date\"\n\n[value]\nword = {{ param = \"day\" }}\n")
    };
    let a = SourceFile::new("content/commands/a.toml", text("date", "2026-05-22").replace("ID", "a"));
    let b = SourceFile::new("content/commands/b.toml", text("text", "x").replace("ID", "b"));
    let d = compile_generators(&[a, b], &known()).unwrap_err();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].file.as_str(), d[0].line), ("content/commands/b.toml", 7));
    assert!(
        d[0].message
            .contains("`day` in content/commands/a.toml, which is a date; this parameter is text"),
        "{}",
        d[0].message
    );
}

#[test]
fn doc_references() {
    check("bad-doc-link", 5, &["`konduit#nope`", "usage"]);
    check("broken-link-in-description", 6, &["gone"]);
}

#[test]
fn ids_are_unique_across_files() {
    let a = SourceFile::new("content/commands/a.toml", "id = \"a\"\ntitle = \"A\"\ndescription = \"D\"\ntouches = \"none\"\ndocs = [\"konduit\"]\nchecklist = [\"x\"]\n");
    let b = SourceFile::new("content/commands/b/a.toml", a.text.clone());
    let d = compile_generators(&[a, b], &known()).unwrap_err();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].file.as_str(), d[0].line), ("content/commands/b/a.toml", 1));
    assert!(d[0].message.contains("already used by content/commands/a.toml"));
}

#[test]
fn a_file_with_many_problems_reports_them_all() {
    let text = "id = \"many\"\ntitle = \"\"\ndescription = \"D\"\ntouches = \"staging\"\ndocs = [\"gone\"]\nchecklist = [\"x\"]\n";
    let d = compile_generators(&[SourceFile::new("content/commands/many.toml", text)], &known()).unwrap_err();
    let lines: Vec<usize> = d.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![2, 4, 5], "{d:?}");
}
