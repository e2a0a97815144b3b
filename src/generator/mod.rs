//! A live command generator on the page: its form, the command as it will be copied
//! (updated on every keystroke), errors beside the fields and in a summary, and Copy.
//!
//! The core decides everything the form shows ([`runbook::command::form_state`]) and writes
//! its HTML ([`runbook::command::markup`]); this module puts that HTML on the page, listens
//! to the form, and after every change redraws only what changed: a field's value or error,
//! the error summary, the output. Plain DOM rather than Leptos views and signals: a form of a
//! handful of fields needs neither, and without them the commands app is 31 KB lighter,
//! gzipped (README, "Benchmarks and budgets").
//!
//! Values for remembered parameters (names, dates, times) fill every parameter of the same
//! meaning in other generators, through [`crate::shared_values`]; values given to the form
//! (from the address) win over them on this page until the person types. A field filled
//! either way says where its value came from, with a button to clear it.

pub mod values_in_use;

use crate::shared_values::{focus_id, now, replace_query, shared_values};
use crate::{browser, islands};
use leptos::task::spawn_local;
use runbook::command::form::query_pairs;
use runbook::command::form::remembered_as;
use runbook::command::form_state::{error_target, FormState, Remember};
use runbook::command::markup::{self, CopyStatus};
use runbook::command::{DateTime, FieldError, Generator, ParamKind, Rendered, Values};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

/// One generator on the page, and what it last drew.
struct Live {
    generator: &'static Generator,
    /// Every id in the form starts with this.
    prefix: String,
    /// Keep the address's query in step with the values, so the address reopens the
    /// generator as it stands.
    sync_url: bool,
    /// Fixed when the form opens, for `today` defaults and dates in the command.
    now: DateTime,
    state: FormState,
    root: Element,
    /// One per parameter, in order.
    fields: Vec<Field>,
    summary: String,
    output: Option<Output>,
}

/// What the output part shows: the command, or the errors and why there is no command.
type Output = (Result<Rendered, Vec<FieldError>>, Option<String>);

/// A field's group of elements, and what it last showed.
struct Field {
    group: Element,
    id: String,
    choice: bool,
    text: Option<String>,
    error: Option<String>,
    /// The note under its hint ([`markup::field_note`]), as last drawn.
    note: String,
}

/// Puts generator `generator` into `slot`, opening with `initial` values (from the address).
/// `sync_url` keeps the address in step (a generator's own page); `heading_level` is that of
/// "Your command" (2 on its own page, deeper when embedded in a doc page).
pub fn mount(slot: &Element, generator: &'static Generator, initial: Values, sync_url: bool, heading_level: u8) {
    let prefix = format!("cmd-{}", generator.id);
    slot.set_inner_html(&markup::form(generator, &prefix, heading_level));
    let Some(root) = slot.first_element_child() else {
        return;
    };
    let fields = generator
        .params
        .iter()
        .filter_map(|p| {
            let group = root.query_selector(&format!("[data-field=\"{}\"]", p.name)).ok()??;
            Some(Field {
                group,
                id: markup::field_id(&prefix, &p.name),
                choice: matches!(p.kind, ParamKind::Choice { .. }),
                text: None,
                error: None,
                note: String::new(),
            })
        })
        .collect();
    let live = Rc::new(RefCell::new(Live {
        generator,
        prefix,
        sync_url,
        now: now(),
        state: FormState::new(generator, initial),
        root: root.clone(),
        fields,
        summary: String::new(),
        output: None,
    }));
    for event in ["input", "change", "click", "submit"] {
        let live = live.clone();
        let handler = Closure::<dyn Fn(Event)>::new(move |ev: Event| on_event(&live, ev));
        let _ = root.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        handler.forget();
    }
    // A value typed in another generator, another tab or cleared in "Values in use".
    shared_values().subscribe({
        let live = live.clone();
        move || live.borrow_mut().redraw()
    });
    live.borrow_mut().redraw();
}

fn on_event(live: &Rc<RefCell<Live>>, ev: Event) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    match ev.type_().as_str() {
        kind @ ("input" | "change") => {
            let Ok(input) = target.dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(name) = input.get_attribute("data-param") {
                // A text field answers every keystroke; a radio, being chosen.
                if (input.type_() == "radio") != (kind == "change") {
                    return;
                }
                let remember = {
                    let mut live = live.borrow_mut();
                    let generator = live.generator;
                    live.state.input(generator, &name, &input.value(), now())
                };
                // Not while `live` is borrowed: every generator redraws when told.
                remember_in_browser(remember);
                live.borrow_mut().redraw();
            } else if kind == "change" && input.get_attribute("data-action").as_deref() == Some("confirm") {
                let mut live = live.borrow_mut();
                live.state.set_confirmed(input.checked());
                if input.checked() {
                    live.show_confirm_error(false);
                }
            }
        }
        "click" => {
            if let Some(link) = target.closest("a.error-summary__link").ok().flatten() {
                ev.prevent_default();
                let href = link.get_attribute("href").unwrap_or_default();
                focus_id(href.trim_start_matches('#'));
            } else if target.closest("[data-action=\"copy\"]").ok().flatten().is_some() {
                live.borrow().copy();
            } else if let Some(name) = target
                .closest("[data-clear-field]")
                .ok()
                .flatten()
                .and_then(|b| b.get_attribute("data-clear-field"))
            {
                let (remember, field_id) = {
                    let mut live = live.borrow_mut();
                    let generator = live.generator;
                    (
                        live.state.clear(generator, &name),
                        markup::field_id(&live.prefix, &name),
                    )
                };
                remember_in_browser(remember);
                live.borrow_mut().redraw();
                focus_id(&error_target(live.borrow().generator, &field_id, &name));
            }
        }
        "submit" => {
            ev.prevent_default();
            let mut live = live.borrow_mut();
            let generator = live.generator;
            live.state.submit(generator);
            live.redraw();
            if !live.summary.is_empty() {
                focus_id(&live.summary_id());
            }
        }
        _ => {}
    }
}

/// Passes what a form decided to the remembered values. Never while a form is borrowed:
/// every generator redraws when told.
fn remember_in_browser(remember: Remember) {
    match remember {
        Remember::Set { meaning, value } => shared_values().set(&meaning, value),
        Remember::Clear { meaning } => shared_values().clear(&meaning),
        Remember::Nothing => {}
    }
}

impl Live {
    fn summary_id(&self) -> String {
        format!("{}-errors", self.prefix)
    }

    fn part(&self, name: &str) -> Option<Element> {
        self.root.query_selector(&format!("[data-part=\"{name}\"]")).ok()?
    }

    /// Draws what changed since the last drawing.
    fn redraw(&mut self) {
        let g = self.generator;
        let view = self.state.view(g, &shared_values().values(), self.now);
        for (param, field) in g.params.iter().zip(self.fields.iter_mut()) {
            let text = view.field_text(g, &param.name, self.now);
            if field.text.as_ref() != Some(&text) {
                field.show_text(&text);
                field.text = Some(text);
            }
            let error = view.field_error(&param.name).map(str::to_string);
            if field.error != error {
                field.show_error(error.as_deref());
                field.error = error;
            }
            let not_saved = remembered_as(param).is_some_and(|m| shared_values().not_saved(m));
            let note = markup::field_note(
                &field.id,
                param,
                view.filled_from(&param.name),
                view.field_warning(&param.name),
                not_saved,
                self.now,
            );
            if field.note != note {
                if let Some(slot) = field.group.query_selector("[data-note]").ok().flatten() {
                    slot.set_inner_html(&note);
                }
                field.note = note;
            }
        }

        let errors: Vec<(String, String)> = view
            .shown_errors
            .iter()
            .map(|e| {
                let target = error_target(g, &markup::field_id(&self.prefix, &e.param), &e.param);
                (target, e.message.clone())
            })
            .collect();
        let summary = if errors.is_empty() {
            String::new()
        } else {
            markup::error_summary(&self.summary_id(), &errors)
        };
        if summary != self.summary {
            if let Some(part) = self.part("summary") {
                part.set_inner_html(&summary);
            }
            self.summary = summary;
        }

        // The output is drawn afresh only when the command (or why there is none) changes,
        // so Copy's status and the confirmation's error stay while nothing they speak of has.
        let pending = view.pending(g);
        let output = (view.result.clone(), pending);
        if self.output.as_ref() != Some(&output) {
            let html = match &output {
                (Ok(rendered), _) => markup::output(&self.prefix, rendered, self.state.confirmed()),
                (Err(_), pending) => markup::pending(pending.as_deref().unwrap_or_default()),
            };
            if let Some(part) = self.part("output") {
                part.set_inner_html(&html);
            }
            self.output = Some(output);
        }

        if self.sync_url {
            replace_query(&query_pairs(g, &view.values));
        }
    }

    /// Copies the command, once confirmed if it touches production, and says so.
    fn copy(&self) {
        let Some((Ok(rendered), _)) = &self.output else {
            return;
        };
        let Some(status) = self.root.query_selector(".copy__status").ok().flatten() else {
            return;
        };
        let show = move |outcome: CopyStatus| {
            let _ = status
                .class_list()
                .toggle_with_force(markup::COPY_STATUS_ERROR, outcome.is_error());
            status.set_inner_html(&outcome.html());
        };
        if !self.state.may_copy(rendered) {
            self.show_confirm_error(true);
            show(CopyStatus::NotConfirmed);
            focus_id(&markup::confirm_id(&self.prefix));
            return;
        }
        let text = rendered.text.clone();
        let kind = rendered.kind;
        spawn_local(async move {
            show(if browser::copy_text(&text).await {
                CopyStatus::Copied(kind)
            } else {
                CopyStatus::Failed
            });
        });
    }

    /// Shows or hides the error beside the production confirmation box.
    fn show_confirm_error(&self, show: bool) {
        let id = markup::confirm_id(&self.prefix);
        let Some(checkbox) = self.root.query_selector(&format!("#{id}")).ok().flatten() else {
            return;
        };
        let Some(group) = checkbox.closest(".generator__confirm").ok().flatten() else {
            return;
        };
        let Some(item) = checkbox.parent_element() else {
            return;
        };
        let error_id = format!("{id}-error");
        let field = islands::Field {
            group: &group,
            control: &item,
            described: &checkbox,
            hint_id: None,
            error_id: &error_id,
        };
        islands::show_field_error(&field, show.then_some(markup::CONFIRM_FIRST));
    }
}

impl Field {
    /// Puts `text` in the field: its input's value, or the radio of that value chosen.
    fn show_text(&self, text: &str) {
        let Ok(inputs) = self.group.query_selector_all("input") else {
            return;
        };
        for i in 0..inputs.length() {
            let Some(input) = inputs.item(i).and_then(|n| n.dyn_into::<HtmlInputElement>().ok()) else {
                continue;
            };
            if self.choice {
                input.set_checked(input.value() == text);
            } else {
                input.set_value(text);
            }
        }
    }

    /// Shows `error` beside the field (or none), and points the field's description at it.
    fn show_error(&self, error: Option<&str>) {
        let Some(control) = self.group.query_selector("[data-control]").ok().flatten() else {
            return;
        };
        // A choice's radios are described through their fieldset.
        let described = if self.choice {
            self.group.query_selector("fieldset").ok().flatten()
        } else {
            let _ = control.class_list().toggle_with_force("input--error", error.is_some());
            Some(control.clone())
        };
        let Some(described) = described else {
            return;
        };
        let (hint_id, error_id) = (format!("{}-hint", self.id), format!("{}-error", self.id));
        let field = islands::Field {
            group: &self.group,
            control: &control,
            described: &described,
            hint_id: Some(&hint_id),
            error_id: &error_id,
        };
        islands::show_field_error(&field, error);
    }
}
