//! Page bodies, fetched as files the first time a page is shown (the app embeds only the
//! navigation and headings, so its size does not grow with the runbook). The service worker
//! pre-caches every file, so this works offline too.

use crate::content;
use crate::paths;
use runbook::doc::Doc;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

thread_local! {
    static LOADED: RefCell<BTreeMap<String, Rc<Doc>>> = const { RefCell::new(BTreeMap::new()) };
    /// The static copy a doc route's HTML arrived with: (slug, body HTML). Shown while the
    /// body file loads, so the first paint is not replaced by a loading message.
    static PRERENDERED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Keeps the prerendered body of `slug` for [`take_prerendered`].
pub fn keep_prerendered(slug: String, html: String) {
    PRERENDERED.with(|p| *p.borrow_mut() = Some((slug, html)));
}

/// The prerendered body HTML for `slug`, once (it was rendered by the core's escaping HTML
/// renderer at build time, so it holds no markup from content).
pub fn take_prerendered(slug: &str) -> Option<String> {
    PRERENDERED.with(|p| {
        let mut p = p.borrow_mut();
        match p.as_ref() {
            Some((s, _)) if s == slug => p.take().map(|(_, html)| html),
            _ => None,
        }
    })
}

/// The body of the page `slug`. The error is a sentence for the reader.
pub async fn load(slug: &str) -> Result<Rc<Doc>, String> {
    if let Some(doc) = LOADED.with(|l| l.borrow().get(slug).cloned()) {
        return Ok(doc);
    }
    let Some(file) = content::page_files().get(slug) else {
        // Built with bodies inline (no split): the embedded page is the whole page.
        let doc = crate::content::site()
            .page(slug)
            .map(|p| p.doc.clone())
            .unwrap_or_default();
        return Ok(Rc::new(doc));
    };
    let text = crate::browser::fetch_text(&paths::href(&format!("/{file}")), "This page").await?;
    let doc: Doc =
        serde_json::from_str(&text).map_err(|_| "This page's file is damaged. Reload to try again.".to_string())?;
    let doc = Rc::new(doc);
    LOADED.with(|l| l.borrow_mut().insert(slug.to_string(), doc.clone()));
    Ok(doc)
}
