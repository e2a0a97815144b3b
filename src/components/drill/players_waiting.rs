use leptos::prelude::*;

/// The players' window with no drill to show, and the way to the list of drills.
///
/// The build draws it before anyone knows whether this browser holds a drill (`known` is
/// false), so it says what is true either way. Once the app has looked (`known`), it says
/// the screen waits for the facilitator, and why a saved drill could not be read
/// (`problem`).
#[component]
pub fn PlayersWaiting(
    /// The address of the list of drills.
    #[prop(into)]
    drills: String,
    known: bool,
    /// Why the saved drill could not be read.
    #[prop(default = None)]
    problem: Option<String>,
) -> impl IntoView {
    let (heading, sentence) = if known {
        (
            "Waiting for the drill to start",
            "This screen shows the drill when the facilitator starts it in another window of this browser.",
        )
    } else {
        (
            "Drill: players' view",
            "This screen shows the drill the facilitator is running in another window of this browser.",
        )
    };
    let problem = problem.map(|p| {
        view! {
            <p class="body" data-testid="participant-problem">
                {format!("{p} The facilitator can recover it from the list of drills.")}
            </p>
        }
    });
    let no_script = (!known).then(|| {
        view! {
            <noscript>
                <p class="body">"The players' view needs JavaScript to run in the browser. The runbook's pages work without it."</p>
            </noscript>
        }
    });
    view! {
        <div class="drill">
            <h1 class="heading-xl">{heading}</h1>
            {problem}
            <p class="body">{sentence}</p>
            {no_script}
            <p class="body">
                <a class="link" href=drills>"See every drill"</a>
            </p>
        </div>
    }
}
