use super::MarkedText;
use crate::browser::focus_control;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use runbook::search::view::{result_id, result_number, ResultView};

/// The results, best first: each a link to the page or section with the words found marked,
/// what it is, and a snippet. The arrow keys move between the links, and up from the first
/// back to the search box (`input_id`).
#[component]
pub fn SearchResults(results: Signal<Vec<ResultView>>, input_id: &'static str) -> impl IntoView {
    let on_keydown = move |ev: KeyboardEvent| {
        let current = document().active_element().and_then(|el| result_number(&el.id()));
        let Some(current) = current else { return };
        let target = match ev.key().as_str() {
            "ArrowDown" => Some(current + 1),
            "ArrowUp" => current.checked_sub(1),
            _ => return,
        };
        ev.prevent_default();
        let id = target.map_or_else(|| input_id.to_string(), result_id);
        focus_control(&id);
    };
    let items = move || {
        results
            .get()
            .into_iter()
            .map(|r| {
                let snippet = (!r.snippet.is_empty()).then(|| {
                    view! { <p class="search-result__snippet"><MarkedText segments=r.snippet/></p> }
                });
                view! {
                    <li class="search-result">
                        <a class="link search-result__link" id=r.id href=r.href>
                            <MarkedText segments=r.title/>
                        </a>
                        <p class="search-result__meta">{r.meta}</p>
                        {snippet}
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ol class="search-results" id="search-results" on:keydown=on_keydown>{items}</ol> }
}
