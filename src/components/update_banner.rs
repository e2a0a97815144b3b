use crate::components::NotificationBanner;
use crate::offline;
use leptos::prelude::*;

/// Registers the service worker, and says so when a newer build of the runbook is ready,
/// with a Reload button. Until then this page keeps running the build it opened with.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| offline::register(move || set_ready.set(true)));
    move || {
        ready.get().then(|| {
            view! {
                <div class="page-width update-banner">
                    <NotificationBanner title_id="update-banner-title" title="Important" testid="update-banner">
                        <p class="notification-banner__heading">"A new version of the runbook is available."</p>
                        <p class="body">"Reload to use it. Until you do, this page keeps showing the version you opened."</p>
                        <button type="button" class="button" on:click=|_| offline::apply_update()>"Reload"</button>
                    </NotificationBanner>
                </div>
            }
        })
    }
}
