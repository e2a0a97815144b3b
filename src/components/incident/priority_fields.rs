use super::IncidentField;
use leptos::prelude::*;
use runbook::incident::form::{error_for, Field, FieldError, PriorityFields};

/// The priority's fields: its level, as the incident process sets it, and for a data loss
/// the runbook's three factors (`content/docs/data-loss.md`, "Setting the priority").
#[component]
pub fn PriorityFieldset(
    /// What the fields hold to begin with.
    fields: PriorityFields,
    /// The form's mistakes, each shown at its field.
    #[prop(into)]
    errors: Signal<Vec<FieldError>>,
    /// The fieldset's legend.
    legend: &'static str,
) -> impl IntoView {
    let error = move |field: Field| Signal::derive(move || errors.with(|e| error_for(e, field)));
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend fieldset__legend--m">{legend}</legend>
            <IncidentField id=Field::Level.id() name="level" label="Priority level" width="input--width-10"
                hint="As the incident process sets it, for example P1."
                value=fields.level error=error(Field::Level)/>
            <p class="body">"For a loss of data the priority depends on three things. Leave them empty if no data is lost."</p>
            <IncidentField id=Field::DataGone.id() name="data-gone" label="The data that’s gone" rows=2
                value=fields.data_gone error=error(Field::DataGone)/>
            <IncidentField id=Field::HowEasy.id() name="how-easy" label="How easy it is to replace" rows=2
                value=fields.how_easy error=error(Field::HowEasy)/>
            <IncidentField id=Field::Users.id() name="users" label="How many users it will affect" rows=2
                value=fields.users error=error(Field::Users)/>
        </fieldset>
    }
}
