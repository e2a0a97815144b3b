use crate::browser;
use crate::components::{DocBody, PageContents, PageNeighbours, ReviewNotice};
use crate::content::site;
use crate::page_bodies;
use crate::pages::NotFoundPage;
use leptos::prelude::*;

/// A runbook page: title, summary, review status, contents and body. The title, summary and
/// headings are embedded in the app; the body is fetched (see `page_bodies`).
#[component]
pub fn DocPage(
    /// The page's slug, from the address.
    slug: String,
) -> impl IntoView {
    {
        let Some(page) = site().page(&slug) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        browser::set_title(&page.title);
        let prerendered = page_bodies::take_prerendered(&page.slug);
        let body_slug = page.slug.clone();
        let body = LocalResource::new(move || {
            let slug = body_slug.clone();
            async move { page_bodies::load(&slug).await }
        });
        // Land on the section a link pointed to once the body is in the DOM.
        Effect::new(move |_| {
            if body.get().is_some_and(|b| b.is_ok()) {
                if let Some(id) = browser::current_hash() {
                    browser::scroll_to_id(&id);
                }
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
                {move || match body.get() {
                    Some(Ok(doc)) => view! { <DocBody doc=(*doc).clone()/> }.into_any(),
                    // The static copy this page arrived with is the same build's text.
                    Some(Err(_)) if prerendered.is_some() => {
                        view! { <div class="doc-body" inner_html=prerendered.clone()></div> }.into_any()
                    }
                    Some(Err(message)) => view! {
                        <div class="error-summary" role="alert">
                            <h2 class="error-summary__title">"There is a problem"</h2>
                            <p class="body">{message}</p>
                            <p class="body">
                                <a class="link" href=crate::paths::href("/runbook.html")>"Open the whole runbook as one file"</a>
                            </p>
                        </div>
                    }
                    .into_any(),
                    None => match prerendered.clone() {
                        Some(html) => view! { <div class="doc-body" inner_html=html></div> }.into_any(),
                        None => view! { <p class="body" role="status">"Loading the page…"</p> }.into_any(),
                    },
                }}
                <PageNeighbours slug=page.slug.clone()/>
            </article>
        }
        .into_any()
    }
}
