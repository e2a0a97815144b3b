//! A decision wizard's pages, drawn from the core's view model (`runbook::wizard::view`): the
//! same components in the build (the first question, as static HTML) and in the browser;
//! and every step on one page (`WizardWalk`), which only the build draws.

mod broken;
mod check_answers;
mod outcome;
mod outcome_advice;
mod question;
mod screen;
mod tree;
// Drawn only by the build (`prerender`): no app draws it.
#[cfg(feature = "ssr")]
mod walk;

pub use screen::WizardPage;
#[cfg(feature = "ssr")]
pub use walk::WizardWalk;

use crate::components::govuk::SummaryRow;
use runbook::wizard::view::AnswerRow;

/// The answers so far as a summary list's rows.
fn summary_rows(rows: Vec<AnswerRow>) -> Vec<SummaryRow> {
    rows.into_iter()
        .map(|r| SummaryRow {
            key_id: r.question,
            key: r.text,
            value: r.answer,
            change: r.change,
        })
        .collect()
}
