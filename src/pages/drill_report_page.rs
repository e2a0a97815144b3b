//! The after-action report: drafted by the core from the drill, edited here (the edits are
//! kept in this browser, so a reload loses none), exported as Markdown and JSON, printable,
//! and re-importable from JSON to review later.
//!
//! The core drafts and edits the report (`runbook::drill::report`) and says what the page
//! shows (`report::view::report_view`); `components::drill_report` draws it and says what
//! the reader asks as a `ReportEvent`, which this module answers through the core. The
//! report is a signal, and the view a memo of it. The build draws the page as
//! `ReportWaiting`, true whether or not this browser holds a drill; the app then draws the
//! report, or says there is none.

use crate::components::drill_report::{
    Export, ExportStatus, FieldErrors, FieldValues, ReportEditor, ReportEvent, ReportImport, ReportNotices,
    ReportShown, ReportWaiting,
};
use crate::components::SavedDataRecovery;
use crate::drill_store::{self, now_ms, EditsSaved, Loaded};
use crate::{browser, paths, static_page};
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::drill::report::view::{report_view, Field};
use runbook::drill::report::{ActionItem, Attendee, Report, ReportList};
use runbook::drill::report_edits::{EditsProblem, ReportEdits};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

/// The page's state: the report and what the page says about it.
#[derive(Clone, Copy)]
struct Page {
    /// None when this browser has no drill and nothing was imported.
    report: RwSignal<Option<Report>>,
    /// Counts the reports shown: the editor is drawn afresh for each (an import).
    shown: RwSignal<u32>,
    notices: RwSignal<ReportShown>,
    values: FieldValues,
    errors: FieldErrors,
    /// The discussion's answers as typed, one per prompt of the report shown.
    answers: StoredValue<Vec<RwSignal<String>>>,
    answers_status: RwSignal<Option<&'static str>>,
    export_status: ExportStatus,
    /// The saved drill could not be read: why, and its text.
    drill_problem: RwSignal<Option<(String, String)>>,
    /// The saved edits could not be read: the problem, and their text.
    edits_problem: RwSignal<Option<(EditsProblem, String)>>,
}

/// Draws the report page into `<main>`, in place of the build's.
pub fn wire() {
    browser::set_title("After-action report");
    let Some(main) = static_page::element_by_id("main-content") else {
        return;
    };
    let (drill_problem, initial) = match drill_store::load() {
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
    let running = initial.as_ref().is_some_and(|(_, ended)| !ended);
    let page = Page {
        report: RwSignal::new(None),
        shown: RwSignal::new(0),
        notices: RwSignal::new(ReportShown {
            running,
            ..ReportShown::default()
        }),
        values: FieldValues::new(),
        errors: RwSignal::new(Vec::new()),
        answers: StoredValue::new(Vec::new()),
        answers_status: RwSignal::new(None),
        export_status: RwSignal::new(None),
        drill_problem: RwSignal::new(drill_problem),
        edits_problem: RwSignal::new(edits_problem),
    };
    if let Some((report, _)) = initial {
        page.show(report);
    }
    static_page::take_over(main, move || page.draw());
}

impl Page {
    fn draw(self) -> impl IntoView {
        let on_event = Callback::new(move |event| self.on_event(event));
        let view = Memo::new(move |_| {
            self.report.with(|r| {
                r.as_ref()
                    .map(|r| report_view(r, &|slug, anchor| paths::doc_anchor(slug, anchor)))
            })
        });
        let has_report = Memo::new(move |_| self.report.with(Option::is_some));
        let editor = move || {
            self.shown.track();
            has_report.get().then(|| {
                let view = Signal::derive(move || view.get().unwrap_or_default());
                view! {
                    <ReportEditor view=view values=self.values errors=self.errors
                        answers=self.answers.get_value() answers_status=self.answers_status
                        export_status=self.export_status on_event=on_event/>
                }
            })
        };
        view! {
            <div class="drill drill--report">
                <span class="caption-l">"Tabletop drill"</span>
                <h1 class="heading-xl">"After-action report"</h1>
                {move || self.drill_recovery()}
                {move || self.edits_recovery()}
                <ReportNotices shown=self.notices.into() facilitator=paths::drill_facilitator()/>
                {move || (!has_report.get()).then(|| view! { <ReportWaiting drills=paths::drills() known=true/> })}
                {editor}
                <ReportImport values=self.values errors=self.errors on_event=on_event/>
            </div>
        }
    }

    /// Shows `report`, drawing the editor afresh with its discussion's answers.
    fn show(self, report: Report) {
        self.values.of(Field::Facilitator).set(report.facilitator.clone());
        let answers = report
            .discussion
            .iter()
            .map(|d| RwSignal::new(d.answer.clone()))
            .collect();
        self.answers.set_value(answers);
        self.report.set(Some(report));
        self.shown.update(|n| *n += 1);
    }

    /// The saved drill could not be read: what is wrong, its raw text to keep, and a fresh
    /// start (the drill windows' own component).
    fn drill_recovery(self) -> Option<impl IntoView> {
        let (reason, raw) = self.drill_problem.get()?;
        let on_fresh = Callback::new(move |_| {
            drill_store::clear();
            self.drill_problem.set(None);
        });
        Some(view! { <SavedDataRecovery reason=reason raw=raw on_fresh=on_fresh/> })
    }

    /// The saved edits could not be read: what is wrong, their raw text to keep, and (unless
    /// a newer build wrote them) a way to discard them. Until then they stay as saved
    /// ([`drill_store::save_report_edits`] holds every edit back).
    fn edits_recovery(self) -> Option<impl IntoView> {
        let (problem, raw) = self.edits_problem.get()?;
        let on_fresh = problem.can_discard().then(|| {
            Callback::new(move |_| {
                drill_store::clear_report_edits();
                self.edits_problem.set(None);
            })
        });
        Some(view! {
            <SavedDataRecovery reason=problem.to_string() raw=raw on_fresh=on_fresh title=problem.title()
                advice=problem.advice() filename="saved-report-changes.txt" fresh_label="Discard the saved changes"/>
        })
    }

    fn on_event(self, event: ReportEvent) {
        match event {
            ReportEvent::SaveFacilitator => {
                let name = self.values.of(Field::Facilitator);
                self.edit(|r| r.set_facilitator(&name.get_untracked()));
                if let Some(saved) = self
                    .report
                    .with_untracked(|r| r.as_ref().map(|r| r.facilitator.clone()))
                {
                    name.set(saved);
                }
            }
            ReportEvent::AddAttendee => self.add_attendee(),
            ReportEvent::RemoveAttendee(i) => self.edit(|r| r.remove_attendee(i)),
            ReportEvent::Add(list) => self.add_to(list),
            ReportEvent::Remove(list, i) => self.edit(|r| r.remove_from(list, i)),
            ReportEvent::SaveAnswers => self.save_answers(),
            ReportEvent::AddAction => self.add_action(),
            ReportEvent::RemoveAction(i) => self.edit(|r| r.remove_action(i)),
            ReportEvent::Import => self.import(),
            ReportEvent::Export(how) => self.export(how),
        }
    }

    /// The value in `field`, as the control holds it: what was typed, and also what was
    /// put there without an input event (the browser's autofill, a paste by script).
    fn typed(self, field: Field) -> String {
        let value = self.values.of(field);
        let id = field.id();
        let shown = static_page::control::<HtmlInputElement>(id)
            .map(|i| i.value())
            .or_else(|| static_page::control::<HtmlTextAreaElement>(id).map(|t| t.value()));
        if let Some(shown) = shown {
            if value.with_untracked(|v| *v != shown) {
                value.set(shown);
            }
        }
        value.get_untracked()
    }

    /// Sets the errors of `fields` to `errors` (theirs only), leaving the others'.
    fn set_errors(self, fields: &[Field], errors: Vec<(Field, String)>) {
        self.errors.update(|all| {
            all.retain(|(f, _)| !fields.contains(f));
            all.extend(errors);
        });
    }

    /// Clears `fields` after what they held was taken.
    fn clear(self, fields: &[Field]) {
        for f in fields {
            self.values.of(*f).set(String::new());
        }
    }

    /// Applies an edit and keeps it in this browser (unless the report is an imported one).
    fn edit(self, change: impl FnOnce(&mut Report)) {
        if self.report.with_untracked(Option::is_none) {
            return;
        }
        self.report.update(|r| {
            if let Some(r) = r {
                change(r);
            }
        });
        self.edited();
    }

    /// Keeps the report's edits; says whether they were saved.
    fn edited(self) -> bool {
        if self.notices.with_untracked(|n| n.imported) {
            return false;
        }
        let Some(edits) = self.report.with_untracked(|r| r.as_ref().map(ReportEdits::of)) else {
            return false;
        };
        let outcome = drill_store::save_report_edits(&edits);
        let unsaved = outcome == EditsSaved::Refused;
        if self.notices.with_untracked(|n| n.unsaved) != unsaved {
            self.notices.update(|n| n.unsaved = unsaved);
        }
        outcome == EditsSaved::Saved
    }

    fn add_attendee(self) {
        let fields = [Field::AttendeeName, Field::AttendeeRole];
        let errors = match Attendee::parse(&self.typed(fields[0]), &self.typed(fields[1])) {
            Ok(attendee) => {
                let mut added = Ok(());
                self.edit(|r| added = r.add_attendee(attendee));
                match added {
                    Ok(()) => {
                        self.clear(&fields);
                        Vec::new()
                    }
                    Err(full) => vec![(Field::AttendeeName, full.to_string())],
                }
            }
            Err(errors) => errors
                .into_iter()
                .filter_map(|(name, e)| Some((Field::named(name)?, e.to_string())))
                .collect(),
        };
        self.set_errors(&fields, errors);
    }

    fn add_to(self, list: ReportList) {
        let field = Field::NewItem(list);
        let text = self.typed(field);
        let mut result = Ok(());
        self.report.update(|r| {
            if let Some(r) = r {
                result = r.add_to(list, &text);
            }
        });
        match result {
            Ok(()) => {
                self.clear(&[field]);
                self.set_errors(&[field], Vec::new());
                self.edited();
            }
            Err(e) => self.set_errors(&[field], vec![(field, e.to_string())]),
        }
    }

    /// Keeps what is in the discussion's answer boxes.
    fn save_answers(self) {
        let answers: Vec<String> = self
            .answers
            .with_value(|a| a.iter().map(|s| s.get_untracked()).collect());
        self.report.update(|r| {
            if let Some(r) = r {
                r.set_answers(answers.iter().map(String::as_str));
            }
        });
        self.answers_status.set(Some(if self.edited() {
            "Answers saved"
        } else {
            "Answers kept on this page, not saved in this browser"
        }));
    }

    fn add_action(self) {
        let fields = [Field::ActionWhat, Field::ActionOwner, Field::ActionDue];
        let [what, owner, due] = fields.map(|f| self.typed(f));
        let parsed = ActionItem::parse(&what, &owner, &due);
        let errors = match parsed {
            Ok(item) => {
                let mut added = Ok(());
                self.edit(|r| added = r.add_action(item));
                match added {
                    Ok(()) => {
                        self.clear(&fields);
                        Vec::new()
                    }
                    Err(e) => vec![e],
                }
            }
            Err(errors) => errors,
        };
        let errors = errors
            .into_iter()
            .filter_map(|(name, e)| Some((Field::named(name)?, e.to_string())))
            .collect();
        self.set_errors(&fields, errors);
    }

    /// Reads a pasted report; on success it replaces the one on screen, for review.
    fn import(self) {
        let field = Field::ImportJson;
        let text = self.typed(field);
        let error = if text.trim().is_empty() {
            Some("Paste the JSON of an exported report".to_string())
        } else {
            match Report::from_json(&text) {
                Ok(report) => {
                    self.clear(&[field]);
                    self.notices.update(|n| n.imported = true);
                    self.show(report);
                    None
                }
                Err(e) => Some(e.to_string()),
            }
        };
        if error.is_some() {
            self.notices.update(|n| n.imported = false);
        }
        self.set_errors(&[field], error.map(|e| (field, e)).into_iter().collect());
    }

    fn export(self, how: Export) {
        let Some((stem, markdown, json)) = self.report.with_untracked(|r| {
            r.as_ref().map(|r| {
                let stem = format!("after-action-report-{}-{}", r.scenario_id, r.seed);
                match how {
                    Export::Json => (stem, None, Some(r.to_json())),
                    _ => (stem, Some(r.to_markdown(&doc_address)), None),
                }
            })
        }) else {
            return;
        };
        match (how, markdown, json) {
            (Export::Markdown, Some(text), _) => {
                browser::download(&format!("{stem}.md"), "text/markdown", &text);
            }
            (Export::CopyMarkdown, Some(text), _) => {
                let status = self.export_status;
                spawn_local(async move {
                    status.set(Some(if browser::copy_text(&text).await {
                        Ok("Markdown copied")
                    } else {
                        Err("Could not copy: download the Markdown instead")
                    }));
                });
            }
            (Export::Json, _, Some(text)) => {
                browser::download(&format!("{stem}.json"), "application/json", &text);
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
