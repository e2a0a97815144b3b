//! The commands app (see `runbook_site::apps::commands::open`).

fn main() {
    runbook_site::start(runbook_site::apps::commands::open);
}
