//! A live command generator on the page: its form, the command as it will be copied
//! (updated on every keystroke), errors beside the fields and in a summary, and Copy.
//!
//! The core decides everything the form shows (`runbook::command::view::live`, from the
//! form's [`FormState`]); the generator's components (`components::generator`) draw it.
//! This module keeps the state, answers the components' events, and tells the browser what
//! to remember. The build draws the same components with the generator's defaults
//! (`prerender::generator`), so the form shows and can be filled in before the app has
//! loaded; the app then draws it again in place, keeping what was typed and the focus.
//!
//! Values for remembered parameters (names, dates, times) fill every parameter of the same
//! meaning in other generators, through [`crate::shared_values`]; values given to the form
//! (from the address) win over them on this page until the person types. A field filled
//! either way says where its value came from, with a button to clear it.

pub mod values_in_use;

use crate::browser;
use crate::components::generator::{FormEvent, GeneratorForm};
use crate::location::replace_query;
use crate::shared_values::{focus_id, now, shared_values};
use crate::static_page;
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::command::form_state::{error_target, FormState, Remember};
use runbook::command::view::{self, CopyStatus, FormView, OutputView};
use runbook::command::{DateTime, Generator, Values};
use wasm_bindgen::JsCast;

/// One generator's form on the page: its state, and the signals its components draw.
#[derive(Clone, Copy)]
struct Live {
    generator: &'static Generator,
    /// Keep the address's query in step with the values, so the address reopens the
    /// generator as it stands.
    sync_url: bool,
    /// Fixed when the form opens, for `today` defaults and dates in the command.
    now: DateTime,
    state: StoredValue<FormState>,
    form: RwSignal<FormView>,
    copy_status: RwSignal<Option<CopyStatus>>,
    confirm_error: RwSignal<bool>,
}

/// Puts generator `generator` into `slot`, opening with `initial` values (from the address).
/// `sync_url` keeps the address in step (a generator's own page); `heading_level` is that of
/// "Your command" (2 on its own page, deeper when embedded in a doc page). Where the build
/// drew the form in `slot`, what the reader typed or chose there before the app loaded is
/// kept, as is the focus.
pub fn mount(
    slot: web_sys::HtmlElement,
    generator: &'static Generator,
    initial: Values,
    sync_url: bool,
    heading_level: u8,
) {
    let typed = typed_before_the_app(&slot);
    let focused = browser::focused_id_within(&slot);
    let now = now();
    let state = FormState::new(generator, initial);
    let live = Live {
        generator,
        sync_url,
        now,
        form: RwSignal::new(view::live(
            generator,
            &state,
            &shared_values().values(),
            &not_saved,
            now,
        )),
        state: StoredValue::new(state),
        copy_status: RwSignal::new(None),
        confirm_error: RwSignal::new(false),
    };
    let on_event = Callback::new(move |event: FormEvent| live.on_event(event));
    static_page::mount(slot, move || {
        view! {
            <GeneratorForm
                form=live.form.into()
                heading_level=heading_level
                copy_status=live.copy_status.into()
                confirm_error=live.confirm_error.into()
                on_event=on_event
            />
        }
    });
    // A value typed in another generator, another tab or cleared in "Values in use".
    shared_values().subscribe(move || live.redraw());
    for (name, value) in typed {
        live.on_event(FormEvent::Input { name, value });
    }
    live.redraw();
    if let Some(id) = focused {
        browser::focus_id(&id);
    }
}

/// Whether the browser's storage refused the latest value of `meaning`.
fn not_saved(meaning: &str) -> bool {
    shared_values().not_saved(meaning)
}

impl Live {
    fn on_event(self, event: FormEvent) {
        let g = self.generator;
        match event {
            FormEvent::Input { name, value } => {
                let remember = self.state.try_update_value(|s| s.input(g, &name, &value, now()));
                // Not while the state is borrowed: every generator redraws when told.
                remember_in_browser(remember.unwrap_or(Remember::Nothing));
                self.redraw();
            }
            FormEvent::Clear(name) => {
                let remember = self.state.try_update_value(|s| s.clear(g, &name));
                remember_in_browser(remember.unwrap_or(Remember::Nothing));
                self.redraw();
                let field_id = view::field_id(&view::prefix(g), &name);
                after_drawing(error_target(g, &field_id, &name));
            }
            FormEvent::Confirm(ticked) => {
                self.state.update_value(|s| s.set_confirmed(ticked));
                if ticked {
                    self.confirm_error.set(false);
                }
                self.redraw();
            }
            FormEvent::Submit => {
                self.state.update_value(|s| s.submit(g));
                self.redraw();
                if self.form.with_untracked(|f| !f.problems.is_empty()) {
                    after_drawing(view::summary_id(&view::prefix(g)));
                }
            }
            FormEvent::Copy => self.copy(),
        }
    }

    /// Works out the form afresh and hands it to the components, which change only what
    /// changed. A new output (or none) forgets what Copy last said about the old one.
    fn redraw(self) {
        let form = self
            .state
            .with_value(|s| view::live(self.generator, s, &shared_values().values(), &not_saved, self.now));
        if self.form.with_untracked(|f| f.output != form.output) {
            self.copy_status.set(None);
            self.confirm_error.set(false);
        }
        if self.sync_url {
            replace_query(&form.query);
        }
        self.form.set(form);
    }

    /// Copies the output, once confirmed if it touches production, and says so.
    fn copy(self) {
        let (output, confirmed) = self.form.with_untracked(|f| (f.output.clone(), f.confirmed));
        let OutputView::Ready(command) = output else {
            return;
        };
        if command.production && !confirmed {
            self.confirm_error.set(true);
            self.copy_status.set(Some(CopyStatus::NotConfirmed));
            after_drawing(view::confirm_id(&view::prefix(self.generator)));
            return;
        }
        let status = self.copy_status;
        let generator = self.generator;
        spawn_local(async move {
            if !browser::copy_text(&command.text).await {
                status.set(Some(CopyStatus::Failed));
                return;
            }
            // Into the open incident's record, if there is one: what was copied, exactly.
            let copied = runbook::incident::record::command_copied(generator, &command, confirmed);
            status.set(Some(match crate::incident_record::record(copied) {
                Ok(_) => CopyStatus::Copied(command.kind),
                Err(_) => CopyStatus::CopiedNotRecorded(command.kind),
            }));
        });
    }
}

/// Moves focus to `id` once the page shows the change just made.
fn after_drawing(id: String) {
    request_animation_frame(move || focus_id(&id));
}

/// Passes what a form decided to the remembered values. Never while a form's state is
/// borrowed: every generator redraws when told.
fn remember_in_browser(remember: Remember) {
    match remember {
        Remember::Set { meaning, value } => shared_values().set(&meaning, value),
        Remember::Clear { meaning } => shared_values().clear(&meaning),
        Remember::Nothing => {}
    }
}

/// What the reader typed or chose in the form the build drew in `slot`, before the app
/// loaded: each control whose value differs from what the build wrote, as (parameter,
/// value). The build's fields are named after their parameters.
pub(crate) fn typed_before_the_app(slot: &web_sys::HtmlElement) -> Vec<(String, String)> {
    let Ok(inputs) = slot.query_selector_all("form input[name]") else {
        return Vec::new();
    };
    (0..inputs.length())
        .filter_map(|i| inputs.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
        .filter(|input| match input.type_().as_str() {
            "radio" => input.checked() && !input.default_checked(),
            _ => input.value() != input.default_value(),
        })
        .map(|input| (input.name(), input.value()))
        .collect()
}
