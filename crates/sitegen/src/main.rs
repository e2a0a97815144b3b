//! `sitegen`: build tooling commands. `sitegen --help` lists them (from the types below, so
//! it cannot go out of date); `sitegen <command> --help` says each one's arguments.

use anyhow::{bail, Result};
use clap::{Parser, Subcommand};
use runbook::route::App;
use sitegen::scaffold::Kind;
use std::path::{Path, PathBuf};

/// Build tooling for the runbook: checks content/, writes the apps' HTML shells, assembles
/// dist/ and serves it.
#[derive(Parser)]
#[command(name = "sitegen")]
struct Cli {
    /// The content folder every command reads.
    #[arg(
        long,
        global = true,
        env = "RUNBOOK_CONTENT_DIR",
        default_value = "content",
        value_name = "DIR"
    )]
    content: PathBuf,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Validate content/ and print its diagnostics (`make check`).
    Check,
    /// The HTML shell Trunk builds an app into.
    Shell {
        /// The app's name (a binary in src/bin/).
        #[arg(value_parser = app_named)]
        app: App,
    },
    /// Assemble dist/ from the apps Trunk built.
    Postbuild {
        /// The apps Trunk built.
        apps: PathBuf,
        dist: PathBuf,
        /// The path the site is served under, `/` or `/sub/`.
        #[arg(long, default_value = "/")]
        base: String,
    },
    /// Rewrite sw.js for the files now in dist/ (after changing a built file by hand).
    Offline {
        dist: PathBuf,
        /// The path the site is served under, `/` or `/sub/`.
        #[arg(long, default_value = "/")]
        base: String,
    },
    /// Serve dist/ as a static host would (`make serve`).
    Serve {
        /// The apps Trunk built.
        apps: PathBuf,
        dist: PathBuf,
        /// The path the site is served under, `/` or `/sub/`.
        #[arg(long, default_value = "/")]
        base: String,
        /// 0 for any free port (the address is printed).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Rebuild dist/ as content/, src/, style/ or public/ change, and reload the open pages.
        #[arg(long)]
        watch: bool,
    },
    /// Write the content's JSON Schemas, as <DIR>/<kind>.schema.json (`make schemas`).
    Schemas { dir: PathBuf },
    /// A valid starting file (a page also goes into nav.toml), then check the content.
    New {
        /// page, command, wizard or drill.
        #[arg(value_parser = kind_named)]
        kind: Kind,
        id: String,
        /// The section of nav.toml a new page goes into (created if there is none).
        #[arg(long, value_name = "TITLE")]
        section: Option<String>,
    },
    /// List pages whose review date has passed (`make review`).
    Review,
    /// Every way through every wizard, as JSON (the browser tests walk them).
    WizardPaths,
    /// A content folder with every doc, wizard, generator and drill multiplied (benchmarks).
    Synth { factor: usize, out_dir: PathBuf },
    /// Plain static HTML of every doc (the benchmarks' floor).
    Floor { out_dir: PathBuf, css_file: PathBuf },
}

fn app_named(name: &str) -> Result<App, String> {
    App::ALL.into_iter().find(|a| a.name() == name).ok_or_else(|| {
        let names: Vec<_> = App::ALL.iter().map(|a| a.name()).collect();
        format!("there is no app called `{name}`: the apps are {}.", names.join(", "))
    })
}

fn kind_named(name: &str) -> Result<Kind, String> {
    Kind::parse(name)
        .ok_or_else(|| format!("there is nothing called `{name}` to start. Start a page, command, wizard or drill."))
}

fn main() {
    // Bad arguments are clap's to report (a sentence and the usage, exit code 2).
    let cli = Cli::parse();
    if let Err(e) = run(cli) {
        eprintln!("sitegen: {e:#}");
        std::process::exit(1);
    }
}

fn run(cli: Cli) -> Result<()> {
    let content = cli.content;
    match cli.command {
        // Before the content is compiled: it writes into the content, then checks it.
        Cmd::New { kind, id, section } => new(&content, kind, &id, section.as_deref()),
        // From the compilers' types, not the content: written even when the content is broken.
        Cmd::Schemas { dir } => {
            for path in sitegen::schemas::write(&dir)? {
                println!("wrote {}", path.display());
            }
            Ok(())
        }
        // Compiles the content itself, each time it changes, and serves on when it is broken.
        Cmd::Serve {
            apps,
            dist,
            base,
            port,
            watch,
        } => sitegen::serve::run(sitegen::serve::Options {
            apps,
            dist,
            content,
            base,
            port,
            watch,
        }),
        // Every other command compiles the content first, and stops if it does not compile.
        Cmd::Postbuild { apps, dist, base } => sitegen::postbuild::run(&apps, &dist, &load(&content)?.runbook, &base),
        Cmd::Shell { app } => {
            load(&content)?;
            print!("{}", sitegen::shell::shell(app));
            Ok(())
        }
        Cmd::Offline { dist, base } => {
            load(&content)?;
            sitegen::offline::write_service_worker(&dist, &base)
        }
        Cmd::WizardPaths => {
            let runbook = load(&content)?.runbook;
            println!(
                "{}",
                serde_json::to_string_pretty(&sitegen::wizard_paths::json(&runbook))?
            );
            Ok(())
        }
        Cmd::Review => {
            review(&load(&content)?.runbook.site);
            Ok(())
        }
        Cmd::Synth { factor, out_dir } => {
            load(&content)?;
            let pages = sitegen::synth::write(&content, &out_dir, factor)?;
            println!("wrote {pages} pages ({factor}x the runbook) into {}", out_dir.display());
            Ok(())
        }
        Cmd::Floor { out_dir, css_file } => {
            let pages = sitegen::floor::write(&load(&content)?.runbook, &out_dir, &css_file)?;
            println!("wrote {pages} static floor pages into {}", out_dir.display());
            Ok(())
        }
        Cmd::Check => {
            let runbook = load(&content)?.runbook;
            println!(
                "content is valid: {} pages, {} messages",
                runbook.site.pages.len(),
                runbook.messages.len()
            );
            Ok(())
        }
    }
}

/// Compiles the content, printing every diagnostic when it does not.
fn load(content: &Path) -> Result<sitegen::Compiled> {
    match sitegen::load_content(content) {
        Ok(c) => Ok(c),
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{d}");
            }
            bail!("the content has {} problem(s)", diagnostics.len());
        }
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

/// `sitegen new`: writes the file, then checks the content as `sitegen check` does, so a new
/// file that does not compile is said at once.
fn new(content: &Path, kind: Kind, id: &str, section: Option<&str>) -> Result<()> {
    let written = sitegen::scaffold::new_item(content, kind, id, section, today())?;
    println!("wrote {}", written.file.display());
    if let Some(section) = written.section {
        println!(
            "added `{id}` to the section \"{section}\" of {}",
            content.join("nav.toml").display()
        );
    }
    load(content)?;
    println!("content is valid: fill in the new file's text, then run `make check`");
    Ok(())
}

fn today() -> runbook::date::Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 86_400) as i64);
    runbook::date::Date::from_days_since_epoch(days)
}
