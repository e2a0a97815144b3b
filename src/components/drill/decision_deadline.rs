use leptos::prelude::*;
use runbook::drill::view::{deadline_text, DecisionCard};

/// When a decision is due, as a hint under its prompt, tagged "Overdue" once the incident
/// clock has passed it; nothing if it has no deadline. `overdue`, where given, follows the
/// clock in place (the console keeps a decision's form while it is open); otherwise the
/// card says.
#[component]
pub fn DecisionDeadline(card: DecisionCard, #[prop(optional)] overdue: Option<Signal<bool>>) -> impl IntoView {
    let overdue = overdue.unwrap_or(Signal::stored(card.overdue));
    deadline_text(&card).map(|text| {
        let tag = move || {
            overdue
                .get()
                .then(|| view! { " " <strong class="drill-tag drill-tag--red">"Overdue"</strong> })
        };
        view! { <p class="hint">{text}{tag}</p> }
    })
}
