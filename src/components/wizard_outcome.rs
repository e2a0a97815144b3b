use crate::components::{CopyButton, DocBody, WizardSummary};
use crate::content;
use crate::{paths, wizard_glue};
use leptos::prelude::*;
use runbook::wizard::query::View;
use runbook::wizard::{page, record, Journey, Outcome, Service, Wizard};

/// The end of a journey: the decision, whether to stop the service, why (the answers, each
/// with a Change link), what to do next as a checklist, where to read more, pre-filled
/// commands, who to tell, and the decision as Markdown for the incident channel.
#[component]
pub fn WizardOutcome(
    /// The wizard answered.
    wizard: &'static Wizard,
    /// The outcome the core reached.
    outcome: &'static Outcome,
    /// The journey that reached it.
    journey: Journey,
) -> impl IntoView {
    let now = wizard_glue::now_minutes();
    let link = format!(
        "{}{}",
        wizard_glue::origin(),
        paths::wizard(&wizard.id, &page::view_query(wizard, &journey, None))
    );
    let markdown = record::markdown(wizard, &journey, now, Some(&link));
    let service = match outcome.service {
        Some(Service::Stop) => view! {
            <div class="warning-text" data-testid="service">
                <span class="warning-text__icon" aria-hidden="true">"!"</span>
                <strong class="warning-text__text">
                    <span class="visually-hidden">"Warning"</span>
                    "Stop the service: turn on maintenance mode."
                </strong>
            </div>
        }
        .into_any(),
        Some(Service::KeepRunning) => view! {
            <div class="inset-text" data-testid="service"><p class="body">"Keep the service running."</p></div>
        }
        .into_any(),
        None => view! {
            <div class="inset-text" data-testid="service"><p class="body">"This outcome does not say whether to stop the service."</p></div>
        }
        .into_any(),
    };
    let steps = (!outcome.steps.is_empty()).then(|| {
        view! {
            <h2 class="heading-m" id="next-steps">"Next steps"</h2>
            <div class="checkboxes" role="group" aria-labelledby="next-steps">
                {outcome
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, step)| {
                        let id = format!("step-{}", i + 1);
                        view! {
                            <div class="checkboxes__item">
                                <input class="checkboxes__input" type="checkbox" id=id.clone() prop:checked=false/>
                                <label class="label checkboxes__label" for=id>{step.clone()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        }
    });
    let links = (!outcome.links.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">"Read in the runbook"</h2>
            <ul class="list list--bullet" data-testid="doc-links">
                {outcome
                    .links
                    .iter()
                    .map(|l| view! { <li><a class="link" href=paths::doc_anchor(&l.slug, l.anchor.as_deref())>{l.label.clone()}</a></li> })
                    .collect_view()}
            </ul>
        }
    });
    let commands = (!outcome.commands.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">"Commands"</h2>
            <ul class="list list--bullet" data-testid="command-links">
                {outcome
                    .commands
                    .iter()
                    .map(|c| view! { <li><a class="link" href=paths::command(&c.generator, &c.params)>{c.label.clone()}</a></li> })
                    .collect_view()}
            </ul>
        }
    });
    let contacts = (!outcome.contacts.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">"Who to tell"</h2>
            <ul class="list list--bullet">
                {outcome.contacts.iter().map(|c| view! { <li><DocBody prose=c.clone()/></li> }).collect_view()}
            </ul>
        }
    });
    let wizards = (!outcome.wizards.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">"Decide next"</h2>
            <ul class="list list--bullet">
                {outcome
                    .wizards
                    .iter()
                    .filter_map(|id| Some((id, content::linked_wizard_title(id)?)))
                    .map(|(id, title)| view! { <li><a class="link" href=paths::wizard(id, "")>{title}</a></li> })
                    .collect_view()}
            </ul>
        }
    });
    let check_href = paths::wizard(&wizard.id, &page::view_query(wizard, &journey, Some(View::Check)));
    let tree_href = paths::wizard(&wizard.id, &page::view_query(wizard, &journey, Some(View::Tree)));
    view! {
        <article class="wizard-outcome" data-outcome=outcome.id.clone()>
            <span class="caption-l">{wizard.title.clone()}</span>
            <h1 class="heading-xl">{outcome.title.clone()}</h1>
            {service}
            <h2 class="heading-m">"Because you answered"</h2>
            <WizardSummary wizard=wizard journey=journey.clone()/>
            <DocBody prose=outcome.body.clone()/>
            {steps}
            {links}
            {commands}
            {contacts}
            {wizards}
            <h2 class="heading-m">"Record the decision"</h2>
            <p class="body">"Copy the answers, the outcome and the time (UTC) as Markdown, to paste into the incident channel."</p>
            <div class="wizard-record">
                <CopyButton text=markdown.clone() label="Copy decision as Markdown"/>
                <details class="details">
                    <summary class="details__summary">"Show the decision record"</summary>
                    <pre class="code-block__pre" tabindex="0" data-testid="decision-record">{markdown}</pre>
                </details>
            </div>
            <ul class="wizard-actions">
                <li><a class="link" href=check_href>"Check your answers"</a></li>
                <li><a class="link" href=tree_href>"See the whole decision tree"</a></li>
                <li><a class="link" href=paths::wizard(&wizard.id, "")>"Start again"</a></li>
            </ul>
        </article>
    }
}
