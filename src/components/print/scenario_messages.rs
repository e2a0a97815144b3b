use crate::components::Heading;
use leptos::prelude::*;
use runbook::message::in_file::ScenarioMessages as ScenarioMessagesView;

/// The end of a scenario's doc page in the one-file runbook: a link to each message for it
/// (`runbook::message::in_file::for_scenario`), each further down the same file.
#[component]
pub fn ScenarioMessages(view: ScenarioMessagesView) -> impl IntoView {
    let ScenarioMessagesView { anchor, messages } = view;
    let title_id = format!("{anchor}--title");
    let items = messages
        .into_iter()
        .map(|l| view! { <li><a class="link" href=l.href>{l.label}</a></li> })
        .collect_view();
    view! {
        // Not a landmark: every scenario's list has the same heading.
        <div class="scenario-messages" id=anchor>
            <Heading level=3 class="heading-m" id=title_id>"Messages for this scenario"</Heading>
            <ul class="list list--bullet">{items}</ul>
        </div>
    }
}
