use leptos::prelude::*;
use runbook::drill::report::view::ReportView;

/// The factual part of the report: the summary, the timeline on both clocks, and each
/// decision against the runbook, linked by the section's title, with the time it took.
/// Drawn again only when another report is shown (an import).
#[component]
pub fn ReportSummary(view: Signal<ReportView>) -> impl IntoView {
    move || {
        view.with(|v| {
            let s = &v.summary;
            let rows = [
                ("Scenario", s.scenario.clone().into_any()),
                ("Started", s.started.clone().into_any()),
                ("Seed", view! { <code class="code">{s.seed}</code> }.into_any()),
                ("Duration", s.duration.clone().into_any()),
                ("Decisions", s.score.clone().into_any()),
            ]
            .into_iter()
            .map(|(key, value)| {
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{key}</dt>
                        <dd class="summary-list__value">{value}</dd>
                    </div>
                }
            })
            .collect_view();
            let timeline = v
                .timeline
                .iter()
                .map(|l| {
                    view! {
                        <tr>
                            <td class="table__cell drill-num">{l.sim.clone()}</td>
                            <td class="table__cell drill-num">{l.wall.clone()}</td>
                            <td class="table__cell">{l.text.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let decisions = v
                .decisions
                .iter()
                .map(|d| {
                    let tag = if d.critical { "drill-tag drill-tag--red" } else { "drill-tag" };
                    view! {
                        <tr>
                            <td class="table__cell">{d.prompt.clone()}</td>
                            <td class="table__cell">{d.chosen.clone()}</td>
                            <td class="table__cell">
                                {d.expected.clone()} " ("
                                <a class="link" href=d.runbook.href.clone()>{d.runbook.text.clone()}</a> ")"
                            </td>
                            <td class="table__cell"><strong class=tag>{d.result.clone()}</strong></td>
                            <td class="table__cell drill-num">{d.took.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <dl class="summary-list">{rows}</dl>
                <h2 class="heading-l">"Timeline"</h2>
                <div class="table-scroll" role="region" aria-label="Timeline" tabindex="0">
                    <table class="table">
                        <caption class="visually-hidden">"Timeline on both clocks"</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="table__header">"Simulated"</th>
                                <th scope="col" class="table__header">"Real"</th>
                                <th scope="col" class="table__header">"What happened"</th>
                            </tr>
                        </thead>
                        <tbody>{timeline}</tbody>
                    </table>
                </div>
                <h2 class="heading-l">"Decisions against the runbook"</h2>
                <div class="table-scroll" role="region" aria-label="Decisions against the runbook" tabindex="0">
                    <table class="table">
                        <caption class="visually-hidden">"Each decision, what was chosen and what the runbook says"</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="table__header">"Decision"</th>
                                <th scope="col" class="table__header">"Chosen"</th>
                                <th scope="col" class="table__header">"Runbook says"</th>
                                <th scope="col" class="table__header">"Result"</th>
                                <th scope="col" class="table__header">"Time to decide (simulated / real)"</th>
                            </tr>
                        </thead>
                        <tbody>{decisions}</tbody>
                    </table>
                </div>
            }
        })
    }
}
