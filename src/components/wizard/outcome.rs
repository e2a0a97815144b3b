use super::outcome_advice::OutcomeAdvice;
use super::summary_rows;
use crate::components::govuk::SummaryList;
use crate::components::CopyButton;
use leptos::prelude::*;
use runbook::wizard::view::OutcomeView;

/// The journey's outcome: what it advises (`OutcomeAdvice`) with the answers that led to it,
/// and the decision record to copy.
#[component]
pub fn WizardOutcome(view: OutcomeView, caption: String) -> impl IntoView {
    let OutcomeView {
        id,
        title,
        advice,
        rows,
        record,
        check,
        tree,
        start,
    } = view;
    view! {
        <article class="wizard-outcome" data-outcome=id>
            <span class="caption-l">{caption}</span>
            <h1 class="heading-xl">{title}</h1>
            <OutcomeAdvice advice=advice>
                <h2 class="heading-m">"Because you answered"</h2>
                <SummaryList rows=summary_rows(rows) testid="wizard-summary"/>
            </OutcomeAdvice>
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
