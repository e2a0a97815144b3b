use crate::components::CodeBlock;
use leptos::prelude::*;
use runbook::date::Date;
use runbook::drill::clock::format_elapsed;
use runbook::drill::view::InjectCard;

/// One inject as the players see it: when, what, and its commands (with today's date), each
/// with Copy. The newest is marked "Latest" on the players' window.
#[component]
pub fn DrillInjectCard(
    card: InjectCard,
    today: Date,
    /// The site's root, for links in the inject's text.
    root: &'static str,
    newest: bool,
    /// Its links open in a new tab, as every runbook link on the facilitator's console
    /// does, so the console stays open.
    #[prop(optional)]
    new_tab: bool,
) -> impl IntoView {
    let commands = card
        .commands
        .iter()
        .map(|c| view! { <CodeBlock text=c.text.on(today) lang="sh"/> })
        .collect_view();
    let latest = newest.then(|| view! { <strong class="drill-tag">"Latest"</strong> " " });
    // The inject's text is the build's rendering of its Markdown (`runbook::doc::Prose`).
    let body = if new_tab {
        card.body.html_in_new_tab(root)
    } else {
        card.body.html(root)
    };
    view! {
        <article class="drill-inject" class:drill-inject--newest=newest data-newest=newest.then_some("")
            data-testid="inject" data-inject=card.id>
            <h3 class="heading-s drill-inject__title">
                {latest}
                <span class="drill-inject__time">{format_elapsed(card.sim_ms)}</span>
                " "
                {card.title}
            </h3>
            <div class="doc-body" inner_html=body></div>
            {commands}
        </article>
    }
}
