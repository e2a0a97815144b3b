use super::MessageEvent;
use crate::components::form_field::{FieldControl, FormField, RadioItem};
use leptos::prelude::*;
use runbook::message::view::{AdviceView, Control, FieldView, MessageView};

/// One field of a message's draft: the shared [`FormField`], with how a time reads in the
/// message under its hint. Drawn once; its value, error and note change in place.
#[component]
pub fn MessageField(
    /// The message's view, and the field's place in its draft: a draft's fields never change
    /// in number or order, only in what they hold.
    view: Signal<MessageView>,
    index: usize,
    on_event: Callback<MessageEvent>,
) -> impl IntoView {
    let field = move |v: &MessageView| match &v.advice {
        AdviceView::Draft(d) => d.fields.get(index).cloned(),
        AdviceView::DoNotSend { .. } => None,
    };
    let FieldView {
        name,
        id,
        label,
        hint,
        example,
        control,
        text: first_text,
        ..
    } = view.with_untracked(field).unwrap_or_else(|| FieldView {
        name: String::new(),
        id: String::new(),
        label: String::new(),
        hint: String::new(),
        example: String::new(),
        control: Control::Time,
        text: String::new(),
        error: None,
        note: None,
    });
    let text = Signal::derive(move || view.with(|v| field(v).map(|f| f.text)).unwrap_or_default());
    let error = Signal::derive(move || view.with(|v| field(v).and_then(|f| f.error)));
    // A memo: said again only when what it says changes.
    let reads = Memo::new(move |_| view.with(|v| field(v).and_then(|f| f.note)));
    let note = move || reads.get().map(|n| view! { <p class="hint generator__from">{n}</p> });
    let control = match control {
        Control::Radios(radios) => FieldControl::Radios(
            radios
                .into_iter()
                .map(|r| RadioItem {
                    id: r.id,
                    value: r.value,
                    label: r.label,
                })
                .collect(),
        ),
        Control::Text { .. } | Control::Time => FieldControl::Input { input_type: "text" },
    };
    let on_input =
        Callback::new(move |(name, value): (String, String)| on_event.run(MessageEvent::Input { name, value }));
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
