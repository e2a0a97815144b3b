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
                <div class="page-width">
                    <div class="notification-banner update-banner" role="region" aria-labelledby="update-banner-title" data-testid="update-banner">
                        <div class="notification-banner__header">
                            <h2 class="notification-banner__title" id="update-banner-title">"Important"</h2>
                        </div>
                        <div class="notification-banner__content">
                            <p class="notification-banner__heading">"A new version of the runbook is available."</p>
                            <p class="body">"Reload to use it. Until you do, this page keeps showing the version you opened."</p>
                            <button type="button" class="button" on:click=|_| offline::apply_update()>"Reload"</button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
