//! Every app the core routes to (`runbook::route::App::ALL`) is built: the Makefile lists it
//! and it has a binary in `src/bin/` (its HTML shell comes from `sitegen::shell`). A missing
//! piece would otherwise show only as a failed build or a route with no app.

use runbook::route::App;
use std::path::Path;

fn repo(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

#[test]
fn every_app_is_listed_in_the_makefile_and_has_a_binary() {
    let makefile = repo("Makefile");
    let listed: Vec<&str> = makefile
        .lines()
        .find_map(|l| l.strip_prefix("APPS := "))
        .expect("the Makefile has an `APPS := …` line")
        .split_whitespace()
        .collect();
    let apps: Vec<&str> = App::ALL.iter().map(|a| a.name()).collect();
    assert_eq!(listed, apps, "the Makefile builds exactly the apps the core routes to");
    for app in App::ALL {
        let (name, variant) = (app.name(), format!("{app:?}"));
        let bin = repo(&format!("src/bin/{name}.rs"));
        assert!(
            bin.contains(&format!("start::<runbook_site::apps::{name}::{variant}>()")),
            "src/bin/{name}.rs starts the {name} app"
        );
    }
}
