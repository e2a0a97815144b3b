//! The content's JSON Schemas (`schemas/`, for Taplo and Even Better TOML): what is committed
//! is what the compilers' types generate; they accept every file in `content/`; they reject
//! each malformed fixture whose mistake is one of shape (an unknown key, a value of the wrong
//! type, a required key left out); and `.taplo.toml` hands each kind of file its schema.

use jsonschema::Validator;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn validators() -> BTreeMap<String, Validator> {
    runbook::content::schema::all()
        .into_iter()
        .map(|s| {
            let validator = jsonschema::validator_for(&s.schema.to_value())
                .unwrap_or_else(|e| panic!("the {} schema is not a valid schema: {e}", s.name));
            (s.name.to_string(), validator)
        })
        .collect()
}

/// The schema a content file is read with, by where it is in a content folder.
fn kind_of(path: &Path) -> Option<&'static str> {
    let name = path.file_name()?.to_str()?;
    let folder = path.parent()?.file_name()?.to_str()?;
    match (folder, name) {
        (_, "site.toml") => Some("site"),
        (_, "nav.toml") => Some("nav"),
        ("commands", n) if n.ends_with(".toml") => Some("command"),
        ("wizards", n) if n.ends_with(".toml") => Some("wizard"),
        ("drills", n) if n.ends_with(".toml") => Some("drill"),
        ("docs", n) if n.ends_with(".md") => Some("front-matter"),
        _ => None,
    }
}

/// The file's TOML as JSON (a page's front matter, for a page); `None` when it is not TOML
/// at all, which is the parser's to say, not the schema's.
fn as_json(kind: &str, text: &str) -> Option<Value> {
    let toml = if kind == "front-matter" {
        let rest = text.strip_prefix("+++\n")?;
        &rest[..rest.find("\n+++")? + 1]
    } else {
        text
    };
    toml::from_str::<Value>(toml).ok()
}

/// The schema's complaints about a file, or `None` when it cannot be read as TOML.
fn complaints(validators: &BTreeMap<String, Validator>, kind: &str, text: &str) -> Option<Vec<String>> {
    let json = as_json(kind, text)?;
    Some(validators[kind].iter_errors(&json).map(|e| e.to_string()).collect())
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flat_map(|entry| {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path)
            } else {
                vec![path]
            }
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_committed_schemas_are_what_the_types_generate() {
    let dir = root().join("schemas");
    let rendered = sitegen::schemas::rendered().unwrap();
    for (name, text) in &rendered {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        // Compared as JSON: serde_json may keep keys in another order in another build.
        let parse = |t: &str| serde_json::from_str::<Value>(t).ok();
        assert!(
            parse(&committed).is_some() && parse(&committed) == parse(text),
            "schemas/{name} is not what the types generate: run `make schemas` and commit it"
        );
    }
    let mut written: Vec<String> = files(&dir)
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_string))
        .collect();
    written.sort();
    let mut expected: Vec<String> = rendered.into_iter().map(|(name, _)| name).collect();
    expected.sort();
    assert_eq!(written, expected, "schemas/ holds exactly the generated schemas");
}

#[test]
fn the_schemas_say_what_each_key_is_and_which_are_required() {
    let schemas: BTreeMap<_, _> = runbook::content::schema::all()
        .into_iter()
        .map(|s| (s.name, s.schema.to_value()))
        .collect();
    let command = &schemas["command"];
    assert_eq!(
        command["additionalProperties"],
        Value::Bool(false),
        "unknown keys are refused"
    );
    let required: Vec<&str> = command["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(required, ["id", "title", "description", "touches"]);
    assert!(command["properties"]["touches"]["description"]
        .as_str()
        .unwrap()
        .contains("`production`, `local` or `none`"));
    assert!(
        schemas["front-matter"]["properties"].get("last-reviewed").is_some(),
        "keys are kebab-case"
    );
    let difficulty = serde_json::to_string(&schemas["drill"]).unwrap();
    assert!(
        difficulty.contains("\"introductory\""),
        "a drill's difficulty is one of its values"
    );
}

#[test]
fn the_schemas_accept_every_file_in_content() {
    let validators = validators();
    let mut checked = 0;
    for path in files(&root().join("content")) {
        let Some(kind) = kind_of(&path) else { continue };
        let text = std::fs::read_to_string(&path).unwrap();
        let complaints = complaints(&validators, kind, &text).unwrap_or_else(|| panic!("{} is TOML", path.display()));
        assert!(complaints.is_empty(), "{}: {complaints:#?}", path.display());
        checked += 1;
    }
    assert!(checked > 30, "every content file: {checked}");
}

/// Fixtures whose key is required only for some kinds of table (`error` with a `pattern`, a
/// yes/no question's `no`, an email's `subject`, a choice field's `choices`): the schema knows no kinds, so the build alone says these.
const REQUIRED_BY_KIND: [&str; 10] = [
    "message/time-without-zone",
    "message/no-body",
    "message/missing-example",
    "message/missing-channel",
    "command/pattern-without-error",
    "message/choice-without-choices",
    "message/email-without-subject",
    "command/warn-without-pattern",
    "wizard/date-without-otherwise",
    "wizard/yes-no-without-no",
];

#[test]
fn the_schemas_reject_each_fixture_whose_mistake_is_one_of_shape() {
    let validators = validators();
    let fixtures = root().join("crates/runbook/tests/fixtures");
    let mut rejected = Vec::new();
    for expected in files(&fixtures)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "expected"))
    {
        let said = std::fs::read_to_string(&expected).unwrap();
        let case = expected.with_extension("");
        let name = case
            .strip_prefix(&fixtures)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let of_shape =
            said.contains("Unknown key `") || said.contains(", but it must be ") || said.contains(" has no `");
        if !of_shape || REQUIRED_BY_KIND.contains(&name.as_str()) {
            continue;
        }
        // A fixture is one file (`command/x.toml`) or a content folder (`content/x/`).
        let candidates = if case.is_dir() {
            files(&case)
        } else {
            vec![case.with_extension("toml")]
        };
        let kind_dir = name.split('/').next().unwrap();
        let refused = candidates.iter().any(|file| {
            let kind = match kind_dir {
                "command" | "wizard" | "drill" | "message" => Some(kind_dir),
                _ => kind_of(file),
            };
            let Some(kind) = kind else { return false };
            let text = std::fs::read_to_string(file).unwrap();
            complaints(&validators, kind, &text).is_some_and(|c| !c.is_empty())
        });
        assert!(
            refused,
            "the schema accepts {name}, which the build refuses with: {said}"
        );
        rejected.push(name);
    }
    for name in REQUIRED_BY_KIND {
        assert!(fixtures.join(format!("{name}.toml")).is_file(), "{name} is a fixture");
    }
    assert!(rejected.len() >= 8, "fixtures of shape: {rejected:?}");
}

#[test]
fn taplo_hands_each_kind_of_toml_file_its_schema() {
    let config: toml::Table = toml::from_str(&std::fs::read_to_string(root().join(".taplo.toml")).unwrap()).unwrap();
    let rules = config["rule"].as_array().unwrap();
    for schema in runbook::content::schema::all() {
        let path = format!("schemas/{}.schema.json", schema.name);
        let rule = rules.iter().find(|r| r["schema"]["path"].as_str() == Some(&path));
        if schema.files.is_empty() {
            assert!(rule.is_none(), "{path} describes no TOML file an editor opens");
            continue;
        }
        let rule = rule.unwrap_or_else(|| panic!(".taplo.toml has no rule for {path}"));
        let include: Vec<&str> = rule["include"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        assert_eq!(include, schema.files, "the files {path} describes");
    }
}
