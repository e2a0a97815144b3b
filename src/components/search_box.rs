use crate::paths;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The header's search form. Submitting loads the results page (a plain form, so it works
/// before the app has loaded), or updates it in place when it is already showing; `/` anywhere (except while
/// typing in a field) focuses the search box: the results page's own box if there is one.
#[component]
pub fn SearchBox() -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        if crate::location::route() != runbook::route::Route::Search {
            return;
        }
        ev.prevent_default();
        let q = input.get().map(|i| i.value()).unwrap_or_default();
        let q: String = js_sys::encode_uri_component(q.trim()).into();
        crate::location::push(&paths::href(&format!("/search?q={q}")));
    };
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(&ev) {
            return;
        }
        let doc = document();
        let target = doc
            .get_element_by_id("search-page-input")
            .or_else(|| doc.get_element_by_id("header-search-input"))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            ev.prevent_default();
            let _ = target.focus();
        }
    });
    view! {
        <form class="header-search" role="search" aria-label="Site" action=paths::href("/search") method="get" on:submit=submit>
            <label class="visually-hidden" for="header-search-input">"Search the runbook"</label>
            <input class="header-search__input" id="header-search-input" type="search" name="q" autocomplete="off" node_ref=input/>
            <button class="header-search__button" type="submit">"Search"</button>
        </form>
    }
}

fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}
