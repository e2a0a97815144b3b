use crate::components::{CodeBlock, DocBody};
use crate::content;
use leptos::prelude::*;
use runbook::command::datetime::DateTime;
use runbook::drill::clock::format_elapsed;
use runbook::drill::marker::render_command;
use runbook::drill::view::InjectCard;

/// A revealed inject: what happened, when on the simulated clock, and any commands, each
/// marked `# DRILL: do not run` by the core.
#[component]
pub fn DrillInject(
    /// The inject, as the core's view gives it.
    card: InjectCard,
) -> impl IntoView {
    let now = DateTime::from_unix_seconds(crate::drill_store::now_ms() / 1000);
    let commands = card
        .commands
        .iter()
        .map(|c| match render_command(content::generators(), c, now) {
            Ok(text) => view! { <CodeBlock text=text lang=Some("sh".to_string())/> }.into_any(),
            Err(message) => view! { <p class="inset-text">{message}</p> }.into_any(),
        })
        .collect_view();
    view! {
        <article class="drill-inject" data-testid="inject" data-inject=card.id.clone()>
            <h3 class="heading-s drill-inject__title">
                <span class="drill-inject__time">{format_elapsed(card.sim_ms)}</span>" "{card.title.clone()}
            </h3>
            <DocBody doc=card.body.clone()/>
            {commands}
        </article>
    }
}
