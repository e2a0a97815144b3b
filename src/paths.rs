//! Every internal address the site links to, with the deployment's base path applied.
//!
//! The base path comes from `RUNBOOK_BASE_PATH` at build time (`/` by default, or for
//! example `/runbook/` when the site is served from a sub-path).

/// The base path without a trailing slash: `""` at the root, `"/runbook"` under a sub-path.
pub fn base() -> &'static str {
    let raw = option_env!("RUNBOOK_BASE_PATH").unwrap_or("/");
    raw.trim_end_matches('/')
}

/// An absolute href for a site path such as `/docs/azure-down`.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

pub fn home() -> String {
    href("/")
}

pub fn doc(slug: &str) -> String {
    href(&format!("/docs/{slug}"))
}

pub fn doc_anchor(slug: &str, anchor: Option<&str>) -> String {
    match anchor {
        Some(a) => format!("{}#{a}", doc(slug)),
        None => doc(slug),
    }
}

/// The list of command generators.
pub fn commands() -> String {
    href("/commands")
}

/// The list of decision wizards.
pub fn wizards() -> String {
    href("/wizards")
}

/// A wizard's page, with a query string from `runbook::wizard::query` (`""` or `?…`).
pub fn wizard(id: &str, query: &str) -> String {
    href(&format!("/wizards/{id}{query}"))
}

pub fn drills() -> String {
    href("/drills")
}

pub fn drill(id: &str) -> String {
    href(&format!("/drills/{id}"))
}

pub fn drill_with_seed(id: &str, seed: u64) -> String {
    format!("{}?seed={seed}", drill(id))
}

pub fn drill_facilitator() -> String {
    href("/drill/facilitator")
}

pub fn drill_participant() -> String {
    href("/drill/participant")
}

pub fn drill_report() -> String {
    href("/drill/report")
}

/// The incident record.
pub fn incident() -> String {
    href("/incident")
}

/// The message drafts for every contact group (issue 20's messages page).
pub fn messages() -> String {
    href("/messages")
}
