use leptos::prelude::*;

/// GOV.UK's warning text in a Leptos island: the "!" icon and a sentence (or a paragraph and
/// a control), with "Warning" for screen readers. `alert` makes it a live alert, for a warning that appears
/// after something the reader did.
#[component]
pub fn WarningText(
    #[prop(optional)] testid: Option<&'static str>,
    #[prop(optional)] alert: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="warning-text" data-testid=testid role=alert.then_some("alert")>
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <div class="warning-text__text">
                // The space keeps "Warning" a word of its own for a screen reader
                // (`runbook::govuk::warning_blocks` writes the same markup).
                <span class="visually-hidden">"Warning"</span>
                " "
                {children()}
            </div>
        </div>
    }
}
