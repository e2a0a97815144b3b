use super::summary_rows;
use crate::components::govuk::SummaryList;
use leptos::prelude::*;
use runbook::wizard::view::CheckView;

/// "Check your answers": each answer with a way to change it, then on to the decision.
#[component]
pub fn CheckAnswers(view: CheckView, caption: String) -> impl IntoView {
    let CheckView {
        rows,
        done,
        next,
        tree,
        start,
    } = view;
    let answers = if rows.is_empty() {
        view! { <p class="body">"You have not answered any questions yet."</p> }.into_any()
    } else {
        view! { <SummaryList rows=summary_rows(rows) testid="wizard-summary"/> }.into_any()
    };
    view! {
        <span class="caption-l">{caption}</span>
        <h1 class="heading-xl">"Check your answers"</h1>
        {answers}
        {(!done).then(|| view! {
            <p class="body">"There are more questions to answer before the wizard can decide."</p>
        })}
        <a class="button" href=next data-testid="continue">{if done { "See the decision" } else { "Continue" }}</a>
        <p class="body wizard-start-again">
            <a class="link" href=start>"Start again"</a>
        </p>
        <p class="body wizard-tree-link">
            <a class="link" href=tree>"See the whole decision tree"</a>
        </p>
    }
}
