use crate::components::govuk::ErrorMessage;
use leptos::prelude::*;
use runbook::drill::report::view::Field;
use std::collections::HashMap;

/// What is typed in each of the report page's fields, a signal each, so the page reads and
/// clears them and the fields keep their place (and focus) while the report is drawn again.
/// Every signal is made at once, by the page: made by a field, it would go with the editor
/// it is drawn in when another report is shown.
#[derive(Clone, Copy)]
pub struct FieldValues(StoredValue<HashMap<Field, RwSignal<String>>>);

impl Default for FieldValues {
    fn default() -> Self {
        Self::new()
    }
}

impl FieldValues {
    pub fn new() -> Self {
        let signals = Field::ALL
            .into_iter()
            .map(|f| (f, RwSignal::new(String::new())))
            .collect();
        Self(StoredValue::new(signals))
    }

    /// The field's signal.
    pub fn of(self, field: Field) -> RwSignal<String> {
        // Every field has one (`new`); a new field without one is only empty.
        self.0
            .with_value(|m| m.get(&field).copied())
            .unwrap_or_else(|| RwSignal::new(String::new()))
    }
}

/// The core's error for each field that has one.
pub type FieldErrors = RwSignal<Vec<(Field, String)>>;

/// A text field of the report page (GOV.UK text input, or textarea with `rows`): its label,
/// its hint, and the error the core gave it, which its `aria-describedby` names after the hint.
#[component]
pub fn ReportTextField(
    field: Field,
    values: FieldValues,
    errors: FieldErrors,
    /// A textarea of this many rows, rather than an input.
    #[prop(optional)]
    rows: Option<u32>,
    /// The input's width class and autocomplete, when not a plain full-width field.
    #[prop(optional)]
    narrow: bool,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let id = field.id();
    let error_id = field.error_id();
    let hint_id = field.hint().map(|_| format!("{id}-hint"));
    let error = Memo::new(move |_| errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone())));
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = hint_id
                .iter()
                .map(String::as_str)
                .chain(error.with(Option::is_some).then_some(error_id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let value = values.of(field);
    let hint = field
        .hint()
        .map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> });
    let control = match rows {
        Some(rows) => view! {
            <textarea class="textarea" class:textarea--error=move || error.with(Option::is_some) id=id rows=rows
                spellcheck="false" aria-describedby=described_by
                prop:value=value on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        }
        .into_any(),
        None => view! {
            <input class="input" class:input--width-20=narrow class:input--error=move || error.with(Option::is_some)
                type="text" id=id autocomplete=autocomplete aria-describedby=described_by
                prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
        }
        .into_any(),
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id>{field.label()}</label>
            {hint}
            {move || error.get().map(|message| view! { <ErrorMessage id=error_id.clone() message=message/> })}
            {control}
        </div>
    }
}
