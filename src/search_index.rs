//! Fetches the search index for the search page. The build writes it as a content-hashed
//! postcard file (crates/sitegen/src/search_file.rs) and names it in a
//! `<meta name="runbook-search-index">`; the service worker pre-caches it.

use runbook::search::SearchIndex;
use std::cell::RefCell;
use std::sync::Arc;

/// The `<meta name>` naming the index (crates/sitegen/src/search_file.rs).
const META: &str = "runbook-search-index";

thread_local! {
    static LOADED: RefCell<Option<Arc<SearchIndex>>> = const { RefCell::new(None) };
}

/// The index, fetched once per page load. The error is a sentence for the reader.
pub async fn load() -> Result<Arc<SearchIndex>, String> {
    if let Some(index) = LOADED.with(|l| l.borrow().clone()) {
        return Ok(index);
    }
    let index = Arc::new(fetch().await?);
    LOADED.with(|l| *l.borrow_mut() = Some(index.clone()));
    Ok(index)
}

async fn fetch() -> Result<SearchIndex, String> {
    let url = crate::browser::meta_content(META).ok_or("This copy of the runbook was built without a search index.")?;
    let bytes = crate::browser::fetch_bytes(&url, "The search index").await?;
    postcard::from_bytes(&bytes).map_err(|_| "The search index is damaged. Reload the page to try again.".to_string())
}
