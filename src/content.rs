//! The compiled content, embedded at build time by `build.rs` and decoded once.

use runbook::content::Site;
use std::sync::OnceLock;

static SITE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/site.json"));

/// The runbook. The JSON was produced by the same types in the same build, so a decode
/// failure is a build defect; it still degrades to an empty site rather than a panic.
pub fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| serde_json::from_str(SITE_JSON).unwrap_or_default())
}

/// The build's commit and date, for the footer.
pub const COMMIT: &str = env!("RUNBOOK_COMMIT");
pub const BUILD_DATE: &str = env!("RUNBOOK_BUILD_DATE");
