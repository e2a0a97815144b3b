use crate::browser;
use crate::paths;
use leptos::prelude::*;

/// Shown for any address the site does not have, including a page slug that does not exist.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    browser::set_title("Page not found");
    view! {
        <h1 class="heading-xl">"Page not found"</h1>
        <p class="body">"If you typed the web address, check it is correct."</p>
        <p class="body">"If you pasted the web address, check you copied the entire address."</p>
        <p class="body">
            "Go to the "<a class="link" href=paths::home()>"start of the runbook"</a>" to find the page you need."
        </p>
    }
}
