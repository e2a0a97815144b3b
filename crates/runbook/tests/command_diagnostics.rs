//! Mistakes that take more than one generator file to make, or many at once. Each single
//! mistake has its own fixture under `tests/fixtures/command/`, driven by `tests/fixtures.rs`.
#![cfg(feature = "compile")]

use runbook::command::compile_generators;
use runbook::content::known::Known;
use runbook::content::SourceFile;

fn known() -> Known {
    let mut k = Known::default();
    k.pages
        .insert("konduit".into(), ["usage".to_string(), "examples".to_string()].into());
    k
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
