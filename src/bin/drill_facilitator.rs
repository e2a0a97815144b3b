//! The drill_facilitator app (see `runbook_site::apps::drill_facilitator::open`).

fn main() {
    runbook_site::start(runbook_site::apps::drill_facilitator::open);
}
