//! `sitegen schemas <dir>` (`make schemas`): writes the content's JSON Schemas
//! (`runbook::content::schema`) as `<dir>/<kind>.schema.json`, the files `.taplo.toml` names.
//! They are committed, and a test fails when they differ from what the types generate.

use anyhow::{Context, Result};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// Each schema's file name and text: pretty JSON, keys sorted, so a change to a type is a
/// small diff whatever order serde_json keeps maps in.
pub fn rendered() -> Result<Vec<(String, String)>> {
    runbook::content::schema::all()
        .into_iter()
        .map(|s| {
            let text = serde_json::to_string_pretty(&sorted(s.schema.to_value()))?;
            Ok((format!("{}.schema.json", s.name), text + "\n"))
        })
        .collect()
}

/// Writes every schema into `dir`.
pub fn write(dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    rendered()?
        .into_iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            Ok(path)
        })
        .collect()
}

fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect::<Map<_, _>>())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}
