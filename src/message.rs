//! A message's live form on its page: the preview changes as each field is typed, a field's
//! error shows beside it and in the error summary, and Copy puts the exact text on the
//! clipboard and says so.
//!
//! The core decides everything the form shows (`runbook::message::view::live`, from the values
//! typed and whether the reader asked to check them); the message components
//! (`components::message`) draw it. This module keeps the values and answers the components'
//! events. The build draws the same components with the message's defaults
//! (`prerender::message_page`); the app draws them again in place, keeping what was typed
//! there and the focus, and reads any values the address gives (the build's GET form sends
//! them).

use crate::browser;
use crate::components::message::{MessageEvent, MessageForm};
use crate::static_page;
use leptos::prelude::*;
use runbook::command::Values;
use runbook::message::view::{self, AdviceView, MessageView};
use runbook::message::Message;

/// Called once a message is on the clipboard, with the message's id and the exact text
/// copied: the one place the site hears of it. An open incident records it as an entry with
/// its groups, text and time (`incident::record::message_copied`); a record that would not
/// take it is said at once, at the top of the page.
pub fn copied(id: &str, text: &str) {
    if let Some(message) = crate::page_files::message(id) {
        crate::incident_record::record_or_say(runbook::incident::record::message_copied(message, text));
    }
}

/// One message's form on the page: its values, and the view its components draw.
#[derive(Clone, Copy)]
struct Live {
    message: &'static Message,
    values: StoredValue<Values>,
    /// The reader asked to check the message: an empty field is now an error too.
    submitted: StoredValue<bool>,
    view: RwSignal<MessageView>,
}

/// Puts the message `message` into `slot` (where the build drew its form), opening with its
/// defaults and the values the address gives, then what the reader typed into the build's
/// form before the app loaded.
pub fn mount(slot: web_sys::HtmlElement, message: &'static Message, query: &str) {
    let typed = crate::generator::typed_before_the_app(&slot);
    let focused = browser::focused_id_within(&slot);
    let mut values = message.draft().map(view::defaults).unwrap_or_default();
    for (name, value) in view::values_from_query(message, query).iter() {
        values.insert(name.clone(), value.clone());
    }
    let live = Live {
        message,
        view: RwSignal::new(view::live(message, &values, false)),
        values: StoredValue::new(values),
        submitted: StoredValue::new(false),
    };
    let on_event = Callback::new(move |event: MessageEvent| live.on_event(event));
    let id = message.id.clone();
    let on_copied = Callback::new(move |text: String| copied(&id, &text));
    static_page::mount(slot, move || {
        view! { <MessageForm view=live.view.into() live=true on_event=on_event on_copied=on_copied/> }
    });
    for (name, value) in typed {
        live.on_event(MessageEvent::Input { name, value });
    }
    if let Some(id) = focused {
        browser::focus_id(&id);
    }
}

impl Live {
    fn on_event(self, event: MessageEvent) {
        match event {
            MessageEvent::Input { name, value } => {
                self.values.update_value(|v| {
                    v.insert(name, value);
                });
                self.redraw();
            }
            MessageEvent::Submit => {
                self.submitted.set_value(true);
                self.redraw();
                let has_problems = self.view.with_untracked(|v| match &v.advice {
                    AdviceView::Draft(d) => !d.problems.is_empty(),
                    AdviceView::DoNotSend { .. } => false,
                });
                let target = if has_problems {
                    view::summary_id(&self.view.with_untracked(|v| v.prefix.clone()))
                } else {
                    format!("{}-preview-title", self.view.with_untracked(|v| v.prefix.clone()))
                };
                request_animation_frame(move || browser::focus_id(&target));
            }
        }
    }

    fn redraw(self) {
        let view = self
            .values
            .with_value(|values| view::live(self.message, values, self.submitted.get_value()));
        self.view.set(view);
    }
}
