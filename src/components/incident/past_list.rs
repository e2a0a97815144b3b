use super::IncidentAction;
use leptos::prelude::*;
use runbook::incident::saved::PastIncident;
use runbook::incident::state::utc;

/// The incidents closed in this browser, newest first, each with its times and priority and
/// its record to export. Nothing when there are none.
#[component]
pub fn PastIncidentsList(
    #[prop(into)] past: Signal<Vec<PastIncident>>,
    on_action: Callback<IncidentAction, bool>,
) -> impl IntoView {
    move || {
        let past = past.get();
        (!past.is_empty()).then(|| {
            let rows = past
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let when = format!("{} to {}", utc(p.started_ms), utc(p.closed_ms));
                    let name = p.name.clone();
                    view! {
                        <li class="past-incident">
                            <p class="body"><strong>{p.name}</strong>{format!(" (priority {}): {when}", p.priority)}</p>
                            <button type="button" class="button button--secondary" on:click=move |_| { on_action.run(IncidentAction::ExportPast(i)); }>
                                "Export as Markdown"<span class="visually-hidden">{format!(": {name}")}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2 class="heading-l" id="past-incidents">"Past incidents"</h2>
                <ul class="list past-incidents" aria-labelledby="past-incidents">{rows}</ul>
            }
        })
    }
}
