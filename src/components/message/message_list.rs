use leptos::prelude::*;
use runbook::message::view::ListView;

/// Every message by scenario (`/messages`): for each scenario, a link to its Contact section
/// and each contact group's message, with how it is sent, or that the runbook says not to send
/// one. Only the build draws it.
#[component]
pub fn MessageList(view: ListView) -> impl IntoView {
    let scenarios = view
        .scenarios
        .into_iter()
        .map(|s| {
            let heading_id = format!("scenario-{}", s.slug);
            let labelled = heading_id.clone();
            let items = s
                .messages
                .into_iter()
                .map(|m| {
                    let tag_class = if m.do_not_send { "tag tag--red" } else { "tag" };
                    view! {
                        <li class="page-list__item">
                            <a class="link page-list__title" href=m.href>{m.title}</a>
                            <p class="page-list__summary">
                                <strong class=tag_class>{m.kind}</strong>
                                " For: "
                                {m.groups}
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="message-list__scenario" aria-labelledby=labelled>
                    <h2 class="heading-m" id=heading_id>{s.title}</h2>
                    <p class="body"><a class="link" href=s.contact>"Whom to tell, in the runbook"</a></p>
                    <ul class="page-list">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 class="heading-xl">"Messages"</h1>
        <p class="lead">
            "A ready message for each group the runbook says to tell, by scenario: fill in what is affected, since when and when you will update next, then copy it. Where the runbook says not to send anything, the message's page says why."
        </p>
        {scenarios}
    }
}
