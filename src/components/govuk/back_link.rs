use leptos::prelude::*;

/// GOV.UK's back link, at the top of a page reached in steps.
#[component]
pub fn BackLink(#[prop(into)] href: String) -> impl IntoView {
    view! { <a class="back-link" href=href data-testid="back-link">"Back"</a> }
}
