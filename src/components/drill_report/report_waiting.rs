use leptos::prelude::*;
use runbook::drill::report::view::{BEFORE_THE_APP, NO_REPORT};

/// The report page without a report: the build draws it before the app has looked for a
/// drill in this browser (`known` false: it says what is true either way), and the app
/// draws it once it has found none. Either way, the way on is the list of drills.
#[component]
pub fn ReportWaiting(
    /// The address of the list of drills.
    #[prop(into)]
    drills: String,
    /// Whether this browser was found to hold no drill.
    known: bool,
) -> impl IntoView {
    let no_script = (!known).then(|| {
        view! {
            <noscript>
                <p class="body">"The report needs JavaScript to run in the browser. The runbook's pages work without it."</p>
            </noscript>
        }
    });
    view! {
        <p class="body">{if known { NO_REPORT } else { BEFORE_THE_APP }}</p>
        {no_script}
        <p class="body"><a class="link" href=drills>"Choose a drill"</a></p>
    }
}
