//! Messages for the people an incident must tell: for each scenario and contact group, a
//! draft with typed fields (what is affected, since when, when the next update is, what to
//! do meanwhile), or, where the runbook says not to send anything, its reason.
//!
//! Compiled from `content/messages/*.toml` ([`compile`], feature `compile`); a form and its
//! live preview is [`view::live`] (and the build's [`view::template`]); the one-file
//! runbook's template is [`in_file`]; the text is
//! [`render::render`]. Text only: a message is pasted into an email, a banner or a Teams
//! post, never shown as HTML.

#[cfg(feature = "compile")]
pub mod compile;
pub mod in_file;
pub mod render;
pub mod view;

use crate::command::DocRef;
use crate::doc::Prose;
pub use crate::incident::ScenarioRef;
use serde::{Deserialize, Serialize};

#[cfg(feature = "compile")]
pub use compile::compile_messages;
pub use render::{render, Preview, Span};

/// One message: who it is for, in which scenarios, and the draft or the reason not to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The file name: `/messages/<id>`.
    pub id: String,
    pub title: String,
    /// The scenario pages it is for (pages with a Contact section), with their titles.
    pub scenarios: Vec<ScenarioRef>,
    /// The contact groups (`content/site.toml`) it is for.
    pub groups: Vec<Group>,
    pub advice: Advice,
    /// The file it came from, for "edit this message".
    pub source: String,
}

/// A contact group, as `content/site.toml` names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Advice {
    /// A draft to fill in and copy.
    Draft(Draft),
    /// The runbook says not to send anything: why, rendered by the build.
    DoNotSend { reason: Prose },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub channel: Channel,
    /// Where the runbook says how to send it.
    pub send_with: Option<DocRef>,
    pub fields: Vec<Field>,
    /// An email's subject line.
    pub subject: Option<Template>,
    pub body: Template,
}

/// How a message reaches its readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    /// An email (for schools and appropriate bodies, a GOV.UK Notify bulk email): it has a
    /// subject.
    Email,
    /// A banner on a service.
    Banner,
    /// A post in a Microsoft Teams channel.
    Teams,
    /// Text to pass on however the group is reached (the runbook does not say how).
    Message,
}

impl Channel {
    /// The value in the file.
    pub const NAMES: [&'static str; 4] = ["email", "banner", "teams", "message"];

    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "Email",
            Channel::Banner => "Banner",
            Channel::Teams => "Teams post",
            Channel::Message => "Message",
        }
    }
}

/// Text with fields to fill in, as compiled: `{field}` in the file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Template(pub Vec<Piece>);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Piece {
    Text(String),
    Field(String),
}

impl Template {
    /// The fields it uses, in order, each once.
    pub fn fields(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for piece in &self.0 {
            if let Piece::Field(name) = piece {
                if !out.contains(&name.as_str()) {
                    out.push(name);
                }
            }
        }
        out
    }
}

/// A value the person gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// Its `{name}` in the template and its key in the form.
    pub name: String,
    pub label: String,
    pub hint: String,
    pub example: String,
    /// What the form opens with.
    pub default: Option<String>,
    pub kind: FieldKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldKind {
    /// Free text, optionally no longer than `max_length` characters.
    Text { max_length: Option<u32> },
    /// A date and time, typed in UTC (or with its offset), and written in the message in
    /// `zone`, which the message states.
    Time { zone: Zone },
    /// One of several, each with the words it puts in the message.
    Choice { choices: Vec<Choice> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Zone {
    /// "2:30pm UTC on Friday 22 May 2026".
    Utc,
    /// UK time (GMT or BST, as the clocks were): "3:30pm UK time on Friday 22 May 2026".
    Uk,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
    /// What goes into the message.
    pub text: String,
}

impl Message {
    pub fn draft(&self) -> Option<&Draft> {
        match &self.advice {
            Advice::Draft(d) => Some(d),
            Advice::DoNotSend { .. } => None,
        }
    }

    /// Whether it is for the scenario page `slug`.
    pub fn is_for_scenario(&self, slug: &str) -> bool {
        self.scenarios.iter().any(|s| s.slug == slug)
    }

    /// Whether it is for the contact group `id`.
    pub fn is_for_group(&self, id: &str) -> bool {
        self.groups.iter().any(|g| g.id == id)
    }

    /// The names of its groups, joined for a sentence: "Schools and Appropriate bodies".
    pub fn group_names(&self) -> Vec<String> {
        self.groups.iter().map(|g| g.name.clone()).collect()
    }
}

impl Draft {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Where a scenario page's Contact section (`## Contact`, anchor `contact`) ends: the index of
/// the block after its last, where the page's links to its messages go. `None` when the page
/// has no such section.
pub fn contact_section_end(doc: &crate::doc::Doc) -> Option<usize> {
    use crate::doc::Block;
    let (start, level) = doc.blocks.iter().enumerate().find_map(|(i, b)| match b {
        Block::Heading { level, id, .. } if id == "contact" => Some((i, *level)),
        _ => None,
    })?;
    let end = doc.blocks[start + 1..]
        .iter()
        .position(|b| matches!(b, Block::Heading { level: l, .. } if *l <= level))
        .map_or(doc.blocks.len(), |i| start + 1 + i);
    Some(end)
}

/// The messages for the scenario pages `slugs` (the doc pages a wizard's outcome links to, in
/// order), each once.
pub fn for_pages<'a>(messages: &'a [Message], slugs: &[&str]) -> Vec<&'a Message> {
    let mut found: Vec<&Message> = Vec::new();
    for slug in slugs {
        for m in for_scenario(messages, slug) {
            if !found.iter().any(|f| f.id == m.id) {
                found.push(m);
            }
        }
    }
    found
}

/// The messages for a scenario page, in id order: what its Contact section links to.
pub fn for_scenario<'a>(messages: &'a [Message], slug: &str) -> Vec<&'a Message> {
    messages.iter().filter(|m| m.is_for_scenario(slug)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Block, Doc, Inline};

    fn heading(level: u8, id: &str) -> Block {
        Block::Heading {
            level,
            id: id.into(),
            content: vec![Inline::Text(id.into())],
        }
    }

    fn para() -> Block {
        Block::Paragraph(vec![Inline::Text("text".into())])
    }

    #[test]
    fn the_contact_section_ends_at_the_next_heading_of_its_level_or_the_page() {
        let doc = Doc {
            blocks: vec![
                heading(2, "symptoms"),
                para(),
                heading(2, "contact"),
                para(),
                heading(3, "schools"),
                para(),
                heading(2, "actions"),
                para(),
            ],
        };
        assert_eq!(contact_section_end(&doc), Some(6));
        let last = Doc {
            blocks: vec![heading(2, "contact"), para()],
        };
        assert_eq!(contact_section_end(&last), Some(2));
        let none = Doc {
            blocks: vec![heading(2, "symptoms"), para()],
        };
        assert_eq!(contact_section_end(&none), None);
    }
}
