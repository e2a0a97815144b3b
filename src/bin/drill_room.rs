//! The drill_room app (see `runbook_site::apps::drill_room::open`).

fn main() {
    runbook_site::start(runbook_site::apps::drill_room::open);
}
