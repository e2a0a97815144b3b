use crate::browser;
use crate::components::{DocBody, GeneratorForm, GeneratorValuesInUse};
use crate::content::{self, site};
use crate::paths;
use leptos::prelude::*;
use runbook::command::Values;

/// One command generator, pre-filled from the address (`?namespace=…&server=…`).
#[component]
pub fn CommandPage(
    /// The generator's id, from the address.
    id: String,
) -> impl IntoView {
    {
        let Some(g) = content::generator(&id) else {
            browser::set_title("Command generator not found");
            return view! {
                <a class="back-link" href=paths::commands()>"All command generators"</a>
                <h1 class="heading-xl">"Command generator not found"</h1>
                <p class="body">{format!("There is no command generator called ‘{id}’. The link may be old or mistyped.")}</p>
                <p class="body">"Choose one from the "<a class="link" href=paths::commands()>"list of command generators"</a>"."</p>
            }
            .into_any();
        };
        browser::set_title(&g.title);
        let initial: Values = g
            .params
            .iter()
            .filter_map(|p| Some((p.name.clone(), crate::location::param_untracked(&p.name)?)))
            .collect();
        let explained = g
            .docs
            .iter()
            .filter_map(|d| {
                let page = site().page(&d.slug)?;
                let section = d
                    .anchor
                    .as_deref()
                    .and_then(|a| page.doc.contents().into_iter().find(|h| h.id == a).map(|h| h.text));
                let text = match section {
                    Some(s) => format!("{}: {s}", page.title),
                    None => page.title.clone(),
                };
                Some(view! { <li><a class="link" href=paths::doc_anchor(&d.slug, d.anchor.as_deref())>{text}</a></li> })
            })
            .collect_view();
        view! {
            <a class="back-link" href=paths::commands()>"All command generators"</a>
            <span class="caption-l">"Command generator"</span>
            <h1 class="heading-xl">{g.title.clone()}</h1>
            <DocBody doc=g.description.clone()/>
            <p class="body" data-testid="acts-on">"Acts on: "<strong>{g.describe_environment()}</strong></p>
            <GeneratorForm generator=g initial=initial sync_url=true/>
            <h2 class="heading-m">"Explained in the runbook"</h2>
            <ul class="list list--bullet">{explained}</ul>
            <GeneratorValuesInUse/>
        }
        .into_any()
    }
}
