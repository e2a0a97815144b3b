use crate::components::govuk::{NotificationBanner, Tone, WarningText};
use leptos::prelude::*;
use runbook::command::view::{ValueRow, VALUES_NOT_SAVED};

/// What a person did in "Values in use".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValuesEvent {
    /// Clear the value of this meaning, everywhere.
    Clear(String),
    ClearAll,
    /// Download what could not be read.
    Download,
    /// Dismiss the banner saying the values were reset (and the damaged text kept with it).
    Dismiss,
}

/// "Values in use": the values this browser remembers for the command generators (a GOV.UK
/// summary list), each with where it came from and a way to clear it, and a way to clear
/// them all; above them, why they were reset, if they were.
#[component]
pub fn ValuesInUse(
    rows: Signal<Vec<ValueRow>>,
    /// This browser's storage refused the values just typed.
    not_saved: Signal<bool>,
    /// Why the values were reset, and whether what could not be read is kept for download.
    problem: Signal<Option<(String, bool)>>,
    on_event: Callback<ValuesEvent>,
) -> impl IntoView {
    let problem = move || {
        problem.get().map(|(message, damaged)| {
            let download = damaged.then(|| {
                view! {
                    <button type="button" class="button button--secondary" on:click=move |_| on_event.run(ValuesEvent::Download)>
                        "Download the saved data"
                    </button>
                    " "
                }
            });
            view! {
                <NotificationBanner
                    title_id="values-problem-title"
                    title="Remembered values reset"
                    tone=Tone::Warning
                    alert=true
                    testid="values-problem"
                >
                    <p class="notification-banner__heading">{message}</p>
                    {download}
                    <button type="button" class="button button--secondary" on:click=move |_| on_event.run(ValuesEvent::Dismiss)>
                        "Dismiss"
                    </button>
                </NotificationBanner>
            }
        })
    };
    // The warning is not an alert: the list changes with every value typed, and each field
    // says it too.
    let list = move || {
        let rows = rows.get();
        let warning = not_saved
            .get()
            .then(|| view! { <WarningText testid="values-not-saved">{VALUES_NOT_SAVED}</WarningText> });
        let empty = rows.is_empty().then(|| {
            view! {
                <p class="body" data-testid="values-in-use-empty">
                    "No values remembered yet. Names, servers, dates and times you enter in one generator fill the fields that mean the same in every generator, on every page, in this browser."
                </p>
            }
        });
        let listed = (!rows.is_empty()).then(|| {
            let rows = rows
                .into_iter()
                .map(|row| {
                    let meaning = row.meaning;
                    let clear = move |_| on_event.run(ValuesEvent::Clear(meaning.clone()));
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{row.label.clone()}</dt>
                            <dd class="summary-list__value">
                                <code class="code">{row.value}</code>
                                <p class="hint generator__from">{row.origin}</p>
                            </dd>
                            <dd class="summary-list__actions">
                                <button type="button" class="button-link" on:click=clear>
                                    "Clear"
                                    <span class="visually-hidden">{format!(" {}", row.label)}</span>
                                </button>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <p class="body">
                    "These fill the fields that mean the same in every generator, on every page, in this browser. A value in the address or typed on a page wins on that page."
                </p>
                <dl class="summary-list" data-testid="values-in-use">{rows}</dl>
                <button type="button" class="button button--secondary" on:click=move |_| on_event.run(ValuesEvent::ClearAll)>
                    "Clear all values"
                </button>
            }
        });
        (warning, empty, listed)
    };
    view! {
        <section class="values-in-use" aria-labelledby="values-in-use">
            <h2 class="heading-m" id="values-in-use">"Values in use"</h2>
            <div>{problem}</div>
            <div>{list}</div>
        </section>
    }
}
