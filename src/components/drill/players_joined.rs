use leptos::prelude::*;

/// A players' window on another device that joined a drill through its link, before the
/// first sync code: which drill it joined, and what to do next. `title` is the scenario's,
/// when this runbook has it.
#[component]
pub fn PlayersJoined(
    title: Option<String>,
    /// The scenario the join link names.
    #[prop(into)]
    scenario_id: String,
    /// The address of the list of drills.
    #[prop(into)]
    drills: String,
) -> impl IntoView {
    let known = title.is_some();
    let heading = title.map_or_else(|| "Drill: players' view".to_string(), |t| format!("Joined: {t}"));
    let sentence = if known {
        "This window follows the facilitator's drill on this device. Paste the sync code from the facilitator's screen below to see the drill so far, and again after each event.".to_string()
    } else {
        format!("The join link names the drill “{scenario_id}”, which this runbook does not have. Ask the facilitator for the join link again.")
    };
    view! {
        <div class="drill">
            <h1 class="heading-xl">{heading}</h1>
            <p class="body">{sentence}</p>
            <p class="body"><a class="link" href=drills>"See every drill"</a></p>
        </div>
    }
}
