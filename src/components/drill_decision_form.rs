use leptos::prelude::*;
use runbook::drill::clock::format_elapsed;
use runbook::drill::view::DecisionCard;

/// A decision the players must make, as a GOV.UK radios question; the facilitator records
/// the team's choice with it.
#[component]
pub fn DrillDecisionForm(
    /// The open decision.
    card: DecisionCard,
    /// Called with the chosen option's id.
    on_record: Callback<String>,
) -> impl IntoView {
    let (chosen, set_chosen) = signal(None::<String>);
    let (error, set_error) = signal(false);
    let name = format!("decision-{}", card.id);
    let error_id = format!("decision-{}-error", card.id);
    let described = error_id.clone();
    let deadline = card
        .deadline_sim_ms
        .map(|d| format!("Deadline: {} on the incident clock.", format_elapsed(d)));
    let options = card
        .options
        .iter()
        .map(|o| {
            let id = format!("{name}-{}", o.id);
            let value = o.id.clone();
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=id.clone() name=name.clone() value=o.id.clone()
                        on:change=move |_| { set_chosen.set(Some(value.clone())); set_error.set(false); }/>
                    <label class="label radios__label" for=id>{o.label.clone()}</label>
                </div>
            }
        })
        .collect_view();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match chosen.get_untracked() {
            Some(option) => on_record.run(option),
            None => set_error.set(true),
        }
    };
    view! {
        <form class="drill-decision" data-testid="decision-form" data-decision=card.id.clone() on:submit=submit novalidate>
            <div class="form-group" class:form-group--error=move || error.get()>
                <fieldset class="fieldset" aria-describedby=move || error.get().then(|| described.clone())>
                    <legend class="fieldset__legend heading-s">{card.prompt.clone()}</legend>
                    {deadline.map(|d| view! { <p class="hint">{d}</p> })}
                    {move || error.get().then(|| view! {
                        <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Error: "</span>"Select the option the team chose"</p>
                    })}
                    <div class="radios">{options}</div>
                </fieldset>
            </div>
            <button type="submit" class="button">"Record the team's choice"</button>
        </form>
    }
}
