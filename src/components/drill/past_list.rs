use crate::components::DrillPastDamaged;
use crate::drill_store;
use leptos::prelude::*;
use runbook::date::Date;

/// Drills run in this browser, newest first, with how they scored.
#[component]
pub fn DrillPastList() -> impl IntoView {
    let (version, set_version) = signal(0u32);
    move || {
        version.track();
        match drill_store::past() {
            Ok(list) if list.drills.is_empty() => {
                view! { <p class="body" data-testid="past-drills-empty">"No drills have been run in this browser yet."</p> }.into_any()
            }
            Ok(list) => view! {
                <table class="table" data-testid="past-drills">
                    <caption class="visually-hidden">"Past drills"</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="table__header">"Scenario"</th>
                            <th scope="col" class="table__header">"Started (UTC date)"</th>
                            <th scope="col" class="table__header">"Seed"</th>
                            <th scope="col" class="table__header">"Met"</th>
                            <th scope="col" class="table__header">"Missed"</th>
                            <th scope="col" class="table__header">"Critical misses"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {list.drills.into_iter().map(|d| view! {
                            <tr>
                                <td class="table__cell">{d.title}</td>
                                <td class="table__cell">{Date::from_days_since_epoch(d.started_wall_ms.div_euclid(86_400_000)).to_string()}</td>
                                <td class="table__cell"><code class="code">{d.seed.to_string()}</code></td>
                                <td class="table__cell">{d.met}</td>
                                <td class="table__cell">{d.missed}</td>
                                <td class="table__cell">{d.critical_misses}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any(),
            Err((error, raw)) => view! {
                <DrillPastDamaged
                    sentence=format!("The list of past drills could not be read. {error}")
                    raw=raw
                    on_cleared=Callback::new(move |_| set_version.update(|v| *v += 1))
                />
            }
            .into_any(),
        }
    }
}
