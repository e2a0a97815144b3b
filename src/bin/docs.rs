//! The docs app (see `runbook_site::apps::docs::Docs`).

fn main() {
    runbook_site::start::<runbook_site::apps::docs::Docs>();
}
