//! The list of messages for the contact groups (`/messages`) and each message's page: known at
//! build time, so static HTML, drawn by the site's own components
//! (`runbook_site::prerender::message_list`, `message_page`). A draft's form is drawn with its
//! defaults and the message with a placeholder for each value still to give; the messages app
//! brings it to life (`src/message.rs`).

use runbook::bundle::Runbook;
use runbook::message::Message;

pub const TITLE: &str = "Messages";

pub fn list(runbook: &Runbook, root: &str) -> String {
    let order: Vec<&str> = runbook
        .site
        .nav
        .iter()
        .flat_map(|s| s.pages.iter().map(String::as_str))
        .collect();
    runbook_site::prerender::message_list(&runbook.messages, &order, root)
}

pub fn page(message: &Message, root: &str) -> String {
    runbook_site::prerender::message_page(message, root)
}

#[cfg(test)]
mod tests {
    use super::*;
    use runbook::message::{view, Advice};

    /// Text as Leptos writes it in an element.
    fn escape(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }

    #[test]
    fn the_list_has_every_message_under_each_of_its_scenarios() {
        let runbook = crate::pages::tests::real_runbook();
        let html = list(&runbook, "/runbook");
        assert!(html.contains("<h1 class=\"heading-xl\">Messages</h1>"), "{html}");
        for m in &runbook.messages {
            let link = format!(
                "href=\"/runbook/messages/{}\" class=\"link page-list__title\">{}</a>",
                m.id,
                escape(&m.title)
            );
            assert_eq!(html.matches(&link).count(), m.scenarios.len(), "{}", m.id);
            for s in &m.scenarios {
                assert!(
                    html.contains(&format!("href=\"/runbook/docs/{}#contact\"", s.slug)),
                    "{}",
                    s.slug
                );
            }
        }
        let not_sent = runbook.messages.iter().filter(|m| m.draft().is_none()).count();
        assert!(not_sent > 0);
        assert!(html.contains(">Do not send</strong>"));
    }

    #[test]
    fn every_drafts_page_holds_its_form_and_its_message_with_placeholders() {
        let runbook = crate::pages::tests::real_runbook();
        for m in &runbook.messages {
            let html = page(m, "/runbook");
            assert!(
                html.contains(&format!("<h1 class=\"heading-xl\">{}</h1>", escape(&m.title))),
                "{}",
                m.id
            );
            assert!(html.contains("href=\"/runbook/messages\""), "{}", m.id);
            for s in &m.scenarios {
                assert!(
                    html.contains(&format!("href=\"/runbook/docs/{}#contact\"", s.slug)),
                    "{}",
                    m.id
                );
            }
            match &m.advice {
                Advice::Draft(draft) => {
                    assert!(html.contains(&format!("id=\"message-form-slot\" data-message=\"{}\"", m.id)));
                    let form = html
                        .split("<form ")
                        .nth(1)
                        .and_then(|f| f.split('>').next())
                        .unwrap_or_default();
                    assert!(form.contains("method=\"get\""), "{}: {form}", m.id);
                    for f in &draft.fields {
                        assert!(html.contains(&format!("name=\"{}\"", f.name)), "{}: {}", m.id, f.name);
                        assert!(html.contains(&escape(&f.label)), "{}: {}", m.id, f.label);
                    }
                    // The preview, as the build's template has it: a placeholder for each value
                    // still to give, and nothing to copy before the app runs.
                    let preview = runbook::message::render(draft, &view::defaults(draft));
                    assert!(
                        html.contains(&escape(&preview.body_text())) || !preview.complete,
                        "{}",
                        m.id
                    );
                    for span in &preview.body {
                        if let runbook::message::Span::Missing { placeholder, .. } = span {
                            assert!(html.contains(&escape(placeholder)), "{}: {placeholder}", m.id);
                        }
                    }
                    assert!(html.contains("aria-label=\"The message\""), "{}", m.id);
                    assert!(html.contains("Your message"), "{}", m.id);
                    assert!(
                        !html.contains("copy__button"),
                        "{}: nothing to copy before the app",
                        m.id
                    );
                    assert!(!html.contains("Do not send a message"), "{}", m.id);
                }
                Advice::DoNotSend { reason } => {
                    assert!(
                        html.contains("Do not send a message. The runbook says why:"),
                        "{}",
                        m.id
                    );
                    assert!(html.contains(&reason.html("/runbook")), "{}", m.id);
                    assert!(!html.contains("<form") && !html.contains("copy__button"), "{}", m.id);
                }
            }
        }
    }

    /// An outcome that links to a scenario's page offers that scenario's messages, on its page
    /// and in the walk through every step.
    #[test]
    fn a_wizard_outcome_links_to_the_messages_of_the_scenarios_it_names() {
        let runbook = crate::pages::tests::real_runbook();
        let mut offered = 0;
        for w in &runbook.wizards {
            let walk = runbook_site::prerender::wizard_walk(w, "/runbook", &|_| None);
            for o in &w.outcomes {
                let slugs: Vec<&str> = o.links.iter().map(|l| l.slug.as_str()).collect();
                let expected: Vec<&str> = runbook::message::for_pages(&runbook.messages, &slugs)
                    .iter()
                    .map(|m| m.id.as_str())
                    .collect();
                let ids: Vec<&str> = o.messages.iter().map(|m| m.id.as_str()).collect();
                assert_eq!(ids, expected, "{}: {}", w.id, o.id);
                for id in ids {
                    offered += 1;
                    assert!(
                        walk.contains(&format!("href=\"/runbook/messages/{id}\"")),
                        "{}: {id}",
                        w.id
                    );
                }
            }
        }
        assert!(offered >= 5, "outcomes offer messages: {offered}");
    }
}
