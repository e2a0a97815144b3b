use super::summary_rows;
use crate::components::govuk::{InsetText, SummaryList, WarningText};
use crate::components::CopyButton;
use leptos::prelude::*;
use runbook::wizard::view::{Link, OutcomeView, ServiceAdvice};

/// The journey's outcome: what to do about the service and what a restore loses first, then
/// why, the next steps as a checklist, where the runbook says more, commands, who to tell,
/// what to decide next, and the decision record to copy.
#[component]
pub fn WizardOutcome(view: OutcomeView, caption: String) -> impl IntoView {
    let OutcomeView {
        id,
        title,
        service,
        data_loss,
        rows,
        body_html,
        steps,
        doc_links,
        command_links,
        contacts_html,
        decide_next,
        record,
        check,
        tree,
        start,
    } = view;
    let service = match service {
        ServiceAdvice::Stop => {
            view! { <WarningText testid="service">"Stop the service: turn on maintenance mode."</WarningText> }
                .into_any()
        }
        ServiceAdvice::KeepRunning => view! {
            <InsetText testid="service">
                <p class="body">"Keep the service running."</p>
            </InsetText>
        }
        .into_any(),
        ServiceAdvice::Unsaid => view! {
            <InsetText testid="service">
                <p class="body">"This outcome does not say whether to stop the service."</p>
            </InsetText>
        }
        .into_any(),
    };
    let data_loss = data_loss.map(|sentence| view! { <WarningText testid="data-lost">{sentence}</WarningText> });
    let steps = (!steps.is_empty()).then(|| {
        let items = steps
            .into_iter()
            .enumerate()
            .map(|(i, step)| {
                let id = format!("step-{}", i + 1);
                view! {
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" type="checkbox" id=id.clone()/>
                        <label class="label checkboxes__label" for=id>{step}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <h2 class="heading-m" id="next-steps">"Next steps"</h2>
            <div class="checkboxes" role="group" aria-labelledby="next-steps">{items}</div>
        }
    });
    let contacts = (!contacts_html.is_empty()).then(|| {
        // Runbook text the build rendered from the content's Markdown (`doc::prose`), every
        // value escaped there; the doc body's component over the document model replaces this.
        let items = contacts_html
            .into_iter()
            .map(|html| view! { <li><div class="doc-body" inner_html=html></div></li> })
            .collect_view();
        view! {
            <h2 class="heading-m">"Who to tell"</h2>
            <ul class="list list--bullet">{items}</ul>
        }
    });
    view! {
        <article class="wizard-outcome" data-outcome=id>
            <span class="caption-l">{caption}</span>
            <h1 class="heading-xl">{title}</h1>
            {service}
            {data_loss}
            <h2 class="heading-m">"Because you answered"</h2>
            <SummaryList rows=summary_rows(rows) testid="wizard-summary"/>
            // As the contacts above: rendered by the build from the outcome's Markdown.
            <div class="doc-body" inner_html=body_html></div>
            {steps}
            <LinkList heading="Read in the runbook" testid="doc-links" links=doc_links/>
            <LinkList heading="Commands" testid="command-links" links=command_links/>
            {contacts}
            <LinkList heading="Decide next" links=decide_next/>
            <h2 class="heading-m">"Record the decision"</h2>
            <p class="body">
                "Copy the answers, the outcome and the time (UTC) as Markdown, to paste into the incident channel."
            </p>
            <div class="wizard-record">
                <CopyButton text=record.clone() label="Copy decision as Markdown"/>
                <details class="details">
                    <summary class="details__summary">"Show the decision record"</summary>
                    <pre class="code-block__pre" tabindex="0" data-testid="decision-record">{record}</pre>
                </details>
            </div>
            <ul class="wizard-actions">
                <li><a class="link" href=check>"Check your answers"</a></li>
                <li><a class="link" href=tree>"See the whole decision tree"</a></li>
                <li><a class="link" href=start>"Start again"</a></li>
            </ul>
        </article>
    }
}

/// A heading and a list of links, if there are any.
#[component]
fn LinkList(heading: &'static str, links: Vec<Link>, #[prop(optional)] testid: Option<&'static str>) -> impl IntoView {
    (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|l| view! { <li><a class="link" href=l.href>{l.label}</a></li> })
            .collect_view();
        view! {
            <h2 class="heading-m">{heading}</h2>
            <ul class="list list--bullet" data-testid=testid>{items}</ul>
        }
    })
}
