use crate::components::govuk::ErrorMessage;
use leptos::prelude::*;

/// How the last sync code pasted into a players' window went.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SyncStatus {
    #[default]
    None,
    /// Taken: the core's sentence saying what it brought.
    Taken(String),
    /// Refused: the core's sentence saying why and what to do, and for a code of another
    /// drill, that drill's join link.
    Refused {
        message: String,
        join_instead: Option<String>,
    },
}

/// The id of the sync code's field, for focus and error links.
pub const SYNC_FIELD_ID: &str = "sync-code";

/// The players' window's form for the facilitator's sync code, on a device that does not
/// share the facilitator's browser: paste the newest code, and the window catches up.
#[component]
pub fn SyncCodeForm(status: Signal<SyncStatus>, on_sync: Callback<String>) -> impl IntoView {
    let code = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_sync.run(code.get_untracked());
    };
    // A code taken is cleared, so the field is ready for the next one.
    Effect::new(move |_| {
        if matches!(status.get(), SyncStatus::Taken(_)) {
            code.set(String::new());
        }
    });
    let refused = Memo::new(move |_| match status.get() {
        SyncStatus::Refused { message, join_instead } => Some((message, join_instead)),
        _ => None,
    });
    let described = move || {
        if refused.with(Option::is_some) {
            format!("{SYNC_FIELD_ID}-hint {SYNC_FIELD_ID}-error")
        } else {
            format!("{SYNC_FIELD_ID}-hint")
        }
    };
    let error = move || {
        refused.get().map(|(message, join_instead)| {
            let join = join_instead.map(|href| {
                view! { <p class="body"><a class="link" href=href>"Join the drill this code is for"</a></p> }
            });
            view! {
                <ErrorMessage id=format!("{SYNC_FIELD_ID}-error") message=message/>
                {join}
            }
        })
    };
    let taken = move || match status.get() {
        SyncStatus::Taken(sentence) => sentence,
        _ => String::new(),
    };
    view! {
        <section aria-labelledby="sync-title" class="drill-sync">
            <h2 class="heading-m" id="sync-title">"Keep this window up to date"</h2>
            <form class="drill-form" novalidate on:submit=submit>
                <div class="form-group" class:form-group--error=move || refused.with(Option::is_some)>
                    <label class="label" for=SYNC_FIELD_ID>"Sync code"</label>
                    <p class="hint" id=format!("{SYNC_FIELD_ID}-hint")>
                        "Paste the newest code from the facilitator's screen. It changes with every event."
                    </p>
                    {error}
                    <textarea class="textarea drill-code-text" id=SYNC_FIELD_ID name="code" rows="3" spellcheck="false"
                        autocomplete="off" aria-describedby=described prop:value=code
                        on:input=move |ev| code.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class="button">"Bring up to date"</button>
                <p class="body" role="status">{taken}</p>
            </form>
        </section>
    }
}
