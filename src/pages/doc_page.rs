use crate::browser;
use crate::components::{DocBody, PageContents, PageNeighbours, ReviewNotice};
use crate::content::site;
use crate::pages::NotFoundPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// A runbook page: title, summary, review status, contents and body.
#[component]
pub fn DocPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    move || {
        let slug = slug();
        let Some(page) = site().page(&slug) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        browser::set_title(&page.title);
        // Land on the section a link pointed to once the page is in the DOM.
        Effect::new(move |_| {
            if let Some(id) = browser::current_hash() {
                browser::scroll_to_id(&id);
            }
        });
        let section = site().section_of(&page.slug).map(|s| s.title.clone());
        view! {
            <article class="doc" data-slug=page.slug.clone()>
                {section.map(|s| view! { <span class="caption-l">{s}</span> })}
                <h1 class="heading-xl">{page.title.clone()}</h1>
                <p class="lead">{page.summary.clone()}</p>
                <ReviewNotice review=page.review.clone()/>
                <PageContents headings=page.doc.contents()/>
                <DocBody doc=page.doc.clone()/>
                <PageNeighbours slug=page.slug.clone()/>
            </article>
        }
        .into_any()
    }
}
