use crate::components::{Heading, WarningText};
use leptos::prelude::*;
use runbook::message::in_file::{DraftTemplate, InFileAdvice, InFileView, PLACEHOLDER_NOTE};

/// A message as the one-file runbook shows it (`runbook::message::in_file`): whom it is for
/// and in which scenarios, then its draft with a placeholder for each value to give and each
/// field's rules, or the runbook's reason not to send anything. Only the build draws it.
#[component]
pub fn MessageTemplate(view: InFileView) -> impl IntoView {
    let InFileView {
        anchor,
        title,
        groups,
        scenarios,
        advice,
    } = view;
    let title_id = format!("{anchor}--title");
    let labelled = title_id.clone();
    let section_id = anchor.clone();
    let groups = groups.join(", ");
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
    let advice = match advice {
        InFileAdvice::DoNotSend { reason_html } => view! {
            <WarningText>"Do not send a message. The runbook says why:"</WarningText>
            // Rendered by the build from the message's Markdown, every value escaped there.
            <div class="doc-body" inner_html=reason_html></div>
        }
        .into_any(),
        InFileAdvice::Draft(draft) => view! { <Draft draft=draft/> }.into_any(),
    };
    view! {
        <section class="message-template" id=section_id aria-labelledby=labelled>
            <Heading level=3 class="heading-l" id=title_id>{title}</Heading>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">"For"</dt>
                    <dd class="summary-list__value">{groups}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">"When"</dt>
                    <dd class="summary-list__value">{scenarios}</dd>
                </div>
            </dl>
            {advice}
        </section>
    }
}

/// A draft: how it is sent, its text with placeholders, and each field's rules.
#[component]
fn Draft(draft: DraftTemplate) -> impl IntoView {
    let DraftTemplate {
        channel,
        send_with,
        subject,
        body,
        fields,
    } = draft;
    let send_with = send_with.map(|l| {
        view! { " How to send it: " <a class="link" href=l.href>{l.label}</a> "." }
    });
    let subject = subject.map(|s| {
        view! { <p class="body">"Subject: " <strong class="message-template__subject">{s}</strong></p> }
    });
    let fields = fields
        .into_iter()
        .map(|f| {
            let rules = f.rules.into_iter().map(|r| view! { <li>{r}</li> }).collect_view();
            let default = f.default.map(|d| {
                view! { <p class="body">"Already in the message: " <q>{d}</q> " (change it if it is not right)."</p> }
            });
            view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">
                        <code>{f.placeholder}</code>
                        " "
                        {f.label}
                    </dt>
                    <dd class="summary-list__value">
                        {(!f.hint.is_empty()).then(|| view! { <p class="body">{f.hint}</p> })}
                        {(!f.example.is_empty()).then(|| view! { <p class="body">"For example: " <code>{f.example}</code></p> })}
                        {default}
                        <ul class="list list--bullet">{rules}</ul>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="body">
            "Sent as: " <strong>{channel}</strong> "."
            {send_with}
        </p>
        {subject}
        <pre class="code-block__pre message-template__text" tabindex="0" aria-label="The message"><code>{body}</code></pre>
        <p class="body">{PLACEHOLDER_NOTE}</p>
        <Heading level=4 class="heading-s">"Values to give"</Heading>
        <dl class="summary-list">{fields}</dl>
    }
}
