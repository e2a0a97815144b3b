use super::{
    ExportStatus, FieldErrors, FieldValues, ReportActions, ReportEvent, ReportExport, ReportItems, ReportPeople,
    ReportSummary, ReportTextField,
};
use leptos::prelude::*;
use runbook::drill::report::view::{Field, LineView, ReportView};
use runbook::drill::report::ReportList;

/// The report and its editor: the factual summary, who took part, the two lists, the
/// discussion, the notes and the action items, each list with its form, and the export.
/// The forms are drawn once; the lists follow `view`.
#[component]
pub fn ReportEditor(
    view: Signal<ReportView>,
    values: FieldValues,
    errors: FieldErrors,
    /// The discussion's answer boxes, one per prompt, as the report had them when drawn.
    answers: Vec<RwSignal<String>>,
    /// What saving the answers did ("Answers saved").
    answers_status: RwSignal<Option<&'static str>>,
    export_status: ExportStatus,
    on_event: Callback<ReportEvent>,
) -> impl IntoView {
    let submit = move |event: ReportEvent| {
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            on_event.run(event);
        }
    };
    let lists = [ReportList::WentWell, ReportList::ToImprove]
        .into_iter()
        .map(|list| {
            let items = Signal::derive(move || {
                view.with(|v| match list {
                    ReportList::WentWell => v.went_well.clone(),
                    ReportList::ToImprove => v.to_improve.clone(),
                })
            });
            view! {
                <h2 class="heading-l" id=format!("{}-title", list.id())>{list.title()}</h2>
                <ReportItems list=list items=items on_event=on_event/>
                <form class="drill-form drill-print-hide" novalidate on:submit=submit(ReportEvent::Add(list))>
                    <ReportTextField field=Field::NewItem(list) values=values errors=errors/>
                    <button type="submit" class="button button--secondary">"Add"</button>
                </form>
            }
        })
        .collect_view();
    let prompts = view.with_untracked(|v| v.discussion.clone());
    let discussion = if prompts.is_empty() {
        view! { <p class="body">"This scenario has no discussion prompts."</p> }.into_any()
    } else {
        let boxes = prompts
            .into_iter()
            .zip(answers)
            .enumerate()
            .map(|(i, (d, answer))| {
                let id = format!("discussion-{i}");
                view! {
                    <div class="form-group">
                        <label class="label" for=id.clone()>{format!("{}. {}", i + 1, d.prompt)}</label>
                        <textarea class="textarea" id=id rows="4" prop:value=answer
                            on:input=move |ev| answer.set(event_target_value(&ev))>{d.answer}</textarea>
                    </div>
                }
            })
            .collect_view();
        view! {
            <form class="drill-form" novalidate on:submit=submit(ReportEvent::SaveAnswers)>
                {boxes}
                <div class="drill-actions drill-print-hide">
                    <button type="submit" class="button button--secondary">"Save answers"</button>
                    <span class="copy__status" role="status" aria-live="polite">{move || answers_status.get()}</span>
                </div>
            </form>
        }
        .into_any()
    };
    let notes = move || {
        view.with(|v| {
            if v.notes.is_empty() {
                return view! { <p class="body">"No notes were taken."</p> }.into_any();
            }
            let items = v.notes.iter().map(note).collect_view();
            view! { <ul class="list list--bullet" aria-labelledby="notes-title">{items}</ul> }.into_any()
        })
    };
    let actions = Signal::derive(move || view.with(|v| v.actions.clone()));
    view! {
        <ReportSummary view=view/>
        <h2 class="heading-l">"Who took part"</h2>
        <ReportPeople view=view on_event=on_event/>
        <form class="drill-form drill-print-hide" novalidate on:submit=submit(ReportEvent::SaveFacilitator)>
            <ReportTextField field=Field::Facilitator values=values errors=errors narrow=true autocomplete="name"/>
            <button type="submit" class="button button--secondary">"Save facilitator"</button>
        </form>
        <form class="drill-form drill-print-hide" novalidate on:submit=submit(ReportEvent::AddAttendee)>
            <fieldset class="fieldset">
                <legend class="fieldset__legend heading-s">"Add an attendee"</legend>
                <ReportTextField field=Field::AttendeeName values=values errors=errors/>
                <ReportTextField field=Field::AttendeeRole values=values errors=errors/>
            </fieldset>
            <button type="submit" class="button button--secondary">"Add attendee"</button>
        </form>
        {lists}
        <h2 class="heading-l">"Discussion"</h2>
        {discussion}
        <h2 class="heading-l" id="notes-title">"Notes"</h2>
        {notes}
        <h2 class="heading-l">"Action items"</h2>
        <ReportActions actions=actions on_event=on_event/>
        <form class="drill-form drill-print-hide" novalidate on:submit=submit(ReportEvent::AddAction)>
            <fieldset class="fieldset">
                <legend class="fieldset__legend heading-s">"Add an action item"</legend>
                <ReportTextField field=Field::ActionWhat values=values errors=errors/>
                <ReportTextField field=Field::ActionOwner values=values errors=errors/>
                <ReportTextField field=Field::ActionDue values=values errors=errors/>
            </fieldset>
            <button type="submit" class="button button--secondary">"Add action item"</button>
        </form>
        <ReportExport status=export_status on_event=on_event/>
    }
}

fn note(n: &LineView) -> impl IntoView {
    let when = format!("(simulated {}, real {})", n.sim, n.wall);
    view! { <li>{n.text.clone()} " " <span class="drill-num">{when}</span></li> }
}
