use crate::browser;
use crate::components::GeneratorValuesInUse;
use crate::content;
use crate::paths;
use leptos::prelude::*;
use runbook::command::Environment;
use runbook::doc::{plain_text, Block};

/// Every command generator: what it does and where it acts.
#[component]
pub fn CommandsPage() -> impl IntoView {
    browser::set_title("Command generators");
    let items = content::generators()
                    .iter()
        .map(|g| {
            let summary = g.description.blocks.iter().find_map(|b| match b {
                Block::Paragraph(content) => Some(plain_text(content)),
                _ => None,
            });
            let production = g.touches == Environment::Production;
            view! {
                <li class="page-list__item generator-list__item">
                    <a class="link page-list__title" href=paths::command(&g.id, &Default::default())>{g.title.clone()}</a>
                    {summary.map(|s| view! { <p class="page-list__summary">{s}</p> })}
                    <p class="page-list__summary">
                        "Acts on: "
                        {production.then(|| view! { <strong class="tag tag--red">"Production"</strong>" " })}
                        {g.describe_environment()}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 class="heading-xl">"Command generators"</h1>
        <p class="lead">"Fill in the values and copy a command that is quoted safely and checked before you run it."</p>
        <ul class="page-list" data-testid="generator-list">{items}</ul>
        <GeneratorValuesInUse/>
    }
}
