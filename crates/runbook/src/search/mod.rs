//! Full-text search over the whole runbook, decided here so the site only renders.
//!
//! [`build_index`] runs at build time, and sitegen writes the index cut into [`parts`]: the
//! search page fetches the head, then on every keystroke asks [`lookup::find`], which answers
//! or names the parts it still needs. Matching is per word:
//! exact, prefix ("restor" finds "restore") and small typos ("maintenence" finds
//! "maintenance": one edit for words of 4+ letters, two for 8+). Every query word must match
//! somewhere in an entry. Hits carry highlight ranges so the UI marks exactly what matched.

pub mod lookup;
pub mod parts;
mod text;

pub use text::{edit_distance_within, words, Word};

use crate::bundle::Runbook;
use crate::doc::{blocks_plain_text, plain_text, Block};
use serde::{Deserialize, Serialize};

/// What an entry points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A page, or one section of it.
    Doc,
    Wizard,
    Generator,
    Drill,
}

impl Kind {
    /// How the UI names the kind next to a result.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Doc => "Runbook page",
            Kind::Wizard => "Wizard",
            Kind::Generator => "Command generator",
            Kind::Drill => "Drill",
        }
    }
}

/// One searchable thing: a doc section, a wizard, a generator or a drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub kind: Kind,
    /// The heading (for a section) or the title.
    pub title: String,
    /// The page a section belongs to; empty for a page's introduction and non-doc entries.
    pub context: String,
    /// The site path without the base path: `/docs/<slug>#<anchor>`, `/wizards/<id>`…
    pub path: String,
    /// The plain text searched and quoted in snippets.
    pub text: String,
}

/// Every entry of the runbook, in runbook order: what the build cuts into [`parts`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchIndex {
    pub entries: Vec<Entry>,
}

/// Text with the byte ranges to highlight, in order and not overlapping.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Highlighted {
    pub text: String,
    pub marks: Vec<(usize, usize)>,
}

impl Highlighted {
    /// The text cut into pieces, each flagged when it is highlighted: what the UI renders as
    /// plain text and `<mark>`.
    pub fn segments(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for &(start, end) in &self.marks {
            if start > at {
                out.push((&self.text[at..start], false));
            }
            out.push((&self.text[start..end], true));
            at = end;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], false));
        }
        out
    }
}

/// One result, best first in [`query`]'s answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`SearchIndex::entries`].
    pub entry: usize,
    pub kind: Kind,
    pub path: String,
    pub context: String,
    pub score: u32,
    pub title: Highlighted,
    pub snippet: Highlighted,
}

/// The most results a query returns: enough to scan, few enough to read (GOV.UK search shows
/// 20 a page), and few enough to put on screen within a keystroke however large the runbook.
pub const MAX_HITS: usize = 20;

/// What a search found: how many entries matched, and the best [`MAX_HITS`] of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub total: usize,
    pub hits: Vec<Hit>,
}
/// Words either side of the first match in a snippet.
const SNIPPET_BEFORE: usize = 8;
const SNIPPET_WORDS: usize = 30;

/// Indexes every doc section (split at headings), wizard, generator and drill.
pub fn build_index(runbook: &Runbook) -> SearchIndex {
    let mut entries = Vec::new();
    for page in &runbook.site.pages {
        doc_entries(page, &mut entries);
    }
    for w in &runbook.wizards {
        let mut text = vec![w.summary.clone()];
        for q in &w.questions {
            text.push(q.text.clone());
            text.extend(q.hint.clone());
        }
        for o in &w.outcomes {
            text.push(o.title.clone());
            text.push(blocks_plain_text(&o.body.blocks));
        }
        entries.push(Entry {
            kind: Kind::Wizard,
            title: w.title.clone(),
            context: String::new(),
            path: format!("/wizards/{}", w.id),
            text: join(text),
        });
    }
    for g in &runbook.generators {
        entries.push(Entry {
            kind: Kind::Generator,
            title: g.title.clone(),
            context: String::new(),
            path: format!("/commands/{}", g.id),
            text: blocks_plain_text(&g.description.blocks),
        });
    }
    for d in &runbook.drills {
        let mut text = vec![d.summary.clone()];
        text.extend(d.objectives.iter().cloned());
        text.push(blocks_plain_text(&d.situation.blocks));
        entries.push(Entry {
            kind: Kind::Drill,
            title: d.title.clone(),
            context: String::new(),
            path: format!("/drills/{}", d.id),
            text: join(text),
        });
    }
    SearchIndex { entries }
}

fn join(parts: Vec<String>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A page's introduction (summary and text before the first heading) is one entry; each
/// heading starts another, linked to its anchor.
fn doc_entries(page: &crate::content::Page, out: &mut Vec<Entry>) {
    let mut current = Entry {
        kind: Kind::Doc,
        title: page.title.clone(),
        context: String::new(),
        path: format!("/docs/{}", page.slug),
        text: page.summary.clone(),
    };
    let mut body: Vec<Block> = Vec::new();
    let flush = |mut entry: Entry, body: &mut Vec<Block>, out: &mut Vec<Entry>| {
        let text = blocks_plain_text(body);
        if !text.is_empty() {
            if !entry.text.is_empty() {
                entry.text.push(' ');
            }
            entry.text.push_str(&text);
        }
        body.clear();
        out.push(entry);
    };
    for block in &page.doc.blocks {
        if let Block::Heading { id, content, .. } = block {
            let next = Entry {
                kind: Kind::Doc,
                title: plain_text(content),
                context: page.title.clone(),
                path: format!("/docs/{}#{id}", page.slug),
                text: String::new(),
            };
            flush(std::mem::replace(&mut current, next), &mut body, out);
        } else {
            body.push(block.clone());
        }
    }
    flush(current, &mut body, out);
}

/// How well one query word matched one text word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Typo = 1,
    Prefix = 2,
    Exact = 3,
}

fn match_word(term: &str, word: &str) -> Option<Match> {
    if word == term {
        return Some(Match::Exact);
    }
    if term.chars().count() >= 2 && word.starts_with(term) {
        return Some(Match::Prefix);
    }
    let allowed = typo_allowance(term);
    if allowed > 0 && edit_distance_within(term, word, allowed) {
        return Some(Match::Typo);
    }
    None
}

/// Edits forgiven: none for short words (too many false friends), one from 4 letters, two
/// from 8.
fn typo_allowance(term: &str) -> usize {
    match term.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The best results of [`search`], without the count.
pub fn query(index: &SearchIndex, q: &str) -> Vec<Hit> {
    search(index, q).hits
}

/// Searches an index held whole, as [`lookup::find`] does the parts a page has fetched.
pub fn search(index: &SearchIndex, q: &str) -> Found {
    let parts = index.parts();
    let head = parts.head.clone();
    lookup::find(&head, &lookup::Loaded::everything(parts), q).unwrap_or_default()
}

fn highlight(text: &str, words: &[Word], marked: &[usize], range: Option<(usize, usize)>) -> Highlighted {
    let (from, to) = range.unwrap_or((0, text.len()));
    let mut idx: Vec<usize> = marked.to_vec();
    idx.sort_unstable();
    idx.dedup();
    let marks = idx
        .into_iter()
        .map(|i| &words[i])
        .filter(|w| w.start >= from && w.end <= to)
        .map(|w| (w.start - from, w.end - from))
        .collect();
    Highlighted {
        text: text[from..to].to_string(),
        marks,
    }
}

/// About [`SNIPPET_WORDS`] words around the first match, with "…" where text was cut.
fn snippet(text: &str, words: &[Word], marked: &[usize]) -> Highlighted {
    if words.is_empty() {
        return Highlighted::default();
    }
    let first = marked.iter().copied().min().unwrap_or(0);
    let start_word = first.saturating_sub(SNIPPET_BEFORE);
    let end_word = (start_word + SNIPPET_WORDS).min(words.len()) - 1;
    let from = if start_word == 0 { 0 } else { words[start_word].start };
    let to = if end_word + 1 == words.len() {
        text.len()
    } else {
        words[end_word].end
    };
    let mut h = highlight(text, words, marked, Some((from, to)));
    if from > 0 {
        h.text.insert_str(0, "… ");
        let shift = "… ".len();
        h.marks.iter_mut().for_each(|m| *m = (m.0 + shift, m.1 + shift));
    }
    if to < text.len() {
        h.text.push_str(" …");
    }
    h
}

#[cfg(test)]
mod tests;
