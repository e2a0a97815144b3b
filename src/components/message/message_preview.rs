use crate::components::CopyButton;
use leptos::prelude::*;
use runbook::message::view::PreviewView;
use runbook::message::Span;

/// A message as far as its values make it: the subject line (an email's) and the text, each
/// value marked and each value still to give a `<FIELD>` placeholder; then Copy once every
/// field has a value that passes its checks, or what is missing. The build draws it with no
/// Copy (`live` false): without the app, the text is there to select.
#[component]
pub fn MessagePreview(
    preview: Signal<PreviewView>,
    /// The message's title, so a screen reader tells its Copy button from others.
    title: String,
    /// Whether the page's app runs: only then is Copy offered.
    live: bool,
    /// Called with the exact text once it is on the clipboard.
    on_copied: Callback<String>,
) -> impl IntoView {
    let spans = |spans: Vec<Span>| {
        spans
            .into_iter()
            .map(|span| match span {
                Span::Text(t) => t.into_any(),
                Span::Value { text, .. } => view! { <strong class="generator__value">{text}</strong> }.into_any(),
                Span::Missing { placeholder, .. } => {
                    view! { <strong class="message__missing">{placeholder}</strong> }.into_any()
                }
            })
            .collect_view()
    };
    let subject = move || {
        preview.with(|p| p.subject.clone()).map(|s| {
            view! { <p class="body message__subject">"Subject: " {spans(s)}</p> }
        })
    };
    let body = move || spans(preview.with(|p| p.body.clone()));
    // Drawn afresh only when the text to copy changes, which also clears what the last Copy said.
    let copy = Memo::new(move |_| preview.with(|p| p.copy.clone()));
    let pending = move || preview.with(|p| p.pending.clone());
    let action = move || match (live, copy.get()) {
        (true, Some(text)) => view! {
            <div class="generator__copy">
                <CopyButton text=text label="Copy message" context=title.clone() on_copied=on_copied primary=true/>
            </div>
        }
        .into_any(),
        _ => pending()
            .map(|why| view! { <p class="body generator__pending">{why}</p> })
            .into_any(),
    };
    view! {
        {subject}
        <pre class="code-block__pre message__text" tabindex="0" aria-label="The message"><code>{body}</code></pre>
        {action}
    }
}
