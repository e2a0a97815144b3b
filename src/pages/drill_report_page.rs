use crate::browser;
use crate::components::{DrillRecovery, DrillReportSummary, NotificationBanner, Tone, WarningText};
use crate::drill_store::{self, now_ms, Loaded};
use crate::paths;
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::drill::clock::format_elapsed;
use runbook::drill::report::{ActionItem, Report};
use runbook::drill::report_edits::ReportEdits;

/// The after-action report: drafted by the core from the drill, edited here (the edits are
/// kept in this browser, so a reload loses none), exported as Markdown and JSON, printable,
/// and re-importable from JSON to review later.
#[component]
pub fn DrillReportPage() -> impl IntoView {
    browser::set_title("After-action report");
    let (problem, initial) = match drill_store::load() {
        Loaded::Drill(s) => {
            let ended = s.ended().is_some();
            (None, Some((Report::draft(&s, now_ms()), ended)))
        }
        Loaded::Nothing => (None, None),
        Loaded::Broken { error, raw } => (Some((error.to_string(), raw)), None),
    };
    // The team's words come back after a reload; the rest is drafted afresh from the log.
    let mut edits_lost = false;
    let initial = initial.map(|(mut draft, ended)| {
        match drill_store::report_edits() {
            Some(Ok(edits)) => {
                edits.apply(&mut draft);
            }
            Some(Err(_)) => {
                edits_lost = true;
                drill_store::clear_report_edits();
            }
            None => {}
        }
        (draft, ended)
    });
    let running = initial.as_ref().is_some_and(|(_, ended)| !ended);
    let report = RwSignal::new(initial.map(|(r, _)| r));
    let problem = RwSignal::new(problem);
    let imported = RwSignal::new(false);
    let (unsaved, set_unsaved) = signal(false);
    // Every edit is kept in this browser at once. An imported report is someone's file,
    // reviewed here: it is not saved over this drill's edits.
    Effect::watch(
        move || report.get(),
        move |r, _, _| {
            if let (Some(r), false) = (r, imported.get_untracked()) {
                set_unsaved.set(!drill_store::save_report_edits(&ReportEdits::of(r)));
            }
        },
        false,
    );

    let body = move || {
        report.get().is_some().then(|| {
            let r = Signal::derive(move || report.get().unwrap_or_else(placeholder));
            view! { <ReportEditor report=report summary=r/> }
        })
    };
    view! {
        <div class="drill drill--report">
            <span class="caption-l">"Tabletop drill"</span>
            <h1 class="heading-xl">"After-action report"</h1>
            {move || problem.get().map(|(reason, raw)| view! {
                <DrillRecovery reason=reason raw=raw on_fresh=Callback::new(move |_| {
                    drill_store::clear();
                    problem.set(None);
                })/>
            })}
            {edits_lost.then(|| view! {
                <WarningText testid="report-edits-lost">
                    "The changes saved for this report could not be read, so it starts again from the draft."
                </WarningText>
            })}
            {move || unsaved.get().then(|| view! {
                <WarningText alert=true>
                    "This browser would not save your changes to the report (storage may be full or blocked). Export it before you leave this page."
                </WarningText>
            })}
            {running.then(|| view! {
                <WarningText>
                    "The drill is still running: this is a draft as of now. "<a class="link" href=paths::drill_facilitator()>"Back to the drill"</a>
                </WarningText>
            })}
            {move || imported.get().then(|| view! {
                <NotificationBanner title_id="imported-title" title="Success" tone=Tone::Success alert=true testid="report-imported">
                    <p class="notification-banner__heading">"The report was imported. You are reviewing the imported report."</p>
                </NotificationBanner>
            })}
            {move || report.with(|r| r.is_none()).then(|| view! {
                <p class="body" data-testid="report-none">"There is no drill to report on in this browser. Run a drill, or import a report below to review it."</p>
                <p class="body"><a class="link" href=paths::drills()>"Choose a drill"</a></p>
            })}
            {body}
            <ImportForm report=report imported=imported/>
        </div>
    }
}

fn placeholder() -> Report {
    Report {
        schema_version: runbook::drill::report::REPORT_SCHEMA_VERSION,
        scenario_id: String::new(),
        scenario_title: String::new(),
        seed: 0,
        started: runbook::drill::state::Moment { wall_ms: 0, sim_ms: 0 },
        ended: None,
        timeline: Vec::new(),
        decisions: Vec::new(),
        met: 0,
        missed: 0,
        critical_misses: 0,
        went_well: Vec::new(),
        to_improve: Vec::new(),
        notes: Vec::new(),
        actions: Vec::new(),
    }
}

#[component]
fn ReportEditor(report: RwSignal<Option<Report>>, summary: Signal<Report>) -> impl IntoView {
    let edit = move |f: &dyn Fn(&mut Report)| {
        report.update(|r| {
            if let Some(r) = r {
                f(r)
            }
        })
    };
    let (copied, set_copied) = signal(String::new());
    let markdown = move || report.with_untracked(|r| r.as_ref().map(Report::to_markdown).unwrap_or_default());
    let file_stem = move || {
        report.with_untracked(|r| {
            r.as_ref()
                .map(|r| format!("after-action-report-{}-{}", r.scenario_id, r.seed))
                .unwrap_or_default()
        })
    };
    let copy_md = move |_| {
        let text = markdown();
        spawn_local(async move {
            let ok = crate::browser::copy_text(&text).await;
            set_copied.set(if ok {
                "Markdown copied".into()
            } else {
                "Could not copy: download the Markdown instead".into()
            });
        });
    };
    let download_md = move |_| {
        drill_store::download(&format!("{}.md", file_stem()), "text/markdown", &markdown());
    };
    let download_json = move |_| {
        let json = report.with_untracked(|r| r.as_ref().map(Report::to_json).unwrap_or_default());
        drill_store::download(&format!("{}.json", file_stem()), "application/json", &json);
    };

    // Action item form.
    let (what, set_what) = signal(String::new());
    let (owner, set_owner) = signal(String::new());
    let (due, set_due) = signal(String::new());
    let (action_errors, set_action_errors) = signal(Vec::<(&'static str, String)>::new());
    let add_action = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match ActionItem::parse(&what.get_untracked(), &owner.get_untracked(), &due.get_untracked()) {
            Ok(item) => {
                edit(&|r| r.actions.push(item.clone()));
                set_action_errors.set(Vec::new());
                set_what.set(String::new());
                set_owner.set(String::new());
                set_due.set(String::new());
            }
            Err(errors) => set_action_errors.set(errors.into_iter().map(|(f, e)| (f, e.to_string())).collect()),
        }
    };
    let field_error = move |field: &'static str| {
        action_errors.with(|errs| errs.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
    };
    let field = move |field: &'static str,
                      id: &'static str,
                      label: &'static str,
                      hint: Option<&'static str>,
                      value: ReadSignal<String>,
                      set: WriteSignal<String>| {
        let err_id = format!("{id}-error");
        let hint_id = format!("{id}-hint");
        let has_hint = hint.is_some();
        view! {
            <div class="form-group" class:form-group--error=move || field_error(field).is_some()>
                <label class="label" for=id>{label}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                {move || field_error(field).map(|m| view! { <p class="error-message" id=err_id.clone()><span class="visually-hidden">"Error: "</span>{m}</p> })}
                <input class="input" type="text" id=id autocomplete="off"
                    aria-describedby=move || {
                        let mut ids = Vec::new();
                        if has_hint { ids.push(format!("{id}-hint")); }
                        if field_error(field).is_some() { ids.push(format!("{id}-error")); }
                        (!ids.is_empty()).then(|| ids.join(" "))
                    }
                    prop:value=value on:input=move |ev| set.set(event_target_value(&ev))/>
            </div>
        }
    };

    view! {
        <DrillReportSummary report=summary/>
        <EditableList title="What went well" id="went-well" report=report get=|r: &Report| r.went_well.clone() set=|r: &mut Report, v| r.went_well = v/>
        <EditableList title="What to improve" id="to-improve" report=report get=|r: &Report| r.to_improve.clone() set=|r: &mut Report, v| r.to_improve = v/>
        <h2 class="heading-l">"Notes"</h2>
        {move || {
            let notes = summary.get().notes;
            if notes.is_empty() {
                view! { <p class="body">"No notes were taken."</p> }.into_any()
            } else {
                view! { <ul class="list list--bullet" data-testid="report-notes">{notes.into_iter().map(|n| view! {
                    <li>{n.text}" "<span class="drill-num">{format!("(simulated {}, real {})", format_elapsed(n.sim_ms), format_elapsed(n.wall_ms))}</span></li>
                }).collect_view()}</ul> }.into_any()
            }
        }}
        <h2 class="heading-l">"Action items"</h2>
        {move || {
            let actions = summary.get().actions;
            if actions.is_empty() {
                return view! { <p class="body">"No action items yet."</p> }.into_any();
            }
            view! {
                <table class="table" data-testid="report-actions">
                    <caption class="visually-hidden">"Action items"</caption>
                    <thead><tr>
                        <th scope="col" class="table__header">"Action"</th>
                        <th scope="col" class="table__header">"Owner"</th>
                        <th scope="col" class="table__header">"Due"</th>
                        <th scope="col" class="table__header drill-print-hide"><span class="visually-hidden">"Remove"</span></th>
                    </tr></thead>
                    <tbody>
                        {actions.into_iter().enumerate().map(|(i, a)| view! {
                            <tr>
                                <td class="table__cell">{a.what.clone()}</td>
                                <td class="table__cell">{a.owner.clone()}</td>
                                <td class="table__cell">{a.due.map_or("–".to_string(), |d| d.to_string())}</td>
                                <td class="table__cell drill-print-hide">
                                    <button type="button" class="button button--secondary" on:click=move |_| edit(&|r| { if i < r.actions.len() { r.actions.remove(i); } })>
                                        "Remove"<span class="visually-hidden">{format!(" action: {}", a.what)}</span>
                                    </button>
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        <form class="drill-form drill-print-hide" on:submit=add_action novalidate>
            <fieldset class="fieldset">
                <legend class="fieldset__legend heading-s">"Add an action item"</legend>
                {field("what", "action-what", "Action", None, what, set_what)}
                {field("owner", "action-owner", "Owner", None, owner, set_owner)}
                {field("due", "action-due", "Due date (optional)", Some("For example, 2026-07-01"), due, set_due)}
            </fieldset>
            <button type="submit" class="button button--secondary">"Add action item"</button>
        </form>
        <section class="drill-print-hide" aria-labelledby="export-title">
            <h2 class="heading-l" id="export-title">"Export"</h2>
            <div class="drill-actions">
                <button type="button" class="button" on:click=copy_md>"Copy as Markdown"</button>
                <button type="button" class="button button--secondary" on:click=download_md>"Download Markdown"</button>
                <button type="button" class="button button--secondary" data-testid="download-json" on:click=download_json>"Download JSON"</button>
                <span class="copy__status" role="status" aria-live="polite">{copied}</span>
            </div>
            <p class="body">"To print, use your browser's print command: the controls are left off the page."</p>
        </section>
    }
}

/// An editable bullet list of the report (what went well, what to improve).
#[component]
fn EditableList(
    title: &'static str,
    id: &'static str,
    report: RwSignal<Option<Report>>,
    get: fn(&Report) -> Vec<String>,
    set: fn(&mut Report, Vec<String>),
) -> impl IntoView {
    let (text, set_text) = signal(String::new());
    let (error, set_error) = signal(false);
    let items = move || report.with(|r| r.as_ref().map(get).unwrap_or_default());
    let input_id = format!("{id}-new");
    let error_id = format!("{id}-error");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        if t.trim().is_empty() {
            set_error.set(true);
            return;
        }
        set_error.set(false);
        report.update(|r| {
            if let Some(r) = r {
                let mut v = get(r);
                v.push(t.trim().to_string());
                set(r, v);
            }
        });
        set_text.set(String::new());
    };
    view! {
        <h2 class="heading-l">{title}</h2>
        <ul class="list list--bullet" data-testid=id>
            {move || items().into_iter().enumerate().map(|(i, item)| view! {
                <li>{item.clone()}" "
                    <button type="button" class="drill-link-button drill-print-hide" on:click=move |_| report.update(|r| if let Some(r) = r {
                        let mut v = get(r);
                        if i < v.len() { v.remove(i); }
                        set(r, v);
                    })>"Remove"<span class="visually-hidden">{format!(": {item}")}</span></button>
                </li>
            }).collect_view()}
        </ul>
        <form class="drill-form drill-print-hide" on:submit=add novalidate>
            <div class="form-group" class:form-group--error=move || error.get()>
                <label class="label" for=input_id.clone()>{format!("Add to “{title}”")}</label>
                {move || error.get().then(|| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Error: "</span>"Enter some text to add"</p> })}
                <input class="input" type="text" id=input_id.clone() autocomplete="off" prop:value=text on:input=move |ev| set_text.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button button--secondary">"Add"</button>
        </form>
    }
}

/// Paste an exported JSON report to review it.
#[component]
fn ImportForm(report: RwSignal<Option<Report>>, imported: RwSignal<bool>) -> impl IntoView {
    let (text, set_text) = signal(String::new());
    let (error, set_error) = signal(None::<String>);
    let import = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        if t.trim().is_empty() {
            set_error.set(Some("Paste the JSON of an exported report".into()));
            imported.set(false);
            return;
        }
        match Report::from_json(&t) {
            Ok(r) => {
                report.set(Some(r));
                set_error.set(None);
                set_text.set(String::new());
                imported.set(true);
            }
            Err(e) => {
                set_error.set(Some(format!("That is not a report this runbook can read. {e}")));
                imported.set(false);
            }
        }
    };
    view! {
        <section class="drill-print-hide" aria-labelledby="import-title">
            <h2 class="heading-l" id="import-title">"Import a report"</h2>
            {move || error.get().map(|e| view! {
                <div class="error-summary" role="alert" tabindex="-1" data-testid="import-error-summary">
                    <h2 class="error-summary__title">"There is a problem"</h2>
                    <ul class="error-summary__list"><li><a href="#report-json">{e}</a></li></ul>
                </div>
            })}
            <form class="drill-form" on:submit=import novalidate>
                <div class="form-group" class:form-group--error=move || error.get().is_some()>
                    <label class="label" for="report-json">"Report JSON"</label>
                    <p class="hint" id="report-json-hint">"Paste the contents of a report downloaded as JSON. It replaces the report on this page."</p>
                    {move || error.get().map(|e| view! { <p class="error-message" id="report-json-error"><span class="visually-hidden">"Error: "</span>{e}</p> })}
                    <textarea class="textarea" id="report-json" rows="6" spellcheck="false"
                        aria-describedby=move || if error.get().is_some() { "report-json-hint report-json-error" } else { "report-json-hint" }
                        prop:value=text on:input=move |ev| set_text.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class="button button--secondary">"Import report"</button>
            </form>
        </section>
    }
}
