use crate::browser;
use crate::components::{focus_result, SearchResults};
use crate::paths;
use crate::search_index;
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::search::{search, Found, SearchIndex};
use std::sync::Arc;

/// Search results as you type, for `/search?q=…`. The index is fetched on first use; the
/// core does the matching and ranking.
#[component]
pub fn SearchPage() -> impl IntoView {
    browser::set_title("Search");
    let (q, set_q) = signal(crate::location::param_untracked("q").unwrap_or_default());
    // A search from the header box (here or on another page) lands in this page's box, with
    // focus, so the arrow keys and further typing work from there.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let from_url = crate::location::param("q").unwrap_or_default();
        set_q.set(from_url);
    });
    let mut arrived_with_query = !q.get_untracked().trim().is_empty();
    Effect::new(move |_| {
        crate::location::search();
        let Some(input) = input.get() else { return };
        // Arriving from a search on another page (a page load), or searching from the header
        // while here: either way the reader's next keys belong in this box.
        let from_header = document()
            .active_element()
            .is_some_and(|el| el.id() == "header-search-input");
        if from_header || std::mem::take(&mut arrived_with_query) {
            let _ = input.focus();
        }
    });
    search_in_place_from_header();
    let index: RwSignal<Option<Result<Arc<SearchIndex>, String>>> = RwSignal::new(None);
    spawn_local(async move {
        let loaded = search_index::load().await;
        index.try_set(Some(loaded));
    });
    let found = Memo::new(move |_| match index.get() {
        Some(Ok(i)) => search(&i, &q.get()),
        _ => Found::default(),
    });
    let hits = Memo::new(move |_| found.with(|f| f.hits.clone()));
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        replace_url(&value);
        set_q.set(value);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "ArrowDown" && focus_result(Some(0)) {
            ev.prevent_default();
        }
    };
    let status = move || {
        let text = q.get();
        let text = text.trim();
        match index.get() {
            None => "Loading the search index…".to_string(),
            Some(Err(_)) => "Search is not available.".to_string(),
            Some(Ok(_)) if text.is_empty() => {
                "Type a word to search every page, wizard, command and drill.".to_string()
            }
            Some(Ok(_)) => match found.with(|f| (f.total, f.hits.len())) {
                (0, _) => format!("No results for “{text}”"),
                (1, _) => format!("1 result for “{text}”"),
                (n, shown) if shown < n => {
                    format!("{n} results for “{text}”, the best {shown} shown: add a word to narrow them")
                }
                (n, _) => format!("{n} results for “{text}”"),
            },
        }
    };
    view! {
        <h1 class="heading-xl">"Search the runbook"</h1>
        <form class="search-form" role="search" aria-label="Results page" action=paths::href("/search") method="get" on:submit=|ev| ev.prevent_default()>
            <label class="search-form__label" for="search-page-input">"Search for a word, a page or a command"</label>
            <p class="search-form__hint" id="search-page-hint">"Results appear as you type. Press the down arrow to move through them."</p>
            <input
                class="search-form__input"
                id="search-page-input"
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-page-hint"
                aria-controls="search-results"
                prop:value=q
                node_ref=input
                on:input=on_input
                on:keydown=on_key
            />
        </form>
        <p class="search-status" role="status" aria-live="polite" data-testid="search-status">{status}</p>
        {move || match index.get() {
            Some(Err(message)) => view! {
                <div class="search-error" data-testid="search-error">
                    <p class="body">{message}</p>
                    <p class="body">
                        "You can still read every page: go to "
                        <a class="link" href=paths::href("/all")>"the whole runbook on one page"</a>
                        " or the "<a class="link" href=paths::home()>"start of the runbook"</a>"."
                    </p>
                </div>
            }
            .into_any(),
            Some(Ok(_)) if hits.get().is_empty() && !q.get().trim().is_empty() => view! {
                <div class="search-empty">
                    <p class="body">"Check the spelling, try fewer or different words, or browse "
                        <a class="link" href=paths::href("/all")>"the whole runbook on one page"</a>"."</p>
                </div>
            }
            .into_any(),
            _ => ().into_any(),
        }}
        <SearchResults hits=hits/>
    }
}

/// The header's search form is a plain form that loads this page; while this page is on
/// screen it updates the results in place instead (a new history entry, no reload).
fn search_in_place_from_header() {
    use wasm_bindgen::JsCast;
    let Some(form) = document().query_selector("form.header-search").ok().flatten() else {
        return;
    };
    let submit = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
        ev.prevent_default();
        let q = crate::islands::element_by_id("header-search-input")
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        let q: String = js_sys::encode_uri_component(q.trim()).into();
        crate::location::push(&paths::href(&format!("/search?q={q}")));
    });
    let _ = form.add_event_listener_with_callback("submit", submit.as_ref().unchecked_ref());
    // The page is never unmounted, so the listener lives as long as it.
    submit.forget();
}

/// Keeps the address in step with the box, so a search can be shared or reloaded, without
/// adding a history entry per keystroke.
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
