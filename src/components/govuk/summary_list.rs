use leptos::prelude::*;

/// One row of a summary list: what was asked, the answer, and where to change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    /// What the row is about, as the page's code names it (`data-question`).
    pub key_id: String,
    pub key: String,
    pub value: String,
    pub change: String,
}

/// A GOV.UK summary list, each row with a "Change" link that names its question for screen
/// readers.
#[component]
pub fn SummaryList(rows: Vec<SummaryRow>, #[prop(optional)] testid: Option<&'static str>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let hidden = format!(" your answer to: {}", row.key);
            view! {
                <div class="summary-list__row" data-question=row.key_id>
                    <dt class="summary-list__key">{row.key}</dt>
                    <dd class="summary-list__value">{row.value}</dd>
                    <dd class="summary-list__actions">
                        <a class="link" href=row.change>
                            "Change"
                            <span class="visually-hidden">{hidden}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="summary-list" data-testid=testid>{rows}</dl> }
}
