use leptos::prelude::*;
use runbook::wizard::view::{BrokenView, BROKEN};

/// Only hand-edited data gets here: compiled wizards are checked for missing nodes.
#[component]
pub fn Broken(view: BrokenView, caption: String) -> impl IntoView {
    view! {
        <span class="caption-l">{caption}</span>
        <h1 class="heading-xl">{BROKEN}</h1>
        <p class="body">
            {format!(
                "Its data refers to “{}”, which it does not have. Use the runbook's pages instead, and tell the runbook's owners.",
                view.node,
            )}
        </p>
        <p class="body">
            <a class="link" href=view.start>"Start again"</a>
            " or "
            <a class="link" href=view.home>"go to the start of the runbook"</a>
            "."
        </p>
    }
}
