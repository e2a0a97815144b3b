use crate::browser;
use crate::components::{CopyButton, NotificationBanner, Tone};
use leptos::prelude::*;

/// What to do when saved data (a drill, an incident) cannot be read: the reason in plain
/// words, the raw data to keep (download or copy), and a fresh start. The data is left as it is until the
/// reader chooses: without `on_fresh` (data a newer build wrote), it is never discarded.
#[component]
pub fn SavedDataRecovery(
    /// The core's sentence saying what is wrong.
    reason: String,
    /// The saved text exactly as found.
    raw: String,
    /// Called after the reader chooses "Start afresh" (the caller forgets the data). None
    /// offers no such choice.
    #[prop(default = None, into)]
    on_fresh: Option<Callback<()>>,
    /// The banner's title; a saved drill's by default.
    #[prop(default = "Saved drill could not be resumed")]
    title: &'static str,
    /// What the reader can do, after the reason.
    #[prop(
        default = "Keep a copy of the saved data if you need it (for example to write up the drill), then start afresh."
    )]
    advice: &'static str,
    /// The downloaded file's name.
    #[prop(default = "saved-drill.txt")]
    filename: &'static str,
    /// The words on the button that forgets the data.
    #[prop(default = "Start afresh")]
    fresh_label: &'static str,
) -> impl IntoView {
    let download_raw = raw.clone();
    let (downloaded, set_downloaded) = signal(false);
    view! {
        <NotificationBanner title_id="drill-recovery-title" title=title tone=Tone::Warning testid="drill-recovery">
            <p class="notification-banner__heading" data-testid="drill-recovery-reason">{reason}</p>
            <p class="body">{advice}</p>
            <div class="drill-actions">
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_downloaded.set(browser::download(filename, "text/plain", &download_raw));
                }>"Download the saved data"</button>
                {on_fresh.map(|on_fresh| view! {
                    <button type="button" class="button button--warning" on:click=move |_| on_fresh.run(())>{fresh_label}</button>
                })}
            </div>
            <p class="body" role="status">
                {move || downloaded.get().then(|| format!("The saved data was downloaded as {filename}."))}
            </p>
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
