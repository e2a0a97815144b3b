use crate::components::govuk::{InsetText, WarningText};
use crate::components::Heading;
use leptos::prelude::*;
use runbook::wizard::view::{Advice, Link, ServiceAdvice};

/// What an outcome advises: what to do about the service and what a restore loses first,
/// then `children` (a journey's answers), why, the next steps as a checklist, where the
/// runbook says more, commands, who to tell and the messages ready for them, and what to
/// decide next. A journey's outcome
/// page and the walk through every step both draw it.
#[component]
pub fn OutcomeAdvice(
    advice: Advice,
    /// Put before the ids of the checklist and its heading, so that several outcomes can
    /// share a page: `""` on an outcome's own page.
    #[prop(optional, into)]
    id_prefix: String,
    /// The level of its headings ("Next steps"…): 2 under an outcome's own `<h1>`, the
    /// default; one below the step's heading where the outcome sits deeper.
    #[prop(optional)]
    heading_level: Option<u8>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let Advice {
        service,
        data_loss,
        body_html,
        steps,
        doc_links,
        command_links,
        contacts_html,
        message_links,
        decide_next,
    } = advice;
    let level = heading_level.unwrap_or(2);
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
        let heading_id = format!("{id_prefix}next-steps");
        let items = steps
            .into_iter()
            .enumerate()
            .map(|(i, step)| {
                let id = format!("{id_prefix}step-{}", i + 1);
                view! {
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" type="checkbox" id=id.clone()/>
                        <label class="label checkboxes__label" for=id>{step}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <Heading level=level class="heading-m" id=heading_id.clone()>"Next steps"</Heading>
            <div class="checkboxes" role="group" aria-labelledby=heading_id>{items}</div>
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
            <Heading level=level class="heading-m">"Who to tell"</Heading>
            <ul class="list list--bullet">{items}</ul>
        }
    });
    view! {
        {service}
        {data_loss}
        {children.map(|c| c())}
        // As the contacts above: rendered by the build from the outcome's Markdown.
        <div class="doc-body" inner_html=body_html></div>
        {steps}
        <LinkList heading="Read in the runbook" level=level testid="doc-links" links=doc_links/>
        <LinkList heading="Commands" level=level testid="command-links" links=command_links/>
        {contacts}
        <LinkList heading="Messages to send" level=level links=message_links/>
        <LinkList heading="Decide next" level=level links=decide_next/>
    }
}

/// A heading and a list of links, if there are any.
#[component]
fn LinkList(
    heading: &'static str,
    level: u8,
    links: Vec<Link>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|l| view! { <li><a class="link" href=l.href>{l.label}</a></li> })
            .collect_view();
        view! {
            <Heading level=level class="heading-m">{heading}</Heading>
            <ul class="list list--bullet" data-testid=testid>{items}</ul>
        }
    })
}
