use leptos::prelude::*;

/// A GOV.UK error message beside a field, with the id its field's `aria-describedby` names.
#[component]
pub fn ErrorMessage(#[prop(into)] id: String, #[prop(into)] message: String) -> impl IntoView {
    view! {
        <p class="error-message" id=id>
            <span class="visually-hidden">"Error: "</span>
            {message}
        </p>
    }
}
