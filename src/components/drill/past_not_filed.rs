use super::DrillPastDamaged;
use crate::components::govuk::{NotificationBanner, Tone};
use crate::components::WarningText;
use leptos::prelude::*;

/// What became of filing a drill in the list of past drills, when it did not simply work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filing {
    /// The list could not be read: it is offered for download, and cleared only when the
    /// reader chooses; then the drill is filed again.
    Damaged { sentence: String, raw: String },
    /// The browser would not save the list (storage full or blocked).
    Refused { sentence: String },
    /// Filed, in a new list, after the reader cleared the damaged one.
    Filed { title: String },
}

/// Says that a drill could not be added to the list of past drills, and offers the way on;
/// announced at once, as it follows what the facilitator just did.
#[component]
pub fn PastNotFiled(filing: Filing, on_cleared: Callback<()>) -> impl IntoView {
    match filing {
        Filing::Damaged { sentence, raw } => {
            view! { <DrillPastDamaged sentence=sentence raw=raw on_cleared=on_cleared alert=true/> }.into_any()
        }
        Filing::Refused { sentence } => {
            view! { <WarningText testid="past-drills-unsaved" alert=true><p class="body">{sentence}</p></WarningText> }
                .into_any()
        }
        Filing::Filed { title } => view! {
            <NotificationBanner title_id="drill-filed-title" title="Success" tone=Tone::Success alert=true testid="drill-filed">
                <p class="notification-banner__heading">{format!("The drill “{title}” is in a new list of past drills.")}</p>
            </NotificationBanner>
        }
        .into_any(),
    }
}
