use leptos::prelude::*;

/// GOV.UK inset text: a point set apart from the text around it.
#[component]
pub fn InsetText(#[prop(optional)] testid: Option<&'static str>, children: Children) -> impl IntoView {
    view! { <div class="inset-text" data-testid=testid>{children()}</div> }
}
