use super::{ConsoleEvent, DecisionDeadline};
use crate::components::govuk::ErrorMessage;
use leptos::prelude::*;
use runbook::drill::view::DecisionCard;

/// What a decision recorded with no option chosen says.
pub const CHOOSE_AN_OPTION: &str = "Select the option the team chose";

/// An open decision as a form: its prompt and deadline, an option per radio, and the
/// runbook's answer beside it for the facilitator. The option chosen is kept here until it
/// is recorded, whatever else the console redraws; recording none is an error on the field
/// until an option is chosen.
#[component]
pub fn ConsoleDecision(
    card: DecisionCard,
    /// The runbook's answer, for the facilitator's eyes.
    expected: String,
    /// The incident clock has passed its deadline.
    overdue: Signal<bool>,
    /// The decision was recorded with no option chosen.
    unanswered: Signal<bool>,
    on_event: Callback<ConsoleEvent>,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<String>);
    let id = card.id.clone();
    let name = format!("decision-{id}");
    let error_id = format!("decision-{id}-error");
    let show_error = move || unanswered.get() && chosen.with(Option::is_none);
    let radios = card
        .options
        .iter()
        .map(|o| {
            let input_id = format!("decision-{id}-{}", o.id);
            let value = o.id.clone();
            let choose = move |_| chosen.set(Some(value.clone()));
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=input_id.clone() name=name.clone() value=o.id.clone()
                        on:change=choose/>
                    <label class="label radios__label" for=input_id>{o.label.clone()}</label>
                </div>
            }
        })
        .collect_view();
    let record = {
        let decision = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            on_event.run(ConsoleEvent::Decide {
                decision: decision.clone(),
                option: chosen.get_untracked(),
            });
        }
    };
    let message = {
        let error_id = error_id.clone();
        move || show_error().then(|| view! { <ErrorMessage id=error_id.clone() message=CHOOSE_AN_OPTION/> })
    };
    view! {
        <div class="drill-card">
            <form class="drill-decision" data-testid="decision-form" data-decision=id novalidate on:submit=record>
                <div class="form-group" class:form-group--error=show_error>
                    <fieldset class="fieldset" aria-describedby=move || show_error().then(|| error_id.clone())>
                        <legend class="fieldset__legend heading-s">{card.prompt.clone()}</legend>
                        <DecisionDeadline card=card overdue=overdue/>
                        {message}
                        <div class="radios">{radios}</div>
                    </fieldset>
                </div>
                <button type="submit" class="button">"Record the team's choice"</button>
            </form>
            <p class="inset-text drill-secret" data-testid="open-expected">
                <strong>"Runbook answer (facilitator only): "</strong>
                {expected}
            </p>
        </div>
    }
}
