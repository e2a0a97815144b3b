use leptos::prelude::*;

/// The facilitator's page when it has no console to show, with the way on: the list of
/// drills, where a drill starts.
///
/// The build draws it before anyone knows whether this browser holds a drill (`known` is
/// false), so it says what is true either way: the console of a drill in progress opens
/// here. A facilitator who reloads mid-drill is never told, even for a moment, that there
/// is none. Once the app has looked (`known`), it says there is none.
#[component]
pub fn NoDrillInProgress(
    /// The address of the list of drills.
    #[prop(into)]
    drills: String,
    /// Whether this browser was found to hold no drill.
    known: bool,
) -> impl IntoView {
    let (heading, sentence) = if known {
        ("No drill in progress", "Choose a scenario and start a drill first.")
    } else {
        (
            "Drill facilitator",
            "The console of the drill in progress in this browser opens here. To run a new drill, choose a scenario and start it.",
        )
    };
    let no_script = (!known).then(|| {
        view! {
            <noscript>
                <p class="body">"The console needs JavaScript to run in the browser. The runbook's pages work without it."</p>
            </noscript>
        }
    });
    view! {
        <div class="drill">
            <h1 class="heading-xl">{heading}</h1>
            <p class="body">{sentence}</p>
            {no_script}
            <p class="body">
                <a class="link" href=drills>"Choose a drill"</a>
            </p>
        </div>
    }
}
