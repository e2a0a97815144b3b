//! A message as the one-file runbook shows it: whom it is for and in which scenarios (links
//! to their doc pages inside the file), then the draft to fill in by hand, since the file has
//! no script: its channel, its subject and text with a `<FIELD>` placeholder for each value
//! to give (as [`super::view::template`]'s preview), and each field's label, hint, example and
//! rules; or, where the runbook says not to send anything, its reason. A view model, drawn
//! by the site's `MessageTemplate` component; nothing here is markup but the reason, which
//! the build rendered for the file ([`crate::doc::Prose::in_file`]).

use super::render::{check, render};
use super::view;
use super::{Advice, Field, FieldKind, Message, Zone};
use crate::command::render::placeholder;
use crate::one_file;
use crate::wizard::view::Link;

/// One message in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InFileView {
    /// Its section's id in the file ([`one_file::message`]).
    pub anchor: String,
    pub title: String,
    /// The names of the contact groups it is for (`content/site.toml`).
    pub groups: Vec<String>,
    /// The scenarios it is for: their doc pages, inside the file.
    pub scenarios: Vec<Link>,
    pub advice: InFileAdvice,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InFileAdvice {
    Draft(DraftTemplate),
    /// Do not send anything: the runbook's reason, rendered for the file.
    DoNotSend {
        reason_html: String,
    },
}

/// A draft to fill in by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftTemplate {
    /// "Email", "Banner", "Teams post" or "Message".
    pub channel: &'static str,
    /// Where the runbook says how to send it, inside the file.
    pub send_with: Option<Link>,
    /// An email's subject line, with its placeholders.
    pub subject: Option<String>,
    /// The text, with the defaults filled in and a placeholder for each value still to give.
    pub body: String,
    pub fields: Vec<FieldTemplate>,
}

/// One field: what to put where its placeholder is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldTemplate {
    /// `<SINCE>`, as the text shows it.
    pub placeholder: String,
    pub label: String,
    pub hint: String,
    pub example: String,
    /// The words the text already holds for it, when it has a default (no placeholder then).
    pub default: Option<String>,
    /// What the value must be, and how the message writes it, as sentences.
    pub rules: Vec<String>,
}

/// What each placeholder stands for, said under the text.
pub const PLACEHOLDER_NOTE: &str = "Each value in capitals between < and > is one to give: replace it by hand, \
     with the rules below the message.";

/// `message` as the one-file runbook shows it.
pub fn template(message: &Message) -> InFileView {
    let anchor = one_file::message(&message.id);
    let advice = match &message.advice {
        Advice::DoNotSend { reason } => InFileAdvice::DoNotSend {
            reason_html: reason.in_file(&format!("{anchor}."), 3),
        },
        Advice::Draft(draft) => {
            // What the build's form shows before anything is typed: the defaults filled in.
            let preview = render(draft, &view::defaults(draft));
            InFileAdvice::Draft(DraftTemplate {
                channel: draft.channel.label(),
                send_with: draft.send_with.as_ref().map(|d| Link {
                    href: format!("#{}", one_file::doc(&d.slug, d.anchor.as_deref())),
                    label: d.label.clone(),
                }),
                subject: preview.subject_text(),
                body: preview.body_text(),
                fields: draft.fields.iter().map(field).collect(),
            })
        }
    };
    InFileView {
        anchor,
        title: message.title.clone(),
        groups: message.group_names(),
        scenarios: message
            .scenarios
            .iter()
            .map(|s| Link {
                href: format!("#{}", one_file::doc(&s.slug, None)),
                label: s.title.clone(),
            })
            .collect(),
        advice,
    }
}

/// What a scenario's doc page in the file ends with: a link to each message for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioMessages {
    /// Its section's id ([`one_file::scenario_messages`]).
    pub anchor: String,
    pub messages: Vec<Link>,
}

/// The messages for the scenario page `slug`, as links inside the file; `None` when it has
/// none.
pub fn for_scenario(messages: &[Message], slug: &str) -> Option<ScenarioMessages> {
    let links: Vec<Link> = super::for_scenario(messages, slug)
        .into_iter()
        .map(|m| Link {
            href: format!("#{}", one_file::message(&m.id)),
            label: m.title.clone(),
        })
        .collect();
    (!links.is_empty()).then(|| ScenarioMessages {
        anchor: one_file::scenario_messages(slug),
        messages: links,
    })
}

fn field(f: &Field) -> FieldTemplate {
    let default = f.default.as_deref().and_then(|d| check(f, d).ok());
    FieldTemplate {
        placeholder: placeholder(&f.name),
        label: f.label.clone(),
        hint: f.hint.clone(),
        // By hand, a time is written as the message says it, not typed as the live form reads it.
        example: match f.kind {
            FieldKind::Time { .. } => check(f, &f.example).unwrap_or_else(|_| f.example.clone()),
            _ => f.example.clone(),
        },
        default,
        rules: rules(f),
    }
}

/// What `f`'s value must be, as the live form checks it, and how the message writes it: a
/// time in the zone the message states, said.
pub fn rules(f: &Field) -> Vec<String> {
    match &f.kind {
        FieldKind::Text { max_length: Some(max) } => vec![format!("Text, {max} characters or fewer.")],
        FieldKind::Text { max_length: None } => vec!["Any text.".into()],
        FieldKind::Time { zone } => {
            let zone = match zone {
                Zone::Utc => "UTC",
                Zone::Uk => "UK time (GMT in winter; in summer BST, an hour ahead of UTC)",
            };
            let mut rules = vec![format!(
                "A date and time, written in {zone}, saying so, as in the example."
            )];
            if let Ok(reads) = check(f, &f.example) {
                rules.push(format!("{} UTC is written {reads}.", f.example));
            }
            rules
        }
        FieldKind::Choice { choices } => {
            let each: Vec<String> = choices.iter().map(|c| format!("{} (“{}”)", c.label, c.text)).collect();
            vec![format!("One of: {}.", each.join("; "))]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Channel, Draft, Group, Piece, ScenarioRef, Template};
    use super::*;
    use crate::doc::{Block, Doc, Inline, Prose};

    fn message(advice: Advice) -> Message {
        Message {
            id: "m".into(),
            title: "A message".into(),
            scenarios: vec![ScenarioRef {
                slug: "trs-down".into(),
                title: "TRS is down".into(),
            }],
            groups: vec![Group {
                id: "schools".into(),
                name: "Schools".into(),
            }],
            advice,
            source: "content/messages/m.toml".into(),
        }
    }

    #[test]
    fn a_draft_has_its_placeholders_its_fields_rules_and_links_inside_the_file() {
        let draft = Draft {
            channel: Channel::Email,
            send_with: Some(crate::command::DocRef {
                slug: "contacting-users".into(),
                anchor: Some("schools".into()),
                label: "Contacting users: Schools".into(),
            }),
            fields: vec![
                Field {
                    name: "since".into(),
                    label: "Since when".into(),
                    hint: String::new(),
                    example: "2026-05-22 14:30".into(),
                    default: None,
                    kind: FieldKind::Time { zone: Zone::Uk },
                },
                Field {
                    name: "meanwhile".into(),
                    label: "Meanwhile".into(),
                    hint: "What to do".into(),
                    example: "Nothing.".into(),
                    default: Some("Wait.".into()),
                    kind: FieldKind::Text { max_length: Some(30) },
                },
            ],
            subject: Some(Template(vec![
                Piece::Text("Down since ".into()),
                Piece::Field("since".into()),
            ])),
            body: Template(vec![
                Piece::Text("Down. ".into()),
                Piece::Field("meanwhile".into()),
                Piece::Text(" Since ".into()),
                Piece::Field("since".into()),
            ]),
        };
        let view = template(&message(Advice::Draft(draft)));
        assert_eq!(view.anchor, "message.m");
        assert_eq!(view.groups, ["Schools"]);
        assert_eq!(view.scenarios[0].href, "#trs-down");
        let InFileAdvice::Draft(d) = view.advice else {
            panic!("a draft")
        };
        assert_eq!(d.channel, "Email");
        assert_eq!(d.subject.as_deref(), Some("Down since <SINCE>"));
        assert_eq!(d.body, "Down. Wait. Since <SINCE>");
        assert_eq!(
            d.send_with.map(|l| l.href).as_deref(),
            Some("#contacting-users--schools")
        );
        assert_eq!(d.fields[0].placeholder, "<SINCE>");
        assert!(d.fields[0].rules[0].contains("UK time"), "{:?}", d.fields[0].rules);
        assert_eq!(
            d.fields[0].rules[1],
            "2026-05-22 14:30 UTC is written 3:30pm UK time on Friday 22 May 2026."
        );
        assert_eq!(d.fields[0].example, "3:30pm UK time on Friday 22 May 2026");
        assert_eq!(d.fields[1].default.as_deref(), Some("Wait."));
        assert_eq!(d.fields[1].rules, ["Text, 30 characters or fewer."]);
    }

    #[test]
    fn do_not_send_gives_the_reason_instead_of_a_draft() {
        let doc = Doc {
            blocks: vec![Block::Paragraph(vec![Inline::Text("Do not send extra comms.".into())])],
        };
        let reason = Prose::render(&doc, &|_| None);
        let view = template(&message(Advice::DoNotSend { reason }));
        let InFileAdvice::DoNotSend { reason_html } = view.advice else {
            panic!("no draft")
        };
        assert!(reason_html.contains("Do not send extra comms."), "{reason_html}");
    }

    #[test]
    fn a_scenario_links_to_its_messages_and_a_page_with_none_has_no_list() {
        let messages = [message(Advice::DoNotSend {
            reason: Prose::default(),
        })];
        let list = for_scenario(&messages, "trs-down").expect("a list");
        assert_eq!(list.anchor, "messages.trs-down");
        assert_eq!(list.messages[0].href, "#message.m");
        assert_eq!(for_scenario(&messages, "other"), None);
    }
}
