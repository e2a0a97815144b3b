use crate::content::{BUILD_DATE, COMMIT};
use leptos::prelude::*;

/// Which build this is, so a reader can tell whether the copy in front of them is current.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="footer" role="contentinfo">
            <div class="page-width">
                <p class="footer__meta">
                    "Built from commit "<code data-testid="build-commit">{COMMIT}</code>
                    " on "<span data-testid="build-date">{BUILD_DATE}</span>"."
                </p>
            </div>
        </footer>
    }
}
