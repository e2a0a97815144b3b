use crate::components::govuk::ErrorMessage;
use leptos::prelude::*;

/// The control a [`FormField`] draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldControl {
    /// A text box: `input_type` is `text` or `date`.
    Input { input_type: &'static str },
    /// One of several, each a radio button.
    Radios(Vec<RadioItem>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RadioItem {
    pub id: String,
    pub value: String,
    pub label: String,
}

/// One field of a form, in the GOV.UK pattern, as a command generator and a message draw it:
/// label (a choice's legend), hint with an example, a note the form adds under the hint, the
/// error just before the control, and the control. The control is named `name`, so the form
/// is a real GET form whose fields are the page's address.
///
/// Drawn once: its value and error change in place, so the person typing keeps focus.
/// `data-field` is the browser tests' hook; nothing in the site looks elements up by it.
#[component]
pub fn FormField(
    /// The control's id (a radio's, with `-<n>`); the hint's and error's start with it.
    id: String,
    /// The control's name: the key it is sent and read under.
    name: String,
    label: String,
    hint: String,
    /// An example value, written after the hint as code; none when empty.
    example: String,
    control: FieldControl,
    /// What the control holds as first drawn (the text, or the value of the chosen radio).
    first_text: String,
    /// What it holds as the form changes.
    text: Signal<String>,
    error: Signal<Option<String>>,
    /// What the form says under the hint (a value's origin, how a time reads…).
    #[prop(optional, into)]
    note: ViewFn,
    /// The control now holds `value` (typed, or a radio chosen): `(name, value)`.
    on_input: Callback<(String, String)>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.with(Option::is_some) {
            true => format!("{hint_id} {error_id}"),
            false => hint_id.clone(),
        }
    };
    let has_error = move || error.with(Option::is_some);
    let message = {
        let error_id = error_id.clone();
        move || {
            error
                .get()
                .map(|e| view! { <ErrorMessage id=error_id.clone() message=e/> })
        }
    };
    let example = (!example.is_empty()).then(|| {
        view! {
            " For example, "
            <code class="code">{example}</code>
        }
    });
    let hint = view! {
        <div class="hint" id=hint_id.clone()>{hint}{example}</div>
        <div class="generator__note">{move || note.run()}</div>
    };
    let control = match control {
        FieldControl::Radios(radios) => {
            let items = radios
                .into_iter()
                .map(|r| {
                    let value = r.value.clone();
                    let chosen = first_text == r.value;
                    let checked = move || text.with(|t| *t == value);
                    let name_for_event = name.clone();
                    let chose =
                        move |ev: leptos::ev::Event| on_input.run((name_for_event.clone(), event_target_value(&ev)));
                    view! {
                        <div class="radios__item">
                            <input
                                class="radios__input"
                                type="radio"
                                id=r.id.clone()
                                name=name.clone()
                                value=r.value
                                checked=chosen
                                prop:checked=checked
                                on:change=chose
                            />
                            <label class="label radios__label" for=r.id>{r.label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="fieldset" aria-describedby=described>
                    <legend class="fieldset__legend">{label}</legend>
                    {hint}
                    {message}
                    <div class="radios">{items}</div>
                </fieldset>
            }
            .into_any()
        }
        FieldControl::Input { input_type } => {
            let name_for_event = name.clone();
            let typed = move |ev: leptos::ev::Event| on_input.run((name_for_event.clone(), event_target_value(&ev)));
            view! {
                <label class="label" for=id.clone()>{label}</label>
                {hint}
                {message}
                <input
                    class="input"
                    class:input--error=has_error
                    type=input_type
                    id=id.clone()
                    name=name.clone()
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby=described
                    value=first_text
                    prop:value=move || text.get()
                    on:input=typed
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="form-group" class:form-group--error=has_error data-field=name>
            {control}
        </div>
    }
}
