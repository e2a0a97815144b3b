use super::RoleCards;
use crate::components::Heading;
use leptos::prelude::*;
use runbook::drill::briefing::BriefingView;

/// A drill scenario as the one-file runbook holds it: what everyone is told (the objectives
/// and the situation), then every role's card, each starting a printed page. Where to run
/// it with screens is named, as the site's address, since the file opens without the site.
#[component]
pub fn ScenarioBriefing(view: BriefingView) -> impl IntoView {
    let BriefingView {
        anchor,
        title,
        summary,
        difficulty,
        objectives,
        situation_html,
        cards,
        briefing,
        print,
    } = view;
    let title_id = format!("{anchor}--title");
    let labelled = title_id.clone();
    let section_id = anchor.clone();
    let heading = title.clone();
    let objectives = objectives.into_iter().map(|o| view! { <li>{o}</li> }).collect_view();
    view! {
        <section class="drill-briefing" id=section_id aria-labelledby=labelled>
            <Heading level=3 class="heading-l" id=title_id>{heading}</Heading>
            <p class="lead">{summary} " " <strong class="drill-tag">{difficulty}</strong></p>
            <p class="body">
                "To run it without screens, the facilitator reads out the situation and gives each player their role's card (each prints on a page of its own). \
                 With screens, start it from its briefing on the runbook's site, "
                <code>{briefing}</code>
                "; its role cards print from "
                <code>{print}</code>
                "."
            </p>
            <Heading level=4 class="heading-m">"Objectives"</Heading>
            <ul class="list list--bullet">{objectives}</ul>
            <Heading level=4 class="heading-m">"The situation"</Heading>
            // Rendered by the build from the scenario's Markdown, every value escaped there.
            <div class="doc-body" inner_html=situation_html></div>
            <RoleCards cards=cards scenario=title level=4/>
        </section>
    }
}
