//! The incident record at `/incident`. The core decides (`runbook::incident`: the start
//! form read, each event checked and applied, the view, the exports); this page keeps the
//! record in signals, saves each change before showing it (so a change the browser would
//! not keep is said at the form that made it, and nothing typed is lost), and follows other
//! tabs through the `storage` event.
//!
//! The build draws the start form with the same component (`prerender::incident`), with a
//! note that the record needs JavaScript; the app draws the page again in place, keeping
//! what was typed, and takes the scenarios the build listed from its select.

use crate::components::incident::{
    ActionError, IncidentAction, IncidentImportForm, IncidentRecord, IncidentStartForm, PastIncidentsList, Place,
};
use crate::components::SavedDataRecovery;
use crate::incident_store::{self, now_ms, SaveError};
use crate::{browser, static_page};
use leptos::prelude::*;
use runbook::incident::form::{self, FieldError};
use runbook::incident::saved::{PastIncidents, Unreadable};
use runbook::incident::view::{incident_view, IncidentView};
use runbook::incident::{export, Event, EventKind, IncidentState, Priority, ScenarioRef};
use wasm_bindgen::JsCast;

/// What this browser holds as the open incident.
#[derive(Clone, PartialEq)]
enum Held {
    Nothing,
    Record(Box<IncidentState>),
    Unreadable(Unreadable),
}

fn held_now() -> Held {
    match incident_store::load() {
        Ok(None) => Held::Nothing,
        Ok(Some(state)) => Held::Record(Box::new(state)),
        Err(unreadable) => Held::Unreadable(unreadable),
    }
}

/// The page's state: signals the components draw, and the scenarios the build listed.
#[derive(Clone, Copy)]
struct Page {
    held: RwSignal<Held>,
    past: RwSignal<Result<PastIncidents, Unreadable>>,
    now: RwSignal<i64>,
    start_errors: RwSignal<Vec<FieldError>>,
    field_errors: RwSignal<Vec<FieldError>>,
    failed: RwSignal<Option<ActionError>>,
    notice: RwSignal<Option<String>>,
    scenarios: StoredValue<Vec<ScenarioRef>>,
}

pub fn wire() {
    browser::set_title("Incident record");
    let Some(main) = static_page::element_by_id("main-content") else {
        return;
    };
    let page = Page {
        held: RwSignal::new(held_now()),
        past: RwSignal::new(incident_store::past()),
        now: RwSignal::new(now_ms()),
        start_errors: RwSignal::new(Vec::new()),
        field_errors: RwSignal::new(Vec::new()),
        failed: RwSignal::new(None),
        notice: RwSignal::new(None),
        scenarios: StoredValue::new(scenarios_the_build_listed(&main)),
    };
    // The elapsed time and the reminder follow the clock.
    let tick = set_interval_with_handle(move || page.now.set(now_ms()), std::time::Duration::from_secs(15));
    std::mem::forget(tick);
    incident_store::on_change_elsewhere(move || {
        page.held.set(held_now());
        page.past.set(incident_store::past());
    });
    static_page::take_over(main, move || page.draw());
    if browser::current_hash().as_deref() == Some("add-note") {
        request_animation_frame(|| browser::focus_id("incident-note"));
    }
}

/// The scenarios in the select the build drew (`sitegen` lists the runbook's pages with a
/// Contact section): the app fetches no data file for them.
fn scenarios_the_build_listed(main: &web_sys::HtmlElement) -> Vec<ScenarioRef> {
    let Ok(options) = main.query_selector_all("#incident-scenario option") else {
        return Vec::new();
    };
    (0..options.length())
        .filter_map(|i| options.item(i)?.dyn_into::<web_sys::HtmlOptionElement>().ok())
        .filter(|o| !o.value().is_empty())
        .map(|o| ScenarioRef {
            slug: o.value(),
            title: o.text(),
        })
        .collect()
}

/// "the incident is closed…" as the start of a sentence.
fn sentence(error: impl ToString) -> String {
    let text = error.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => format!("{}{}.", c.to_uppercase(), chars.as_str()),
        None => text,
    }
}

impl Page {
    fn draw(self) -> impl IntoView {
        let kind = Memo::new(move |_| {
            self.held.with(|h| match h {
                Held::Nothing => 0,
                Held::Record(_) => 1,
                Held::Unreadable(_) => 2,
            })
        });
        let on_action = Callback::new(move |action: IncidentAction| self.act(action));
        let past = Signal::derive(move || {
            self.past
                .with(|p| p.as_ref().map(|p| p.incidents.clone()).unwrap_or_default())
        });
        let past_damaged = move || {
            self.past.get().err().map(|u| {
                view! {
                    <SavedDataRecovery reason=u.error.to_string() raw=u.raw
                        title="The past incidents could not be read"
                        advice="Download them to keep what they hold, then clear the list: the next incident closed starts a new one."
                        filename="unreadable-past-incidents.txt"
                        fresh_label="Clear the list of past incidents"
                        on_fresh=Callback::new(move |_| {
                            incident_store::clear_past();
                            self.past.set(Ok(PastIncidents::default()));
                        })/>
                }
            })
        };
        let main = move || {
            match kind.get() {
            1 => {
                let view = Memo::new(move |prev: Option<&IncidentView>| {
                    let now = self.now.get();
                    self.held.with(|h| match h {
                        Held::Record(s) => incident_view(s, now),
                        _ => prev.cloned().unwrap_or_else(empty_view),
                    })
                });
                let priority = Memo::new(move |prev: Option<&Priority>| {
                    self.held.with(|h| match h {
                        Held::Record(s) => s.priority().clone(),
                        _ => prev.cloned().unwrap_or(Priority {
                            level: String::new(),
                            data_loss: None,
                        }),
                    })
                });
                Some(
                    view! {
                        <IncidentRecord view=view priority=priority failed=self.failed field_errors=self.field_errors
                            notice=self.notice on_action=on_action/>
                    }
                    .into_any(),
                )
            }
            2 => self.held.with_untracked(|h| match h {
                Held::Unreadable(u) => {
                    let (reason, raw, filename) = (u.error.to_string(), u.raw.clone(), u.file_name());
                    Some(
                        view! {
                            <h1 class="heading-xl">"Incident record"</h1>
                            <SavedDataRecovery reason=reason raw=raw filename=filename
                                title="The saved incident could not be read"
                                advice="Download the saved data to keep what it holds (it is the record as this browser kept it), then start afresh."
                                on_fresh=Callback::new(move |_| {
                                    incident_store::clear();
                                    self.held.set(Held::Nothing);
                                })/>
                        }
                        .into_any(),
                    )
                }
                _ => None,
            }),
            _ => Some(
                view! {
                    <IncidentStartForm scenarios=self.scenarios.get_value() started=form::time_field(now_ms())
                        errors=self.start_errors failed=self.failed on_action=on_action/>
                    <p class="body" role="status">{move || self.notice.get()}</p>
                }
                .into_any(),
            ),
        }
        };
        let import =
            move || (kind.get() != 2).then(|| view! { <IncidentImportForm failed=self.failed on_action=on_action/> });
        view! {
            {main}
            {import}
            {past_damaged}
            <PastIncidentsList past=past on_action=on_action/>
        }
    }

    fn fail(self, place: Place, message: impl Into<String>) -> bool {
        self.failed.set(Some(ActionError {
            place,
            message: message.into(),
        }));
        false
    }

    /// Answers an action: `true` when what it asked is kept.
    fn act(self, action: IncidentAction) -> bool {
        self.notice.set(None);
        self.failed.set(None);
        match action {
            IncidentAction::Start(fields) => self.start(&fields),
            IncidentAction::AddNote(text) => self.change(Place::Note, EventKind::NoteAdded { text }),
            IncidentAction::EditNote(entry, text) => {
                self.change(Place::Entry(entry), EventKind::EntryEdited { entry, text })
            }
            IncidentAction::StrikeOut(entry, reason) => {
                let reason = Some(reason.trim().to_string()).filter(|r| !r.is_empty());
                self.change(Place::Entry(entry), EventKind::EntryStruckOut { entry, reason })
            }
            IncidentAction::ChangePriority(fields) => match fields.read() {
                Ok(priority) => {
                    self.field_errors.set(Vec::new());
                    self.change(Place::Priority, EventKind::PriorityChanged { priority })
                }
                Err(errors) => {
                    self.field_errors.set(errors);
                    false
                }
            },
            IncidentAction::SetReminder(text) => match form::reminder(&text) {
                Ok(every_minutes) => {
                    self.field_errors.set(Vec::new());
                    self.change(Place::Reminder, EventKind::ReminderSet { every_minutes })
                }
                Err(error) => {
                    self.field_errors.set(vec![error]);
                    false
                }
            },
            IncidentAction::ExportMarkdown => {
                self.export(|s, now| (export::to_markdown(s, now), "md", "text/markdown"))
            }
            IncidentAction::ExportJson => self.export(|s, _| (export::to_json(s), "json", "application/json")),
            IncidentAction::Import(text) => self.import(&text),
            IncidentAction::Print => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
                true
            }
            IncidentAction::Close => self.close(),
            IncidentAction::ExportPast(i) => {
                let state = self.past.with_untracked(|p| {
                    p.as_ref()
                        .ok()
                        .and_then(|p| p.incidents.get(i))
                        .map(|p| (p.resume(), p.closed_ms))
                });
                match state {
                    Some((Ok(state), closed)) => {
                        let name = export::file_name(&state, "md");
                        let saved = browser::download(&name, "text/markdown", &export::to_markdown(&state, closed));
                        self.notice
                            .set(saved.then(|| format!("The record was downloaded as {name}.")));
                        saved
                    }
                    Some((Err(e), _)) => {
                        self.notice.set(Some(e.to_string()));
                        false
                    }
                    None => false,
                }
            }
        }
    }

    fn start(self, fields: &form::StartFields) -> bool {
        let scenarios = self.scenarios.get_value();
        let event = match fields.read(&scenarios, now_ms()) {
            Ok(event) => event,
            Err(errors) => {
                self.start_errors.set(errors);
                request_animation_frame(|| browser::focus_id("error-summary"));
                return false;
            }
        };
        self.start_errors.set(Vec::new());
        // Another tab may have started one meanwhile: it is never written over.
        match incident_store::load() {
            Ok(Some(state)) if state.is_open() => {
                self.held.set(Held::Record(Box::new(state)));
                return self.fail(
                    Place::Note,
                    "Another tab started an incident meanwhile: this is its record.",
                );
            }
            Err(unreadable) => {
                self.held.set(Held::Unreadable(unreadable));
                return false;
            }
            _ => {}
        }
        let state = match IncidentState::start(event) {
            Ok(state) => state,
            Err(e) => return self.fail(Place::Start, sentence(e)),
        };
        if let Err(e) = incident_store::save(&state) {
            return self.fail(Place::Start, e.sentence());
        }
        self.held.set(Held::Record(Box::new(state)));
        request_animation_frame(|| browser::focus_id("main-content"));
        true
    }

    /// The record as saved now (another tab may have added to it), else as shown.
    fn latest(self) -> Option<IncidentState> {
        match incident_store::load() {
            Ok(Some(state)) => Some(state),
            _ => self.held.with_untracked(|h| match h {
                Held::Record(s) => Some((**s).clone()),
                _ => None,
            }),
        }
    }

    /// Applies `kind`, stamped now, saves the record, and only then shows it.
    fn change(self, place: Place, kind: EventKind) -> bool {
        let Some(mut state) = self.latest() else {
            return false;
        };
        if let Err(e) = state.apply(Event::new(state.stamp(now_ms()), kind)) {
            return self.fail(place, sentence(e));
        }
        if let Err(e) = incident_store::save(&state) {
            return self.fail(place, e.sentence());
        }
        self.held.set(Held::Record(Box::new(state)));
        true
    }

    fn export(self, write: impl Fn(&IncidentState, i64) -> (String, &'static str, &'static str)) -> bool {
        let Some(state) = self.latest() else {
            return false;
        };
        let (text, extension, mime) = write(&state, now_ms());
        let name = export::file_name(&state, extension);
        if browser::download(&name, mime, &text) {
            self.notice.set(Some(format!("The record was downloaded as {name}.")));
            true
        } else {
            self.fail(Place::Export, "This browser would not download the file.")
        }
    }

    /// Imports a record: an open one becomes the open incident (when none is open here), a
    /// closed one is filed under past incidents.
    fn import(self, text: &str) -> bool {
        if text.trim().is_empty() {
            return self.fail(Place::Import, "Choose a JSON file exported from an incident record.");
        }
        let imported = match export::from_json(text) {
            Ok(state) => state,
            Err(e) => return self.fail(Place::Import, e.to_string()),
        };
        if !imported.is_open() {
            let mut past = match incident_store::past() {
                Ok(past) => past,
                Err(_) => {
                    return self.fail(
                        Place::Import,
                        "The past incidents cannot be read, so the record was not filed with them.",
                    )
                }
            };
            if let Err(e) = past.file(&imported) {
                return self.fail(Place::Import, e.to_string());
            }
            if let Err(e) = incident_store::save_past(&past) {
                return self.fail(Place::Import, e.sentence());
            }
            self.past.set(Ok(past));
            self.notice.set(Some(format!(
                "“{}” was imported under past incidents.",
                imported.name()
            )));
            return true;
        }
        match self.latest() {
            Some(open) if open.is_open() && open.events().first() == imported.events().first() => {
                if imported.events().len() > open.events().len() && imported.events().starts_with(open.events()) {
                    self.replace_with(imported)
                } else {
                    self.fail(
                        Place::Import,
                        "This record is already open here, with everything the file holds.",
                    )
                }
            }
            Some(open) if open.is_open() => self.fail(
                Place::Import,
                "An incident is open: close it before importing another record.",
            ),
            _ => self.replace_with(imported),
        }
    }

    fn replace_with(self, state: IncidentState) -> bool {
        if let Err(e) = incident_store::save(&state) {
            return self.fail(Place::Import, e.sentence());
        }
        self.notice
            .set(Some(format!("The record of “{}” was imported.", state.name())));
        self.held.set(Held::Record(Box::new(state)));
        true
    }

    /// Closes the incident and files it under past incidents; the open record is forgotten
    /// only once the list holding it is saved.
    fn close(self) -> bool {
        let Some(mut state) = self.latest() else {
            return false;
        };
        if let Err(e) = state.apply(Event::new(state.stamp(now_ms()), EventKind::Closed)) {
            return self.fail(Place::Close, sentence(e));
        }
        let mut past = match incident_store::past() {
            Ok(past) => past,
            Err(_) => {
                return self.fail(
                    Place::Close,
                    "The past incidents cannot be read, so the incident was not closed: download or clear them below first.",
                )
            }
        };
        if let Err(e) = past.file(&state) {
            return self.fail(Place::Close, e.to_string());
        }
        if let Err(e) = incident_store::save_past(&past) {
            return self.fail(Place::Close, close_refused(e));
        }
        incident_store::clear();
        self.notice.set(Some(format!(
            "“{}” is closed and filed under past incidents.",
            state.name()
        )));
        self.past.set(Ok(past));
        self.held.set(Held::Nothing);
        true
    }
}

fn close_refused(e: SaveError) -> String {
    match e {
        SaveError::Refused => "This browser would not save the past incidents (its storage may be full or blocked), so the incident is still open. Export the record now to keep it.".into(),
        SaveError::Unreadable => e.sentence().into(),
    }
}

/// Never shown: what the record's view holds in the instant between a record and none.
fn empty_view() -> IncidentView {
    IncidentView {
        name: String::new(),
        scenario: None,
        priority: runbook::incident::view::PriorityView {
            level: String::new(),
            why: Vec::new(),
            changes: 0,
        },
        started: String::new(),
        elapsed: String::new(),
        status: runbook::incident::view::Status::Open,
        reminder: None,
        entries: Vec::new(),
    }
}
