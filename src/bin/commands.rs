//! The commands app (see `runbook_site::apps::commands::Commands`).

fn main() {
    runbook_site::start::<runbook_site::apps::commands::Commands>();
}
