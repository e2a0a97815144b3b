use leptos::prelude::*;
use runbook::command::{Param, ParamKind};

/// One labelled field of a command generator, in the GOV.UK pattern: label (or legend),
/// hint with an example, the error message beside the field, then the control.
#[component]
pub fn GeneratorField(
    /// The parameter this field sets.
    param: &'static Param,
    /// The field's id; radios use `{id}-0`, `{id}-1`… so the first is `{id}-0`.
    id: String,
    /// What the field holds now.
    #[prop(into)]
    value: Signal<String>,
    /// The error to show beside the field, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Called with the field's new text on every input event.
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let group_class = move || {
        if error.get().is_some() {
            "form-group form-group--error"
        } else {
            "form-group"
        }
    };
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let error_message = {
        let error_id = error_id.clone();
        move || {
            error.get().map(|message| {
                view! {
                    <p class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">"Error: "</span>
                        {message}
                    </p>
                }
            })
        }
    };
    let hint = view! {
        <div class="hint" id=hint_id.clone()>
            {param.help.clone()}
            {(!param.example.is_empty()).then(|| view! { " For example, " <code class="code">{param.example.clone()}</code> })}
        </div>
    };
    match &param.kind {
        ParamKind::Choice { choices } => {
            let name = id.clone();
            let items = choices
                .iter()
                .enumerate()
                .map(|(i, choice)| {
                    let item_id = format!("{id}-{i}");
                    let choice_value = choice.value.clone();
                    let checked = {
                        let choice_value = choice_value.clone();
                        move || value.get() == choice_value
                    };
                    view! {
                        <div class="radios__item">
                            <input
                                class="radios__input"
                                type="radio"
                                id=item_id.clone()
                                name=name.clone()
                                value=choice_value.clone()
                                prop:checked=checked
                                on:change=move |_| on_input.run(choice_value.clone())
                            />
                            <label class="label radios__label" for=item_id>{choice.label.clone()}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class=group_class>
                    <fieldset class="fieldset" aria-describedby=described_by>
                        <legend class="fieldset__legend">{param.label.clone()}</legend>
                        {hint}
                        {error_message}
                        <div class="radios">{items}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        kind => {
            let input_type = match kind {
                ParamKind::Date => "date",
                // A date-time is text, not `datetime-local`: that control has no time zone,
                // and a restore time typed in British Summer Time must keep its offset.
                _ => "text",
            };
            let input_class = move || {
                if error.get().is_some() {
                    "input input--error"
                } else {
                    "input"
                }
            };
            view! {
                <div class=group_class>
                    <label class="label" for=id.clone()>{param.label.clone()}</label>
                    {hint}
                    {error_message}
                    <input
                        class=input_class
                        type=input_type
                        id=id.clone()
                        name=param.name.clone()
                        spellcheck="false"
                        autocomplete="off"
                        aria-describedby=described_by
                        prop:value=move || value.get()
                        on:input=move |ev| on_input.run(event_target_value(&ev))
                    />
                </div>
            }
            .into_any()
        }
    }
}
