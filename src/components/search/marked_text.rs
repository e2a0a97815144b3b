use leptos::prelude::*;
use runbook::search::view::Segment;

/// Text with the words a search found marked (`<mark>`).
#[component]
pub fn MarkedText(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| match s.marked {
            true => view! { <mark class="search-mark">{s.text}</mark> }.into_any(),
            false => s.text.into_any(),
        })
        .collect_view()
}
