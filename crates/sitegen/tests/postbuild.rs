//! `sitegen postbuild` over stand-in app shells and the real content: every route's HTML is
//! the static frame around its page, under the base path, with the shell of its app.

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
        "<!doctype html>\n<html lang=\"en-GB\">\n  <head>\n    <meta charset=\"utf-8\">\n    <title>Runbook</title>\n    <link rel=\"stylesheet\" href=\"/runbook/main-1.css\"/>\n<script type=\"module\">\nimport init from '/runbook/{app}.js';\nawait init();\n</script>\n  </head>\n  <body>\n    <noscript>\n      <p>This runbook needs JavaScript to run in the browser.</p>\n    </noscript>\n  </body>\n</html>\n"
    )
}

fn home_has_preload(html: &str) -> bool {
    html.contains("rel=\"preload\"")
}

fn read(dist: &Path, path: &str) -> String {
    std::fs::read_to_string(dist.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_route_is_written_through_the_frame() {
    let root = scratch("postbuild");
    let (apps, dist) = (root.join("apps"), root.join("dist"));
    for app in App::ALL {
        std::fs::create_dir_all(apps.join(app.name())).unwrap();
        std::fs::write(apps.join(app.name()).join("index.html"), shell(app.name())).unwrap();
    }
    // Trunk copies the icon into every app's output, with a hashed name.
    std::fs::write(apps.join("docs").join("favicon-0123abcd.svg"), "<svg/>").unwrap();
    std::fs::write(apps.join("search").join("icon-512.png"), "png").unwrap();
    let runbook = sitegen::load_content(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"))
        .expect("content compiles")
        .runbook;
    sitegen::postbuild::run(&apps, &dist, &runbook, "/runbook/").unwrap();

    let doc = read(&dist, "docs/partial-restore/index.html");
    assert!(doc.contains("<title>Partial data restore – Runbook</title>"));
    assert!(
        doc.contains("<script type=\"module\" src=\"/runbook/boot-"),
        "the loader is still external"
    );
    assert!(doc.contains(
        "<a class=\"side-nav__link\" href=\"/runbook/docs/partial-restore\" aria-current=\"page\">Partial data restore</a>"
    ));
    assert_eq!(doc.matches("aria-current").count(), 1);
    assert!(doc.contains("<main id=\"main-content\" class=\"main\" tabindex=\"-1\"><article class=\"doc\" data-slug=\"partial-restore\">"));
    assert!(doc.contains("<div id=\"review-status\" data-review-by=\"20"));
    assert!(doc.contains("data-owner=\""));
    assert!(doc.contains("<div class=\"doc-body\">"));
    assert!(doc.contains("data-copy=\"code\"") && doc.contains("data-copy=\"link\""));
    assert!(doc.contains("action=\"/runbook/search\""));
    assert!(!doc.contains("prerendered") && !doc.contains("<noscript>"));

    let home = read(&dist, "index.html");
    assert!(home.contains(
        "<main id=\"main-content\" class=\"main\" tabindex=\"-1\"><h1 class=\"heading-xl\">Disaster recovery</h1>"
    ));
    assert!(!home.contains("aria-current"));
    let all = read(&dist, "all/index.html");
    assert!(all.contains("<article class=\"all-doc\" id=\"partial-restore\""));
    let not_found = read(&dist, "404.html");
    assert!(not_found.contains("<title>Page not found – Runbook</title>"));
    assert!(not_found.contains("<a class=\"link\" href=\"/runbook/\">start of the runbook</a>"));

    let generator = read(&dist, "commands/konduit-connect/index.html");
    assert!(generator.contains("src=\"/runbook/boot-"), "the app still loads");
    // A generator's page is written whole, with a slot for its form.
    assert!(generator.contains(
        "<main id=\"main-content\" class=\"main\" tabindex=\"-1\"><a class=\"back-link\" href=\"/runbook/commands\">All command generators</a>"
    ));
    assert!(generator.contains("<div id=\"generator-form-slot\" data-generator=\"konduit-connect\">"));
    // A wizard's page is its first question, drawn by the build, with a note for readers
    // without JavaScript after it.
    let wizard = read(&dist, "wizards/lost-data/index.html");
    assert!(wizard.contains(
        "<main id=\"main-content\" class=\"main\" tabindex=\"-1\"><div data-wizard=\"lost-data\" class=\"wizard\">"
    ));
    assert!(
        wizard.contains("method=\"get\""),
        "the first question works without the app"
    );
    assert!(
        wizard.contains("<noscript><p class=\"body\">Without JavaScript, this wizard shows only its first question.")
    );
    assert!(wizard.contains("href=\"/runbook/wizards/lost-data/steps\""));
    // Every step of a wizard on a page of its own, for readers without JavaScript: the
    // wizards app's shell, which loads no data for it and leaves it as it is.
    let steps = read(&dist, "wizards/lost-data/steps/index.html");
    assert!(steps.contains("<title>Every step: We have lost data: what kind of restore? – Runbook</title>"));
    assert!(steps.contains("src=\"/runbook/boot-"));
    assert!(steps.contains("<main id=\"main-content\" class=\"main\" tabindex=\"-1\"><div data-wizard=\"lost-data\" class=\"wizard-walk\">"));
    assert!(steps.contains("id=\"outcome-stop-and-full-restore\""));
    assert!(!steps.contains("rel=\"preload\""), "it fetches no data");
    assert!(
        generator.contains("<header class=\"header\" role=\"banner\">")
            && generator.contains("<footer class=\"footer\"")
    );
    // The app's data comes from the build's data folder, named in the page, and the page
    // has the browser fetch its generator's file alongside the app.
    let folder = generator
        .split("<meta name=\"runbook-data\" content=\"/runbook/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page names the data folder");
    assert!(folder.starts_with("data-") && folder.ends_with('/'), "{folder}");
    assert!(generator.contains(&format!(
        "<link rel=\"preload\" href=\"/runbook/{folder}generators/konduit-connect.bin\" as=\"fetch\" crossorigin>"
    )));
    assert!(dist.join(folder).join("generators/konduit-connect.bin").is_file());
    assert!(dist
        .join(folder)
        .join(format!("drills/{}.bin", runbook.drills[0].id))
        .is_file());
    let konduit = read(&dist, "docs/konduit/index.html");
    assert!(konduit.contains(&format!("href=\"/runbook/{folder}generators/konduit-connect.bin\"")));
    assert!(
        !home_has_preload(&read(&dist, "index.html")),
        "a page with no generator fetches nothing"
    );
    let commands = read(&dist, "commands/index.html");
    assert!(
        commands.contains("<ul class=\"page-list\" data-testid=\"generator-list\">"),
        "the list is static"
    );

    let manifest = read(&dist, "manifest.webmanifest");
    assert!(
        manifest.contains("\"src\": \"/runbook/favicon-0123abcd.svg\""),
        "the manifest lists the icons the apps brought: {manifest}"
    );
    assert!(
        manifest.contains("\"sizes\": \"512x512\",\n      \"src\": \"/runbook/icon-512.png\""),
        "{manifest}"
    );

    // Every page names the build it belongs to, and the service worker installs only pages
    // that name its own.
    let build = home
        .split("<meta name=\"runbook-build\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the home page names its build");
    assert_eq!(build.len(), 16, "{build}");
    for page in [&doc, &generator, &wizard, &steps, &not_found, &all, &commands] {
        assert_eq!(
            page.matches(&format!("<meta name=\"runbook-build\" content=\"{build}\">"))
                .count(),
            1
        );
    }
    let sw = read(&dist, "sw.js");
    assert!(
        sw.contains(&format!(
            "const MARK = \"<meta name=\\\"runbook-build\\\" content=\\\"{build}\\\">\";"
        )),
        "{sw}"
    );
    assert!(sw.contains("\"/runbook/docs/partial-restore/index.html\","));
    assert!(sw.contains("\"/runbook/wizards/lost-data/steps/index.html\","));

    let drills = read(&dist, "drills/index.html");
    assert!(drills.contains("<ul class=\"page-list\" data-testid=\"drill-scenarios\">"));
    assert!(drills.contains("<a class=\"link page-list__title\" href=\"/runbook/drills/"));
    let briefing = read(&dist, &format!("drills/{}/index.html", runbook.drills[0].id));
    assert!(briefing.contains("<div id=\"drill-start\">"), "the start form's slot");

    assert!(
        !dist.join("pages").exists(),
        "page bodies are in the HTML, not separate files"
    );
    let _ = std::fs::remove_dir_all(&root);
}

/// Every file under `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flat_map(|entry| {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path)
            } else {
                vec![path]
            }
        })
        .collect()
}

/// `sitegen serve`'s live reload (its script, style sheet, events and service worker) is
/// added as it serves: a build holds none of it, so nothing of it is ever deployed.
#[test]
fn a_build_holds_nothing_of_the_live_reload() {
    let root = scratch("postbuild-no-reload");
    let (apps, dist) = (root.join("apps"), root.join("dist"));
    for app in App::ALL {
        std::fs::create_dir_all(apps.join(app.name())).unwrap();
        std::fs::write(apps.join(app.name()).join("index.html"), shell(app.name())).unwrap();
    }
    let runbook = sitegen::load_content(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"))
        .expect("content compiles")
        .runbook;
    sitegen::postbuild::run(&apps, &dist, &runbook, "/").unwrap();

    let home = read(&dist, "index.html");
    let served = sitegen::serve::with_reload_script(&home, "/", "1-1");
    assert!(
        served.contains(sitegen::serve::PREFIX),
        "what serve adds to a page is what this test looks for"
    );
    let built = files(&dist);
    assert!(built.len() > 20, "a whole build: {} files", built.len());
    for file in built {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for trace in [sitegen::serve::PREFIX, "reload.js", "EventSource", "serve-problems"] {
            assert!(!text.contains(trace), "{} contains `{trace}`", file.display());
        }
    }
    assert!(
        read(&dist, "sw.js").contains("caches.open"),
        "the build's own worker, which caches the build"
    );
    let _ = std::fs::remove_dir_all(&root);
}
