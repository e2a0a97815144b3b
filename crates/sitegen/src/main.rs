//! `sitegen`: build tooling commands.
//!
//!   sitegen postbuild <dist> [--base /path/]   finish Trunk's dist/ (CSP, route pages)
//!   sitegen check                               validate content/ and print diagnostics

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
            let dist = PathBuf::from(args.get(1).context("usage: sitegen postbuild <dist> [--base /path/]")?);
            let base = match args.iter().position(|a| a == "--base") {
                Some(i) => args.get(i + 1).cloned().context("--base needs a value")?,
                None => "/".to_string(),
            };
            sitegen::postbuild::run(&dist, &compiled.site, &base)
        }
        Some("check") => {
            println!("content is valid: {} pages", compiled.site.pages.len());
            Ok(())
        }
        _ => bail!("usage: sitegen postbuild <dist> [--base /path/] | sitegen check"),
    }
}
