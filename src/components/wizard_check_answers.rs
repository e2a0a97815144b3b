use crate::components::WizardSummary;
use crate::paths;
use leptos::prelude::*;
use runbook::wizard::{page, Current, Journey, Wizard};

/// GOV.UK "Check your answers": every answer on the path with a Change link, then on to
/// the outcome (or to the next question, if the path is not complete).
#[component]
pub fn WizardCheckAnswers(
    /// The wizard answered.
    wizard: &'static Wizard,
    /// The journey so far.
    journey: Journey,
) -> impl IntoView {
    let done = matches!(journey.current, Current::Outcome(_));
    let next = paths::wizard(&wizard.id, &page::view_query(wizard, &journey, None));
    let empty = journey.steps.is_empty();
    view! {
        <span class="caption-l">{wizard.title.clone()}</span>
        <h1 class="heading-xl">"Check your answers"</h1>
        {if empty {
            view! { <p class="body">"You have not answered any questions yet."</p> }.into_any()
        } else {
            view! { <WizardSummary wizard=wizard journey=journey.clone()/> }.into_any()
        }}
        {(!done).then(|| view! { <p class="body">"There are more questions to answer before the wizard can decide."</p> })}
        <a class="button" href=next data-testid="continue">{if done { "See the decision" } else { "Continue" }}</a>
        <p class="body wizard-start-again">
            <a class="link" href=paths::wizard(&wizard.id, "")>"Start again"</a>
        </p>
    }
}
