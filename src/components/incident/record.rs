use super::{ActionError, IncidentAction, IncidentField, Place, PriorityFieldset};
use crate::browser;
use crate::components::govuk::ErrorMessage;
use crate::paths;
use leptos::prelude::*;
use runbook::incident::form::{error_for, Field, FieldError, PriorityFields};
use runbook::incident::view::{EntryView, IncidentView, Status};
use runbook::incident::Priority;

/// The incident's record on `/incident`: what it is (name, priority and why, when it
/// started, the update reminder), every entry in order with its UTC time, and the forms
/// that add to it (a note, a correction, a strike-out, the priority, the reminder), then
/// export, print and close. Each form's failure is said at the form, and what was
/// typed stays.
#[component]
pub fn IncidentRecord(
    view: Memo<IncidentView>,
    /// The priority now, to fill the form that changes it.
    #[prop(into)]
    priority: Signal<Priority>,
    #[prop(into)] failed: Signal<Option<ActionError>>,
    /// The priority and reminder forms' mistakes.
    #[prop(into)]
    field_errors: Signal<Vec<FieldError>>,
    /// What the last export or import did.
    #[prop(into)]
    notice: Signal<Option<String>>,
    /// Answers an action; `true` when it was kept (the form then empties).
    on_action: Callback<IncidentAction, bool>,
) -> impl IntoView {
    let failed_at = move |place: Place| {
        move || {
            failed
                .get()
                .filter(|f| f.place == place)
                .map(|f| view! { <ErrorMessage id=format!("{}-error", place_id(place)) message=f.message/> })
        }
    };
    let name = Memo::new(move |_| view.with(|v| v.name.clone()));
    let open = Memo::new(move |_| view.with(|v| v.status == Status::Open));
    let submit_then_reset = move |action: fn(&browser::SubmittedForm) -> IncidentAction| {
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if let Some(form) = browser::submitted_form(&ev) {
                if on_action.run(action(&form)) {
                    form.reset();
                }
            }
        }
    };
    let summary = move || {
        view.with(|v| {
            let scenario = v.scenario.clone().map(|s| {
                let href = paths::doc(&s.slug);
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">"Scenario"</dt>
                        <dd class="summary-list__value"><a class="link" href=href>{s.title}</a></dd>
                    </div>
                }
            });
            let why = v
                .priority
                .why
                .iter()
                .map(|f| {
                    let (label, value) = (f.label, f.value.clone());
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{label}</dt>
                            <dd class="summary-list__value">{value}</dd>
                        </div>
                    }
                })
                .collect_view();
            let status = match &v.status {
                Status::Open => format!("Open for {}", v.elapsed),
                Status::Closed { at } => format!("Closed at {at}, after {}", v.elapsed),
            };
            let reminder = v.reminder.clone().map(|r| {
                let text = if r.due {
                    format!("{}. An update is due (it was due at {}).", r.every, r.next_due)
                } else {
                    format!("{}. The next is due at {}.", r.every, r.next_due)
                };
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">"Updates"</dt>
                        <dd class="summary-list__value">{text}</dd>
                    </div>
                }
            });
            view! {
                <dl class="summary-list incident-summary">
                    <div class="summary-list__row">
                        <dt class="summary-list__key">"Status"</dt>
                        <dd class="summary-list__value">{status}</dd>
                    </div>
                    <div class="summary-list__row">
                        <dt class="summary-list__key">"Started"</dt>
                        <dd class="summary-list__value">{v.started.clone()}</dd>
                    </div>
                    {scenario}
                    <div class="summary-list__row">
                        <dt class="summary-list__key">"Priority"</dt>
                        <dd class="summary-list__value">{v.priority.level.clone()}</dd>
                    </div>
                    {why}
                    {reminder}
                </dl>
            }
        })
    };
    let due = Memo::new(move |_| view.with(|v| v.reminder.as_ref().is_some_and(|r| r.due)));
    let entries = Memo::new(move |_| view.with(|v| v.entries.clone()));
    let record = view! {
        <h2 class="heading-l" id="record-heading">"The record"</h2>
        <p class="body">"Every entry in the order it was recorded, with its time in UTC."</p>
        <ol class="incident-record" aria-labelledby="record-heading">
            <For
                each=move || entries.get()
                key=|e| (e.id, e.edits.len(), e.struck_out.is_some(), e.can_edit, e.can_strike)
                children=move |e| view! { <RecordEntry entry=e failed=failed on_action=on_action/> }
            />
        </ol>
    };
    let forms = move || {
        open.get().then(|| {
            let error = move |field: Field| Signal::derive(move || field_errors.with(|e| error_for(e, field)));
            let priority_fields = PriorityFields::of(&priority.get_untracked());
            view! {
                <form class="incident-form" id="add-note" on:submit=submit_then_reset(|f| IncidentAction::AddNote(f.get("note")))>
                    <h2 class="heading-m">"Add a note"</h2>
                    <IncidentField id="incident-note" name="note" label="Note" rows=3
                        hint="What was decided, done or found, and by whom. It is recorded with the time now."
                        error=Signal::derive(move || failed.get().filter(|f| f.place == Place::Note).map(|f| f.message))/>
                    <button type="submit" class="button">"Add the note"</button>
                </form>
                <form class="incident-form" id="change-priority"
                    on:submit=submit_then_reset(|f| IncidentAction::ChangePriority(PriorityFields {
                        level: f.get("level"),
                        data_gone: f.get("data-gone"),
                        how_easy: f.get("how-easy"),
                        users: f.get("users"),
                    }))>
                    <h2 class="heading-m">"Change the priority"</h2>
                    <p class="body">"Each change is recorded, with the priority it replaced still in the record."</p>
                    <PriorityFieldset fields=priority_fields errors=field_errors legend="New priority"/>
                    {failed_at(Place::Priority)}
                    <button type="submit" class="button button--secondary">"Change the priority"</button>
                </form>
                <form class="incident-form" id="update-reminder" on:submit=submit_then_reset(|f| IncidentAction::SetReminder(f.get("reminder")))>
                    <h2 class="heading-m">"Update reminder"</h2>
                    <IncidentField id=Field::Reminder.id() name="reminder" label="Remind me to send an update every (minutes)"
                        hint="For example 30. Every page says when an update is due. Leave it empty to turn the reminder off."
                        width="input--width-5" error=error(Field::Reminder)/>
                    {failed_at(Place::Reminder)}
                    <button type="submit" class="button button--secondary">"Set the reminder"</button>
                </form>
            }
        })
    };
    view! {
        <div class="incident">
            <span class="tag tag--red incident__label">"Real incident"</span>
            <h1 class="heading-xl">{move || name.get()}</h1>
            {move || due.get().then(|| view! {
                <div class="warning-text" role="status">
                    <span class="warning-text__icon" aria-hidden="true">"!"</span>
                    <p class="warning-text__text">
                        <span class="visually-hidden">"Warning"</span>
                        " An update is due. "
                        <a class="link" href=paths::messages()>"Draft the update from the message templates"</a>
                    </p>
                </div>
            })}
            {summary}
            {record}
            {forms}
            <h2 class="heading-m no-print">"Keep the record"</h2>
            <div class="drill-actions no-print" id="export">
                <button type="button" class="button button--secondary" on:click=move |_| { on_action.run(IncidentAction::ExportMarkdown); }>"Export as Markdown"</button>
                <button type="button" class="button button--secondary" on:click=move |_| { on_action.run(IncidentAction::ExportJson); }>"Export as JSON"</button>
                <button type="button" class="button button--secondary" on:click=move |_| { on_action.run(IncidentAction::Print); }>"Print"</button>
            </div>
            {failed_at(Place::Export)}
            <p class="body no-print" role="status">{move || notice.get()}</p>
            {move || open.get().then(|| view! {
                <form class="incident-form no-print" id="close-incident" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    on_action.run(IncidentAction::Close);
                }>
                    <h2 class="heading-m">"Close the incident"</h2>
                    <p class="body">"Closing ends the record and files it under past incidents, where it can still be read and exported."</p>
                    {failed_at(Place::Close)}
                    <button type="submit" class="button button--warning">"Close the incident"</button>
                </form>
            })}
        </div>
    }
}

/// The id an action's place gives its error.
fn place_id(place: Place) -> String {
    match place {
        Place::Start => "incident-start".into(),
        Place::Note => "incident-note-save".into(),
        Place::Entry(id) => format!("entry-{id}-action"),
        Place::Priority => "incident-priority".into(),
        Place::Reminder => "incident-reminder-save".into(),
        Place::Export => "incident-export".into(),
        Place::Import => "incident-import".into(),
        Place::Close => "incident-close".into(),
    }
}

/// One line of the record, with a correction (a note) and a strike-out while open.
#[component]
fn RecordEntry(
    entry: EntryView,
    failed: Signal<Option<ActionError>>,
    on_action: Callback<IncidentAction, bool>,
) -> impl IntoView {
    let EntryView {
        id,
        at,
        kind,
        text,
        details,
        exact,
        edits,
        struck_out,
        can_edit,
        can_strike,
    } = entry;
    let struck = struck_out.is_some();
    let text_view = if struck {
        view! { <del>{text.clone()}</del> }.into_any()
    } else {
        view! { <span>{text.clone()}</span> }.into_any()
    };
    let details = (!details.is_empty()).then(|| {
        let rows = details
            .into_iter()
            .map(|d| view! { <dt>{d.label}</dt><dd>{d.value}</dd> })
            .collect_view();
        view! { <dl class="incident-entry__details">{rows}</dl> }
    });
    let exact = exact.map(|t| view! { <pre class="incident-entry__exact"><code>{t}</code></pre> });
    let edits = edits
        .into_iter()
        .map(|e| view! { <p class="incident-entry__edit">{format!("Corrected at {}. It read: “{}”", e.at, e.replaced)}</p> })
        .collect_view();
    let struck_out = struck_out.map(|s| {
        let why = s.reason.map(|r| format!(": {r}")).unwrap_or_default();
        view! { <p class="incident-entry__struck">{format!("Struck out at {}{why}", s.at)}</p> }
    });
    let error = move || {
        failed
            .get()
            .filter(|f| f.place == Place::Entry(id))
            .map(|f| view! { <ErrorMessage id=format!("entry-{id}-error") message=f.message/> })
    };
    let note_id = format!("entry-{id}-text");
    let reason_id = format!("entry-{id}-reason");
    let correct = can_edit.then(|| {
        let note_id2 = note_id.clone();
        view! {
            <details class="details no-print">
                <summary class="details__summary">"Correct this note"<span class="visually-hidden">{format!(" from {at}")}</span></summary>
                <form class="details__text" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    if let Some(form) = browser::submitted_form(&ev) {
                        on_action.run(IncidentAction::EditNote(id, form.get("text")));
                    }
                }>
                    <label class="label" for=note_id2.clone()>"Corrected note"</label>
                    <textarea class="textarea" id=note_id2 name="text" rows="3">{text.clone()}</textarea>
                    <button type="submit" class="button button--secondary">"Save the correction"</button>
                </form>
            </details>
        }
    });
    let strike = can_strike.then(|| {
        view! {
            <details class="details no-print">
                <summary class="details__summary">"Strike out"<span class="visually-hidden">{format!(" the entry from {at}")}</span></summary>
                <form class="details__text" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    if let Some(form) = browser::submitted_form(&ev) {
                        on_action.run(IncidentAction::StrikeOut(id, form.get("reason")));
                    }
                }>
                    <p class="body">"It stays in the record, struck out."</p>
                    <label class="label" for=reason_id.clone()>"Why (optional)"</label>
                    <input class="input" id=reason_id name="reason" type="text" autocomplete="off"/>
                    <button type="submit" class="button button--warning">"Strike it out"</button>
                </form>
            </details>
        }
    });
    view! {
        <li class="incident-entry" class:incident-entry--struck=struck id=format!("entry-{id}")>
            <p class="incident-entry__line">
                <span class="incident-entry__time">{at.clone()}</span>
                " "
                <strong class="tag incident-entry__kind">{kind.label()}</strong>
                " "
                {text_view}
            </p>
            {details}
            {exact}
            {edits}
            {struck_out}
            {error}
            {correct}
            {strike}
        </li>
    }
}
