use crate::browser;
use crate::components::PageLinkList;
use crate::content::site;
use leptos::prelude::*;

/// The start page: what this is, and every section of the runbook one click away.
#[component]
pub fn HomePage() -> impl IntoView {
    browser::set_title("Disaster recovery");
    let sections = site().nav.clone();
    view! {
        <h1 class="heading-xl">"Disaster recovery"</h1>
        <p class="lead">
            "What to do when something is broken: the scenarios we know about, the actions we can take, and who to tell."
        </p>
        <div class="inset-text">
            <p>"There is no strict plan. Every problem is different, and you will need a different combination of these actions to resolve it. Do not make things worse: read the whole page before you act."</p>
        </div>
        {sections
            .into_iter()
            .map(|section| {
                view! {
                    <h2 class="heading-m">{section.title.clone()}</h2>
                    <PageLinkList slugs=section.pages.clone()/>
                }
            })
            .collect_view()}
    }
}
