use crate::components::govuk::{ErrorMessage, ErrorSummary, Problem};
use leptos::prelude::*;
use runbook::wizard::view::{Control, QuestionView};
use wasm_bindgen::JsCast;

/// A GOV.UK question page: the question as the page's heading, its hint, the error (in a
/// summary and beside the control), and the control.
///
/// The form is a real GET form whose fields are the wizard's address (`?question=answer`,
/// with the answers so far carried along), so it works as it stands, before the app has
/// loaded; once it has, Continue asks `on_answer` instead and the page changes in place.
#[component]
pub fn WizardQuestion(view: QuestionView, caption: String, on_answer: Callback<(String, String)>) -> impl IntoView {
    let QuestionView {
        id,
        text,
        hint,
        error,
        field,
        control,
        carried,
        tree,
        start,
    } = view;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = hint
        .as_ref()
        .map(|_| hint_id.as_str())
        .into_iter()
        .chain(error.as_ref().map(|_| error_id.as_str()))
        .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let has_error = error.is_some();
    let summary = error.clone().map(|message| {
        let problems = vec![Problem {
            field: Some(field.clone()),
            message,
        }];
        view! { <ErrorSummary id="error-summary" problems=problems/> }
    });
    let hint = hint.map(|h| view! { <div id=hint_id.clone() class="hint">{h}</div> });
    let message = error.map(|e| view! { <ErrorMessage id=error_id.clone() message=e/> });
    let caption = view! { <span class="caption-l">{caption}</span> };
    let control = match control {
        Control::DateTime { value } => view! {
            {caption}
            <h1 class="label-wrapper">
                <label class="label label--l" for=field.clone()>{text}</label>
            </h1>
            {hint}
            {message}
            <input
                class="input input--datetime"
                class:input--error=has_error
                type="text"
                id=field
                name=id.clone()
                value=value
                autocomplete="off"
                spellcheck="false"
                data-datetime=""
                aria-describedby=described
            />
        }
        .into_any(),
        Control::Radios { inline, options } => {
            let name = id.clone();
            let items = options
                .into_iter()
                .map(|o| {
                    view! {
                        <div class="radios__item">
                            <input
                                class="radios__input"
                                type="radio"
                                id=o.id.clone()
                                name=name.clone()
                                value=o.value
                                checked=o.checked
                            />
                            <label class="label radios__label" for=o.id>{o.label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="fieldset" aria-describedby=described>
                    <legend class="fieldset__legend fieldset__legend--l">
                        {caption}
                        <h1 class="fieldset__heading">{text}</h1>
                    </legend>
                    {hint}
                    {message}
                    <div class="radios" class:radios--inline=inline>{items}</div>
                </fieldset>
            }
            .into_any()
        }
    };
    let carried = carried
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view();
    let question = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // What the form holds now, read as the browser would send it: a choice made before
        // the app loaded counts too.
        let value = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            .and_then(|form| web_sys::FormData::new_with_form(&form).ok())
            .and_then(|data| data.get(&question).as_string())
            .unwrap_or_default();
        on_answer.run((question.clone(), value));
    };
    view! {
        {summary}
        <form class="wizard-question" method="get" novalidate data-question=id on:submit=submit>
            {carried}
            <div class="form-group" class:form-group--error=has_error>{control}</div>
            <button type="submit" class="button" data-testid="continue">"Continue"</button>
        </form>
        <p class="body wizard-tree-link">
            <a class="link" href=tree>"See the whole decision tree"</a>
        </p>
        <p class="body">
            <a class="link" href=start>"Start again"</a>
        </p>
    }
}
