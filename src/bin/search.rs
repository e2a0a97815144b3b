//! The search app (see `runbook_site::apps::search::Search`).

fn main() {
    runbook_site::start::<runbook_site::apps::search::Search>();
}
