//! Each app's HTML shell, which Trunk builds the app into: the head every page shares, the
//! app's style sheets and its binary. One template for every app; the Makefile writes each
//! shell with `sitegen shell <app>` into `target/web/` and runs Trunk on it. `postbuild`
//! then puts every route's page into the shell of its app (`frame.rs`).

use runbook::route::App;

/// Where the Makefile writes the shells, relative to the repository; the paths in a shell
/// are relative to it, as Trunk resolves them.
pub const DIR: &str = "target/web";

/// The style sheets an app's pages use, in cascade order (`site-wide.css`, which holds the
/// frame's search box, the update banner and print rules, last).
pub fn styles(app: App) -> &'static [&'static str] {
    match app {
        App::Docs | App::Search => &["main", "site-wide"],
        // A message's form and preview are a generator's (commands.css).
        App::Commands | App::Messages => &["main", "commands", "site-wide"],
        App::Wizards => &["main", "wizard", "site-wide"],
        // The drill pages' forms (the start form, decisions, the report) are styled in
        // commands.css. The players' window has no form: what it shares with them (hints,
        // summary lists) drills.css styles within `.drill`.
        App::Drills | App::DrillFacilitator | App::DrillReport => &["main", "drills", "commands", "site-wide"],
        App::DrillParticipant => &["main", "drills", "site-wide"],
        // The incident page's forms are styled in commands.css, its record in incident.css.
        App::Incident => &["main", "commands", "incident", "site-wide"],
    }
}

/// The site's Cargo features Trunk builds every app with: `csr`, Leptos drawing in the
/// browser. The site's crate has no default features, because `sitegen` builds it natively
/// with `ssr` to draw pages at build time (`runbook_site::prerender`). Where the build drew a
/// page first, its app draws it again in place (hydration was measured and not taken:
/// docs/performance.md, item 33).
pub const FEATURES: &str = "csr";

/// The shell for `app`. Trunk runs no wasm-opt on the app (`data-wasm-opt="0"`):
/// `tools/shrink-app.mjs` runs it once, after dropping the exports no page reaches.
pub fn shell(app: App) -> String {
    let styles: String = styles(app)
        .iter()
        .map(|s| format!("    <link data-trunk rel=\"css\" href=\"../../style/{s}.css\">\n"))
        .collect();
    format!(
        r##"<!doctype html>
<!-- Written by `sitegen shell {name}` (crates/sitegen/src/shell.rs): Trunk builds the {name} app into it. -->
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Disaster-recovery runbook: scenarios, actions and who to contact.">
    <meta name="theme-color" content="#0b0c0c">
    <title>Runbook</title>
{styles}    <link data-trunk rel="rust" href="../../Cargo.toml" data-bin="{name}" data-cargo-features="{features}" data-wasm-opt="0">
    <link data-trunk rel="icon" href="../../public/favicon.svg" type="image/svg+xml">
    <link data-trunk rel="copy-file" href="../../public/icon-192.png">
    <link data-trunk rel="copy-file" href="../../public/icon-512.png">
  </head>
  <body>
    <noscript>
      <p>This runbook needs JavaScript to run in the browser.</p>
    </noscript>
  </body>
</html>
"##,
        name = app.name(),
        features = FEATURES,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_shell_builds_its_own_binary_with_its_styles_from_the_repository() {
        for app in App::ALL {
            let html = shell(app);
            assert!(html.contains(&format!("data-bin=\"{}\"", app.name())));
            assert!(html.contains(&format!("data-cargo-features=\"{FEATURES}\"")));
            assert!(html.contains("href=\"../../Cargo.toml\""));
            for style in styles(app) {
                let path = format!("../../style/{style}.css");
                assert!(html.contains(&path), "{}: {path}", app.name());
                let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../style/{style}.css"));
                assert!(file.is_file(), "{} exists", file.display());
            }
            assert_eq!(styles(app).last(), Some(&"site-wide"), "site-wide.css comes last");
            // The favicon and the manifest's PNG icons (tools/render-icons.mjs) are in public/.
            let public: Vec<&str> = html
                .split("href=\"../../public/")
                .skip(1)
                .map(|rest| &rest[..rest.find('"').unwrap()])
                .collect();
            assert_eq!(public, ["favicon.svg", "icon-192.png", "icon-512.png"]);
            for file in public {
                let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../public")
                    .join(file);
                assert!(path.is_file(), "{} exists", path.display());
            }
        }
    }
}
