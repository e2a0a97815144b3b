//! The benchmarks' floor: each doc page as plain static HTML, rendered from the same compiled
//! Markdown with the same stylesheet and no script. "Time to content" for the real site is
//! quoted as a ratio to loading these.

use anyhow::{Context, Result};
use runbook::bundle::Runbook;
use runbook::content::Page;
use runbook::doc::html::{escape, render, site_href, Links};
use runbook::doc::LinkTarget;
use std::path::Path;

/// Writes `out/docs/<slug>/index.html` for every page and copies `css` to `out/main.css`.
pub fn write(runbook: &Runbook, out: &Path, css: &Path) -> Result<usize> {
    std::fs::create_dir_all(out)?;
    std::fs::copy(css, out.join("main.css")).with_context(|| format!("copying {}", css.display()))?;
    for page in &runbook.site.pages {
        let body = render_page(page, "");
        let html = format!(
            "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{page_title}</title>\n<link rel=\"stylesheet\" href=\"/main.css\">\n</head>\n<body>\n<div class=\"page-width\"><main class=\"main\" id=\"main-content\">\n<h1 class=\"heading-xl\">{title}</h1>\n<p class=\"lead\">{summary}</p>\n<div class=\"doc-body\">{body}</div>\n</main></div>\n</body>\n</html>\n",
            title = escape(&page.title),
            page_title = escape(&runbook.service.page_title(&page.title)),
            summary = escape(&page.summary),
        );
        let dir = out.join("docs").join(&page.slug);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("index.html"), html)?;
    }
    Ok(runbook.site.pages.len())
}

/// A page body as plain HTML for a site served under `root` (`""` or `/runbook`): links go to
/// the site's page addresses, heading ids are the page's own anchors.
pub fn render_page(page: &Page, root: &str) -> String {
    let href = |t: &LinkTarget| site_href(root, t);
    let id = |a: &str| a.to_string();
    render(
        &page.doc,
        &Links {
            href: &href,
            id: &id,
            shift: 0,
            generator: &|_| None,
        },
    )
}
