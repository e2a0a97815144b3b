use crate::components::{DrillSeedField, WarningText};
use crate::drill_store;
use crate::drill_sync;
use crate::page_files;
use crate::paths;
use leptos::prelude::*;
use runbook::drill::clock::{format_speed, parse_speed, REAL_TIME, SPEED_CHOICES};
use runbook::drill::saved::Saved;
use runbook::drill::wheel::{new_seed, parse_seed};

/// What is wrong with the start form, shared with the error summary at the top of the
/// briefing (`DrillStartErrors`), which is a separate slot of the static page.
#[derive(Clone, Copy)]
pub struct StartErrors {
    /// The seed is not a whole number.
    pub seed: RwSignal<bool>,
    /// The drill could not start or be saved: the sentence to show.
    pub start: RwSignal<Option<String>>,
}

impl StartErrors {
    pub fn new() -> Self {
        Self {
            seed: RwSignal::new(false),
            start: RwSignal::new(None),
        }
    }
}

/// The form at the end of a briefing that starts the drill: the seed (from the wheel's
/// link, or a fresh one) and the clock's speed. Starting writes the drill's first log entry
/// and opens the facilitator's window, which has the scenario to replay it. A drill still
/// in progress is kept for that window to file in the past drills.
#[component]
pub fn DrillStartForm(
    /// The scenario's id.
    id: String,
    errors: StartErrors,
) -> impl IntoView {
    // A seed in the address (from the wheel) is kept as typed, so a bad one can be shown.
    let initial = crate::location::param("seed").unwrap_or_else(|| new_seed(drill_store::now_ms() as u64).to_string());
    errors.seed.set(parse_seed(&initial).is_none());
    let seed_text = RwSignal::new(initial);
    let (speed_text, set_speed_text) = signal(REAL_TIME.to_string());
    let running = match drill_store::load_log() {
        Some(Ok(saved)) if !saved.has_ended() => Some(saved),
        _ => None,
    };
    let running_title = running
        .as_ref()
        .map(|s| page_files::drill_listing(&s.scenario_id).map_or_else(|| s.scenario_id.clone(), |l| l.title.clone()));
    let running = StoredValue::new(running);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(seed) = parse_seed(&seed_text.get_untracked()) else {
            errors.seed.set(true);
            return;
        };
        errors.seed.set(false);
        let speed = parse_speed(&speed_text.get_untracked()).unwrap_or(REAL_TIME);
        match Saved::start(&id, seed, drill_store::now_ms(), speed) {
            Ok(saved) => {
                // The drill in progress goes to the past drills: if the browser will not keep
                // it, it is not replaced.
                if !running.with_value(|r| r.as_ref().is_none_or(drill_store::keep_replaced)) {
                    errors.start.set(Some("This browser would not keep the drill in progress for the list of past drills (storage may be full or blocked), so the new drill was not started. Free some space, or end the drill in progress from its facilitator's window, then try again.".into()));
                    return;
                }
                if !drill_store::save_log(&saved) {
                    errors.start.set(Some("This browser would not save the drill (storage may be full or blocked), so it cannot be resumed after a reload.".into()));
                    return;
                }
                drill_sync::broadcast(&saved.to_text());
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_href(&paths::drill_facilitator());
                }
            }
            Err(e) => errors.start.set(Some(format!("The drill could not start: {e}."))),
        }
    };
    let seed_error = errors.seed;
    view! {
        {running_title.map(|t| view! {
            <WarningText>
                {format!("A drill is in progress ({t}). Starting this one ends it; it stays in the list of past drills.")}
            </WarningText>
        })}
        <form class="drill-form" on:submit=start novalidate>
            <DrillSeedField id="drill-seed" value=seed_text error=Signal::from(seed_error)
                hint="Decides when injects land and which complications happen. Use the same seed to repeat a drill."/>
            <div class="form-group">
                <label class="label" for="drill-speed">"Incident clock speed"</label>
                <p class="hint" id="drill-speed-hint">"How fast simulated time runs. You can change it, pause, and jump ahead during the drill."</p>
                <select class="select" id="drill-speed" name="speed" aria-describedby="drill-speed-hint"
                    on:change=move |ev| set_speed_text.set(event_target_value(&ev))>
                    {SPEED_CHOICES.iter().map(|sp| view! {
                        <option value=sp.to_string() selected=*sp == REAL_TIME>{format!("{} real time", format_speed(*sp))}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button" data-testid="start-drill">"Start drill"</button>
        </form>
    }
}
