use crate::paths;
use leptos::prelude::*;
use runbook::drill::clock::format_elapsed;
use runbook::drill::model::split_ref;
use runbook::drill::report::{outcome_word, Report};

/// The factual part of an after-action report: the summary, the timeline on both clocks,
/// and each decision against the runbook with the time it took.
#[component]
pub fn DrillReportSummary(
    /// The report.
    #[prop(into)]
    report: Signal<Report>,
) -> impl IntoView {
    move || {
        let r = report.get();
        let duration = r.ended.map(|end| {
            format!(
                "{} simulated, {} real",
                format_elapsed(end.sim_ms),
                format_elapsed(end.wall_ms - r.started.wall_ms)
            )
        });
        view! {
            <dl class="summary-list" data-testid="report-summary">
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Scenario"</dt>
                    <dd class="summary-list__value">{r.scenario_title.clone()}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Seed"</dt>
                    <dd class="summary-list__value"><code class="code">{r.seed.to_string()}</code></dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Duration"</dt>
                    <dd class="summary-list__value">{duration.unwrap_or_else(|| "Not ended yet".to_string())}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Decisions"</dt>
                    <dd class="summary-list__value" data-testid="report-score">
                        {format!("{} met, {} missed, {} critical misses", r.met, r.missed, r.critical_misses)}
                    </dd>
                </div>
            </dl>
            <h2 class="heading-l">"Timeline"</h2>
            <table class="table" data-testid="report-timeline">
                <caption class="visually-hidden">"Timeline on both clocks"</caption>
                <thead>
                    <tr>
                        <th scope="col" class="table__header">"Simulated"</th>
                        <th scope="col" class="table__header">"Real"</th>
                        <th scope="col" class="table__header">"What happened"</th>
                    </tr>
                </thead>
                <tbody>
                    {r.timeline.iter().map(|l| view! {
                        <tr>
                            <td class="table__cell drill-num">{format_elapsed(l.sim_ms)}</td>
                            <td class="table__cell drill-num">{format_elapsed(l.wall_ms)}</td>
                            <td class="table__cell">{l.text.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2 class="heading-l">"Decisions against the runbook"</h2>
            <table class="table" data-testid="report-decisions">
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
                <tbody>
                    {r.decisions.iter().map(|d| {
                        let (slug, anchor) = split_ref(&d.runbook);
                        let result = outcome_word(d.outcome);
                        let took = d.time_to_decision.map_or("–".to_string(), |t| format!("{} / {}", format_elapsed(t.sim_ms), format_elapsed(t.wall_ms)));
                        view! {
                            <tr>
                                <td class="table__cell">{d.prompt.clone()}</td>
                                <td class="table__cell">{d.chosen.clone().unwrap_or_else(|| "–".to_string())}</td>
                                <td class="table__cell">{d.expected.clone()}" ("<a class="link" href=paths::doc_anchor(slug, anchor)>"runbook"</a>")"</td>
                                <td class="table__cell">
                                    <strong class=if d.critical_miss { "drill-tag drill-tag--red" } else { "drill-tag" }>
                                        {result}{d.critical_miss.then_some(" (critical)")}
                                    </strong>
                                </td>
                                <td class="table__cell drill-num">{took}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
    }
}
