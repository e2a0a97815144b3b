use super::{ActionError, IncidentAction, Place};
use crate::browser;
use crate::components::govuk::ErrorMessage;
use leptos::prelude::*;

/// Imports a record exported as JSON: an open record becomes the incident here (when none
/// is open), a closed one is filed under past incidents. Its failure is said at the form.
#[component]
pub fn IncidentImportForm(
    #[prop(into)] failed: Signal<Option<ActionError>>,
    on_action: Callback<IncidentAction, bool>,
) -> impl IntoView {
    let import = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        browser::read_chosen_file(&ev, "file", move |text| {
            on_action.run(IncidentAction::Import(text));
        });
    };
    let error = move || {
        failed
            .get()
            .filter(|f| f.place == Place::Import)
            .map(|f| view! { <ErrorMessage id="incident-import-error" message=f.message/> })
    };
    view! {
        <form class="incident-form no-print" id="import" on:submit=import>
            <div class="form-group" class:form-group--error=move || failed.with(|f| f.as_ref().is_some_and(|f| f.place == Place::Import))>
                <label class="label" for="incident-import">"Import a record (JSON)"</label>
                <p class="hint" id="incident-import-hint">"A file exported from an incident record. An open record is not replaced: close it first."</p>
                {error}
                <input class="file-upload" id="incident-import" name="file" type="file" accept=".json,application/json" aria-describedby="incident-import-hint"/>
            </div>
            <button type="submit" class="button button--secondary">"Import"</button>
        </form>
    }
}
