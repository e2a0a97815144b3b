use leptos::prelude::*;
use runbook::drill::view::{deadline_text, DecisionCard};

/// When a decision is due, as a hint under its prompt, tagged "Overdue" once the incident
/// clock has passed it; nothing if it has no deadline.
#[component]
pub fn DecisionDeadline(card: DecisionCard) -> impl IntoView {
    deadline_text(&card).map(|text| {
        let overdue = card
            .overdue
            .then(|| view! { " " <strong class="drill-tag drill-tag--red">"Overdue"</strong> });
        view! { <p class="hint">{text}{overdue}</p> }
    })
}
