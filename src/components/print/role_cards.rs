use crate::components::Heading;
use leptos::prelude::*;
use runbook::drill::briefing::RoleCard;

/// Each role's card: the role and the scenario it is for, and the brief only its player
/// reads. On paper each card starts a page of its own (`.role-card`, `break-before: page`),
/// so the cards can be handed out.
#[component]
pub fn RoleCards(
    cards: Vec<RoleCard>,
    /// The scenario's title, on every card.
    scenario: String,
    /// The level of each card's heading.
    level: u8,
) -> impl IntoView {
    cards
        .into_iter()
        .map(|card| {
            let RoleCard {
                anchor,
                role,
                brief_html,
            } = card;
            let title_id = format!("{anchor}--title");
            let caption_id = format!("{anchor}--caption");
            // Named by the scenario and the role: roles of the same name in other scenarios
            // share the one-file runbook.
            let labelled = format!("{caption_id} {title_id}");
            let section_id = anchor.clone();
            view! {
                <section class="role-card" id=section_id aria-labelledby=labelled>
                    <span class="caption-m" id=caption_id>{format!("Role card: {scenario}")}</span>
                    <Heading level=level class="heading-l" id=title_id>{role}</Heading>
                    <p class="body role-card__private">"Your brief, for you alone: do not show it to other players."</p>
                    // The brief as the build rendered it from the scenario's Markdown
                    // (`doc::Prose`), every value escaped there.
                    <div class="doc-body" inner_html=brief_html></div>
                </section>
            }
        })
        .collect_view()
}
