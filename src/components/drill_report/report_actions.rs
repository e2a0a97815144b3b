use super::ReportEvent;
use leptos::prelude::*;
use runbook::drill::report::view::ActionView;

/// The action items as a table, each with a Remove button.
#[component]
pub fn ReportActions(actions: Signal<Vec<ActionView>>, on_event: Callback<ReportEvent>) -> impl IntoView {
    move || {
        let actions = actions.get();
        if actions.is_empty() {
            return view! { <p class="body">"No action items yet."</p> }.into_any();
        }
        let rows = actions
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let hidden = format!(" action: {}", a.what);
                view! {
                    <tr>
                        <td class="table__cell">{a.what}</td>
                        <td class="table__cell">{a.owner}</td>
                        <td class="table__cell">{a.due}</td>
                        <td class="table__cell drill-print-hide">
                            <button type="button" class="button button--secondary"
                                on:click=move |_| on_event.run(ReportEvent::RemoveAction(i))>
                                "Remove"<span class="visually-hidden">{hidden}</span>
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-label="Action items" tabindex="0">
                <table class="table">
                    <caption class="visually-hidden">"Action items"</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="table__header">"Action"</th>
                            <th scope="col" class="table__header">"Owner"</th>
                            <th scope="col" class="table__header">"Due"</th>
                            <th scope="col" class="table__header drill-print-hide"><span class="visually-hidden">"Remove"</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}
