use super::message_field::MessageField;
use super::message_preview::MessagePreview;
use crate::components::govuk::{ErrorSummary, Problem};
use leptos::prelude::*;
use runbook::message::view::{self, AdviceView, MessageView, PreviewView};

/// What a person did with a message's form, for the page that keeps its state
/// (`crate::message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageEvent {
    /// A field now holds `value` (typed, or a radio chosen).
    Input { name: String, value: String },
    /// "Check the message" (or Enter in a field): every problem shows.
    Submit,
}

/// A message's draft: the error summary, a field per value to give, a button that checks
/// them, and the message as it will be copied under "Your message", with Copy.
///
/// The fields are drawn once and change in place, so typing never loses focus; the preview
/// changes with every keystroke. The form is a real GET form whose fields are the message's
/// address, so submitted before the app has loaded, it opens the page with those values.
/// Nothing for a message the runbook says not to send: its page says why instead.
#[component]
pub fn MessageForm(
    view: Signal<MessageView>,
    /// Whether the page's app runs (the build draws it with `false`): only then is Copy
    /// offered.
    live: bool,
    on_event: Callback<MessageEvent>,
    /// Called with the exact text once Copy has put it on the clipboard.
    on_copied: Callback<String>,
) -> impl IntoView {
    let first = view.get_untracked();
    let AdviceView::Draft(draft) = &first.advice else {
        return ().into_any();
    };
    let prefix = first.prefix.clone();
    let summary_id = view::summary_id(&prefix);
    let fields = (0..draft.fields.len())
        .map(|index| view! { <MessageField view=view index=index on_event=on_event/> })
        .collect_view();
    let problems = Memo::new(move |_| {
        view.with(|v| match &v.advice {
            AdviceView::Draft(d) => d.problems.clone(),
            AdviceView::DoNotSend { .. } => Vec::new(),
        })
    });
    let summary = move || {
        let problems = problems.get();
        (!problems.is_empty()).then(|| {
            let problems = problems
                .into_iter()
                .map(|p| Problem {
                    field: Some(p.target),
                    message: p.message,
                })
                .collect();
            view! { <ErrorSummary id=summary_id.clone() problems=problems/> }
        })
    };
    let preview = Signal::derive(move || {
        view.with(|v| match &v.advice {
            AdviceView::Draft(d) => d.preview.clone(),
            AdviceView::DoNotSend { .. } => PreviewView {
                subject: None,
                body: Vec::new(),
                copy: None,
                pending: None,
            },
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_event.run(MessageEvent::Submit);
    };
    let title_id = format!("{prefix}-preview-title");
    view! {
        <div class="generator message">
            <div>{summary}</div>
            <form class="generator__form" method="get" novalidate aria-label=format!("Values for: {}", first.title) on:submit=submit>
                {fields}
                <button type="submit" class="button button--secondary">"Check the message"</button>
            </form>
            <div class="generator__output">
                <h2 class="heading-m" id=title_id>"Your message"</h2>
                <MessagePreview preview=preview title=first.title.clone() live=live on_copied=on_copied/>
            </div>
        </div>
    }
    .into_any()
}
