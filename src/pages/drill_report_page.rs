//! The after-action report: drafted by the core from the drill, edited here (the edits are
//! kept in this browser, so a reload loses none), exported as Markdown and JSON, printable,
//! and re-importable from JSON to review later.
//!
//! Plain DOM, as the command generators are (ARCHITECTURE.md): the core drafts and edits the
//! report (`runbook::drill::report`) and writes the page's HTML
//! (`runbook::drill::report_markup`); this module puts it in `<main>`, listens to its forms
//! and buttons by delegation, and redraws the part an edit changed. Its forms are drawn
//! once, so what is typed in one and where focus is survive every edit.

use crate::components::SavedDataRecovery;
use crate::drill_store::{self, now_ms, EditsSaved, Loaded};
use crate::{browser, paths, static_page};
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::drill::report::{ActionItem, Attendee, Report, ReportList};
use runbook::drill::report_edits::{EditsProblem, ReportEdits};
use runbook::drill::report_markup as markup;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlTextAreaElement};

/// The page, and what it shows.
struct ReportPage {
    root: Element,
    /// None when this browser has no drill and nothing was imported.
    report: Option<Report>,
    /// The report on screen is an imported file, under review: it is not saved over this
    /// drill's edits.
    imported: bool,
    /// The browser refused to keep the last edit.
    unsaved: bool,
    /// Whether the editor's summary and notes show the report as it is (they change only
    /// when a report is imported).
    summary_drawn: bool,
}

/// Draws the report page into `<main>` and wires it.
pub fn wire() {
    browser::set_title("After-action report");
    let Some(main) = static_page::element_by_id("main-content") else {
        return;
    };
    main.set_inner_html(&markup::page());
    let Some(root) = main.first_element_child() else {
        return;
    };
    let (problem, initial) = match drill_store::load() {
        Loaded::Drill(s) => {
            let ended = s.ended().is_some();
            (None, Some((Report::draft(&s, now_ms()), ended)))
        }
        Loaded::Nothing => (None, None),
        Loaded::Broken { error, raw } => (Some((error.to_string(), raw)), None),
    };
    // The team's words come back after a reload; the rest is drafted afresh from the log.
    // Edits that cannot be read are kept as they are, for the reader to download.
    let mut edits_problem = None;
    let initial = initial.map(|(mut draft, ended)| {
        match drill_store::report_edits() {
            Some(Ok(edits)) => {
                edits.apply(&mut draft);
            }
            Some(Err(problem)) => edits_problem = Some(problem),
            None => {}
        }
        (draft, ended)
    });
    let page = ReportPage {
        root: root.clone(),
        report: None,
        imported: false,
        unsaved: false,
        summary_drawn: false,
    };
    if let Some((problem, raw)) = edits_problem {
        show_edits_recovery(&page, problem, raw);
    }
    if initial.as_ref().is_some_and(|(_, ended)| !ended) {
        page.fill("running", &markup::running(&paths::drill_facilitator()));
    }
    if let Some((reason, raw)) = problem {
        show_recovery(&page, reason, raw);
    }
    let page = Rc::new(RefCell::new(ReportPage {
        report: initial.map(|(r, _)| r),
        ..page
    }));
    page.borrow_mut().draw();
    for event in ["submit", "click"] {
        let page = page.clone();
        let handler = Closure::<dyn Fn(Event)>::new(move |ev: Event| on_event(&page, ev));
        let _ = root.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        handler.forget();
    }
}

/// The saved drill could not be read: what is wrong, its raw text to keep, and a fresh start
/// (the drill windows' own component, a Leptos island).
fn show_recovery(page: &ReportPage, reason: String, raw: String) {
    let texts = (
        "Saved drill could not be resumed",
        "Keep a copy of the saved data if you need it (for example to write up the drill), then start afresh.",
        "saved-drill.txt",
        "Start afresh",
    );
    mount_recovery(page, "recovery", reason, raw, Some(drill_store::clear), texts);
}

/// The saved edits could not be read: what is wrong, their raw text to keep, and (unless a
/// newer build wrote them) a way to discard them. Until then they stay as saved
/// ([`drill_store::save_report_edits`] holds every edit back).
fn show_edits_recovery(page: &ReportPage, problem: EditsProblem, raw: String) {
    let forget = problem.can_discard().then_some(drill_store::clear_report_edits as fn());
    let texts = (
        problem.title(),
        problem.advice(),
        "saved-report-changes.txt",
        "Discard the saved changes",
    );
    mount_recovery(page, "edits-recovery", problem.to_string(), raw, forget, texts);
}

/// The recovery island in `part`: `forget` (if the reader may) forgets the data. One place
/// that mounts it, so the app holds one copy of its view.
fn mount_recovery(
    page: &ReportPage,
    part: &str,
    reason: String,
    raw: String,
    forget: Option<fn()>,
    (title, advice, filename, fresh_label): (&'static str, &'static str, &'static str, &'static str),
) {
    let Some(slot) = page.part(part).and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let on_fresh = forget.map(|forget| {
        let slot = slot.clone();
        Callback::new(move |_| {
            forget();
            slot.set_inner_html("");
        })
    });
    static_page::mount(slot, move || {
        view! {
            <SavedDataRecovery reason=reason raw=raw on_fresh=on_fresh title=title advice=advice
                filename=filename fresh_label=fresh_label/>
        }
    });
}

fn on_event(page: &Rc<RefCell<ReportPage>>, ev: Event) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if ev.type_() == "submit" {
        ev.prevent_default();
        let form = target.get_attribute("data-form").unwrap_or_default();
        let mut page = page.borrow_mut();
        match ReportList::parse(&form) {
            Some(list) => page.add_to_list(list),
            None if form == "facilitator" => page.set_facilitator(),
            None if form == "attendee" => page.add_attendee(),
            None if form == "discussion" => page.save_answers(),
            None if form == "action" => page.add_action(),
            None if form == "import" => page.import(),
            None => {}
        }
        return;
    }
    let Some(button) = target.closest("button").ok().flatten() else {
        return;
    };
    if let Some(at) = button.get_attribute("data-remove") {
        let (list, index) = at.split_once(':').unwrap_or_default();
        if let (Some(list), Ok(index)) = (ReportList::parse(list), index.parse()) {
            page.borrow_mut().edit(|r| r.remove_from(list, index));
        }
    } else if let Some(index) = button.get_attribute("data-remove-attendee") {
        if let Ok(index) = index.parse() {
            page.borrow_mut().edit(|r| r.remove_attendee(index));
        }
    } else if let Some(index) = button.get_attribute("data-remove-action") {
        if let Ok(index) = index.parse() {
            page.borrow_mut().edit(|r| r.remove_action(index));
        }
    } else if let Some(export) = button.get_attribute("data-export") {
        page.borrow().export(&export);
    }
}

impl ReportPage {
    fn part(&self, name: &str) -> Option<Element> {
        self.root.query_selector(&format!("[data-part=\"{name}\"]")).ok()?
    }

    fn fill(&self, part: &str, html: &str) {
        if let Some(el) = self.part(part) {
            el.set_inner_html(html);
        }
    }

    /// Draws the notices and the report: the editor's forms once, then the parts of it that
    /// show the report.
    fn draw(&mut self) {
        let none = match self.report {
            None => markup::none(&paths::drills()),
            Some(_) => String::new(),
        };
        self.fill("none", &none);
        let Some(report) = &self.report else {
            self.fill("editor", "");
            self.summary_drawn = false;
            return;
        };
        if self.part("summary").is_none() {
            self.fill("editor", &markup::editor());
        }
        if !self.summary_drawn {
            let href = |slug: &str, anchor: Option<&str>| paths::doc_anchor(slug, anchor);
            self.fill("summary", &markup::summary(report, &href));
            self.fill("notes", &markup::notes(&report.notes));
            self.fill("discussion", &markup::discussion(&report.discussion));
            if let Some(field) = static_page::control::<HtmlInputElement>("facilitator-name") {
                field.set_value(&report.facilitator);
            }
            self.summary_drawn = true;
        }
        self.fill("people", &markup::people(&report.facilitator, &report.attendees));
        for list in [ReportList::WentWell, ReportList::ToImprove] {
            self.fill(list.id(), &markup::list_items(list, report.list(list)));
        }
        self.fill("actions", &markup::actions(&report.actions));
    }

    /// Applies an edit, keeps it in this browser (unless the report is an imported one),
    /// and redraws.
    fn edit(&mut self, change: impl FnOnce(&mut Report)) {
        if let Some(report) = &mut self.report {
            change(report);
            self.edited();
        }
    }

    /// Keeps the edit (see [`ReportPage::edit`]) and redraws; says whether it was saved.
    fn edited(&mut self) -> bool {
        let Some(report) = &self.report else {
            return false;
        };
        let mut saved = false;
        if !self.imported {
            let outcome = drill_store::save_report_edits(&ReportEdits::of(report));
            saved = outcome == EditsSaved::Saved;
            let unsaved = outcome == EditsSaved::Refused;
            if unsaved != self.unsaved {
                self.fill("unsaved", &unsaved.then(markup::unsaved).unwrap_or_default());
                self.unsaved = unsaved;
            }
        }
        self.draw();
        saved
    }

    fn set_facilitator(&mut self) {
        let Some(input) = static_page::control::<HtmlInputElement>("facilitator-name") else {
            return;
        };
        self.edit(|r| r.set_facilitator(&input.value()));
        if let Some(report) = &self.report {
            input.set_value(&report.facilitator);
        }
    }

    fn add_attendee(&mut self) {
        let [name, role] = markup::ATTENDEE_FIELDS.map(|(id, _, _)| static_page::control::<HtmlInputElement>(id));
        let (Some(name), Some(role)) = (name, role) else {
            return;
        };
        let Some(report) = &mut self.report else {
            return;
        };
        let errors = match Attendee::parse(&name.value(), &role.value()) {
            Ok(attendee) => match report.add_attendee(attendee) {
                Ok(()) => {
                    self.edited();
                    for input in [&name, &role] {
                        input.set_value("");
                    }
                    Vec::new()
                }
                Err(full) => vec![("name", full.to_string())],
            },
            Err(errors) => errors.into_iter().map(|(f, e)| (f, e.to_string())).collect(),
        };
        for ((id, _, hint), input) in markup::ATTENDEE_FIELDS.iter().zip([&name, &role]) {
            let field = id.trim_start_matches("attendee-");
            let message = errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e.as_str());
            let hint = hint.map(|_| format!("{id}-hint"));
            show_error(input, &format!("{id}-error"), hint.as_deref(), message);
        }
    }

    /// Keeps what is in the discussion's answer boxes.
    fn save_answers(&mut self) {
        let count = self.report.as_ref().map_or(0, |r| r.discussion.len());
        let answers: Vec<String> = (0..count)
            .map(|i| {
                static_page::control::<HtmlTextAreaElement>(&format!("discussion-{i}"))
                    .map_or_else(String::new, |t| t.value())
            })
            .collect();
        let Some(report) = &mut self.report else {
            return;
        };
        report.set_answers(answers.iter().map(String::as_str));
        let status = if self.edited() {
            "Answers saved"
        } else {
            "Answers kept on this page, not saved in this browser"
        };
        self.fill("discussion-status", status);
    }

    fn add_to_list(&mut self, list: ReportList) {
        let id = format!("{}-new", list.id());
        let Some(input) = static_page::control::<HtmlInputElement>(&id) else {
            return;
        };
        let Some(report) = &mut self.report else {
            return;
        };
        let error = report.add_to(list, &input.value()).err().map(|e| e.to_string());
        show_error(&input, &format!("{}-error", list.id()), None, error.as_deref());
        if error.is_none() {
            input.set_value("");
            self.edited();
        }
    }

    fn add_action(&mut self) {
        let [what, owner, due] = markup::ACTION_FIELDS.map(|(id, _, _)| static_page::control::<HtmlInputElement>(id));
        let (Some(what), Some(owner), Some(due)) = (what, owner, due) else {
            return;
        };
        let Some(report) = &mut self.report else {
            return;
        };
        let errors = match ActionItem::parse(&what.value(), &owner.value(), &due.value())
            .and_then(|item| report.add_action(item).map_err(|e| vec![e]))
        {
            Ok(()) => {
                self.edited();
                for input in [&what, &owner, &due] {
                    input.set_value("");
                }
                Vec::new()
            }
            Err(errors) => errors,
        };
        for ((id, _, hint), input) in markup::ACTION_FIELDS.iter().zip([&what, &owner, &due]) {
            let field = id.trim_start_matches("action-");
            let message = errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e.to_string());
            let hint = hint.map(|_| format!("{id}-hint"));
            show_error(input, &format!("{id}-error"), hint.as_deref(), message.as_deref());
        }
    }

    /// Reads a pasted report; on success it replaces the one on screen, for review.
    fn import(&mut self) {
        let Some(field) = static_page::control::<HtmlTextAreaElement>("report-json") else {
            return;
        };
        let text = field.value();
        let error = if text.trim().is_empty() {
            Some("Paste the JSON of an exported report".to_string())
        } else {
            match Report::from_json(&text) {
                Ok(report) => {
                    self.report = Some(report);
                    self.summary_drawn = false;
                    field.set_value("");
                    None
                }
                Err(e) => Some(e.to_string()),
            }
        };
        self.imported = error.is_none();
        self.fill("imported", &self.imported.then(markup::imported).unwrap_or_default());
        self.fill(
            "import-summary",
            &error.as_deref().map(markup::import_summary).unwrap_or_default(),
        );
        show_error(&field, "report-json-error", Some("report-json-hint"), error.as_deref());
        self.draw();
    }

    fn export(&self, how: &str) {
        let Some(report) = &self.report else {
            return;
        };
        let stem = format!("after-action-report-{}-{}", report.scenario_id, report.seed);
        match how {
            // One call for both, so the Markdown writer is in the app once.
            "copy-markdown" | "markdown" => {
                let text = report.to_markdown(&doc_address);
                if how == "markdown" {
                    browser::download(&format!("{stem}.md"), "text/markdown", &text);
                    return;
                }
                let status = self.part("export-status");
                spawn_local(async move {
                    let said = if browser::copy_text(&text).await {
                        Ok("Markdown copied")
                    } else {
                        Err("Could not copy: download the Markdown instead")
                    };
                    if let Some(status) = status {
                        browser::show_copy_status(&status, said);
                    }
                });
            }
            "json" => {
                browser::download(&format!("{stem}.json"), "application/json", &report.to_json());
            }
            _ => {}
        }
    }
}

/// The whole address of a doc page's section, for links in the Markdown export, which is
/// read away from the site.
fn doc_address(slug: &str, anchor: Option<&str>) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", paths::doc_anchor(slug, anchor))
}

/// Shows `message` as the error of the field `control` (or clears it), and describes the
/// field by its hint, if it has one, and its error.
fn show_error(control: &Element, error_id: &str, hint_id: Option<&str>, message: Option<&str>) {
    let Some(group) = control.closest(".form-group").ok().flatten() else {
        return;
    };
    let field = static_page::Field {
        group: &group,
        control,
        described: control,
        hint_id,
        error_id,
    };
    static_page::show_field_error(&field, message);
}
