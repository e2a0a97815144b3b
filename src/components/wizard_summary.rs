use crate::paths;
use leptos::prelude::*;
use runbook::wizard::{page, Journey, Wizard};

/// The answers on the path as a GOV.UK summary list, each with a Change link. Used by
/// "Check your answers" and by an outcome's "Because you answered".
#[component]
pub fn WizardSummary(
    /// The wizard answered.
    wizard: &'static Wizard,
    /// The journey whose answers to list.
    journey: Journey,
) -> impl IntoView {
    let rows = journey.summary(wizard);
    view! {
        <dl class="summary-list" data-testid="wizard-summary">
            {rows
                .into_iter()
                .map(|row| {
                    let href = paths::wizard(&wizard.id, &page::change_query(wizard, &journey, &row.question));
                    view! {
                        <div class="summary-list__row" data-question=row.question.clone()>
                            <dt class="summary-list__key">{row.question_text.clone()}</dt>
                            <dd class="summary-list__value">{row.answer}</dd>
                            <dd class="summary-list__actions">
                                <a class="link" href=href>
                                    "Change"
                                    <span class="visually-hidden">{format!(" your answer to: {}", row.question_text)}</span>
                                </a>
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}
