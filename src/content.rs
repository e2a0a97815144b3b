//! The compiled content, embedded at build time by `build.rs` and decoded once.

use runbook::bundle::Runbook;
use runbook::content::Site;
use std::sync::OnceLock;

static RUNBOOK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/runbook.json"));

/// The whole runbook: pages, generators, wizards and drills. The JSON was produced by the
/// same types in the same build, so a decode failure is a build defect; it still degrades to
/// an empty runbook rather than a panic.
pub fn runbook() -> &'static Runbook {
    static RUNBOOK: OnceLock<Runbook> = OnceLock::new();
    RUNBOOK.get_or_init(|| serde_json::from_str(RUNBOOK_JSON).unwrap_or_default())
}

/// The pages and navigation.
pub fn site() -> &'static Site {
    &runbook().site
}

/// The build's commit and date, for the footer.
pub const COMMIT: &str = env!("RUNBOOK_COMMIT");
pub const BUILD_DATE: &str = env!("RUNBOOK_BUILD_DATE");
