//! What a message's page shows, as a view model the site's components draw: the form's
//! fields with their values and errors, the error summary, and the live preview (text and
//! placeholders, no markup); or, where the runbook says not to send anything, why.
//!
//! Two views, as for a command generator: [`live`] for a form a person fills in, and
//! [`template`], what the build draws: every field with its default, and the message with
//! a `<FIELD>` placeholder for each value still to give.

use super::in_file::ScenarioMessages;
use super::render::{check, render, Preview, Span};
use super::{Advice, Channel, Draft, FieldKind, Message, ScenarioRef};
use crate::command::{DateTime, DocRef, Values};
use crate::doc::Prose;
use crate::route::Route;
use crate::wizard::view::Link;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageView {
    pub title: String,
    /// Every id in the form starts with this (`msg-<message id>`).
    pub prefix: String,
    /// The names of the groups it is for.
    pub groups: Vec<String>,
    pub scenarios: Vec<ScenarioRef>,
    pub advice: AdviceView,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdviceView {
    Draft(DraftView),
    /// Do not send anything: the runbook's reason, as the build rendered it.
    DoNotSend {
        reason: Prose,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftView {
    pub channel: Channel,
    /// Where the runbook says how to send it.
    pub send_with: Option<DocRef>,
    pub fields: Vec<FieldView>,
    /// The errors to show, in field order, each linking to its field.
    pub problems: Vec<Problem>,
    pub preview: PreviewView,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldView {
    pub name: String,
    pub id: String,
    pub label: String,
    pub hint: String,
    pub example: String,
    pub control: Control,
    /// What the field holds: its text, or the value of the chosen radio.
    pub text: String,
    pub error: Option<String>,
    /// How a time reads in the message ("Reads as 3:30pm UK time on Friday 22 May 2026").
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    Text {
        max_length: Option<u32>,
    },
    /// A date and time typed as text (with its offset, or read as UTC).
    Time,
    Radios(Vec<Radio>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Radio {
    pub id: String,
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub target: String,
    pub message: String,
}

/// The preview, and what Copy copies once every field is filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewView {
    pub subject: Option<Vec<Span>>,
    pub body: Vec<Span>,
    /// What Copy copies (an email's "Subject: …" line, a blank line and the body), once
    /// every field has a value that passes its checks; `None` until then.
    pub copy: Option<String>,
    /// What the page says while Copy is not offered.
    pub pending: Option<String>,
}

/// How a time field is typed, after the author's hint (the field's example follows it).
pub const TIME_HINT: &str = "Type the date and time in UTC, or give its offset (2026-05-22 15:30 +01:00 is 14:30 UTC).";

/// The form as a person fills it in. `values` are what the fields hold (raw), `submitted`
/// whether they pressed Copy: only then is an empty field an error.
pub fn live(message: &Message, values: &Values, submitted: bool) -> MessageView {
    view(message, values, submitted)
}

/// What the build draws: every field with its default, no errors, and the message with a
/// placeholder for each value still to give.
pub fn template(message: &Message) -> MessageView {
    let defaults = message.draft().map(defaults).unwrap_or_default();
    view(message, &defaults, false)
}

/// The values a draft's form opens with.
pub fn defaults(draft: &Draft) -> Values {
    draft
        .fields
        .iter()
        .filter_map(|f| f.default.clone().map(|d| (f.name.clone(), d)))
        .collect()
}

fn view(message: &Message, values: &Values, submitted: bool) -> MessageView {
    let prefix = format!("msg-{}", message.id);
    let advice = match &message.advice {
        Advice::DoNotSend { reason } => AdviceView::DoNotSend { reason: reason.clone() },
        Advice::Draft(draft) => AdviceView::Draft(draft_view(draft, values, submitted, &prefix)),
    };
    MessageView {
        title: message.title.clone(),
        prefix,
        groups: message.group_names(),
        scenarios: message.scenarios.clone(),
        advice,
    }
}

fn draft_view(draft: &Draft, values: &Values, submitted: bool, prefix: &str) -> DraftView {
    let mut problems = Vec::new();
    let fields = draft
        .fields
        .iter()
        .map(|f| {
            let id = format!("{prefix}-{}", f.name);
            let text = values.get(&f.name).cloned().unwrap_or_default();
            let checked = check(f, &text);
            let error = match &checked {
                Err(e) if submitted || !text.trim().is_empty() => Some(e.clone()),
                _ => None,
            };
            if let Some(message) = &error {
                let target = match f.kind {
                    FieldKind::Choice { .. } => format!("{id}-0"),
                    _ => id.clone(),
                };
                problems.push(Problem {
                    target,
                    message: message.clone(),
                });
            }
            let (control, note, hint) = match &f.kind {
                FieldKind::Text { max_length } => (
                    Control::Text {
                        max_length: *max_length,
                    },
                    None,
                    f.hint.clone(),
                ),
                FieldKind::Time { .. } => (
                    Control::Time,
                    checked.ok().map(|t| format!("Reads as {t}")),
                    format!("{} {TIME_HINT}", f.hint).trim().to_string(),
                ),
                FieldKind::Choice { choices } => (
                    Control::Radios(
                        choices
                            .iter()
                            .enumerate()
                            .map(|(i, c)| Radio {
                                id: format!("{id}-{i}"),
                                value: c.value.clone(),
                                label: c.label.clone(),
                            })
                            .collect(),
                    ),
                    None,
                    f.hint.clone(),
                ),
            };
            FieldView {
                name: f.name.clone(),
                id,
                label: f.label.clone(),
                hint,
                example: f.example.clone(),
                control,
                text,
                error,
                note,
            }
        })
        .collect();
    let preview = render(draft, values);
    DraftView {
        channel: draft.channel,
        send_with: draft.send_with.clone(),
        fields,
        problems,
        preview: preview_view(preview),
    }
}

fn preview_view(preview: Preview) -> PreviewView {
    let copy = preview.complete.then(|| preview.text());
    let pending = (!preview.complete).then(|| "Fill in every field to copy the message.".to_string());
    PreviewView {
        subject: preview.subject,
        body: preview.body,
        copy,
        pending,
    }
}

/// The id of the form's error summary, which Copy and Check move focus to.
pub fn summary_id(prefix: &str) -> String {
    format!("{prefix}-errors")
}

/// What the page says a message is sent as, or that it is not sent.
pub fn kind_label(message: &Message) -> &'static str {
    match &message.advice {
        Advice::Draft(d) => d.channel.label(),
        Advice::DoNotSend { .. } => "Do not send",
    }
}

/// The values a message's address gives (`?since=…&affected=…`, as its form sends them
/// before the app has loaded): only the draft's own fields, each once (the first wins).
pub fn values_from_query(message: &Message, query: &str) -> Values {
    let mut values = Values::new();
    let Some(draft) = message.draft() else {
        return values;
    };
    for (_, piece) in crate::address::pieces(query) {
        if let Some((key, value)) = piece {
            if draft.field(&key).is_some() && !values.contains_key(&key) {
                values.insert(key, value);
            }
        }
    }
    values
}

/// The list of messages (`/messages`): each scenario with the message for each of its contact
/// groups, or the runbook's reason not to send one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListView {
    pub scenarios: Vec<ScenarioListing>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioListing {
    pub slug: String,
    pub title: String,
    /// The scenario's doc page, at its Contact section.
    pub contact: String,
    pub messages: Vec<MessageListing>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageListing {
    pub title: String,
    pub href: String,
    /// The groups it is for, joined: "Schools, Appropriate bodies".
    pub groups: String,
    /// "Email", "Banner"…, or "Do not send".
    pub kind: &'static str,
    pub do_not_send: bool,
}

/// Every message by scenario, for a site under `root`: scenarios in `order` (the slugs of the
/// site's pages in navigation order; any other after them, by title), messages in id order.
pub fn list(messages: &[Message], order: &[&str], root: &str) -> ListView {
    let mut scenarios: Vec<ScenarioRef> = Vec::new();
    for s in messages.iter().flat_map(|m| &m.scenarios) {
        if !scenarios.iter().any(|k| k.slug == s.slug) {
            scenarios.push(s.clone());
        }
    }
    let place = |slug: &str| order.iter().position(|o| *o == slug).unwrap_or(usize::MAX);
    scenarios.sort_by(|a, b| place(&a.slug).cmp(&place(&b.slug)).then_with(|| a.title.cmp(&b.title)));
    let scenarios = scenarios
        .into_iter()
        .map(|s| {
            let mut listed = super::for_scenario(messages, &s.slug);
            listed.sort_by(|a, b| a.id.cmp(&b.id));
            ScenarioListing {
                contact: format!("{root}{}#contact", Route::Doc(s.slug.clone()).path()),
                messages: listed
                    .into_iter()
                    .map(|m| MessageListing {
                        title: m.title.clone(),
                        href: message_href(root, &m.id),
                        groups: m.group_names().join(", "),
                        kind: kind_label(m),
                        do_not_send: m.draft().is_none(),
                    })
                    .collect(),
                slug: s.slug,
                title: s.title,
            }
        })
        .collect();
    ListView { scenarios }
}

/// A message's page on a site under `root`.
pub fn message_href(root: &str, id: &str) -> String {
    format!("{root}{}", Route::Message(id.to_string()).path())
}

/// What a message's own page links to, for a site under `root`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLinks {
    /// The list of every message.
    pub all: String,
    /// Each scenario it is for: its doc page, at the Contact section.
    pub scenarios: Vec<Link>,
    /// Where the runbook says how to send it.
    pub send_with: Option<Link>,
}

pub fn page_links(message: &Message, root: &str) -> PageLinks {
    let doc = |slug: &str, anchor: Option<&str>| {
        let path = Route::Doc(slug.to_string()).path();
        match anchor {
            Some(a) => format!("{root}{path}#{a}"),
            None => format!("{root}{path}"),
        }
    };
    PageLinks {
        all: format!("{root}{}", Route::Messages.path()),
        scenarios: message
            .scenarios
            .iter()
            .map(|s| Link {
                href: doc(&s.slug, Some("contact")),
                label: s.title.clone(),
            })
            .collect(),
        send_with: message.draft().and_then(|d| d.send_with.as_ref()).map(|d| Link {
            href: doc(&d.slug, d.anchor.as_deref()),
            label: d.label.clone(),
        }),
    }
}

/// The id of the list of a scenario's messages in its doc page's Contact section.
pub const CONTACT_MESSAGES_ID: &str = "contact-messages";

/// What a scenario's doc page shows in its Contact section: a link to each of its messages'
/// pages, for a site under `root`; `None` when it has none.
pub fn for_scenario_on_site(messages: &[Message], slug: &str, root: &str) -> Option<ScenarioMessages> {
    let links = links(super::for_scenario(messages, slug), root);
    (!links.is_empty()).then(|| ScenarioMessages {
        anchor: CONTACT_MESSAGES_ID.to_string(),
        messages: links,
    })
}

/// The messages for the scenarios a wizard's outcome links to (`slugs`, the doc pages it
/// names, in order), each once, as links to their pages on a site under `root`.
pub fn for_pages(messages: &[Message], slugs: &[&str], root: &str) -> Vec<Link> {
    links(super::for_pages(messages, slugs), root)
}

fn links(messages: Vec<&Message>, root: &str) -> Vec<Link> {
    messages
        .into_iter()
        .map(|m| Link {
            href: message_href(root, &m.id),
            label: m.title.clone(),
        })
        .collect()
}

/// Today's date-time as the default of a time field would show it, for a page that fills
/// "since" with now: `2026-05-22 14:30 UTC`'s form, `2026-05-22 14:30Z`.
pub fn now_value(now: DateTime) -> String {
    let s = now.seconds;
    format!("{} {:02}:{:02}Z", now.date, s / 3600, s / 60 % 60)
}

#[cfg(test)]
mod tests {
    use super::super::{Choice, Field, Group, Piece, Template};
    use super::*;

    fn message(id: &str, scenarios: &[(&str, &str)], draft: bool) -> Message {
        let advice = if draft {
            Advice::Draft(Draft {
                channel: Channel::Teams,
                send_with: None,
                fields: vec![
                    Field {
                        name: "since".into(),
                        label: "When it started".into(),
                        hint: "When users first saw it.".into(),
                        example: "2026-05-22 14:30".into(),
                        default: None,
                        kind: FieldKind::Time {
                            zone: super::super::Zone::Utc,
                        },
                    },
                    Field {
                        name: "next".into(),
                        label: "Next update".into(),
                        hint: String::new(),
                        example: String::new(),
                        default: Some("soon".into()),
                        kind: FieldKind::Choice {
                            choices: vec![Choice {
                                value: "soon".into(),
                                label: "Soon".into(),
                                text: "We will update you soon.".into(),
                            }],
                        },
                    },
                ],
                subject: None,
                body: Template(vec![
                    Piece::Text("Down since ".into()),
                    Piece::Field("since".into()),
                    Piece::Text(". ".into()),
                    Piece::Field("next".into()),
                ]),
            })
        } else {
            Advice::DoNotSend {
                reason: Prose::default(),
            }
        };
        Message {
            id: id.into(),
            title: format!("Title of {id}"),
            scenarios: scenarios
                .iter()
                .map(|(slug, title)| ScenarioRef {
                    slug: slug.to_string(),
                    title: title.to_string(),
                })
                .collect(),
            groups: vec![
                Group {
                    id: "schools".into(),
                    name: "Schools".into(),
                },
                Group {
                    id: "support".into(),
                    name: "Support team".into(),
                },
            ],
            advice,
            source: format!("content/messages/{id}.toml"),
        }
    }

    fn messages() -> Vec<Message> {
        vec![
            message("b-trs", &[("trs-down", "TRS is down")], true),
            message("a-trs", &[("trs-down", "TRS is down")], false),
            message(
                "azure",
                &[("azure-down", "Azure is down"), ("trs-down", "TRS is down")],
                true,
            ),
        ]
    }

    #[test]
    fn the_list_has_each_scenario_in_the_sites_order_with_its_messages_by_id() {
        let view = list(&messages(), &["trs-down", "azure-down"], "/runbook");
        let slugs: Vec<&str> = view.scenarios.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs, ["trs-down", "azure-down"]);
        let trs = &view.scenarios[0];
        assert_eq!(trs.contact, "/runbook/docs/trs-down#contact");
        let ids: Vec<&str> = trs.messages.iter().map(|m| m.href.as_str()).collect();
        assert_eq!(
            ids,
            [
                "/runbook/messages/a-trs",
                "/runbook/messages/azure",
                "/runbook/messages/b-trs"
            ]
        );
        assert_eq!(trs.messages[0].kind, "Do not send");
        assert!(trs.messages[0].do_not_send);
        assert_eq!(trs.messages[1].kind, "Teams post");
        assert_eq!(trs.messages[1].groups, "Schools, Support team");
        // Not in the site's order: after those that are, by title.
        let view = list(&messages(), &["trs-down"], "");
        assert_eq!(view.scenarios[1].slug, "azure-down");
    }

    #[test]
    fn a_scenario_page_and_an_outcome_link_to_their_messages_pages() {
        let all = messages();
        let on_site = for_scenario_on_site(&all, "azure-down", "/r").expect("azure has one");
        assert_eq!(on_site.anchor, CONTACT_MESSAGES_ID);
        assert_eq!(on_site.messages[0].href, "/r/messages/azure");
        assert_eq!(on_site.messages[0].label, "Title of azure");
        assert_eq!(for_scenario_on_site(&all, "github-down", "/r"), None);
        let links = for_pages(&all, &["azure-down", "trs-down", "overview"], "");
        let hrefs: Vec<&str> = links.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(hrefs, ["/messages/azure", "/messages/b-trs", "/messages/a-trs"]);
    }

    #[test]
    fn a_messages_page_links_to_the_list_and_each_scenarios_contact_section() {
        let links = page_links(&messages()[2], "/r");
        assert_eq!(links.all, "/r/messages");
        let hrefs: Vec<&str> = links.scenarios.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(hrefs, ["/r/docs/azure-down#contact", "/r/docs/trs-down#contact"]);
        assert_eq!(links.send_with, None);
    }

    #[test]
    fn the_address_fills_only_the_drafts_fields() {
        let all = messages();
        let values = values_from_query(&all[0], "?since=2026-05-22+14%3A30&other=1&since=again");
        assert_eq!(values.get("since").map(String::as_str), Some("2026-05-22 14:30"));
        assert_eq!(values.len(), 1);
        assert!(values_from_query(&all[1], "?since=x").is_empty());
    }

    #[test]
    fn the_template_reads_with_placeholders_and_copy_waits_for_every_field() {
        let m = &messages()[0];
        let view = template(m);
        let AdviceView::Draft(d) = view.advice else {
            panic!("a draft")
        };
        assert_eq!(view.prefix, "msg-b-trs");
        assert_eq!(d.fields[0].id, "msg-b-trs-since");
        assert_eq!(d.fields[1].text, "soon", "the default is chosen");
        assert!(d.problems.is_empty());
        assert_eq!(d.preview.copy, None);
        assert!(d.preview.pending.is_some());
        let text: String = d
            .preview
            .body
            .iter()
            .map(|s| match s {
                Span::Text(t) | Span::Value { text: t, .. } => t.clone(),
                Span::Missing { placeholder, .. } => placeholder.clone(),
            })
            .collect();
        assert_eq!(text, "Down since <SINCE>. We will update you soon.");
        // Pressed with a field empty: its error shows, linked to its field.
        let live_view = live(m, &defaults(m.draft().unwrap()), true);
        let AdviceView::Draft(d) = live_view.advice else {
            panic!("a draft")
        };
        assert_eq!(d.problems.len(), 1);
        assert_eq!(d.problems[0].target, "msg-b-trs-since");
        assert_eq!(d.problems[0].message, "Enter when it started");
        let mut values = defaults(m.draft().unwrap());
        values.insert("since".into(), "2026-05-22 14:30".into());
        let AdviceView::Draft(d) = live(m, &values, false).advice else {
            panic!("a draft")
        };
        assert_eq!(
            d.preview.copy.as_deref(),
            Some("Down since 2:30pm UTC on Friday 22 May 2026. We will update you soon.")
        );
        assert_eq!(
            d.fields[0].note.as_deref(),
            Some("Reads as 2:30pm UTC on Friday 22 May 2026")
        );
    }
}
