//! The incident app (see `runbook_site::apps::incident::Incident`).

fn main() {
    runbook_site::start::<runbook_site::apps::incident::Incident>();
}
