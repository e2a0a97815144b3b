use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that copies `text` exactly and says so, visibly and to screen readers.
#[component]
pub fn CopyButton(
    /// Exactly what goes on the clipboard.
    #[prop(into)]
    text: String,
    /// The button's visible label.
    #[prop(into, default = "Copy".to_string())]
    label: String,
    /// Extra words for screen readers, so several Copy buttons on a page are distinguishable.
    #[prop(into, default = String::new())]
    context: String,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move {
            set_status.set(browser::copy_and_say(&text).await.to_string());
        });
    };
    view! {
        <span class="copy">
            <button type="button" class="button button--secondary copy__button" on:click=copy>
                {label}
                {(!context.is_empty()).then(|| view! { <span class="visually-hidden">{format!(" {context}")}</span> })}
            </button>
            <span class="copy__status" role="status" aria-live="polite">{status}</span>
        </span>
    }
}
