//! Fetches the search index the first time search is used. The build writes it as a
//! content-hashed JSON file and names it in a `<meta name="runbook-search-index">`, so the
//! first page load stays small and the service worker can pre-cache it.

use runbook::search::SearchIndex;
use std::cell::RefCell;
use std::sync::Arc;

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
    let url = index_url().ok_or("This copy of the runbook was built without a search index.")?;
    let text = crate::browser::fetch_text(&url, "The search index").await?;
    serde_json::from_str(&text).map_err(|_| "The search index is damaged. Reload the page to try again.".to_string())
}

fn index_url() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=\"runbook-search-index\"]")
        .ok()??
        .get_attribute("content")
}
