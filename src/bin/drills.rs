//! The drills app (see `runbook_site::apps::drills::Drills`).

fn main() {
    runbook_site::start::<runbook_site::apps::drills::Drills>();
}
