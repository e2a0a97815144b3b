//! The drills app (see `runbook_site::apps::drills::open`).

fn main() {
    runbook_site::start(runbook_site::apps::drills::open);
}
