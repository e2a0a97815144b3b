//! The search page: results as you type, from the index fetched on first use. The core
//! matches, ranks and says what the page shows (`runbook::search::view`); the search
//! components draw it (`components::search`).
//!
//! The build draws the page with its form (`prerender::search`), so it shows, and takes
//! typing, before this app has loaded; the app then draws it again in place, keeping what
//! was typed and the focus. The query lives in the address (`?q=`), replaced as the reader
//! types, so a reload or a shared link shows the same results.

use crate::components::search::{SearchPage, INPUT_ID};
use crate::{browser, location, paths, search_index, static_page};
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::search::view::{self, Index, Links, SearchView};
use runbook::search::{search, SearchIndex};
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The index: not yet arrived, arrived, or the sentence saying why it could not be had.
type Loaded = Option<Result<Arc<SearchIndex>, String>>;

/// Draws the search page into `<main>`, fetches the index, and answers every keystroke.
pub fn wire() {
    browser::set_title("Search");
    let Some(main) = static_page::element_by_id("main-content") else {
        return;
    };
    let address = runbook::search::address::read(&location::search());
    // What the reader typed into the build's form before the app loaded wins over the address.
    let typed = static_page::control::<HtmlInputElement>(INPUT_ID)
        .map(|input| input.value())
        .filter(|typed| !typed.is_empty());
    let arrived_with_query = !address.query.trim().is_empty();
    if let Some(typed) = &typed {
        location::replace_query(&search_query(typed));
    }
    let query = RwSignal::new(typed.unwrap_or(address.query));
    let notices = RwSignal::new(address.ignored);
    let index = RwSignal::new(None::<Result<Arc<SearchIndex>, String>>);
    let shown = Memo::new(move |_| query.with(|q| index.with(|i| page_view(q, i))));
    let on_query = Callback::new(move |q: String| {
        location::replace_query(&search_query(&q));
        query.set(q);
    });
    let action = paths::href("/search");
    static_page::take_over(main, move || {
        view! {
            <SearchPage action=action query=query.into() notices=notices.into() view=shown.into() on_query=on_query/>
        }
    });
    // Arriving with a query (a search from another page): the reader's next keys belong here.
    if arrived_with_query {
        browser::focus_control(INPUT_ID);
    }
    spawn_local(async move {
        index.set(Some(search_index::load().await));
    });
    // Back and Forward between searches: the address says which.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let address = runbook::search::address::read(&location::search());
        notices.set(address.ignored);
        query.set(address.query);
    });
    // The listener lives as long as the page.
    std::mem::forget(popstate);
    search_in_place_from_header(query, notices);
}

/// What the page shows for `query`, with the index where it is.
fn page_view(query: &str, loaded: &Loaded) -> SearchView {
    let index = match loaded {
        None => Index::Loading,
        Some(Err(problem)) => Index::Failed(problem),
        Some(Ok(index)) => {
            let found = search(index, query);
            return view::view(query, &Index::Ready(&found), &links());
        }
    };
    view::view(query, &index, &links())
}

fn links() -> Links<'static> {
    Links {
        href: &paths::href,
        all: paths::href("/all"),
        home: paths::home(),
    }
}

/// The search page's query for `q`: none for an empty box.
fn search_query(q: &str) -> Vec<(String, String)> {
    match q.is_empty() {
        true => Vec::new(),
        false => vec![("q".to_string(), q.to_string())],
    }
}

/// A search from the header while on this page stays on it: the query goes to the address
/// and this page's box, which takes focus, so the arrow keys and further typing work there.
fn search_in_place_from_header(query: RwSignal<String>, notices: RwSignal<Vec<String>>) {
    let Some(form) = document().query_selector("form.header-search").ok().flatten() else {
        return;
    };
    let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.prevent_default();
        let q = static_page::control::<HtmlInputElement>("header-search-input")
            .map(|input| input.value().trim().to_string())
            .unwrap_or_default();
        let encoded: String = js_sys::encode_uri_component(&q).into();
        location::push(&paths::href(&format!("/search?q={encoded}")));
        notices.set(Vec::new());
        query.set(q);
        browser::focus_control(INPUT_ID);
    });
    let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_submit.forget();
}
