use crate::components::{CodeBlock, DocBody};
use leptos::prelude::*;
use runbook::command::datetime::DateTime;
use runbook::drill::clock::format_elapsed;
use runbook::drill::view::InjectCard;

/// A revealed inject: what happened, when on the simulated clock, and any commands, each
/// rendered and marked `# DRILL: do not run` by the build, with today's date filled in.
#[component]
pub fn DrillInject(
    /// The inject, as the core's view gives it.
    card: InjectCard,
) -> impl IntoView {
    let today = DateTime::from_unix_seconds(crate::drill_store::now_ms() / 1000).date;
    let commands = card
        .commands
        .iter()
        .map(|c| view! { <CodeBlock text=c.text.on(today) lang=Some("sh".to_string())/> })
        .collect_view();
    view! {
        <article class="drill-inject" data-testid="inject" data-inject=card.id.clone()>
            <h3 class="heading-s drill-inject__title">
                <span class="drill-inject__time">{format_elapsed(card.sim_ms)}</span>" "{card.title.clone()}
            </h3>
            <DocBody prose=card.body.clone()/>
            {commands}
        </article>
    }
}
