use crate::components::govuk::ErrorMessage;
use leptos::prelude::*;

/// One labelled text field of a GOV.UK form: its hint and its error (from the page's
/// signal) beside it, described by both. A text area where `rows` is given.
#[component]
pub fn IncidentField(
    /// The control's id (and its error's link from the error summary).
    id: &'static str,
    /// The name its value is read by.
    name: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    /// The value it starts with.
    #[prop(optional, into)]
    value: String,
    /// A text area of this many rows, rather than an input.
    #[prop(optional)]
    rows: Option<u32>,
    /// Its error, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Extra classes for the input (`input--width-20`).
    #[prop(optional)]
    width: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids: Vec<&str> = Vec::new();
            if hint.is_some() {
                ids.push(&hint_id);
            }
            if error.with(Option::is_some) {
                ids.push(&error_id);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let control = match rows {
        Some(rows) => view! {
            <textarea class="textarea" class:textarea--error=move || error.with(Option::is_some)
                id=id name=name rows=rows aria-describedby=described>{value}</textarea>
        }
        .into_any(),
        None => {
            let class = format!("input {}", width.unwrap_or_default());
            view! {
                <input class=class class:input--error=move || error.with(Option::is_some)
                    id=id name=name type="text" value=value autocomplete="off" aria-describedby=described/>
            }
            .into_any()
        }
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
            {control}
        </div>
    }
}
