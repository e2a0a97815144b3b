use crate::components::{StartErrors, SEED_ERROR};
use leptos::prelude::*;

/// The error summary at the top of a briefing, for the start form at its end
/// (`DrillStartForm`): GOV.UK puts it first on the page, with links to the fields.
#[component]
pub fn DrillStartErrors(errors: StartErrors) -> impl IntoView {
    move || {
        (errors.seed.get() || errors.start.get().is_some()).then(|| {
            view! {
                <div class="error-summary" role="alert" tabindex="-1">
                    <h2 class="error-summary__title">"There is a problem"</h2>
                    <ul class="error-summary__list">
                        {errors.seed.get().then(|| view! { <li><a href="#drill-seed">{SEED_ERROR}</a></li> })}
                        {errors.start.get().map(|e| view! { <li>{e}</li> })}
                    </ul>
                </div>
            }
        })
    }
}
