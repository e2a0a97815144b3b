use leptos::prelude::*;

/// The drill's clocks: the incident clock (simulated) and, for the facilitator, real time
/// elapsed, with what the clock is doing in words. Their text changes every second in place.
#[component]
pub fn DrillClocks(
    /// The incident clock, `mm:ss` or `h:mm:ss`.
    sim: Signal<String>,
    /// Real time elapsed, on the facilitator's console only.
    #[prop(optional)]
    wall: Option<Signal<String>>,
    /// "Running", "Paused", "Drill ended" (`runbook::drill::view::clock_status`).
    status: Signal<String>,
) -> impl IntoView {
    let wall = wall.map(|wall| {
        view! {
            <div class="drill-clocks__clock">
                <span class="drill-clocks__label">"Real time elapsed"</span>
                <span class="drill-clocks__time" data-testid="wall-clock">{wall}</span>
            </div>
        }
    });
    view! {
        <div class="drill-clocks">
            <div class="drill-clocks__clock">
                <span class="drill-clocks__label">"Incident time (simulated)"</span>
                <span class="drill-clocks__time" data-testid="sim-clock">{sim}</span>
            </div>
            {wall}
            <p class="drill-clocks__status" data-testid="clock-status">{status}</p>
        </div>
    }
}
