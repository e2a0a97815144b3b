use crate::paths;
use leptos::prelude::*;
use runbook::doc::html::{render_site, site_href, SiteLinks};
use runbook::doc::{Doc, LinkTarget};

/// A compiled body (a generator's description, a wizard's outcome, a drill's text) with the
/// same markup as a doc page: the core renders it (`runbook::doc::html::render_site`, which
/// escapes every piece of text, so `inner_html` holds no markup from content) and the Copy
/// buttons in it work by delegation (`islands`). One renderer for every body keeps them
/// alike, and keeps per-block view code out of the apps.
#[component]
pub fn DocBody(
    /// The body.
    doc: Doc,
) -> impl IntoView {
    let href = |target: &LinkTarget| site_href(paths::base(), target);
    // Live generators are embedded in doc pages only (the docs app mounts them); here a
    // `command` block is a link to the generator's own page.
    let generator = |id: &str| Some((id.to_string(), paths::command(id, &Default::default())));
    let values_in_use = format!("{}#values-in-use", paths::commands());
    let html = render_site(
        &doc,
        &SiteLinks {
            href: &href,
            generator: &generator,
            values_in_use: &values_in_use,
        },
    );
    view! { <div class="doc-body" inner_html=html></div> }
}
