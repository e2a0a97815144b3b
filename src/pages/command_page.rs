use crate::browser;
use crate::components::{DocBody, GeneratorForm, GeneratorValuesInUse};
use crate::content;
use crate::pages::NotFoundPage;
use crate::paths;
use leptos::prelude::*;
use runbook::collect::map_of;

/// One command generator, pre-filled from the address (`?namespace=…&server=…`).
#[component]
pub fn CommandPage(
    /// The generator's id, from the address.
    id: String,
) -> impl IntoView {
    {
        // Only reached where the host serves this app for an unknown id (a static host
        // serves 404.html instead, which says the same).
        let Some(g) = content::generator(&id) else {
            return view! { <NotFoundPage route=runbook::route::Route::Command(id)/> }.into_any();
        };
        browser::set_title(&g.title);
        let initial = map_of(
            g.params
                .iter()
                .filter_map(|p| Some((p.name.clone(), crate::location::param_untracked(&p.name)?))),
        );
        let explained = g
            .docs
            .iter()
            .map(|d| view! { <li><a class="link" href=paths::doc_anchor(&d.slug, d.anchor.as_deref())>{d.label.clone()}</a></li> })
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
