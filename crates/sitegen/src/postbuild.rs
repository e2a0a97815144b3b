//! Assembles the site from Trunk's output, one folder per app (`target/apps/<app>/`, see
//! ARCHITECTURE.md, "Static pages, small apps"), into `dist/`, so it runs under a strict
//! Content-Security-Policy and from any static host:
//!
//! - every app's files are copied in (their names carry content hashes, so the apps share
//!   the style sheets they have in common);
//! - Trunk's inline module loader moves to its own file, so `script-src` needs no
//!   `'unsafe-inline'`;
//! - the CSP goes into every HTML page as a `<meta>` tag;
//! - every route gets its own `index.html`, made from the shell of the app that serves it
//!   (`runbook::route::Route::app`), so deep links load with status 200 on any static host,
//!   and `404.html` (the docs app) serves everything else. Each is the full page frame
//!   (`frame`) around the route's `<main>` (`pages`): whole pages where everything is known at
//!   build time, an empty `<main>` the app mounts into where it is not;
//! - the search index is written as a hashed postcard file the pages point to with a `<meta>`,
//!   and so is the data folder: a file per wizard, generator and scenario (`data_files`);
//! - `runbook.html` (the whole runbook in one file), the web app manifest and, last, the
//!   service worker listing every file of the build.
//!
//! `dist/` is made afresh each time, so nothing from an older build lingers in it.

use crate::frame::{Frame, FramedPage};
use anyhow::{bail, Context, Result};
use runbook::bundle::Runbook;
use runbook::hash::fnv1a;
use runbook::route::{App, Route};
use std::collections::BTreeMap;
use std::path::Path;

/// The policy. `'wasm-unsafe-eval'` lets the browser compile the app's WebAssembly and
/// nothing else; there is no inline script or style and no third-party origin.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// Builds `dist` from the apps Trunk built into `apps/<app>/`.
pub fn run(apps: &Path, dist: &Path, runbook: &Runbook, base: &str) -> Result<()> {
    if dist.exists() {
        std::fs::remove_dir_all(dist).with_context(|| format!("clearing {}", dist.display()))?;
    }
    std::fs::create_dir_all(dist)?;
    let index_name = crate::search_file::write(dist, runbook)?;
    let data_folder = crate::data_files::write(dist, runbook)?;
    let root = base.trim_end_matches('/');
    let mut copied = Vec::new();
    for app in App::ALL {
        let from = apps.join(app.name());
        let shell = copy_app(&from, dist).with_context(|| format!("the {} app in {}", app.name(), from.display()))?;
        copied.push((app, shell));
    }
    // After the apps' files are in place: the manifest lists the icons among them.
    let manifest = crate::offline::write_manifest(dist, base, &runbook.service)?;
    let (commit, build_date) = crate::frame::build_stamp();
    // Every page names its build, so the service worker can tell a page of another build.
    let build = crate::offline::page_build_id(dist, &[base, &commit, &build_date])?;
    let mut shells = BTreeMap::new();
    for (app, shell) in copied {
        let (html, boot) = externalise_loader(&shell, base)?;
        if let Some((name, script)) = boot {
            std::fs::write(dist.join(&name), script).with_context(|| format!("writing {name}"))?;
        }
        let html = insert_csp(&html)?;
        let html = set_head_tag(
            &html,
            crate::search_file::META,
            &format!(
                "<meta name=\"{}\" content=\"{root}/{index_name}\">",
                crate::search_file::META
            ),
        )?;
        let html = set_head_tag(
            &html,
            crate::data_files::META,
            &format!(
                "<meta name=\"{}\" content=\"{root}/{data_folder}/\">",
                crate::data_files::META
            ),
        )?;
        let html = set_head_tag(
            &html,
            "rel=\"manifest\"",
            &format!("<link rel=\"manifest\" href=\"{manifest}\">"),
        )?;
        let html = set_head_tag(
            &html,
            &format!("name=\"{}\"", crate::offline::BUILD_META),
            &crate::offline::build_meta(&build),
        )?;
        shells.insert(app, html);
    }
    let stamp = match std::env::var("RUNBOOK_COMMIT") {
        Ok(c) if !c.is_empty() => format!("Built from commit {c}."),
        _ => String::new(),
    };
    std::fs::write(
        dist.join("runbook.html"),
        crate::onefile::render_runbook(runbook, root, &stamp),
    )?;
    let frame = Frame {
        service: &runbook.service,
        site: &runbook.site,
        root,
        commit: &commit,
        build_date: &build_date,
    };
    let framed = |route: &Route| {
        let page = crate::pages::for_route(route, runbook, root);
        // A doc page's live generators decide its app and which data files it preloads.
        let embedded = match route {
            Route::Doc(slug) => runbook
                .site
                .page(slug)
                .map(|p| runbook::bundle::embedded_generators(&p.doc.blocks))
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let html = frame
            .page(
                &shells[&route.app(|_| !embedded.is_empty())],
                &FramedPage {
                    title: &page.title,
                    current_doc: page.current_doc.as_deref(),
                    main: &page.main,
                },
            )
            .with_context(|| format!("the page for {}", route.path()))?;
        let mut fetched: Vec<String> = runbook::page_data::files_for(route, "", &embedded)
            .iter()
            .map(|file| format!("{root}/{data_folder}/{}", file.path()))
            .collect();
        // The search page answers its first keystroke once its index is here: fetched
        // alongside the app rather than after it has started.
        if *route == Route::Search {
            fetched.push(format!("{root}/{index_name}"));
        }
        preload(&html, &fetched)
    };
    std::fs::write(dist.join("404.html"), framed(&Route::NotFound)?)?;
    for route in routes(runbook) {
        let dir = dist.join(route.path().trim_start_matches('/'));
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("index.html"), framed(&route)?)?;
    }
    crate::offline::write_service_worker(dist, base)?;
    Ok(())
}

/// Copies everything Trunk built for one app into `dist`, except its `index.html`, which is
/// returned: the shell every route of the app is made from.
fn copy_app(from: &Path, dist: &Path) -> Result<String> {
    let shell = std::fs::read_to_string(from.join("index.html")).context("reading its index.html (was it built?)")?;
    copy_tree(from, dist, true)?;
    Ok(shell)
}

fn copy_tree(from: &Path, to: &Path, top: bool) -> Result<()> {
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if top && (name == "index.html" || name == ".stage") {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_tree(&entry.path(), &target, false)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Puts `tag` in the head: replaces the tag containing `key` if there is one, else inserts
/// it before `</head>`.
fn set_head_tag(html: &str, key: &str, tag: &str) -> Result<String> {
    if let Some(at) = html.find(key) {
        let start = html[..at].rfind('<').context("a tag to replace")?;
        let end = at + html[at..].find('>').context("the end of the tag to replace")? + 1;
        return Ok(format!("{}{tag}{}", &html[..start], &html[end..]));
    }
    append_to_head(html, tag)
}

/// Puts `tags` last in the head, on a line of their own.
fn append_to_head(html: &str, tags: &str) -> Result<String> {
    let Some(at) = html.find("</head>") else {
        bail!("the page has no </head>");
    };
    Ok(format!("{}  {tags}\n  {}", &html[..at], &html[at..]))
}

/// Names in the head the files the page's app fetches before it can draw or answer (the
/// data files of `runbook::page_data::files_for`, with no query, and the search index), so
/// the browser fetches them alongside the app.
fn preload(html: &str, hrefs: &[String]) -> Result<String> {
    if hrefs.is_empty() {
        return Ok(html.to_string());
    }
    let links: Vec<String> = hrefs
        .iter()
        .map(|href| format!("<link rel=\"preload\" href=\"{href}\" as=\"fetch\" crossorigin>"))
        .collect();
    append_to_head(html, &links.join("\n  "))
}

/// Every page the site has, each with its own address: the home page, the fixed pages and
/// one page per doc, wizard (and its every step on one page), generator, message and drill.
pub fn routes(runbook: &Runbook) -> Vec<Route> {
    let fixed = [
        Route::Home,
        Route::All,
        Route::Search,
        Route::Commands,
        Route::Wizards,
        Route::Drills,
        Route::DrillFacilitator,
        Route::DrillParticipant,
        Route::DrillReport,
        Route::Incident,
        Route::Messages,
    ];
    let docs = runbook.site.pages.iter().map(|p| Route::Doc(p.slug.clone()));
    let wizards = runbook
        .wizards
        .iter()
        .flat_map(|w| [Route::Wizard(w.id.clone()), Route::WizardSteps(w.id.clone())]);
    let commands = runbook.generators.iter().map(|g| Route::Command(g.id.clone()));
    let messages = runbook.messages.iter().map(|m| Route::Message(m.id.clone()));
    let drills = runbook
        .drills
        .iter()
        .flat_map(|d| [Route::DrillBriefing(d.id.clone()), Route::DrillRoles(d.id.clone())]);
    fixed
        .into_iter()
        .chain(docs)
        .chain(wizards)
        .chain(commands)
        .chain(messages)
        .chain(drills)
        .collect()
}

/// Moves the first inline `<script type="module">` into `boot-<hash>.js`. Returns the new
/// HTML and the file to write (none when the page has no inline script, e.g. already done).
fn externalise_loader(html: &str, base: &str) -> Result<(String, Option<(String, String)>)> {
    const OPEN: &str = "<script type=\"module\">";
    let Some(start) = html.find(OPEN) else {
        return Ok((html.to_string(), None));
    };
    let body_start = start + OPEN.len();
    let Some(len) = html[body_start..].find("</script>") else {
        bail!("index.html has an unclosed <script type=\"module\">");
    };
    let script = html[body_start..body_start + len].trim().to_string();
    let name = format!("boot-{:016x}.js", fnv1a(script.as_bytes()));
    let tag = format!(
        "<script type=\"module\" src=\"{}/{name}\"></script>",
        base.trim_end_matches('/')
    );
    let mut out = String::with_capacity(html.len());
    out.push_str(&html[..start]);
    out.push_str(&tag);
    out.push_str(&html[body_start + len + "</script>".len()..]);
    if out.contains(OPEN) {
        bail!("index.html has more than one inline module script; only Trunk's loader is expected");
    }
    Ok((out, Some((name, script + "\n"))))
}

fn insert_csp(html: &str) -> Result<String> {
    if html.contains("Content-Security-Policy") {
        return Ok(html.to_string());
    }
    let Some(at) = html.find("<meta charset=\"utf-8\">") else {
        bail!("index.html has no <meta charset=\"utf-8\"> to place the CSP after");
    };
    let at = at + "<meta charset=\"utf-8\">".len();
    Ok(format!(
        "{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">{}",
        &html[..at],
        &html[at..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head>\n<meta charset=\"utf-8\">\n<script type=\"module\">\nimport init from '/app.js';\nawait init();\n</script>\n</head>";

    #[test]
    fn loader_moves_to_a_hashed_file_under_the_base_path() {
        let (html, boot) = externalise_loader(TRUNK, "/runbook/").unwrap();
        let (name, script) = boot.unwrap();
        assert!(name.starts_with("boot-") && name.ends_with(".js"));
        assert_eq!(script, "import init from '/app.js';\nawait init();\n");
        assert!(html.contains(&format!("<script type=\"module\" src=\"/runbook/{name}\"></script>")));
        assert!(!html.contains("await init"));
    }

    #[test]
    fn csp_goes_after_the_charset_once() {
        let html = insert_csp(TRUNK).unwrap();
        assert_eq!(html.matches("Content-Security-Policy").count(), 1);
        assert_eq!(insert_csp(&html).unwrap(), html);
        assert!(!CSP.contains("unsafe-inline") && !CSP.contains("'unsafe-eval'"));
    }

    #[test]
    fn head_tags_are_inserted_once_and_replaced_on_a_second_run() {
        let html = set_head_tag(TRUNK, "name=\"x\"", "<meta name=\"x\" content=\"1\">").unwrap();
        assert!(html.contains("<meta name=\"x\" content=\"1\">\n  </head>"));
        let again = set_head_tag(&html, "name=\"x\"", "<meta name=\"x\" content=\"2\">").unwrap();
        assert_eq!(again.matches("name=\"x\"").count(), 1);
        assert!(again.contains("content=\"2\""));
    }

    #[test]
    fn a_page_without_inline_script_is_left_alone() {
        let (html, boot) = externalise_loader("<head></head>", "/").unwrap();
        assert_eq!(html, "<head></head>");
        assert!(boot.is_none());
    }
}
