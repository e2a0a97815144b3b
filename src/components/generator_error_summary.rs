use crate::shared_values::focus_id;
use leptos::prelude::*;

/// GOV.UK error summary: every problem with the form, each linking to its field.
#[component]
pub fn GeneratorErrorSummary(
    /// The summary's own id (focused when the form is submitted with problems).
    id: String,
    /// (field id, message) for each problem, in field order.
    errors: Vec<(String, String)>,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <div class="error-summary" id=id aria-labelledby=labelled_by tabindex="-1" data-testid="error-summary">
            <h2 class="error-summary__title" id=title_id>"There is a problem"</h2>
            <ul class="error-summary__list">
                {errors
                    .into_iter()
                    .map(|(field, message)| {
                        let target = field.clone();
                        view! {
                            <li>
                                <a
                                    class="error-summary__link"
                                    href=format!("#{field}")
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_id(&target);
                                    }
                                >
                                    {message}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
