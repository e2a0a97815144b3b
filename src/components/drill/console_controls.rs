use super::ConsoleEvent;
use crate::components::WarningText;
use leptos::prelude::*;
use runbook::drill::clock::{format_speed, SPEED_CHOICES};
use runbook::drill::view::FacilitatorView;

/// The ids the console moves focus to when what had it goes (ending asks first, and
/// asking stops).
pub const END_ID: &str = "drill-end";
pub const KEEP_GOING_ID: &str = "drill-end-cancel";

/// The console's controls: pause or resume, advance, the clock's speed, reveal the next
/// inject, and end (asking first). Gone once the drill has ended.
///
/// Each control is drawn once and changes in place (Pause becomes Resume, the next inject's
/// name changes), so a keyboard user's focus stays on it.
#[component]
pub fn ConsoleControls(
    view: Signal<FacilitatorView>,
    /// "End the drill" was pressed, and the console asks whether to.
    confirming_end: Signal<bool>,
    on_event: Callback<ConsoleEvent>,
) -> impl IntoView {
    let paused = Memo::new(move |_| view.with(|v| v.players.paused));
    let next = Memo::new(move |_| view.with(|v| v.upcoming.first().map(|u| (u.inject.clone(), u.title.clone()))));
    let speed = Memo::new(move |_| view.with(|v| v.speed.to_string()));
    let chosen_speed = RwSignal::new(speed.get_untracked());
    let advance = [1u32, 5, 15]
        .into_iter()
        .map(|m| {
            view! {
                <button type="button" class="button button--secondary" on:click=move |_| on_event.run(ConsoleEvent::Advance(m))>
                    {format!("Advance {m} min")}
                    <span class="visually-hidden">" on the incident clock"</span>
                </button>
            }
        })
        .collect_view();
    let options = SPEED_CHOICES
        .into_iter()
        .map(|s| {
            let value = s.to_string();
            let selected = move || speed.get() == value;
            view! { <option value=s.to_string() selected=selected>{format!("{} real time", format_speed(s))}</option> }
        })
        .collect_view();
    let reveal = move || {
        next.get().is_some().then(|| {
            let label = move || {
                next.get()
                    .map(|(_, title)| format!("Reveal the next inject now: {title}"))
            };
            let reveal = move |_| {
                if let Some((inject, _)) = next.get_untracked() {
                    on_event.run(ConsoleEvent::Reveal(inject));
                }
            };
            view! {
                <p class="body">
                    <button type="button" class="button button--secondary" on:click=reveal>{label}</button>
                </p>
            }
        })
    };
    let end = move || {
        match confirming_end.get() {
        true => view! {
            <WarningText testid="end-confirm">
                "Ending the drill stops both clocks for good, on every window. You can still add notes and write the report."
            </WarningText>
            <div class="drill-actions">
                <button type="button" class="button button--warning" data-testid="end-drill-confirmed"
                    on:click=move |_| on_event.run(ConsoleEvent::End)>"Yes, end the drill"</button>
                <button type="button" class="button button--secondary" id=KEEP_GOING_ID
                    on:click=move |_| on_event.run(ConsoleEvent::AskToEnd(false))>"No, keep going"</button>
            </div>
        }
        .into_any(),
        false => view! {
            <button type="button" class="button button--warning" data-testid="end-drill" id=END_ID
                on:click=move |_| on_event.run(ConsoleEvent::AskToEnd(true))>"End the drill"</button>
        }
        .into_any(),
    }
    };
    view! {
        <section class="drill-controls" aria-labelledby="controls-title">
            <h2 class="heading-m" id="controls-title">"Controls"</h2>
            <div class="drill-actions">
                <button type="button" class=move || if paused.get() { "button" } else { "button button--secondary" }
                    on:click=move |_| on_event.run(if paused.get_untracked() { ConsoleEvent::Resume } else { ConsoleEvent::Pause })>
                    {move || if paused.get() { "Resume the clock" } else { "Pause the clock" }}
                </button>
                {advance}
            </div>
            <div class="drill-actions drill-actions--inline">
                <div class="form-group">
                    <label class="label" for="drill-speed">"Clock speed"</label>
                    <select class="select" id="drill-speed" on:change=move |ev| chosen_speed.set(event_target_value(&ev))>
                        {options}
                    </select>
                </div>
                <button type="button" class="button button--secondary"
                    on:click=move |_| on_event.run(ConsoleEvent::Speed(chosen_speed.get_untracked()))>"Change speed"</button>
            </div>
            {reveal}
            {end}
        </section>
    }
}
