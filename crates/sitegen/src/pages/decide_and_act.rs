//! What the one-file runbook (`runbook.html`) and the whole runbook on one page (`/all`) hold
//! besides the docs: every wizard as its tree of steps, every command generator as a template
//! to fill in by hand, every message for a contact group as a draft to fill in by hand (or
//! the runbook's reason not to send one), and every drill scenario's briefing with its role
//! cards. Each is drawn
//! by the site's own components (`runbook_site::prerender`), its anchors and links those of
//! the one file (`runbook::one_file`), so it works with no script and no network.

use runbook::bundle::Runbook;
use runbook::doc::html::escape;
use runbook::one_file;

/// One part: its anchor, its title and its HTML.
pub struct Part {
    pub anchor: &'static str,
    pub title: &'static str,
    /// Each item's anchor and title, for the contents.
    pub items: Vec<(String, String)>,
    pub html: String,
}

/// The parts, in the order the file holds them, for a site under `root`; a part the content
/// has nothing for is left out.
pub fn parts(runbook: &Runbook, root: &str) -> Vec<Part> {
    let title = |id: &str| runbook.wizard(id).map(|w| w.title.clone());
    let wizards = Part {
        anchor: one_file::WIZARDS,
        title: "Decide: the wizards",
        items: runbook
            .wizards
            .iter()
            .map(|w| (one_file::wizard(&w.id), w.title.clone()))
            .collect(),
        html: intro(
            "Each wizard asks one question at a time: choose an answer to go to the next step, until it says what to do. \
             Where a question asks when, choose how long ago it was. On paper every step prints, numbered, each answer saying which step it leads to.",
        ) + &runbook
            .wizards
            .iter()
            .map(|w| runbook_site::prerender::wizard_in_file(w, root, &title))
            .collect::<String>(),
    };
    let generators = Part {
        anchor: one_file::GENERATORS,
        title: "Act: the command generators",
        items: runbook
            .generators
            .iter()
            .map(|g| (one_file::generator(&g.id), g.title.clone()))
            .collect(),
        html: intro(
            "Each generator's command, with a placeholder for each value to give and the rules each value must follow. \
             Without the site, fill them in by hand, and check each value twice before you run a command marked Production.",
        ) + &runbook
            .generators
            .iter()
            .map(|g| runbook_site::prerender::generator_in_file(g, root))
            .collect::<String>(),
    };
    let drills = Part {
        anchor: one_file::DRILLS,
        title: "Practise: the tabletop drills",
        items: runbook
            .drills
            .iter()
            .map(|d| (one_file::drill(&d.id), d.title.clone()))
            .collect(),
        html: intro(
            "Each scenario's briefing, for everyone, and its role cards, each on a printed page of its own for the player who takes that role. \
             What only the facilitator sees (the injects, the expected decisions and the notes) is on the site's drill console.",
        ) + &runbook
            .drills
            .iter()
            .map(|d| runbook_site::prerender::drill_in_file(d, root))
            .collect::<String>(),
    };
    let messages = Part {
        anchor: one_file::MESSAGES,
        title: "Tell: the messages for each contact group",
        items: runbook
            .messages
            .iter()
            .map(|m| (one_file::message(&m.id), m.title.clone()))
            .collect(),
        html: intro(
            "For each scenario and each group the runbook names, a draft to fill in by hand: replace each placeholder in capitals between < and >, \
             following the rules under the message. Where the runbook says not to send anything, it says why instead.",
        ) + &runbook
            .messages
            .iter()
            .map(runbook_site::prerender::message_in_file)
            .collect::<String>(),
    };
    [wizards, generators, messages, drills]
        .into_iter()
        .filter(|p| !p.items.is_empty())
        .collect()
}

fn intro(text: &str) -> String {
    format!("<p class=\"body\">{}</p>", escape(text))
}

/// A part as a section of the page, its title an `<h2>` as a doc page's is.
pub fn section(part: &Part) -> String {
    format!(
        "<section class=\"in-file-part\" id=\"{id}\" aria-labelledby=\"{id}--title\">\n<h2 id=\"{id}--title\">{title}</h2>\n{html}</section>\n",
        id = part.anchor,
        title = escape(part.title),
        html = part.html,
    )
}

/// The title and in-file `href` of the generator a doc page's ```` ```command ```` block
/// names, for the plain renderer: the block then links to the generator's template.
pub fn generator_link(runbook: &Runbook, id: &str) -> Option<(String, String)> {
    runbook
        .generator(id)
        .map(|g| (g.title.clone(), format!("#{}", one_file::generator(id))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::tests::real_runbook;

    #[test]
    fn every_wizard_generator_and_drill_is_in_a_part_with_links_that_stay_in_the_file() {
        let runbook = real_runbook();
        let parts = parts(&runbook, "/runbook");
        assert_eq!(parts.len(), 4);
        let html: String = parts.iter().map(section).collect();
        for w in &runbook.wizards {
            assert!(html.contains(&format!("id=\"wizard.{}\"", w.id)), "{}", w.id);
            assert!(html.contains(&format!("id=\"wizard.{}.question-{}\"", w.id, w.start)));
        }
        for g in &runbook.generators {
            assert!(html.contains(&format!("id=\"generator.{}\"", g.id)), "{}", g.id);
        }
        for d in &runbook.drills {
            assert!(html.contains(&format!("id=\"drill.{}\"", d.id)), "{}", d.id);
            for r in &d.roles {
                assert!(html.contains(&format!("id=\"drill.{}.role.{}\"", d.id, r.id)));
            }
            let notes = d.facilitator_notes.html("/runbook");
            assert!(!html.contains(&notes), "the facilitator's notes stay on the console");
        }
        assert!(!html.contains("<script"), "no script");
        assert!(!html.contains("href=\"/"), "no link leaves the file for the site");
        assert!(
            html.contains("<code>/runbook/commands/konduit-connect</code>"),
            "the live generator is named"
        );
    }

    #[test]
    fn every_message_is_in_the_file_with_its_placeholders_or_its_reason_not_to_send() {
        use runbook::message::{render, view, Advice};
        // As Leptos escapes a text node.
        let text = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let runbook = real_runbook();
        assert!(!runbook.messages.is_empty());
        let parts = parts(&runbook, "/runbook");
        let part = parts
            .iter()
            .find(|p| p.anchor == one_file::MESSAGES)
            .expect("a part for the messages");
        let html = section(part);
        let mut drafts = 0;
        let mut do_not_send = 0;
        for m in &runbook.messages {
            assert!(html.contains(&format!("id=\"message.{}\"", m.id)), "{}", m.id);
            assert!(html.contains(&text(&m.title)), "{}", m.id);
            for g in &m.groups {
                assert!(html.contains(&text(&g.name)), "{}: {}", m.id, g.name);
            }
            for s in &m.scenarios {
                assert!(html.contains(&format!("href=\"#{}\"", s.slug)), "{}: {}", m.id, s.slug);
            }
            match &m.advice {
                Advice::Draft(d) => {
                    drafts += 1;
                    let preview = render(d, &view::defaults(d));
                    assert!(html.contains(&text(&preview.body_text())), "{}: the draft's text", m.id);
                    if let Some(subject) = preview.subject_text() {
                        assert!(html.contains(&text(&subject)), "{}: its subject", m.id);
                    }
                    for f in &d.fields {
                        let placeholder = text(&runbook::command::render::placeholder(&f.name));
                        assert!(html.contains(&placeholder), "{}: {placeholder}", m.id);
                        assert!(html.contains(&text(&f.label)), "{}: {}", m.id, f.label);
                        if f.default.is_none() {
                            assert!(
                                text(&preview.text()).contains(&placeholder),
                                "{}: {placeholder} is in the text",
                                m.id
                            );
                        }
                    }
                }
                Advice::DoNotSend { reason } => {
                    do_not_send += 1;
                    let reason = reason.in_file(&format!("{}.", one_file::message(&m.id)), 3);
                    assert!(html.contains(&reason), "{}: the runbook's reason", m.id);
                }
            }
        }
        assert!(drafts > 0 && do_not_send > 0, "both kinds are drawn");
        assert!(html.contains("UK time"), "a time's zone is stated");
        assert!(!html.contains("<script"), "no script");
        assert!(!html.contains("href=\"/"), "no link leaves the file for the site");
    }

    #[test]
    fn the_one_file_links_each_scenario_to_its_messages_and_every_in_file_link_resolves() {
        let runbook = real_runbook();
        let html = crate::onefile::render_runbook(&runbook, "", "");
        for m in &runbook.messages {
            for s in &m.scenarios {
                let list = format!("id=\"{}\"", one_file::scenario_messages(&s.slug));
                let at = html
                    .find(&list)
                    .unwrap_or_else(|| panic!("{}: a list of its messages", s.slug));
                let end = at + html[at..].find("</ul>").expect("the list ends");
                assert!(
                    html[at..end].contains(&format!("href=\"#{}\"", one_file::message(&m.id))),
                    "{} links to {}",
                    s.slug,
                    m.id
                );
            }
        }
        let ids: Vec<&str> = html
            .split(" id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "every id is unique");
        for rest in html.split("href=\"#").skip(1) {
            let target = rest.split('"').next().unwrap_or_default();
            assert!(unique.contains(target), "#{target} is in the file");
        }
    }
}
