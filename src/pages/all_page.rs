use crate::browser;
use crate::content::site;
use crate::page_bodies;
use crate::paths;
use leptos::prelude::*;
use runbook::doc::html::{render, shared_href, shared_id, Links};

/// Every page in navigation order on one page, for printing or saving as a PDF, and the
/// download of the one-file runbook.
///
/// Pages are rendered by the core's HTML renderer rather than `DocBody`, because on one page
/// heading ids must be unique (`<slug>--<anchor>`), headings sit one level below the page
/// title, and links between pages must stay on this page: the same rules as `runbook.html`.
/// The renderer escapes every piece of text, so `inner_html` holds no markup from content.
#[component]
pub fn AllPage() -> impl IntoView {
    browser::set_title("The whole runbook");
    let site = site();
    let contents = site
        .nav
        .iter()
        .map(|section| {
            view! {
                <li class="all-contents__section">
                    {section.title.clone()}
                    <ul class="all-contents__pages">
                        {section
                            .pages
                            .iter()
                            .filter_map(|slug| site.page(slug))
                            .map(|p| view! { <li><a class="link" href=format!("#{}", p.slug)>{p.title.clone()}</a></li> })
                            .collect_view()}
                    </ul>
                </li>
            }
        })
        .collect_view();
    // Every body is fetched (see `page_bodies`); the page fills in when all have arrived.
    let bodies = LocalResource::new(move || async move {
        let mut out = Vec::new();
        for slug in site.nav.iter().flat_map(|s| s.pages.iter()) {
            out.push((slug.clone(), page_bodies::load(slug).await?));
        }
        Ok::<_, String>(out)
    });
    let docs = move || {
        match bodies.get() {
        None => view! { <p class="body" role="status">"Loading every page…"</p> }.into_any(),
        Some(Err(message)) => view! { <p class="body" role="alert">{message}</p> }.into_any(),
        Some(Ok(bodies)) => bodies
            .iter()
            .filter_map(|(slug, doc)| site.page(slug).map(|p| (site.section_of(slug).map(|s| s.title.clone()), p, doc)))
            .map(|(section, page, doc)| {
                let slug = page.slug.clone();
                let href = |t: &runbook::doc::LinkTarget| shared_href(&slug, t);
                let id = |a: &str| shared_id(&slug, a);
                let html = render(
                    doc,
                    &Links {
                        href: &href,
                        id: &id,
                        shift: 1,
                    },
                );
                view! {
                    <article class="all-doc" id=page.slug.clone() aria-labelledby=format!("{}--title", page.slug) data-slug=page.slug.clone()>
                        <span class="caption-l">{section}</span>
                        <h2 class="heading-l all-doc__title" id=format!("{}--title", page.slug)>{page.title.clone()}</h2>
                        <p class="lead">{page.summary.clone()}</p>
                        <p class="all-doc__meta">{format!("Owner: {}. Review by {}.", page.review.owner, page.review.review_by)}</p>
                        <div class="doc-body all-doc__body" inner_html=html></div>
                    </article>
                }
            })
            .collect_view()
            .into_any(),
    }
    };
    view! {
        <h1 class="heading-xl">"The whole runbook"</h1>
        <p class="lead">"Every page in order, to print or save as a PDF."</p>
        <p class="body">
            <a class="link" href=paths::href("/runbook.html") download="runbook.html" data-testid="download-onefile">
                "Download the whole runbook as one file (HTML)"
            </a>
            ". It opens in any browser without this site or a network: keep a copy on your laptop."
        </p>
        <nav class="contents all-contents" aria-labelledby="all-contents-title">
            <h2 class="contents__title" id="all-contents-title">"Contents"</h2>
            <ul class="all-contents__list">{contents}</ul>
        </nav>
        {docs}
    }
}
