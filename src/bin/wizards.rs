//! The wizards app (see `runbook_site::apps::wizards::open`).

fn main() {
    runbook_site::start(runbook_site::apps::wizards::open);
}
