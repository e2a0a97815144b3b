use super::{SearchMessage, SearchResults};
use crate::browser::focus_control;
use crate::components::govuk::AddressNotices;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use runbook::search::view::{result_id, SearchView};

/// The search box's id.
pub const INPUT_ID: &str = "search-page-input";

/// The search page: what the address asked for that could not be used, the heading, the
/// search form (a GET form to `action`, the search page, so it works as a link would
/// without the app), the status line, a message and the results.
#[component]
pub fn SearchPage(
    /// The search page's address, for the form.
    action: String,
    /// What is in the search box.
    query: Signal<String>,
    /// What the address held that the page could not use.
    notices: Signal<Vec<String>>,
    view: Signal<SearchView>,
    /// The reader changed the search.
    on_query: Callback<String>,
) -> impl IntoView {
    let status = move || view.with(|v| v.status.clone());
    let message = Memo::new(move |_| view.with(|v| v.message.clone()));
    let message = move || message.get().map(|message| view! { <SearchMessage message=message/> });
    let results = Memo::new(move |_| view.with(|v| v.results.clone()));
    // From the box, the down arrow goes to the first result, if there is one.
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "ArrowDown" && view.with_untracked(|v| !v.results.is_empty()) {
            ev.prevent_default();
            focus_control(&result_id(0));
        }
    };
    let notices = move || {
        view! { <AddressNotices id="search-notices" title_id="search-notices-title" notices=notices.get()/> }
    };
    view! {
        {notices}
        <h1 class="heading-xl">"Search the runbook"</h1>
        <form class="search-form" role="search" aria-label="Results page" action=action method="get"
            on:submit=|ev| ev.prevent_default()>
            <label class="search-form__label" for=INPUT_ID>"Search for a word, a page or a command"</label>
            <p class="search-form__hint" id="search-page-hint">
                "Results appear as you type. Press the down arrow to move through them."
            </p>
            <input class="search-form__input" id=INPUT_ID type="search" name="q" autocomplete="off"
                spellcheck="false" aria-describedby="search-page-hint" aria-controls="search-results"
                value=query.get_untracked() prop:value=query
                on:input=move |ev| on_query.run(event_target_value(&ev)) on:keydown=on_keydown/>
        </form>
        <p class="search-status" role="status" aria-live="polite">{status}</p>
        {message}
        <SearchResults results=results.into() input_id=INPUT_ID/>
    }
}
