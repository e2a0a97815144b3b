use crate::components::NotificationBanner;
use leptos::prelude::*;

/// A GOV.UK notification banner listing the parts of the address that were ignored, so a
/// mistyped or stale link is explained rather than silently changed.
#[component]
pub fn WizardNotices(
    /// One sentence per ignored parameter, from `runbook::wizard::page::screen`.
    notices: Vec<String>,
) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        view! {
            <NotificationBanner title_id="wizard-notices-title" title="Important" testid="wizard-notices">
                <p class="notification-banner__heading">"Part of the address was ignored"</p>
                <ul class="list list--bullet wizard-notices__list">
                    {notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            </NotificationBanner>
        }
    })
}
