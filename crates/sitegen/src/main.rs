//! `sitegen`: build tooling commands.
//!
//!   sitegen postbuild <apps> <dist> [--base /path/]   assemble dist/ from the apps Trunk built
//!   sitegen offline <dist> [--base /path/]          rewrite sw.js for the files now in dist/
//!   sitegen shell <app>                        the HTML shell Trunk builds an app into
//!   sitegen serve <apps> <dist> [--base /path/] [--port 8080] [--watch]
//!                                              serve dist/ as a static host would; with --watch,
//!                                              rebuild it as content/, src/, style/ or public/
//!                                              change and reload the open pages (`make serve`)
//!   sitegen schemas <dir>                       the content's JSON Schemas, as <dir>/<kind>.schema.json
//!   sitegen check                               validate content/ and print diagnostics
//!   sitegen new <page|command|wizard|drill> <id> [--section "Title"]
//!                                              a valid starting file (a page also goes into nav.toml)
//!   sitegen review                              list pages whose review date has passed
//!   sitegen wizard-paths                        every way through every wizard, as JSON (the browser tests walk them)
//!   sitegen synth <factor> <out-dir>            a content folder with every doc, wizard, generator and drill multiplied (benchmarks)
//!   sitegen floor <out-dir> <css-file>          plain static HTML of every doc (the benchmarks' floor)

use anyhow::{bail, Context, Result};
use std::path::PathBuf;

fn main() {
    if let Err(e) = run() {
        eprintln!("sitegen: {e:#}");
        std::process::exit(1);
    }
}

fn content_dir() -> PathBuf {
    std::env::var("RUNBOOK_CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("content"))
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Before the content is compiled: it writes into the content, then checks it.
    if args.first().map(String::as_str) == Some("new") {
        return new(&args);
    }
    // From the compilers' types, not the content: written even when the content is broken.
    if args.first().map(String::as_str) == Some("schemas") {
        let dir = PathBuf::from(args.get(1).context("usage: sitegen schemas <dir>")?);
        for path in sitegen::schemas::write(&dir)? {
            println!("wrote {}", path.display());
        }
        return Ok(());
    }
    // Compiles the content itself, each time it changes, and serves on when it is broken.
    if args.first().map(String::as_str) == Some("serve") {
        return serve(&args);
    }
    let compiled = match sitegen::load_content(&content_dir()) {
        Ok(c) => c,
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            bail!("the content has {} problem(s)", diagnostics.len());
        }
    };
    match args.first().map(String::as_str) {
        Some("postbuild") => {
            const USAGE: &str = "usage: sitegen postbuild <apps-dir> <dist> [--base /path/]";
            let apps = PathBuf::from(args.get(1).context(USAGE)?);
            let dist = PathBuf::from(args.get(2).context(USAGE)?);
            let base = base_arg(&args)?;
            sitegen::postbuild::run(&apps, &dist, &compiled.runbook, &base)
        }
        Some("shell") => {
            let name = args.get(1).context("usage: sitegen shell <app>")?;
            let Some(app) = runbook::route::App::ALL.into_iter().find(|a| a.name() == name) else {
                bail!("there is no app called `{name}`");
            };
            print!("{}", sitegen::shell::shell(app));
            Ok(())
        }
        Some("offline") => {
            // After changing a built file by hand (the offline tests make a "new build" so).
            let dist = PathBuf::from(args.get(1).context("usage: sitegen offline <dist> [--base /path/]")?);
            sitegen::offline::write_service_worker(&dist, &base_arg(&args)?)
        }
        Some("wizard-paths") => {
            println!("{}", serde_json::to_string_pretty(&sitegen::wizard_paths::json(&compiled.runbook))?);
            Ok(())
        }
        Some("review") => {
            review(&compiled.runbook.site);
            Ok(())
        }
        Some("synth") => {
            let factor: usize = args.get(1).and_then(|f| f.parse().ok()).context("usage: sitegen synth <factor> <out-dir>")?;
            let out = PathBuf::from(args.get(2).context("usage: sitegen synth <factor> <out-dir>")?);
            let pages = sitegen::synth::write(&content_dir(), &out, factor)?;
            println!("wrote {pages} pages ({factor}x the runbook) into {}", out.display());
            Ok(())
        }
        Some("floor") => {
            let out = PathBuf::from(args.get(1).context("usage: sitegen floor <out-dir> <css-file>")?);
            let css = PathBuf::from(args.get(2).context("usage: sitegen floor <out-dir> <css-file>")?);
            let pages = sitegen::floor::write(&compiled.runbook, &out, &css)?;
            println!("wrote {pages} static floor pages into {}", out.display());
            Ok(())
        }
        Some("check") => {
            println!(
                "content is valid: {} pages, {} messages",
                compiled.runbook.site.pages.len(),
                compiled.runbook.messages.len()
            );
            Ok(())
        }
        _ => bail!("usage: sitegen postbuild <dist> [--base /path/] | sitegen serve <apps> <dist> [--base /path/] [--port 8080] [--watch] | sitegen schemas <dir> | sitegen check | sitegen review | sitegen wizard-paths | sitegen synth <factor> <out-dir> | sitegen new <page|command|wizard|drill> <id>"),
    }
}

/// Lists overdue pages with their owners. Informational: it never fails the build, because a
/// stale review date should not stop an urgent fix from shipping.
fn review(site: &runbook::content::Site) {
    let today = today();
    let overdue = site.overdue(today);
    if overdue.is_empty() {
        println!("All {} pages are within their review date ({today}).", site.pages.len());
        return;
    }
    println!(
        "{} of {} pages are past their review date ({today}):",
        overdue.len(),
        site.pages.len()
    );
    for (page, days) in overdue {
        println!(
            "  {}  review by {} ({days} days ago), owner: {}",
            page.source, page.review.review_by, page.review.owner
        );
    }
}

/// `sitegen new <kind> <id> [--section "Title"]`: writes the file, then checks the content
/// as `sitegen check` does, so a new file that does not compile is said at once.
fn new(args: &[String]) -> Result<()> {
    const USAGE: &str = "usage: sitegen new <page|command|wizard|drill> <id> [--section \"Title\"]";
    let kind = args.get(1).context(USAGE)?;
    let Some(kind) = sitegen::scaffold::Kind::parse(kind) else {
        bail!("there is nothing called `{kind}` to start. {USAGE}");
    };
    let id = args.get(2).context(USAGE)?;
    let section = match args.iter().position(|a| a == "--section") {
        Some(i) => Some(args.get(i + 1).context("--section needs a section's title")?.as_str()),
        None => None,
    };
    let content = content_dir();
    let written = sitegen::scaffold::new_item(&content, kind, id, section, today())?;
    println!("wrote {}", written.file.display());
    if let Some(section) = written.section {
        println!(
            "added `{id}` to the section \"{section}\" of {}",
            content.join("nav.toml").display()
        );
    }
    match sitegen::load_content(&content) {
        Ok(_) => {
            println!("content is valid: fill in the new file's text, then run `make check`");
            Ok(())
        }
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            bail!("the content has {} problem(s)", diagnostics.len());
        }
    }
}

/// `sitegen serve <apps> <dist> [--base /path/] [--port 8080] [--watch]`.
fn serve(args: &[String]) -> Result<()> {
    const USAGE: &str = "usage: sitegen serve <apps-dir> <dist> [--base /path/] [--port 8080] [--watch]";
    let apps = PathBuf::from(args.get(1).context(USAGE)?);
    let dist = PathBuf::from(args.get(2).context(USAGE)?);
    let port = match args.iter().position(|a| a == "--port") {
        Some(i) => args
            .get(i + 1)
            .and_then(|p| p.parse().ok())
            .context("--port needs a port number (0 for any free port)")?,
        None => 8080,
    };
    sitegen::serve::run(sitegen::serve::Options {
        apps,
        dist,
        content: content_dir(),
        base: base_arg(args)?,
        port,
        watch: args.iter().any(|a| a == "--watch"),
    })
}

fn today() -> runbook::date::Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 86_400) as i64);
    runbook::date::Date::from_days_since_epoch(days)
}

/// The value of `--base`, `/` when absent.
fn base_arg(args: &[String]) -> Result<String> {
    match args.iter().position(|a| a == "--base") {
        Some(i) => args.get(i + 1).cloned().context("--base needs a value"),
        None => Ok("/".to_string()),
    }
}
