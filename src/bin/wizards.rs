//! The wizards app (see `runbook_site::apps::wizards::Wizards`).

fn main() {
    runbook_site::start::<runbook_site::apps::wizards::Wizards>();
}
