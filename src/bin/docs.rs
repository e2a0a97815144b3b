//! The docs app (see `runbook_site::apps::docs`).

fn main() {
    runbook_site::start(runbook_site::apps::docs::page);
}
