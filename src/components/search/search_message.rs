use leptos::prelude::*;
use runbook::search::view::Message;

/// What to do when the search cannot help: every page can still be read, and the whole
/// runbook on one page can be searched with the browser's own Find.
#[component]
pub fn SearchMessage(message: Message) -> impl IntoView {
    let all_link = |all: String| view! { <a class="link" href=all>"the whole runbook on one page"</a> };
    match message {
        Message::Unavailable { problem, all, home } => view! {
            <div class="search-error">
                <p class="body">{problem}</p>
                <p class="body">
                    "You can still read every page: go to " {all_link(all)} " or the "
                    <a class="link" href=home>"start of the runbook"</a> "."
                </p>
            </div>
        }
        .into_any(),
        Message::NoMatches { all } => view! {
            <div class="search-empty">
                <p class="body">
                    "Check the spelling, try fewer or different words, or browse " {all_link(all)} "."
                </p>
            </div>
        }
        .into_any(),
        Message::BeforeTheApp { all } => view! {
            <div class="search-empty">
                <p class="body">
                    "Results appear here as you type, once the page has loaded. To find a word without "
                    "the search, open " {all_link(all)} " and use your browser’s Find (Ctrl+F, or ⌘F on a Mac)."
                </p>
            </div>
        }
        .into_any(),
    }
}
