use super::MessageForm;
use crate::components::WarningText;
use leptos::prelude::*;
use runbook::message::view::{AdviceView, MessageView, PageLinks};

/// A message's page (`/messages/<id>`) as the build draws it: whom it is for, in which
/// scenarios, how it is sent, then its form and preview in a slot the messages app takes over;
/// or, where the runbook says not to send anything, its reason and no draft.
#[component]
pub fn MessagePage(
    view: MessageView,
    links: PageLinks,
    /// How the message is sent ("Email"…), or "Do not send".
    kind: &'static str,
    /// The message's id, which the slot names for the app.
    id: String,
    /// The reason not to send, as the build rendered it for this site's root.
    #[prop(optional)]
    reason_html: String,
) -> impl IntoView {
    let PageLinks {
        all,
        scenarios,
        send_with,
    } = links;
    let scenarios = scenarios
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            view! {
                {(i > 0).then_some(", ")}
                <a class="link" href=l.href>{l.label}</a>
            }
        })
        .collect_view();
    let send_with = send_with.map(|l| {
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">"How to send it"</dt>
                <dd class="summary-list__value"><a class="link" href=l.href>{l.label}</a></dd>
            </div>
        }
    });
    let groups = view.groups.join(", ");
    let title = view.title.clone();
    let advice = match &view.advice {
        AdviceView::DoNotSend { .. } => view! {
            <WarningText>"Do not send a message. The runbook says why:"</WarningText>
            // Rendered by the build from the message's Markdown, every value escaped there.
            <div class="doc-body message__reason" inner_html=reason_html></div>
        }
        .into_any(),
        AdviceView::Draft(_) => {
            let shown = RwSignal::new(view.clone());
            view! {
                <p class="body">
                    "Fill in each value. The message below changes as you type. When every value is given, copy it and send it."
                </p>
                <div id="message-form-slot" data-message=id>
                    <MessageForm
                        view=shown.into()
                        live=false
                        on_event=Callback::new(|_| {})
                        on_copied=Callback::new(|_| {})
                    />
                </div>
            }
            .into_any()
        }
    };
    view! {
        <a class="back-link" href=all>"All messages"</a>
        <span class="caption-l">"Message"</span>
        <h1 class="heading-xl">{title}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">"For"</dt>
                <dd class="summary-list__value">{groups}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"When"</dt>
                <dd class="summary-list__value">{scenarios}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Sent as"</dt>
                <dd class="summary-list__value">{kind}</dd>
            </div>
            {send_with}
        </dl>
        {advice}
    }
}
