//! The messages app (see `runbook_site::apps::messages::Messages`).

fn main() {
    runbook_site::start::<runbook_site::apps::messages::Messages>();
}
