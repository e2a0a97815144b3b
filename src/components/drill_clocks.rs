use leptos::prelude::*;
use runbook::drill::clock::{format_elapsed, format_speed};

/// The simulated incident clock, and (for the facilitator) the wall clock beside it.
#[component]
pub fn DrillClocks(
    /// Simulated incident time since the drill started, in ms.
    #[prop(into)]
    sim_ms: Signal<i64>,
    /// Real time since the drill started, in ms; `None` on the players' screen.
    #[prop(optional, into)]
    wall_ms: Option<Signal<i64>>,
    /// Whether the simulated clock is paused.
    #[prop(into)]
    paused: Signal<bool>,
    /// Whether the drill is over.
    #[prop(into)]
    ended: Signal<bool>,
    /// The simulated clock's speed (thousandths of real time), when shown.
    #[prop(optional, into)]
    speed: Option<Signal<u32>>,
) -> impl IntoView {
    let status = move || {
        if ended.get() {
            "Drill ended".to_string()
        } else if paused.get() {
            "Paused".to_string()
        } else {
            match speed {
                Some(s) => format!("Running at {}", format_speed(s.get())),
                None => "Running".to_string(),
            }
        }
    };
    view! {
        <div class="drill-clocks">
            <div class="drill-clocks__clock">
                <span class="drill-clocks__label">"Incident time (simulated)"</span>
                <span class="drill-clocks__time" data-testid="sim-clock">{move || format_elapsed(sim_ms.get())}</span>
            </div>
            {wall_ms.map(|w| view! {
                <div class="drill-clocks__clock">
                    <span class="drill-clocks__label">"Real time elapsed"</span>
                    <span class="drill-clocks__time" data-testid="wall-clock">{move || format_elapsed(w.get())}</span>
                </div>
            })}
            <p class="drill-clocks__status" data-testid="clock-status">{status}</p>
        </div>
    }
}
