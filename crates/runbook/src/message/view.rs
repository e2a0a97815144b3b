//! What a message's page shows, as a view model the site's components draw: the form's
//! fields with their values and errors, the error summary, and the live preview (text and
//! placeholders, no markup); or, where the runbook says not to send anything, why.
//!
//! Two views, as for a command generator: [`live`] for a form a person fills in, and
//! [`template`], what the build draws: every field with its default, and the message with
//! a `<FIELD>` placeholder for each value still to give.

use super::render::{check, render, Preview, Span};
use super::{Advice, Channel, Draft, FieldKind, Message, ScenarioRef};
use crate::command::{DateTime, DocRef, Values};
use crate::doc::Prose;

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

/// How a time field is typed, after the author's hint.
pub const TIME_HINT: &str =
    "In UTC, for example 2026-05-22 14:30, or give its offset, for example 2026-05-22 15:30 +01:00.";

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

/// Today's date-time as the default of a time field would show it, for a page that fills
/// "since" with now: `2026-05-22 14:30 UTC`'s form, `2026-05-22 14:30Z`.
pub fn now_value(now: DateTime) -> String {
    let s = now.seconds;
    format!("{} {:02}:{:02}Z", now.date, s / 3600, s / 60 % 60)
}
