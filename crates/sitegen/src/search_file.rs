//! The search index as the files the search page fetches as a query needs them
//! (`runbook::search::parts`), in a folder named by a hash of them all, so a page never
//! mixes two builds' parts. Postcard, as the page data is (`crate::data_files`): smaller than
//! JSON, and the search app then carries no JSON decoder at all.

use anyhow::Result;
use runbook::bundle::Runbook;
use runbook::search::parts::Head;
use std::path::Path;

/// The `<meta name>` that tells the app where the folder is.
pub const META: &str = "runbook-search-index";

/// Writes `search-<hash>/` into `dist` and returns its name.
pub fn write(dist: &Path, runbook: &Runbook) -> Result<String> {
    crate::data_files::write_folder(dist, "search", &files(runbook)?)
}

/// Every file of the folder: its path inside it and its bytes.
pub fn files(runbook: &Runbook) -> Result<Vec<(String, Vec<u8>)>> {
    let parts = runbook::search::build_index(runbook).parts();
    let mut out = vec![(Head::PATH.to_string(), postcard::to_allocvec(&parts.head)?)];
    for (n, shard) in parts.shards.iter().enumerate() {
        out.push((Head::shard_path(n), postcard::to_allocvec(shard)?));
    }
    for (n, group) in parts.groups.iter().enumerate() {
        out.push((Head::group_path(n), postcard::to_allocvec(group)?));
    }
    Ok(out)
}
