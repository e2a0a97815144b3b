use leptos::prelude::*;
use runbook::drill::clock::format_elapsed;
use runbook::drill::console_markup::clock_status;

/// The simulated incident clock on the players' screen, and what it is doing. (The
/// facilitator's console writes the same clocks, with the real-time one beside it, from
/// `console_markup::clocks`.)
#[component]
pub fn DrillClocks(
    /// Simulated incident time since the drill started, in ms.
    #[prop(into)]
    sim_ms: Signal<i64>,
    /// Whether the simulated clock is paused.
    #[prop(into)]
    paused: Signal<bool>,
    /// Whether the drill is over.
    #[prop(into)]
    ended: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="drill-clocks">
            <div class="drill-clocks__clock">
                <span class="drill-clocks__label">"Incident time (simulated)"</span>
                <span class="drill-clocks__time" data-testid="sim-clock">{move || format_elapsed(sim_ms.get())}</span>
            </div>
            <p class="drill-clocks__status" data-testid="clock-status">{move || clock_status(paused.get(), ended.get(), None)}</p>
        </div>
    }
}
