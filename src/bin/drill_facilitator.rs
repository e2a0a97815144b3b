//! The drill_facilitator app (see `runbook_site::apps::drill_facilitator::DrillFacilitator`).

fn main() {
    runbook_site::start::<runbook_site::apps::drill_facilitator::DrillFacilitator>();
}
