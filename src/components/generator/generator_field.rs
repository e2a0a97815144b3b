use super::FormEvent;
use crate::components::govuk::{ErrorMessage, WarningText};
use leptos::prelude::*;
use runbook::command::view::{ControlView, FieldNote, FieldView, FormView, NOT_SAVED};

/// One parameter's field, in the GOV.UK pattern: label (a choice's legend), hint with an
/// example, a note (where a pre-filled value came from, with Clear; a warning; that it was
/// not saved), the error just before the control, and the control.
///
/// Drawn once: its value, error and note change in place, so the person typing keeps focus.
/// `data-field` and the `data-testid`s are the browser tests' hooks; nothing in the site
/// looks elements up by them.
#[component]
pub fn GeneratorField(
    /// The form the field is in, and its place there: a generator's fields never change
    /// in number or order, only in what they hold.
    form: Signal<FormView>,
    index: usize,
    on_event: Callback<FormEvent>,
) -> impl IntoView {
    let first = form
        .with_untracked(|f| f.fields.get(index).cloned())
        .unwrap_or_default();
    let FieldView {
        name,
        id,
        label,
        hint,
        example,
        control,
        text: first_text,
        ..
    } = first;
    // Read afresh at each change of the form: cheap, and fewer kinds of memo keep the app
    // small. The note is a memo, as it must not be drawn again (and an alert in it said
    // again) at every keystroke.
    let read = move |get: fn(&FieldView) -> Option<String>| form.with(|f| f.fields.get(index).and_then(get));
    let text = move || read(|f| Some(f.text.clone())).unwrap_or_default();
    let error = move || read(|f| f.error.clone());
    let note = Memo::new(move |_| form.with(|f| f.fields.get(index).map(|f| f.note.clone()).unwrap_or_default()));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error().is_some() {
            true => format!("{hint_id} {error_id}"),
            false => hint_id.clone(),
        }
    };
    let has_error = move || error().is_some();
    let message = {
        let error_id = error_id.clone();
        move || error().map(|e| view! { <ErrorMessage id=error_id.clone() message=e/> })
    };
    let example = (!example.is_empty()).then(|| {
        view! {
            " For example, "
            <code class="code">{example}</code>
        }
    });
    let note = {
        let (id, name, label) = (id.clone(), name.clone(), label.clone());
        move || note_view(note.get(), &id, &name, &label, on_event)
    };
    let hint = view! {
        <div class="hint" id=hint_id.clone()>{hint}{example}</div>
        <div class="generator__note">{note}</div>
    };
    let control = match control {
        ControlView::Radios(radios) => {
            let items = radios
                .into_iter()
                .map(|r| {
                    let value = r.value.clone();
                    let chosen = first_text == r.value;
                    let checked = move || text() == value;
                    let name_for_event = name.clone();
                    let chose = move |ev: leptos::ev::Event| {
                        on_event.run(FormEvent::Input {
                            name: name_for_event.clone(),
                            value: event_target_value(&ev),
                        })
                    };
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
        kind => {
            let input_type = if kind == ControlView::Date { "date" } else { "text" };
            let name_for_event = name.clone();
            let typed = move |ev: leptos::ev::Event| {
                on_event.run(FormEvent::Input {
                    name: name_for_event.clone(),
                    value: event_target_value(&ev),
                })
            };
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
                    prop:value=text
                    on:input=typed
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="form-group" class:form-group--error=has_error data-field=name.clone()>
            {control}
        </div>
    }
}

/// What a field says under its hint.
fn note_view(note: FieldNote, id: &str, name: &str, label: &str, on_event: Callback<FormEvent>) -> impl IntoView {
    let FieldNote {
        filled_from,
        warning,
        not_saved,
    } = note;
    let from = filled_from.map(|sentence| {
        let name = name.to_string();
        let clear = move |_| on_event.run(FormEvent::Clear(name.clone()));
        view! {
            <p class="hint generator__from" id=format!("{id}-from") data-testid="filled-from">
                {sentence}
                " "
                <button type="button" class="button-link" on:click=clear>
                    "Clear"
                    <span class="visually-hidden">{format!(" {label}")}</span>
                </button>
            </p>
        }
    });
    let warning = warning.map(|w| view! { <WarningText>{w}</WarningText> });
    // An alert: it is said where the person is typing, once, as the note changes only when
    // what it says does.
    let not_saved = not_saved.then(|| view! { <WarningText testid="not-saved" alert=true>{NOT_SAVED}</WarningText> });
    (from, warning, not_saved)
}
