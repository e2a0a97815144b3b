//! The search index as a content-hashed JSON file the app fetches on first use, so the first
//! page load stays small.

use crate::postbuild::fnv1a;
use anyhow::Result;
use runbook::bundle::Runbook;
use std::path::Path;

/// The `<meta name>` that tells the app where the index is.
pub const META: &str = "runbook-search-index";

/// Writes `search-index-<hash>.json` and returns its file name.
pub fn write(dist: &Path, runbook: &Runbook) -> Result<String> {
    let index = runbook::search::build_index(runbook);
    let json = serde_json::to_string(&index)?;
    for entry in std::fs::read_dir(dist)?.flatten() {
        let old = entry.file_name().to_string_lossy().into_owned();
        if old.starts_with("search-index-") && old.ends_with(".json") {
            std::fs::remove_file(entry.path())?;
        }
    }
    let name = format!("search-index-{:016x}.json", fnv1a(json.as_bytes()));
    std::fs::write(dist.join(&name), json)?;
    Ok(name)
}
