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
    /// Called with the text once it is on the clipboard.
    #[prop(optional)]
    on_copied: Option<Callback<String>>,
    /// The page's main action (a primary button) rather than one Copy among many.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    // None until the first copy; then whether it worked.
    let (copied, set_copied) = signal(None::<bool>);
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move {
            let done = browser::copy_text(&text).await;
            set_copied.set(Some(done));
            if let (true, Some(on_copied)) = (done, on_copied) {
                on_copied.run(text);
            }
        });
    };
    let class = if primary {
        "button copy__button"
    } else {
        "button button--secondary copy__button"
    };
    let failed = move || copied.get() == Some(false);
    view! {
        <span class="copy">
            <button type="button" class=class on:click=copy>
                {label}
                {(!context.is_empty()).then(|| view! { <span class="visually-hidden">{format!(" {context}")}</span> })}
            </button>
            <span class="copy__status" class:copy__status--error=failed role="status" aria-live="polite">
                {move || match copied.get() {
                    None => None,
                    Some(true) => Some(view! { "Copied" }.into_any()),
                    Some(false) => Some(
                        view! { <span class="visually-hidden">"Error: "</span>{browser::COPY_FAILED} }.into_any(),
                    ),
                }}
            </span>
        </span>
    }
}
