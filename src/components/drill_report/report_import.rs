use super::{FieldErrors, FieldValues, ReportEvent, ReportTextField};
use crate::components::govuk::{ErrorSummary, Problem};
use leptos::prelude::*;
use runbook::drill::report::view::Field;

/// The form that imports a report exported before, to review it; its one problem is also
/// in an error summary above it, linking to the field.
#[component]
pub fn ReportImport(values: FieldValues, errors: FieldErrors, on_event: Callback<ReportEvent>) -> impl IntoView {
    let summary = move || {
        errors.with(|e| {
            e.iter().find(|(f, _)| *f == Field::ImportJson).map(|(f, message)| {
                let problems = vec![Problem {
                    field: Some(f.id().to_string()),
                    message: message.clone(),
                }];
                view! { <ErrorSummary id="import-error-summary" problems=problems/> }
            })
        })
    };
    view! {
        <section class="drill-print-hide" aria-labelledby="import-title">
            <h2 class="heading-l" id="import-title">"Import a report"</h2>
            {summary}
            <form class="drill-form" novalidate on:submit=move |ev| {
                ev.prevent_default();
                on_event.run(ReportEvent::Import);
            }>
                <ReportTextField field=Field::ImportJson values=values errors=errors rows=6/>
                <button type="submit" class="button button--secondary">"Import report"</button>
            </form>
        </section>
    }
}
