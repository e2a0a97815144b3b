//! The wizards app (see `runbook_site::apps::wizards`).

fn main() {
    runbook_site::start(runbook_site::apps::wizards::page);
}
