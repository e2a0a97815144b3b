use crate::components::{NotificationBanner, Tone};
use crate::content;
use crate::shared_values::shared_values;
use leptos::prelude::*;

/// The values this browser remembers for the command generators (GOV.UK summary list),
/// each with a way to clear it, and a way to clear them all.
#[component]
pub fn GeneratorValuesInUse(
    /// Heading level: 2 on a page of its own, 3 under another heading.
    #[prop(default = 2)]
    heading_level: u8,
) -> impl IntoView {
    let shared = shared_values();
    let title = match heading_level {
        2 => view! { <h2 class="heading-m" id="values-in-use">"Values in use"</h2> }.into_any(),
        _ => view! { <h3 class="heading-s" id="values-in-use">"Values in use"</h3> }.into_any(),
    };
    let problem = {
        let shared = shared.clone();
        move || {
            shared.problem().map(|message| {
                let shared = shared.clone();
                view! {
                    <NotificationBanner title_id="values-problem-title" title="Remembered values reset" tone=Tone::Warning alert=true testid="values-problem">
                        <p class="notification-banner__heading">{message}</p>
                        <button type="button" class="button button--secondary" on:click=move |_| shared.dismiss_problem()>"Dismiss"</button>
                    </NotificationBanner>
                }
            })
        }
    };
    let list = move || {
        let values = shared.values();
        if values.is_empty() {
            return view! {
                <p class="body" data-testid="values-in-use-empty">
                    "No values remembered yet. Names, servers, dates and times you enter in one generator fill every generator, on every page, in this browser."
                </p>
            }
            .into_any();
        }
        let rows = values
            .into_iter()
            .map(|(name, value)| {
                let label = content::param_label(&name).map_or_else(|| name.clone(), str::to_string);
                let shared = shared.clone();
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{label.clone()}</dt>
                        <dd class="summary-list__value"><code class="code">{value}</code></dd>
                        <dd class="summary-list__actions">
                            <button type="button" class="button-link" on:click=move |_| shared.clear(&name)>
                                "Clear"<span class="visually-hidden">{format!(" {label}")}</span>
                            </button>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        let shared = shared.clone();
        view! {
            <p class="body">"These fill every generator, on every page, in this browser. A value in the address or typed on a page wins on that page."</p>
            <dl class="summary-list" data-testid="values-in-use">{rows}</dl>
            <button type="button" class="button button--secondary" on:click=move |_| shared.clear_all()>"Clear all values"</button>
        }
        .into_any()
    };
    view! {
        <section class="values-in-use" aria-labelledby="values-in-use">
            {title}
            {problem}
            {list}
        </section>
    }
}
