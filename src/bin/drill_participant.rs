//! The drill_participant app (see `runbook_site::apps::drill_participant::DrillParticipant`).

fn main() {
    runbook_site::start::<runbook_site::apps::drill_participant::DrillParticipant>();
}
