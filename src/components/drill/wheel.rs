use crate::components::{DrillSeedField, NotificationBanner, SavedDataRecovery, SEED_ERROR};
use crate::drill_store;
use crate::page_files;
use crate::paths;
use leptos::prelude::*;
use runbook::drill::saved::SavedError;
use runbook::drill::wheel::{new_seed, parse_seed, spin};

/// The live part of the list of drills (whose scenarios are static HTML): the drill in
/// progress in this browser, or what to do if it cannot be read, then "spin the wheel" with
/// a visible seed. It reads the saved log without replaying it: the list carries scenario
/// names only, and a log that does not replay is reported by the drill's own windows.
#[component]
pub fn DrillWheel() -> impl IntoView {
    let (version, set_version) = signal(0u32);
    let in_progress = move || {
        version.track();
        let found = drill_store::load_log()?.and_then(|saved| match page_files::drill_listing(&saved.scenario_id) {
            Some(listing) => Ok((listing.title.clone(), saved.has_ended())),
            None => Err((
                SavedError::UnknownScenario(saved.scenario_id),
                drill_store::load_raw().unwrap_or_default(),
            )),
        });
        Some(match found {
            Ok((title, ended)) => view! {
                <NotificationBanner
                    title_id="drill-current-title"
                    title=if ended { "Last drill" } else { "Drill in progress" }
                    testid="drill-current"
                >
                    <p class="notification-banner__heading">{title}</p>
                    <p class="body">
                        {if ended {
                            view! { <a class="link" href=paths::drill_report()>"Write the after-action report"</a> }
                        } else {
                            view! { <a class="link" href=paths::drill_facilitator()>"Resume the drill"</a> }
                        }}
                    </p>
                </NotificationBanner>
            }
            .into_any(),
            Err((error, raw)) => view! {
                <SavedDataRecovery reason=error.to_string() raw=raw on_fresh=Callback::new(move |_| {
                    drill_store::clear();
                    set_version.update(|v| *v += 1);
                })/>
            }
            .into_any(),
        })
    };

    let seed_text = RwSignal::new(new_seed(drill_store::now_ms() as u64).to_string());
    let (seed_error, set_seed_error) = signal(false);
    let (picked, set_picked) = signal(None::<(String, String, u64)>);
    let spin_wheel = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_seed(&seed_text.get_untracked()) {
            None => {
                set_seed_error.set(true);
                set_picked.set(None);
            }
            Some(seed) => {
                set_seed_error.set(false);
                let listings = page_files::drill_listings();
                set_picked.set(spin(seed, listings).map(|s| (s.id.clone(), s.title.clone(), seed)));
            }
        }
    };
    let new_random = move |_| {
        seed_text.set(new_seed(drill_store::now_ms() as u64).to_string());
        set_seed_error.set(false);
    };

    view! {
        {in_progress}
        {move || seed_error.get().then(|| view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2 class="error-summary__title">"There is a problem"</h2>
                <ul class="error-summary__list"><li><a href="#seed">{SEED_ERROR}</a></li></ul>
            </div>
        })}
        <h2 class="heading-l">"Spin the wheel"</h2>
        <form class="drill-form" on:submit=spin_wheel novalidate>
            <DrillSeedField id="seed" value=seed_text error=Signal::from(seed_error)
                hint="The seed picks the scenario and when things happen. The same seed gives the same drill, so write it down to run it again."/>
            <div class="drill-actions">
                <button type="submit" class="button">"Spin the wheel"</button>
                <button type="button" class="button button--secondary" on:click=new_random>"New random seed"</button>
            </div>
        </form>
        <div role="status" aria-live="polite">
            {move || picked.get().map(|(id, title, seed)| view! {
                <div class="panel" data-testid="wheel-result">
                    <h2 class="panel__title">{title}</h2>
                    <p class="panel__body">{format!("The wheel picked this scenario with seed {seed}.")}</p>
                    <p class="panel__body"><a class="drill-panel-link" href=paths::drill_with_seed(&id, seed)>"Read the briefing"</a></p>
                </div>
            })}
        </div>
    }
}
