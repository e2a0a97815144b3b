//! The search index as a content-hashed file the search page fetches, so no other page
//! loads it. It is postcard, as the apps' embedded content is (`src/page_files.rs`): smaller
//! than JSON, and the search app then carries no JSON decoder at all.

// Cache-busting file names are named by a hash of their content (not for security).
use anyhow::Result;
use runbook::bundle::Runbook;
use runbook::hash::fnv1a;
use std::path::Path;

/// The `<meta name>` that tells the app where the index is.
pub const META: &str = "runbook-search-index";

/// Writes `search-index-<hash>.bin` and returns its file name.
pub fn write(dist: &Path, runbook: &Runbook) -> Result<String> {
    let index = runbook::search::build_index(runbook);
    let bytes = postcard::to_allocvec(&index)?;
    let name = format!("search-index-{:016x}.bin", fnv1a(&bytes));
    std::fs::write(dist.join(&name), bytes)?;
    Ok(name)
}
