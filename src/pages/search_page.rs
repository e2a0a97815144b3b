//! The search page: results as you type, from the index fetched on first use; the core
//! matches and ranks (`runbook::search`) and writes the results (`search::markup`).
//!
//! Plain DOM, as the other pages with a form are (ARCHITECTURE.md): the page's frame is
//! drawn once, and each keystroke writes the status line, the message and the results, each
//! only if it changed. The query lives in the address (`?q=`), replaced as the reader types,
//! so a reload or a shared link shows the same results.

use crate::{browser, islands, location, paths, search_index};
use leptos::task::spawn_local;
use runbook::search::markup::{self, result_id, Index};
use runbook::search::{search, Found, SearchIndex};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, KeyboardEvent};

/// The page, the index once it has arrived, and what it last wrote.
struct SearchPage {
    root: Element,
    input: HtmlInputElement,
    index: Option<Result<Arc<SearchIndex>, String>>,
    drawn: [String; 3],
}

/// Draws the search page into `<main>`, fetches the index, and answers every keystroke.
pub fn wire() {
    browser::set_title("Search");
    let Some(main) = islands::element_by_id("main-content") else {
        return;
    };
    main.set_inner_html(&markup::page(&paths::href("/search")));
    let Some(input) = islands::control::<HtmlInputElement>("search-page-input") else {
        return;
    };
    let address = runbook::search::address::read(&location::search());
    show_notices(&main, &address.ignored);
    let query = address.query;
    input.set_value(&query);
    // Arriving with a query (a search from another page): the reader's next keys belong here.
    if !query.trim().is_empty() {
        let _ = input.focus();
    }
    let page = Rc::new(RefCell::new(SearchPage {
        root: main.into(),
        input: input.clone(),
        index: None,
        drawn: Default::default(),
    }));
    page.borrow_mut().draw();
    let loading = page.clone();
    spawn_local(async move {
        let loaded = search_index::load().await;
        let mut page = loading.borrow_mut();
        page.index = Some(loaded);
        page.draw();
    });
    listen(&input, "input", {
        let page = page.clone();
        move |_| {
            let mut page = page.borrow_mut();
            replace_url(&page.input.value());
            page.draw();
        }
    });
    listen(&input, "keydown", |ev| {
        if is_key(&ev, "ArrowDown") && focus_result(Some(0)) {
            ev.prevent_default();
        }
    });
    if let Some(results) = page.borrow().root.query_selector("#search-results").ok().flatten() {
        listen(&results, "keydown", move_through_results);
    }
    let page_form = page.borrow().root.query_selector("form").ok().flatten();
    if let Some(form) = page_form {
        listen(&form, "submit", |ev| ev.prevent_default());
    }
    search_in_place_from_header(page.clone());
    // Back and Forward between searches: the address says which.
    let on_popstate = Closure::<dyn Fn()>::new(move || {
        let mut page = page.borrow_mut();
        let address = runbook::search::address::read(&location::search());
        show_notices(&page.root, &address.ignored);
        page.input.set_value(&address.query);
        page.draw();
    });
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    on_popstate.forget();
}

impl SearchPage {
    /// Searches for what the box holds and writes what changed.
    fn draw(&mut self) {
        let query = self.input.value();
        let found = match &self.index {
            Some(Ok(index)) => search(index, &query),
            _ => Found::default(),
        };
        let (index, problem) = match &self.index {
            None => (Index::Loading, None),
            Some(Err(problem)) => (Index::Failed, Some(problem.as_str())),
            Some(Ok(_)) => (Index::Ready(&found), None),
        };
        let all = paths::href("/all");
        let parts = [
            markup::status(&query, &index),
            markup::message(&query, &index, problem, &all, &paths::home()),
            markup::results(&found.hits, &paths::href),
        ];
        for (i, (selector, html)) in [
            "[data-testid=\"search-status\"]",
            "[data-part=\"message\"]",
            "#search-results",
        ]
        .into_iter()
        .zip(parts)
        .enumerate()
        {
            if self.drawn[i] == html {
                continue;
            }
            if let Some(el) = self.root.query_selector(selector).ok().flatten() {
                // The status line is text; the others are the core's escaped HTML.
                if i == 0 {
                    el.set_text_content(Some(&html));
                } else {
                    el.set_inner_html(&html);
                }
            }
            self.drawn[i] = html;
        }
    }
}

/// What the address asked for that could not be used, said above the heading (the core's
/// banner, as on a wizard's and a generator's page); the banner of an earlier address goes.
fn show_notices(main: &Element, ignored: &[String]) {
    if let Some(old) = main
        .query_selector(&format!("[data-testid=\"{NOTICES}\"]"))
        .ok()
        .flatten()
    {
        old.remove();
    }
    let notices = runbook::govuk::address_notices(NOTICES, ignored);
    if !notices.is_empty() {
        let _ = main.insert_adjacent_html("afterbegin", &notices);
    }
}

/// The address notices' `data-testid`.
const NOTICES: &str = "search-notices";

fn listen(target: &Element, event: &str, handler: impl Fn(Event) + 'static) {
    let handler = Closure::<dyn Fn(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    handler.forget();
}

fn is_key(ev: &Event, key: &str) -> bool {
    ev.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.key() == key)
}

/// Focuses result `i`, or the search box for `None`; false if there is no such result.
fn focus_result(i: Option<usize>) -> bool {
    let id = i.map_or_else(|| "search-page-input".to_string(), result_id);
    islands::element_by_id(&id).is_some_and(|el| el.focus().is_ok())
}

/// The arrow keys move through the results, and up from the first back to the box.
fn move_through_results(ev: Event) {
    let current = leptos::prelude::document().active_element().and_then(|el| {
        el.id()
            .strip_prefix("search-result-")
            .and_then(|n| n.parse::<usize>().ok())
    });
    let Some(current) = current else { return };
    let moved = if is_key(&ev, "ArrowDown") {
        focus_result(Some(current + 1))
    } else if is_key(&ev, "ArrowUp") {
        focus_result(current.checked_sub(1))
    } else {
        return;
    };
    if moved || is_key(&ev, "ArrowDown") {
        ev.prevent_default();
    }
}

/// A search from the header while on this page stays on it: the query goes to the address
/// and this page's box, which takes focus, so the arrow keys and further typing work there.
fn search_in_place_from_header(page: Rc<RefCell<SearchPage>>) {
    let Some(form) = leptos::prelude::document()
        .query_selector("form.header-search")
        .ok()
        .flatten()
    else {
        return;
    };
    listen(&form, "submit", move |ev| {
        ev.prevent_default();
        let q = islands::control::<HtmlInputElement>("header-search-input")
            .map(|input| input.value())
            .unwrap_or_default();
        let encoded: String = js_sys::encode_uri_component(q.trim()).into();
        location::push(&paths::href(&format!("/search?q={encoded}")));
        let mut page = page.borrow_mut();
        show_notices(&page.root, &[]);
        page.input.set_value(q.trim());
        let _ = page.input.focus();
        page.draw();
    });
}

/// Keeps the address's `?q=` in step with the box, without adding to history.
fn replace_url(q: &str) {
    let Some(window) = web_sys::window() else { return };
    let encoded: String = js_sys::encode_uri_component(q).into();
    let url = if q.is_empty() {
        paths::href("/search")
    } else {
        paths::href(&format!("/search?q={encoded}"))
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
