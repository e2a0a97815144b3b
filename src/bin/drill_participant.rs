//! The drill_participant app (see `runbook_site::apps::drill_participant::open`).

fn main() {
    runbook_site::start(runbook_site::apps::drill_participant::open);
}
