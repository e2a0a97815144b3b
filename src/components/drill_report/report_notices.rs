use crate::components::{NotificationBanner, Tone, WarningText};
use leptos::prelude::*;

/// The notices above the report, each shown while it is true.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReportShown {
    /// The drill is still running: the report is a draft as of now.
    pub running: bool,
    /// The report on the page was imported, for review.
    pub imported: bool,
    /// This browser would not keep the last edit.
    pub unsaved: bool,
}

/// What is true of the report on the page: imported, a draft of a running drill, or not
/// saved by this browser. `facilitator` is the address of the drill's window.
#[component]
pub fn ReportNotices(shown: Signal<ReportShown>, #[prop(into)] facilitator: String) -> impl IntoView {
    view! {
        {move || shown.get().unsaved.then(|| view! {
            <WarningText alert=true>
                "This browser would not save your changes to the report (storage may be full or blocked). Export it before you leave this page."
            </WarningText>
        })}
        {move || {
            let facilitator = facilitator.clone();
            shown.get().running.then(|| view! {
                <WarningText>
                    "The drill is still running: this is a draft as of now. "
                    <a class="link" href=facilitator>"Back to the drill"</a>
                </WarningText>
            })
        }}
        {move || shown.get().imported.then(|| view! {
            <NotificationBanner title_id="imported-title" title="Success" tone=Tone::Success alert=true>
                <p class="notification-banner__heading">"The report was imported. You are reviewing the imported report."</p>
            </NotificationBanner>
        })}
    }
}
