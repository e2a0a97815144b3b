use crate::components::{CopyButton, NotificationBanner, Tone};
use crate::drill_store;
use leptos::prelude::*;

/// What to do when saved drill data cannot be read: the reason in plain words, the raw
/// data to keep (download or copy), and a fresh start.
#[component]
pub fn DrillRecovery(
    /// The core's sentence saying what is wrong.
    reason: String,
    /// The saved text exactly as found.
    raw: String,
    /// Called after the reader chooses "Start afresh" (the caller forgets the data).
    on_fresh: Callback<()>,
) -> impl IntoView {
    let download_raw = raw.clone();
    let (downloaded, set_downloaded) = signal(false);
    view! {
        <NotificationBanner title_id="drill-recovery-title" title="Saved drill could not be resumed" tone=Tone::Warning testid="drill-recovery">
            <p class="notification-banner__heading" data-testid="drill-recovery-reason">{reason}</p>
            <p class="body">"Keep a copy of the saved data if you need it (for example to write up the drill), then start afresh."</p>
            <div class="drill-actions">
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_downloaded.set(drill_store::download("saved-drill.txt", "text/plain", &download_raw));
                }>"Download the saved data"</button>
                <button type="button" class="button button--warning" on:click=move |_| on_fresh.run(())>"Start afresh"</button>
            </div>
            <p class="body" role="status">{move || downloaded.get().then_some("The saved data was downloaded as saved-drill.txt.")}</p>
            {match runbook::drill::saved::shown_raw(&raw) {
                Ok(shown) => {
                    let shown = shown.to_string();
                    view! {
                        <label class="label" for="drill-raw">"Saved data"</label>
                        <textarea class="textarea drill-raw" id="drill-raw" rows="6" readonly data-testid="drill-raw">{shown.clone()}</textarea>
                        <CopyButton text=shown label="Copy" context="the saved data"/>
                    }
                    .into_any()
                }
                Err(kb) => view! {
                    <p class="body" data-testid="drill-raw-size">{format!("The saved data is {kb} KB, too long to show here: download it to keep it.")}</p>
                }
                .into_any(),
            }}
        </NotificationBanner>
    }
}
