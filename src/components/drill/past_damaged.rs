use crate::components::WarningText;
use crate::{browser, drill_store};
use leptos::prelude::*;

/// The list of past drills could not be read: the sentence saying so, the list as it is to
/// download, and clearing it. Nothing writes over the list until the reader clears it.
#[component]
pub fn DrillPastDamaged(
    /// What went wrong, in a sentence.
    sentence: String,
    /// The list's saved text exactly as found.
    raw: String,
    /// Called after the reader clears the list.
    on_cleared: Callback<()>,
    /// Whether the warning appears after something the reader did (announced at once).
    #[prop(optional)]
    alert: bool,
) -> impl IntoView {
    let (downloaded, set_downloaded) = signal(false);
    view! {
        <WarningText testid="past-drills-damaged" alert=alert>
            <p class="body">{sentence}</p>
            <p class="body">"Download it to keep what it holds, then clear it: the next drill starts a new list."</p>
            <div class="drill-actions">
                <button type="button" class="button button--secondary" on:click=move |_| {
                    set_downloaded.set(browser::download("past-drills.txt", "text/plain", &raw));
                }>"Download the list of past drills"</button>
                <button type="button" class="button button--warning" on:click=move |_| {
                    drill_store::clear_past();
                    on_cleared.run(());
                }>"Clear the list of past drills"</button>
            </div>
            <p class="body" role="status">{move || downloaded.get().then_some("The list was downloaded as past-drills.txt.")}</p>
        </WarningText>
    }
}
