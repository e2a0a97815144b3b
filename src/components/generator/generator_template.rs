use super::command_output::CommandOutput;
use crate::components::Heading;
use leptos::prelude::*;
use runbook::command::in_file::{TemplateView, PLACEHOLDER_NOTE};
use runbook::command::view::OutputView;

/// A generator as the one-file runbook shows it (`runbook::command::in_file`): what it does,
/// where it acts, each value to give with its rules, the output with a placeholder for each
/// (drawn by the form's own `CommandOutput`, production warning included), and where the
/// live generator is on the site. Nothing here needs script: only the build draws it.
#[component]
pub fn GeneratorTemplate(view: TemplateView) -> impl IntoView {
    let TemplateView {
        anchor,
        title,
        description_html,
        acts_on,
        production,
        noun,
        params,
        output,
        docs,
        live,
    } = view;
    let title_id = format!("{anchor}--title");
    let labelled = title_id.clone();
    let section_id = anchor.clone();
    let params = params
        .into_iter()
        .map(|p| {
            let rules = p.rules.into_iter().map(|r| view! { <li>{r}</li> }).collect_view();
            let default = p.default.map(|d| {
                view! {
                    <p class="body">"Already in the " {noun} ": " <code>{d}</code> " (change it if it is not right)."</p>
                }
            });
            view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">
                        <code>{p.placeholder}</code>
                        " "
                        {p.label}
                    </dt>
                    <dd class="summary-list__value">
                        {(!p.hint.is_empty()).then(|| view! { <p class="body">{p.hint}</p> })}
                        {(!p.example.is_empty()).then(|| view! { <p class="body">"For example: " <code>{p.example}</code></p> })}
                        {default}
                        <ul class="list list--bullet">{rules}</ul>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let docs = (!docs.is_empty()).then(|| {
        let items = docs
            .into_iter()
            .map(|l| view! { <li><a class="link" href=l.href>{l.label}</a></li> })
            .collect_view();
        view! {
            <Heading level=4 class="heading-s">"Read in the runbook"</Heading>
            <ul class="list list--bullet">{items}</ul>
        }
    });
    let mut command = output;
    // Marked wherever it can act on production, whatever the defaults: the reader fills in
    // the values by hand, with no confirmation box to stop them.
    command.production = production;
    let output = Signal::stored(OutputView::Template {
        command,
        note: Some(PLACEHOLDER_NOTE),
    });
    view! {
        <section class="generator-template" id=section_id aria-labelledby=labelled>
            <Heading level=3 class="heading-l" id=title_id>{title}</Heading>
            <p class="body generator-template__acts">
                {production.then(|| view! { <strong class="tag tag--red">"Production"</strong> " " })}
                "Acts on: "
                {acts_on}
                "."
            </p>
            <div class="doc-body" inner_html=description_html></div>
            <Heading level=4 class="heading-s">"Values to give"</Heading>
            <dl class="summary-list">{params}</dl>
            <Heading level=4 class="heading-s">"The " {noun}</Heading>
            <CommandOutput
                output=output
                prefix=anchor
                confirmed=Signal::stored(false)
                copy_status=Signal::stored(None)
                confirm_error=Signal::stored(false)
                on_event=Callback::new(|_| {})
            />
            <p class="body">
                "The live generator checks each value and quotes it for you. On the runbook's site it is at "
                <code>{live}</code>
                "."
            </p>
            {docs}
        </section>
    }
}
