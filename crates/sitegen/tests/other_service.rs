//! Another team's runbook needs no change to the code: a site built from another service's
//! content folder (`tests/fixtures/other-service/`) names that service, and nothing of the
//! service this repository's own `content/` is for appears in any file of it: every route's
//! page, 404.html, the one-file runbook, the manifest, the service worker, the data folder and
//! the search index.

use runbook::route::App;
use std::path::{Path, PathBuf};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("runbook-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// What Trunk writes for an app, cut down to what postbuild reads.
fn shell(app: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en-GB\">\n  <head>\n    <meta charset=\"utf-8\">\n    <title>Runbook</title>\n<script type=\"module\">\nimport init from '/{app}.js';\nawait init();\n</script>\n  </head>\n  <body>\n    <noscript>\n      <p>This runbook needs JavaScript to run in the browser.</p>\n    </noscript>\n  </body>\n</html>\n"
    )
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// `needle` in `text` as a whole word (so `RECT` is not found in `CORRECT`).
fn has_word(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn a_site_built_from_another_services_content_names_only_that_service() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/other-service");
    let ours = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let runbook = sitegen::load_content(&fixture)
        .expect("the other service's content compiles")
        .runbook;
    let own = sitegen::load_content(&ours).expect("the real content compiles").runbook;

    let root = scratch("other-service");
    let (apps, dist) = (root.join("apps"), root.join("dist"));
    for app in App::ALL {
        std::fs::create_dir_all(apps.join(app.name())).unwrap();
        std::fs::write(apps.join(app.name()).join("index.html"), shell(app.name())).unwrap();
    }
    sitegen::postbuild::run(&apps, &dist, &runbook, "/").unwrap();
    let mut written = Vec::new();
    files(&dist, &mut written);

    // What the real content's site.toml says (its site title, "Runbook", is a common word
    // and not the service's), and what the service's pages say of it.
    let s = &own.service;
    let mut phrases: Vec<String> = vec![
        s.service.clone(),
        s.tagline.clone(),
        s.organisation.clone(),
        s.repository.clone(),
    ];
    phrases.extend(s.contacts.iter().map(|c| c.name.clone()));
    phrases.extend(
        [
            "early career",
            "Department for Education",
            "DFE-Digital",
            "appropriate bod",
            "lead provider",
            "Konduit",
            "cpd-",
        ]
        .map(String::from),
    );
    let words = ["RECT", "ECF", "DfE", "SIT", "SITs"];
    let mut leaks = Vec::new();
    for path in &written {
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let lower = text.to_lowercase();
        let shown = path.strip_prefix(&dist).unwrap().display().to_string();
        for p in &phrases {
            if lower.contains(&p.to_lowercase()) {
                leaks.push(format!("{shown}: {p}"));
            }
        }
        for w in words {
            if has_word(&text, w) {
                leaks.push(format!("{shown}: {w}"));
            }
        }
    }
    assert!(leaks.is_empty(), "{leaks:#?}");

    // And it says whose it is.
    let read = |p: &str| std::fs::read_to_string(dist.join(p)).unwrap();
    let home = read("index.html");
    assert!(
        home.contains("<title>Disaster recovery – Library runbook</title>"),
        "{home}"
    );
    assert!(home.contains("<meta name=\"runbook-site-title\" content=\"Library runbook\">"));
    assert!(home.contains("class=\"header__service\">Library runbook</a>"));
    assert!(home.contains("<span class=\"header__tagline\">When the catalogue breaks</span>"));
    assert!(home.contains("Borrow a library book, Example County Council."));
    assert!(home.contains("href=\"https://example.org/libraries/borrow\""));
    let manifest = read("manifest.webmanifest");
    assert!(
        manifest.contains("\"name\": \"Library runbook: Borrow a library book\""),
        "{manifest}"
    );
    let one_file = read("runbook.html");
    assert!(one_file.contains("<header><p>Library runbook</p></header>"));
    assert!(one_file.contains(
        "<li><strong>Branch staff</strong>: Phone each branch&#39;s front desk. See <a href=\"#contacting-readers--branch-staff\">Contacting readers</a>.</li>"
    ), "{one_file}");
    // Every route was written.
    for route in sitegen::postbuild::routes(&runbook) {
        let page = dist.join(route.path().trim_start_matches('/')).join("index.html");
        assert!(page.exists(), "{}", page.display());
    }
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn the_real_content_names_its_own_service() {
    let ours = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let own = sitegen::load_content(&ours).expect("the real content compiles").runbook;
    assert_eq!(own.service.service, "Register early career teachers");
    assert!(!own.service.contacts.is_empty());
}
