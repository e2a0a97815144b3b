//! The document model: what a Markdown page becomes once compiled.
//!
//! Pages are parsed at build time (see [`markdown`], feature `compile`) and the site renders
//! this model. Raw HTML from the source never survives as HTML: it becomes [`Inline::Text`].

pub mod html;
#[cfg(feature = "compile")]
pub mod markdown;
pub mod prose;
pub mod slug;

pub use prose::Prose;

use serde::{Deserialize, Serialize};

/// A compiled page body.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Doc {
    pub blocks: Vec<Block>,
}

/// Whether a code block's language is a shell's: the site labels its Copy button "Copy
/// command", and a block that names production must be marked as an example.
pub fn is_shell(lang: Option<&str>) -> bool {
    matches!(lang, Some("sh" | "bash" | "shell"))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A heading; `id` is unique within the page and is the anchor links point to.
    Heading {
        level: u8,
        id: String,
        content: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List {
        /// `Some(n)`: an ordered list starting at `n`.
        start: Option<u64>,
        /// Tight lists render their items' paragraphs without paragraph spacing.
        tight: bool,
        items: Vec<Vec<Block>>,
    },
    /// A fenced or indented code block. `text` is exactly what a Copy button copies: no
    /// prompt, no trailing newline.
    Code {
        lang: Option<String>,
        text: String,
        /// Written ```` ```sh example ````: a command to read, not to run as it stands (it
        /// names production with example values). It is shown as an example, with no Copy
        /// button; a generator builds the command to run.
        example: bool,
    },
    /// A call-out, written in Markdown as `> [!WARNING]` (or NOTE, TIP, IMPORTANT, CAUTION).
    Callout {
        kind: CalloutKind,
        blocks: Vec<Block>,
    },
    Quote(Vec<Block>),
    Table {
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    Rule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CalloutKind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Inline {
    Text(String),
    Code(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Link { target: LinkTarget, content: Vec<Inline> },
    LineBreak,
}

/// Where a link goes, resolved at build time so the site never guesses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkTarget {
    /// Another runbook page (`other-page.md` or `other-page.md#section` in Markdown).
    Page { slug: String, anchor: Option<String> },
    /// A section of the same page (`#section`).
    Anchor(String),
    /// Anything else (`https://…`, `mailto:`): rendered as a plain external link.
    External(String),
}

/// A heading as listed in on-page contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

impl Doc {
    /// Every heading of levels 2 and 3: the on-page contents.
    pub fn contents(&self) -> Vec<Heading> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, id, content } if (2..=3).contains(level) => Some(Heading {
                    level: *level,
                    id: id.clone(),
                    text: plain_text(content),
                }),
                _ => None,
            })
            .collect()
    }

    /// Every heading id on the page (any level): the anchors links may point to.
    pub fn anchors(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Heading { id, .. } => Some(id.as_str()),
            _ => None,
        })
    }
}

/// The text of inlines with formatting dropped.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(inlines, &mut out);
    out
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => push_plain(c, out),
            Inline::LineBreak => out.push(' '),
        }
    }
}

/// All the text of blocks, space-separated: for search and word counts.
pub fn blocks_plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        let piece = match block {
            Block::Heading { content, .. } | Block::Paragraph(content) => plain_text(content),
            Block::List { items, .. } => items.iter().map(|i| blocks_plain_text(i)).collect::<Vec<_>>().join(" "),
            Block::Code { text, .. } => text.clone(),
            Block::Callout { blocks, .. } | Block::Quote(blocks) => blocks_plain_text(blocks),
            Block::Table { head, rows } => head
                .iter()
                .chain(rows.iter().flatten())
                .map(|c| plain_text(c))
                .collect::<Vec<_>>()
                .join(" "),
            Block::Rule => String::new(),
        };
        if !piece.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&piece);
        }
    }
    out
}
