//! The drill_report app (see `runbook_site::apps::drill_report::DrillReport`).

fn main() {
    runbook_site::start::<runbook_site::apps::drill_report::DrillReport>();
}
