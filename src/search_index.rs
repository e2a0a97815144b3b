//! Fetches the parts of the search index a query needs (`runbook::search::parts`). The build
//! writes them into a content-hashed folder (crates/sitegen/src/search_file.rs) and names
//! it in a `<meta name="runbook-search-index">`; the service worker pre-caches them all, so
//! search works offline. The core decides what a query needs (`lookup::find`); this module
//! only fetches it, and keeps what it fetched for the next keystroke.

use runbook::search::lookup::{self, Loaded, Need};
use runbook::search::parts::{Group, Head, Shard};
use runbook::search::Found;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::rc::Rc;

/// The `<meta name>` naming the folder (crates/sitegen/src/search_file.rs).
const META: &str = "runbook-search-index";

/// The head and the parts fetched so far, for this page load.
struct Index {
    folder: String,
    head: Head,
    loaded: Loaded,
}

thread_local! {
    static INDEX: RefCell<Option<Rc<RefCell<Index>>>> = const { RefCell::new(None) };
}

/// Fetches the head of the index, once per page load. The error is a sentence for the reader.
pub async fn load() -> Result<(), String> {
    index().await.map(|_| ())
}

async fn index() -> Result<Rc<RefCell<Index>>, String> {
    if let Some(index) = INDEX.with(|i| i.borrow().clone()) {
        return Ok(index);
    }
    let folder =
        crate::browser::meta_content(META).ok_or("This copy of the runbook was built without a search index.")?;
    let head: Head = decode(&crate::browser::fetch_bytes(&format!("{folder}{}", Head::PATH), WHAT).await?)?;
    let index = Rc::new(RefCell::new(Index {
        folder,
        head,
        loaded: Loaded::default(),
    }));
    INDEX.with(|i| *i.borrow_mut() = Some(index.clone()));
    Ok(index)
}

/// Answers `q`, fetching first the parts it needs that this page has not fetched yet (at
/// most two rounds, each fetched in parallel). The error is a sentence for the reader; the
/// next query tries the missing parts again.
pub async fn find(q: &str) -> Result<Found, String> {
    let index = index().await?;
    loop {
        let (folder, need) = {
            let index = index.borrow();
            match lookup::find(&index.head, &index.loaded, q) {
                Ok(found) => return Ok(found),
                Err(need) => (index.folder.clone(), need),
            }
        };
        let paths = match &need {
            Need::Shards(numbers) => numbers.iter().map(|&n| Head::shard_path(n)).collect(),
            Need::Groups(numbers) => numbers.iter().map(|&n| Head::group_path(n)).collect(),
        };
        let files = fetch_all(&folder, paths).await?;
        keep(&mut index.borrow_mut().loaded, need, files)?;
    }
}

/// Decodes the parts fetched for `need` and keeps them for this and later queries.
fn keep(loaded: &mut Loaded, need: Need, files: Vec<Vec<u8>>) -> Result<(), String> {
    match need {
        Need::Shards(numbers) => {
            for (n, bytes) in numbers.into_iter().zip(files) {
                loaded.add_shard(n, decode::<Shard>(&bytes)?);
            }
        }
        Need::Groups(numbers) => {
            for (n, bytes) in numbers.into_iter().zip(files) {
                loaded.add_group(n, decode::<Group>(&bytes)?);
            }
        }
    }
    Ok(())
}

/// What the messages call the files.
const WHAT: &str = "The search index";

/// Fetches the files in parallel: each starts at once, as a JavaScript promise.
async fn fetch_all(folder: &str, paths: Vec<String>) -> Result<Vec<Vec<u8>>, String> {
    use wasm_bindgen::JsValue;
    let pending = js_sys::Array::new();
    for path in paths {
        let url = format!("{folder}{path}");
        pending.push(&wasm_bindgen_futures::future_to_promise(async move {
            crate::browser::fetch_bytes(&url, WHAT)
                .await
                .map(|bytes| js_sys::Uint8Array::from(&bytes[..]).into())
                .map_err(|message| JsValue::from_str(&message))
        }));
    }
    let all = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all(&pending))
        .await
        .map_err(|message| message.as_string().unwrap_or_default())?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .map(|bytes| js_sys::Uint8Array::new(&bytes).to_vec())
        .collect())
}

fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|_| "The search index is damaged. Reload the page to try again.".to_string())
}
