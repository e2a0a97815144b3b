//! The project's own `content/commands/*.toml` compile, and each renders the command the
//! runbook's source gives (or, for the local restore, the one that works).
#![cfg(feature = "compile")]

use runbook::command::{compile_generators, render, DateTime, Environment, Generator, Values};
mod common;

use runbook::content::known::Known;

/// The real pages, generators and wizards.
fn known() -> Known {
    common::real_known()
}

fn generators() -> Vec<Generator> {
    let files = common::content_files("commands", "toml");
    compile_generators(&files, &known()).unwrap_or_else(|d| {
        panic!(
            "content/commands has errors:\n{}",
            d.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
        )
    })
}

fn now() -> DateTime {
    DateTime::parse("2026-05-22T12:00:00Z").unwrap()
}

fn check(id: &str, pairs: &[(&str, &str)], expected_text: &str, expected_env: Environment) {
    let all = generators();
    let g = all
        .iter()
        .find(|g| g.id == id)
        .unwrap_or_else(|| panic!("no generator {id}"));
    let values: Values = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let r = render(g, &values, now()).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    assert_eq!(r.text, expected_text, "{id}");
    assert_eq!(r.environment, expected_env, "{id}");
    assert_eq!(r.touches_production, expected_env == Environment::Production, "{id}");
}

#[test]
fn every_generator_the_others_depend_on_exists_with_its_parameters() {
    let all = generators();
    let expect: &[(&str, &[&str])] = &[
        ("konduit-connect", &["namespace", "server", "deployment", "command"]),
        ("pitr-dump", &["namespace", "server", "deployment", "file"]),
        ("local-restore", &["local-database", "file"]),
        ("pitr-server-name", &["source-server", "date"]),
        ("restore-timestamp", &["timestamp"]),
        ("manual-deploy", &["image"]),
        ("install-konduit", &[]),
        ("maintenance-mode", &["mode"]),
        ("notification-banner", &["banner", "action"]),
        ("dfe-sign-in-banner", &[]),
    ];
    assert_eq!(all.len(), expect.len());
    for (id, params) in expect {
        let g = all
            .iter()
            .find(|g| g.id == *id)
            .unwrap_or_else(|| panic!("no generator {id}"));
        let names: Vec<&str> = g.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(&names, params, "{id}");
    }
}

#[test]
fn konduit_connections() {
    let base = [
        ("server", "s189p01-cpdec2-pd-pg-pitr"),
        ("deployment", "cpd-ec2-production-web"),
    ];
    check(
        "konduit-connect",
        &base,
        "bin/konduit.sh -n cpd-production -s s189p01-cpdec2-pd-pg-pitr -x cpd-ec2-production-web -- psql",
        Environment::Production,
    );
    let mut staging = base.to_vec();
    staging.extend([("namespace", "cpd-staging"), ("command", "pg_restore")]);
    check(
        "konduit-connect",
        &staging,
        "bin/konduit.sh -n cpd-staging -s s189p01-cpdec2-pd-pg-pitr -x cpd-ec2-production-web -- pg_restore",
        Environment::OtherRemote,
    );
}

#[test]
fn pitr_dump_and_local_restore() {
    check(
        "pitr-dump",
        &[("server", "s189p01-cpdec2-pd-pg-pitr"), ("deployment", "cpd-ec2-production-web")],
        "bin/konduit.sh -n cpd-production -s s189p01-cpdec2-pd-pg-pitr -x cpd-ec2-production-web -- pg_dump -F t -E utf8 -f pitr-backup.sql.tar",
        Environment::Production,
    );
    check(
        "local-restore",
        &[],
        "createdb pitr-restore\npg_restore -d pitr-restore pitr-backup.sql.tar",
        Environment::Local,
    );
    check(
        "local-restore",
        &[("file", "my dump.tar")],
        "createdb pitr-restore\npg_restore -d pitr-restore 'my dump.tar'",
        Environment::Local,
    );
}

#[test]
fn pitr_server_name() {
    check(
        "pitr-server-name",
        &[("source-server", "s189t01-cpdec2-st-pg"), ("date", "2026-05-22")],
        "s189t01-cpdec2-st-pg-pitr-20260522",
        Environment::None,
    );
    check(
        "pitr-server-name",
        &[("source-server", "s189t01-cpdec2-st-pg")],
        "s189t01-cpdec2-st-pg-pitr-20260522",
        Environment::None,
    );
    let all = generators();
    let g = all.iter().find(|g| g.id == "pitr-server-name").unwrap();
    let long: Values = [("source-server".to_string(), "a".repeat(50))].into();
    let errors = render(g, &long, now()).unwrap_err();
    assert_eq!(errors[0].param, "source-server");
    assert!(errors[0].message.contains("63"), "{}", errors[0].message);
    let bad: Values = [("source-server".to_string(), "-S189".to_string())].into();
    assert!(render(g, &bad, now()).unwrap_err()[0]
        .message
        .contains("Azure server name"));
}

#[test]
fn restore_timestamp_in_utc_with_window_warnings() {
    let all = generators();
    let g = all.iter().find(|g| g.id == "restore-timestamp").unwrap();
    let at = |t: &str| render(g, &[("timestamp".to_string(), t.to_string())].into(), now()).unwrap();
    let r = at("2026-05-22 09:30 +01:00");
    assert_eq!((r.text.as_str(), r.warnings.len()), ("2026-05-22T08:30:00Z", 0));
    assert!(at("2026-05-14 09:30").warnings[0]
        .message
        .contains("restore a database backup instead"));
    assert!(at("2026-05-23 09:30").warnings[0].message.contains("future"));
}

#[test]
fn deployment_and_installation() {
    check(
        "manual-deploy",
        &[("image", "ghcr.io/dfe-digital/abc123")],
        "DOCKER_IMAGE=ghcr.io/dfe-digital/abc123 make production terraform-apply",
        Environment::Production,
    );
    check("install-konduit", &[], "make install-konduit", Environment::Local);
    let all = generators();
    let g = all.iter().find(|g| g.id == "manual-deploy").unwrap();
    let bad: Values = [("image".to_string(), "ghcr.io/dfe-digital/x; rm -rf ~".to_string())].into();
    assert!(render(g, &bad, now()).unwrap_err()[0]
        .message
        .contains("container registry"));
}

#[test]
fn web_ui_checklists() {
    check(
        "maintenance-mode",
        &[("mode", "disable")],
        "1. Go to the Set maintenance mode action in the public repository on GitHub.\n2. Click ‘Run workflow’.\n3. Set the environment to ‘Production’ and the mode to ‘disable’.\n4. Run the action.",
        Environment::Production,
    );
    let all = generators();
    let g = all.iter().find(|g| g.id == "notification-banner").unwrap();
    let r = render(
        g,
        &[
            ("banner".to_string(), "maintenance".to_string()),
            ("action".to_string(), "disable".to_string()),
        ]
        .into(),
        now(),
    )
    .unwrap();
    assert_eq!(
        r.steps[2].text,
        "Edit the environment config and set ENABLE_MAINTENANCE_BANNER to false."
    );
    let r = render(
        all.iter().find(|g| g.id == "dfe-sign-in-banner").unwrap(),
        &Values::new(),
        now(),
    )
    .unwrap();
    assert!(r.text.contains("‘Register early career teachers’") && r.text.contains("‘Create service banner’"));
    assert!(r.touches_production);
}

/// What is written is read back whole: written again, it is the same text. (A description's
/// plain text, `doc::Prose::text`, is not written: it stays with the build, for search.)
#[test]
fn generators_survive_the_trip_to_the_browser() {
    let all = generators();
    let json = serde_json::to_string(&all).unwrap();
    let back: Vec<Generator> = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    let described = back
        .iter()
        .zip(&all)
        .all(|(b, a)| b.description.html("") == a.description.html(""));
    assert!(described && back.iter().all(|g| g.description.text.is_empty()));
}

/// Which generators' parameters share a remembered value, by meaning. Each pair kept
/// shared was reviewed, and its reason is written beside it in `content/commands/`
/// (issue 23): a new pair must be too, so this list changes only with that review.
#[test]
fn the_values_generators_share_are_the_reviewed_ones() {
    let all = generators();
    let mut shared: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for g in &all {
        for p in &g.params {
            if let Some(meaning) = runbook::command::form::remembered_as(p) {
                shared.entry(meaning).or_default().push(format!("{}.{}", g.id, p.name));
            }
        }
    }
    shared.retain(|_, users| users.len() > 1);
    let expected: std::collections::BTreeMap<&str, Vec<String>> = [
        ("deployment", vec!["konduit-connect.deployment", "pitr-dump.deployment"]),
        ("dump-file", vec!["local-restore.file", "pitr-dump.file"]),
        ("namespace", vec!["konduit-connect.namespace", "pitr-dump.namespace"]),
    ]
    .into_iter()
    .map(|(m, users)| (m, users.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(shared, expected);
    // The servers are three values, not one (issue 23.1).
    let meaning = |id: &str, name: &str| {
        let g = all.iter().find(|g| g.id == id).unwrap();
        runbook::command::form::remembered_as(g.param(name).unwrap()).map(str::to_string)
    };
    assert_eq!(
        meaning("pitr-server-name", "source-server").as_deref(),
        Some("live-server")
    );
    assert_eq!(meaning("pitr-dump", "server").as_deref(), Some("restored-server"));
    assert_eq!(meaning("konduit-connect", "server").as_deref(), Some("konduit-server"));
}

#[test]
fn the_restored_server_warns_when_its_name_lacks_the_pitr_convention() {
    let all = generators();
    let g = all.iter().find(|g| g.id == "pitr-dump").unwrap();
    let warnings = |server: &str| {
        let values: Values = [
            ("server".to_string(), server.to_string()),
            ("deployment".to_string(), "cpd-ec2-production-web".to_string()),
        ]
        .into();
        render(g, &values, now()).unwrap().warnings
    };
    let live = warnings("s189p01-cpdec2-pd-pg");
    assert_eq!(live.len(), 1, "{live:?}");
    assert_eq!(live[0].param, "server");
    assert!(live[0].message.contains("not the live one"), "{}", live[0].message);
    assert_eq!(warnings("s189p01-cpdec2-pd-pg-pitr-20260522"), vec![]);
    assert_eq!(warnings("s189p01-cpdec2-pd-pg-pitr"), vec![]);
}
