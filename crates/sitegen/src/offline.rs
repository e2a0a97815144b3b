//! What makes the site work offline and installable: the service worker, generated with the
//! full list of the build's files, and the web app manifest.

// Cache-busting file names are named by a hash of their content (not for security).
use anyhow::{Context, Result};
use runbook::hash::fnv1a;
use std::path::{Path, PathBuf};

/// The service worker's file name, at the root of the base path.
pub const SW: &str = "sw.js";
/// The worker's source, with [`SETTINGS`] where the build's values go.
const SW_TEMPLATE: &str = include_str!("sw.js");
const SETTINGS: &str = "/* SETTINGS: sitegen postbuild writes this build's BUILD, BASE, FILES, PAGES, MARK and\n   PAGES_BUILD here (crates/sitegen/src/offline.rs). */";

/// Every file of the build, relative to `dist` with `/` separators, sorted; the service
/// worker itself left out.
pub fn files(dist: &Path) -> Result<Vec<String>> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) -> Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path: PathBuf = entry?.path();
            if path.is_dir() {
                walk(&path, root, out)?;
            } else if let Ok(rel) = path.strip_prefix(root) {
                let rel = rel.to_string_lossy().replace('\\', "/");
                if rel != SW {
                    out.push(rel);
                }
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dist, dist, &mut out)?;
    out.sort();
    Ok(out)
}

/// The `<meta name>` in every page's head naming the build the page belongs to (see
/// [`page_build_id`]). The service worker installs a build only if every page it fetched
/// names it.
pub const BUILD_META: &str = "runbook-build";

/// The tag that says a page belongs to build `id`.
pub fn build_meta(id: &str) -> String {
    format!("<meta name=\"{BUILD_META}\" content=\"{id}\">")
}

/// The id of the build whose pages are about to be written: a hash of every file already in
/// `dist` (the apps, the data folder, the search index, the manifest) and of what the frame
/// stamps on every page, so pages of two builds that could not share files never share it.
pub fn page_build_id(dist: &Path, stamps: &[&str]) -> Result<String> {
    let mut hash_input = Vec::new();
    for f in files(dist)? {
        hash_input.extend_from_slice(f.as_bytes());
        hash_input.push(0);
        hash_input.extend_from_slice(&std::fs::read(dist.join(&f))?);
    }
    for s in stamps {
        hash_input.extend_from_slice(s.as_bytes());
        hash_input.push(0);
    }
    Ok(format!("{:016x}", fnv1a(&hash_input)))
}

/// The build id the home page names.
fn named_build(dist: &Path) -> Result<String> {
    let home = std::fs::read_to_string(dist.join("index.html")).context("reading the home page")?;
    let at = home
        .find(&format!("<meta name=\"{BUILD_META}\" content=\""))
        .with_context(|| format!("the home page has no <meta name=\"{BUILD_META}\">"))?;
    let rest = &home[at..];
    let start = rest.find("content=\"").context("the build's meta tag")? + "content=\"".len();
    let end = start + rest[start..].find('"').context("the end of the build's meta tag")?;
    Ok(rest[start..end].to_string())
}

/// Whether a file of the build is one of its pages: a route's `index.html` or `404.html`.
fn is_page(file: &str) -> bool {
    file == "index.html" || file == "404.html" || file.ends_with("/index.html")
}

/// Writes `sw.js`. Its cache id is a hash of every file's name and bytes, so any change to
/// the build makes a new worker, which the browser installs beside the old one; the pages it
/// checks must name the build the home page names.
pub fn write_service_worker(dist: &Path, base: &str) -> Result<()> {
    let files = files(dist)?;
    let mut hash_input = Vec::new();
    for f in &files {
        hash_input.extend_from_slice(f.as_bytes());
        hash_input.push(0);
        hash_input.extend_from_slice(&std::fs::read(dist.join(f))?);
    }
    let build = format!("{:016x}", fnv1a(&hash_input));
    let pages = named_build(dist)?;
    std::fs::write(dist.join(SW), service_worker(&build, &pages, base, &files))?;
    Ok(())
}

/// The worker's source. Each build caches into its own cache, and installs only if every
/// page it fetched names its build (`pages`), so a deploy caught half-way is never cached as
/// the new build. A new build waits until the reader reloads; the tabs it then controls that
/// still run an older build keep getting that build's files until they reload.
pub fn service_worker(build: &str, pages: &str, base: &str, files: &[String]) -> String {
    let base = format!("{}/", base.trim_end_matches('/'));
    let quoted = |f: &String| serde_json::Value::String(format!("{base}{f}")).to_string();
    let list = files.iter().map(quoted).collect::<Vec<_>>().join(",\n  ");
    let page_list = files
        .iter()
        .filter(|f| is_page(f))
        .map(quoted)
        .collect::<Vec<_>>()
        .join(",\n  ");
    let mark = serde_json::Value::String(build_meta(pages)).to_string();
    let pages_build = serde_json::Value::String(pages.to_string()).to_string();
    let settings = format!(
        "const BUILD = '{build}';\nconst BASE = '{base}';\nconst FILES = [\n  {list}\n];\n\
         // Every page names the build it belongs to; each of these must name this one.\n\
         const PAGES = new Set([\n  {page_list}\n]);\nconst MARK = {mark};\nconst PAGES_BUILD = {pages_build};"
    );
    format!(
        "// Generated by `sitegen postbuild`: do not edit. Pre-caches every file of build {build}.\n{}",
        SW_TEMPLATE.replacen(SETTINGS, &settings, 1)
    )
}

/// Writes `manifest.webmanifest` for the base path, with the build's icons, named for the
/// service (`content/site.toml`).
pub fn write_manifest(dist: &Path, base: &str, service: &runbook::service::Service) -> Result<String> {
    let base = format!("{}/", base.trim_end_matches('/'));
    let files = files(dist)?;
    let mut icons = Vec::new();
    for f in &files {
        if f.starts_with("favicon") && f.ends_with(".svg") {
            icons.push(serde_json::json!({"src": format!("{base}{f}"), "sizes": "any", "type": "image/svg+xml"}));
        }
        for size in ["192", "512"] {
            if f.starts_with(&format!("icon-{size}")) && f.ends_with(".png") {
                icons.push(serde_json::json!({"src": format!("{base}{f}"), "sizes": format!("{size}x{size}"), "type": "image/png"}));
            }
        }
    }
    let manifest = serde_json::json!({
        "name": format!("{}: {}", service.title, service.service),
        "short_name": service.title,
        "description": service.tagline,
        "start_url": base,
        "scope": base,
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b0c0c",
        "icons": icons,
    });
    let name = "manifest.webmanifest".to_string();
    std::fs::write(dist.join(&name), serde_json::to_string_pretty(&manifest)? + "\n")?;
    Ok(format!("{base}{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_has_one_place_for_the_settings_and_the_worker_fills_it() {
        assert_eq!(SW_TEMPLATE.matches(SETTINGS).count(), 1);
        let sw = service_worker("abc", "p1", "/", &["index.html".into()]);
        assert!(!sw.contains(SETTINGS));
        assert!(sw.contains("const PAGES_BUILD = \"p1\";\nconst CACHE = 'runbook-' + BUILD;"));
    }

    #[test]
    fn worker_lists_files_under_the_base_path_and_names_its_cache_by_build() {
        let sw = service_worker(
            "abc",
            "p1",
            "/runbook/",
            &["index.html".into(), "docs/a/index.html".into(), "app-1.js".into()],
        );
        assert!(sw.contains("const BUILD = 'abc';"));
        assert!(sw.contains("const BASE = '/runbook/';"));
        assert!(sw.contains("\"/runbook/index.html\",\n  \"/runbook/docs/a/index.html\",\n  \"/runbook/app-1.js\""));
        assert!(!sw.contains("self.skipWaiting();\n}});\n\nself.addEventListener('activate'"));
        let root = service_worker("abc", "p1", "/", &["index.html".into()]);
        assert!(root.contains("const BASE = '/';") && root.contains("\"/index.html\""));
    }

    #[test]
    fn the_worker_installs_only_pages_that_name_its_build() {
        let files = [
            "404.html".into(),
            "index.html".into(),
            "docs/a/index.html".into(),
            "runbook.html".into(),
            "app-1.js".into(),
        ];
        let sw = service_worker("abc", "p1", "/", &files);
        assert!(
            sw.contains("const PAGES = new Set([\n  \"/404.html\",\n  \"/index.html\",\n  \"/docs/a/index.html\"\n]);")
        );
        assert!(sw.contains(r#"const MARK = "<meta name=\"runbook-build\" content=\"p1\">";"#));
        assert!(sw.contains("if (PAGES.has(file) && !(await response.clone().text()).includes(MARK))"));
        // A failed install leaves no half-filled cache behind.
        assert!(sw.contains("await caches.delete(CACHE);\n    throw err;"));
    }

    #[test]
    fn a_newer_build_claims_no_tab_and_keeps_the_older_files_for_the_tabs_on_them() {
        let sw = service_worker("abc", "p1", "/", &["index.html".into()]);
        // Only the first build a browser keeps claims the open tabs.
        let claim = sw.find("self.clients.claim()").unwrap();
        let first = sw.find("if (older.length === 0) {").unwrap();
        assert!(first < claim && claim < sw.find("return;\n  }\n  // A Reload").unwrap());
        assert_eq!(sw.matches("clients.claim()").count(), 1);
        assert!(sw.contains("|| (await caches.match(request, { ignoreSearch: true }))"));
        assert_eq!(
            sw.matches("caches.delete(k)").count(),
            1,
            "older caches go only in tidy()"
        );
    }

    #[test]
    fn the_build_a_page_names_is_read_from_the_home_page() {
        let dir = std::env::temp_dir().join(format!("runbook-sw-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), format!("<head>{}</head>", build_meta("0123"))).unwrap();
        assert_eq!(named_build(&dir).unwrap(), "0123");
        std::fs::write(dir.join("index.html"), "<head></head>").unwrap();
        assert!(named_build(&dir).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
