//! The drill_report app (see `runbook_site::apps::drill_report::open`).

fn main() {
    runbook_site::start(runbook_site::apps::drill_report::open);
}
