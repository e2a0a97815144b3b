use crate::browser;
use crate::components::DocBody;
use crate::content;
use crate::drill_store::{self, Loaded};
use crate::drill_sync;
use crate::pages::drills_page::difficulty;
use crate::paths;
use leptos::prelude::*;
use runbook::drill::clock::{format_speed, parse_speed, REAL_TIME, SPEED_CHOICES};
use runbook::drill::saved::Saved;
use runbook::drill::wheel::{new_seed, parse_seed};
use runbook::drill::{DrillState, Scenario};

/// A scenario's briefing (objectives, roles, situation) and the form that starts it.
#[component]
pub fn DrillBriefingPage(
    /// The scenario's id, from the address.
    id: String,
) -> impl IntoView {
    {
        match content::drill(&id) {
            Some(s) => view! { <Briefing scenario=s.clone()/> }.into_any(),
            // Only reached where the host serves this app for an unknown id (a static host
            // serves 404.html instead, which says the same).
            None => view! { <crate::pages::NotFoundPage route=runbook::route::Route::DrillBriefing(id)/> }.into_any(),
        }
    }
}

#[component]
fn Briefing(scenario: Scenario) -> impl IntoView {
    browser::set_title(&scenario.title);
    // A seed in the address (from the wheel) is kept as typed, so a bad one can be shown.
    let initial =
        crate::location::param_untracked("seed").unwrap_or_else(|| new_seed(drill_store::now_ms() as u64).to_string());
    let (seed_text, set_seed_text) = signal(initial.clone());
    let (seed_error, set_seed_error) = signal(parse_seed(&initial).is_none());
    let (speed_text, set_speed_text) = signal(REAL_TIME.to_string());
    let (start_error, set_start_error) = signal(None::<String>);
    let running = match drill_store::load() {
        Loaded::Drill(state) if state.ended().is_none() => Some(*state),
        _ => None,
    };
    let running_title = running.as_ref().map(|s| s.scenario().title.clone());
    let running = StoredValue::new(running);
    let to_start = scenario.clone();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(seed) = parse_seed(&seed_text.get_untracked()) else {
            set_seed_error.set(true);
            return;
        };
        set_seed_error.set(false);
        let speed = parse_speed(&speed_text.get_untracked()).unwrap_or(REAL_TIME);
        match DrillState::start(to_start.clone(), seed, drill_store::now_ms(), speed) {
            Ok(state) => {
                running.with_value(|r| {
                    if let Some(old) = r {
                        drill_store::record_past(old);
                    }
                });
                if !drill_store::save(&state) {
                    set_start_error.set(Some("This browser would not save the drill (storage may be full or blocked), so it cannot be resumed after a reload.".into()));
                    return;
                }
                drill_sync::broadcast(&Saved::from_state(&state).to_text());
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_href(&paths::drill_facilitator());
                }
            }
            Err(e) => set_start_error.set(Some(format!("The drill could not start: {e}."))),
        }
    };
    let s = scenario;
    view! {
        <div class="drill">
            <a class="back-link" href=paths::drills()>"All drills"</a>
            <span class="caption-l">"Tabletop drill briefing"</span>
            <h1 class="heading-xl">{s.title.clone()}</h1>
            <p class="lead">{s.summary.clone()}" "<strong class="drill-tag">{difficulty(s.difficulty)}</strong></p>
            {move || (seed_error.get() || start_error.get().is_some()).then(|| view! {
                <div class="error-summary" role="alert" tabindex="-1">
                    <h2 class="error-summary__title">"There is a problem"</h2>
                    <ul class="error-summary__list">
                        {seed_error.get().then(|| view! { <li><a href="#drill-seed">"Enter the seed as a whole number, for example 12345"</a></li> })}
                        {start_error.get().map(|e| view! { <li>{e}</li> })}
                    </ul>
                </div>
            })}
            <h2 class="heading-l">"Objectives"</h2>
            <ul class="list list--bullet">{s.objectives.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ul>
            <h2 class="heading-l">"The situation"</h2>
            <DocBody doc=s.situation.clone()/>
            <h2 class="heading-l">"Roles"</h2>
            <dl class="summary-list">
                {s.roles.iter().map(|r| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{r.name.clone()}</dt>
                        <dd class="summary-list__value"><DocBody doc=r.brief.clone()/></dd>
                    </div>
                }).collect_view()}
            </dl>
            <h2 class="heading-l">"Start the drill"</h2>
            {running_title.map(|t| view! {
                <div class="warning-text">
                    <span class="warning-text__icon" aria-hidden="true">"!"</span>
                    <div class="warning-text__text">
                        <span class="visually-hidden">"Warning"</span>
                        {format!("A drill is in progress ({t}). Starting this one ends it; it stays in the list of past drills.")}
                    </div>
                </div>
            })}
            <form class="drill-form" on:submit=start novalidate>
                <div class="form-group" class:form-group--error=move || seed_error.get()>
                    <label class="label" for="drill-seed">"Seed"</label>
                    <p class="hint" id="drill-seed-hint">"Decides when injects land and which complications happen. Use the same seed to repeat a drill."</p>
                    {move || seed_error.get().then(|| view! {
                        <p class="error-message" id="drill-seed-error"><span class="visually-hidden">"Error: "</span>"Enter the seed as a whole number, for example 12345"</p>
                    })}
                    <input class="input input--width-20" id="drill-seed" name="seed" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                        aria-describedby=move || if seed_error.get() { "drill-seed-hint drill-seed-error" } else { "drill-seed-hint" }
                        prop:value=seed_text on:input=move |ev| set_seed_text.set(event_target_value(&ev))/>
                </div>
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
        </div>
    }
}
