use super::ReportEvent;
use leptos::prelude::*;
use runbook::drill::report::view::ReportView;

/// Who took part: the facilitator, and the attendees as a table, each with a Remove button.
#[component]
pub fn ReportPeople(view: Signal<ReportView>, on_event: Callback<ReportEvent>) -> impl IntoView {
    let facilitator = move || view.with(|v| v.facilitator.clone());
    let attendees = move || {
        view.with(|v| {
            if v.attendees.is_empty() {
                return view! { <p class="body">"No attendees recorded yet."</p> }.into_any();
            }
            let rows = v
                .attendees
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let hidden = format!(" attendee: {}", a.name);
                    view! {
                        <tr>
                            <td class="table__cell">{a.name.clone()}</td>
                            <td class="table__cell">{a.role.clone()}</td>
                            <td class="table__cell drill-print-hide">
                                <button type="button" class="button button--secondary"
                                    on:click=move |_| on_event.run(ReportEvent::RemoveAttendee(i))>
                                    "Remove"<span class="visually-hidden">{hidden}</span>
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll" role="region" aria-label="Attendees" tabindex="0">
                    <table class="table">
                        <caption class="visually-hidden">"Attendees and their roles"</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="table__header">"Name"</th>
                                <th scope="col" class="table__header">"Role"</th>
                                <th scope="col" class="table__header drill-print-hide"><span class="visually-hidden">"Remove"</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">"Facilitator"</dt>
                <dd class="summary-list__value">{facilitator}</dd>
            </div>
        </dl>
        {attendees}
    }
}
