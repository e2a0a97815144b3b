use crate::paths;
use leptos::prelude::*;
use runbook::doc::Prose;

/// Runbook text an app shows (a wizard's outcome, a drill's situation, briefs and injects),
/// as the build rendered it (`runbook::doc::Prose`): the same markup as a doc page, every
/// piece of text escaped, so `inner_html` holds no markup from content. The app only puts in
/// the root the site is served under, and the Copy buttons in it work by delegation
/// (`islands`). So no app carries the document model's decoder or renderer.
#[component]
pub fn DocBody(
    /// The text.
    prose: Prose,
) -> impl IntoView {
    view! { <div class="doc-body" inner_html=prose.html(paths::base())></div> }
}
