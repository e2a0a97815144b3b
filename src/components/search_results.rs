use crate::paths;
use leptos::prelude::*;
use runbook::search::{Highlighted, Hit};
use wasm_bindgen::JsCast;

/// The id of result `i`'s link, for keyboard movement.
pub fn result_id(i: usize) -> String {
    format!("search-result-{i}")
}

/// Moves focus to result `i` (or the search box before the first). Returns whether it moved.
pub fn focus_result(i: Option<usize>) -> bool {
    let id = match i {
        Some(i) => result_id(i),
        None => "search-page-input".to_string(),
    };
    document()
        .get_element_by_id(&id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|el| el.focus().is_ok())
        .unwrap_or(false)
}

/// Search results, each linking to the exact section, with the matched words marked. Up and
/// Down move between results; Up from the first returns to the search box.
#[component]
pub fn SearchResults(
    /// The hits, best first, as the core ranked them.
    #[prop(into)]
    hits: Signal<Vec<Hit>>,
) -> impl IntoView {
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let current = document().active_element().and_then(|el| {
            el.id()
                .strip_prefix("search-result-")
                .and_then(|n| n.parse::<usize>().ok())
        });
        let Some(current) = current else { return };
        let moved = match ev.key().as_str() {
            "ArrowDown" => focus_result(Some(current + 1)),
            "ArrowUp" => focus_result(current.checked_sub(1)),
            _ => return,
        };
        if moved || ev.key() == "ArrowDown" {
            ev.prevent_default();
        }
    };
    view! {
        <ol class="search-results" id="search-results" on:keydown=on_key>
            {move || {
                hits.get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, hit)| {
                        let meta = if hit.context.is_empty() {
                            hit.kind.label().to_string()
                        } else {
                            format!("{}: section of “{}”", hit.kind.label(), hit.context)
                        };
                        view! {
                            <li class="search-result">
                                <a class="link search-result__link" id=result_id(i) href=paths::href(&hit.path)>
                                    {marked(&hit.title)}
                                </a>
                                <p class="search-result__meta">{meta}</p>
                                {(!hit.snippet.text.is_empty()).then(|| view! {
                                    <p class="search-result__snippet">{marked(&hit.snippet)}</p>
                                })}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}

fn marked(h: &Highlighted) -> AnyView {
    h.segments()
        .into_iter()
        .map(|(text, mark)| {
            let text = text.to_string();
            if mark {
                view! { <mark class="search-mark">{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
        .into_any()
}
