use super::FormEvent;
use crate::components::form_field::{FieldControl, FormField, RadioItem};
use crate::components::govuk::WarningText;
use leptos::prelude::*;
use runbook::command::view::{ControlView, FieldNote, FieldView, FormView, NOT_SAVED};

/// One parameter's field: the shared [`FormField`] (label, hint with an example, error,
/// control), with the generator's note under the hint (where a pre-filled value came from,
/// with Clear; a warning; that it was not saved).
///
/// Drawn once: its value, error and note change in place, so the person typing keeps focus.
/// The `data-testid`s are the browser tests' hooks; nothing in the site looks elements up
/// by them.
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
    let note = Memo::new(move |_| form.with(|f| f.fields.get(index).map(|f| f.note.clone()).unwrap_or_default()));
    let text = Signal::derive(move || read(|f| Some(f.text.clone())).unwrap_or_default());
    let error = Signal::derive(move || read(|f| f.error.clone()));
    let note = {
        let (id, name, label) = (id.clone(), name.clone(), label.clone());
        move || note_view(note.get(), &id, &name, &label, on_event)
    };
    let control = match control {
        ControlView::Radios(radios) => FieldControl::Radios(
            radios
                .into_iter()
                .map(|r| RadioItem {
                    id: r.id,
                    value: r.value,
                    label: r.label,
                })
                .collect(),
        ),
        kind => FieldControl::Input {
            input_type: if kind == ControlView::Date { "date" } else { "text" },
        },
    };
    let on_input = Callback::new(move |(name, value): (String, String)| on_event.run(FormEvent::Input { name, value }));
    view! {
        <FormField
            id=id
            name=name
            label=label
            hint=hint
            example=example
            control=control
            first_text=first_text
            text=text
            error=error
            note=note
            on_input=on_input
        />
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
