//! The search app (see `runbook_site::apps::search::open`).

fn main() {
    runbook_site::start(runbook_site::apps::search::open);
}
