use crate::paths;
use leptos::prelude::*;
use runbook::wizard::page::Back;
use runbook::wizard::Wizard;

/// The GOV.UK back link, to the address the core says is the previous page: the same one
/// the browser's Back button returns to on a straight run through the questions.
#[component]
pub fn WizardBackLink(
    /// The wizard.
    wizard: &'static Wizard,
    /// Where Back goes, from `runbook::wizard::page::screen`.
    back: Back,
) -> impl IntoView {
    let href = match &back {
        Back::List => paths::wizards(),
        Back::Query(q) => paths::wizard(&wizard.id, q),
    };
    view! { <a class="back-link" href=href data-testid="back-link">"Back"</a> }
}
