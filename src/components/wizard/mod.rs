//! A decision wizard's pages, drawn from the core's view model (`runbook::wizard::view`): the
//! same components in the build (the first question, as static HTML) and in the browser.

mod broken;
mod check_answers;
mod outcome;
mod outcome_advice;
mod question;
mod screen;
mod tree;

pub use screen::WizardPage;

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
