use super::{ActionError, IncidentAction, IncidentField, Place, PriorityFieldset};
use crate::components::govuk::{ErrorMessage, ErrorSummary, Problem};
use leptos::prelude::*;
use runbook::incident::form::{error_for, Field, FieldError, PriorityFields, StartFields};
use runbook::incident::ScenarioRef;

/// The incident page with no incident open: what the record is, then "Start an
/// incident": a short name, the scenario if it is known, when it started (UTC,
/// now if left empty) and the priority. The build draws it with the page (it reads and can
/// be filled in before the app loads, and says the record needs JavaScript); the app draws
/// it again in place, keeping what was typed.
#[component]
pub fn IncidentStartForm(
    /// The runbook's scenarios (pages with a Contact section), for the select.
    scenarios: Vec<ScenarioRef>,
    /// The time field's value to begin with: now, in UTC (empty in the build's page).
    #[prop(into)]
    started: String,
    /// The form's mistakes, each at its field and in the summary.
    #[prop(into)]
    errors: Signal<Vec<FieldError>>,
    /// What went wrong saving, said at the button.
    #[prop(into)]
    failed: Signal<Option<ActionError>>,
    on_action: Callback<IncidentAction, bool>,
    /// Drawn by the build: it says the record needs JavaScript (the app draws it without).
    #[prop(optional)]
    before_the_app: bool,
) -> impl IntoView {
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(form) = crate::browser::submitted_form(&ev) else {
            return;
        };
        let _kept = on_action.run(IncidentAction::Start(StartFields {
            name: form.get("name"),
            scenario: form.get("scenario"),
            started: form.get("started"),
            priority: PriorityFields {
                level: form.get("level"),
                data_gone: form.get("data-gone"),
                how_easy: form.get("how-easy"),
                users: form.get("users"),
            },
        }));
    };
    let summary = move || {
        let problems: Vec<Problem> = errors.with(|e| {
            e.iter()
                .map(|e| Problem {
                    field: Some(e.field.id().to_string()),
                    message: e.message.clone(),
                })
                .collect()
        });
        (!problems.is_empty()).then(|| view! { <ErrorSummary id="error-summary" problems=problems/> })
    };
    let error = move |field: Field| Signal::derive(move || errors.with(|e| error_for(e, field)));
    let scenario_error = error(Field::Scenario);
    let options = scenarios
        .into_iter()
        .map(|s| view! { <option value=s.slug>{s.title}</option> })
        .collect_view();
    let save_failed = move || {
        failed
            .get()
            .filter(|f| f.place == Place::Start)
            .map(|f| view! { <ErrorMessage id="incident-start-error" message=f.message/> })
    };
    view! {
        <h1 class="heading-xl">"Incident record"</h1>
        <p class="lead">"During a real incident, keep a record of what was decided, run and said, each with its time in UTC. While an incident is open, every page shows it in a banner, and the decisions you reach, the commands you copy and the steps you tick are added to it."</p>
        {summary}
        <form class="incident-form" id="start-incident" on:submit=submit novalidate>
            <h2 class="heading-l">"Start an incident"</h2>
            {before_the_app.then(|| view! {
                <div class="warning-text">
                    <span class="warning-text__icon" aria-hidden="true">"!"</span>
                    <p class="warning-text__text">
                        <span class="visually-hidden">"Warning"</span>
                        " The incident record is kept by your browser, and needs JavaScript. If this note stays, JavaScript is off: write down what you decide and run, with the time in UTC. The runbook’s pages work without it."
                    </p>
                </div>
            })}
            <IncidentField id=Field::Name.id() name="name" label="Short name"
                hint="For example: Database deleted on registration day. It shows on every page while the incident is open."
                error=error(Field::Name)/>
            <div class="form-group" class:form-group--error=move || scenario_error.with(Option::is_some)>
                <label class="label" for=Field::Scenario.id()>"Scenario, if you know it"</label>
                {move || scenario_error.get().map(|m| view! { <ErrorMessage id="incident-scenario-error" message=m/> })}
                <select class="select" id=Field::Scenario.id() name="scenario">
                    <option value="" selected>"Not known yet"</option>
                    {options}
                </select>
            </div>
            <IncidentField id=Field::Started.id() name="started" label="When it started, in UTC" width="input--width-20"
                hint="For example 2026-05-22 14:30. Leave it empty for now."
                value=started error=error(Field::Started)/>
            <PriorityFieldset fields=PriorityFields::default() errors=errors legend="Priority"/>
            {save_failed}
            <button type="submit" class="button">"Start the incident"</button>
        </form>
    }
}
