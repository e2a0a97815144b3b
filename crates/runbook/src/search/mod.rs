//! Full-text search over the whole runbook, decided here so the site only renders.
//!
//! [`build_index`] runs at build time (sitegen writes the index as a hashed postcard file, laid
//! out as `index` explains); the site fetches it on first use and calls [`query`] on every
//! keystroke. Matching is per word:
//! exact, prefix ("restor" finds "restore") and small typos ("maintenence" finds
//! "maintenance": one edit for words of 4+ letters, two for 8+). Every query word must match
//! somewhere in an entry, except the small words of a question ("what", "the", "when"), which
//! are dropped when the query has any other. Hits carry highlight ranges so the UI marks exactly what matched;
//! [`view`] says what the page shows, for the site's components to draw.

pub mod address;
mod build;
mod index;
mod text;
pub mod view;

pub use build::build_index;
pub use index::SearchIndex;
pub use text::{edit_distance_within, words, Word};

use serde::{Deserialize, Serialize};

/// What a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A runbook page.
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
    /// The entry's number in the index.
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

impl SearchIndex {
    fn prepared(&self) -> &Prepared {
        self.prepared.get_or_init(|| Prepared::new(self))
    }
}

/// Each entry's title and text words, with every distinct lower-case word numbered once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Prepared {
    vocabulary: Vec<String>,
    entries: Vec<PreparedEntry>,
    /// For each vocabulary word, the entries that hold it (ascending, once each): a query
    /// reads only the entries that can match instead of every word of the runbook.
    postings: Vec<Vec<u32>>,
}

/// An entry's title words, their vocabulary ids, text words and their vocabulary ids.
type PreparedEntry = (Vec<Word>, Vec<u32>, Vec<Word>, Vec<u32>);

impl Prepared {
    fn new(index: &SearchIndex) -> Self {
        let mut ids: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        let mut vocabulary = Vec::new();
        let mut number = |ws: &[Word]| -> Vec<u32> {
            ws.iter()
                .map(|w| {
                    *ids.entry(w.lower.clone()).or_insert_with(|| {
                        vocabulary.push(w.lower.clone());
                        (vocabulary.len() - 1) as u32
                    })
                })
                .collect()
        };
        let entries = (0..index.len())
            .map(|e| {
                let title = words(index.title(e));
                let text = words(index.text(e));
                let (title_ids, text_ids) = (number(&title), number(&text));
                (title, title_ids, text, text_ids)
            })
            .collect::<Vec<PreparedEntry>>();
        let mut postings = vec![Vec::new(); vocabulary.len()];
        for (e, (_, title_ids, _, text_ids)) in entries.iter().enumerate() {
            for &id in title_ids.iter().chain(text_ids) {
                let list: &mut Vec<u32> = &mut postings[id as usize];
                if list.last() != Some(&(e as u32)) {
                    list.push(e as u32);
                }
            }
        }
        Self {
            vocabulary,
            entries,
            postings,
        }
    }

    /// Which entries match every term: `term_matches[t][word]` says whether vocabulary word
    /// `word` matches term `t`.
    fn candidates(&self, term_matches: &[Vec<Option<Match>>]) -> Vec<bool> {
        // How many terms in a row each entry has matched so far: term t lifts only entries
        // that matched every term before it, once however many of its words match.
        let mut matched = vec![0usize; self.entries.len()];
        for (t, matches) in term_matches.iter().enumerate() {
            for (word, m) in matches.iter().enumerate() {
                if m.is_none() {
                    continue;
                }
                for &e in &self.postings[word] {
                    if matched[e as usize] == t {
                        matched[e as usize] = t + 1;
                    }
                }
            }
        }
        matched.into_iter().map(|n| n == term_matches.len()).collect()
    }
}

/// The best match among words (by vocabulary id, against each word's precomputed match),
/// and the indexes of every word that matched.
fn best(matches: &[Option<Match>], ids: &[u32]) -> (Option<Match>, Vec<usize>) {
    let mut best = None;
    let mut hits = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if let Some(m) = matches[*id as usize] {
            best = best.max(Some(m));
            hits.push(i);
        }
    }
    (best, hits)
}

/// Small words a person types in a question that say nothing about what they look for.
/// Every query word must match, so one of these would leave out every entry without it, and
/// as a prefix ("do") it would match words it has nothing to do with ("down"). Sorted.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "an", "and", "are", "as", "at", "be", "been", "before", "by", "can", "could", "did", "do",
    "does", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of",
    "on", "or", "our", "should", "that", "the", "there", "this", "to", "us", "was", "we", "were", "what", "when",
    "where", "which", "who", "why", "will", "with", "would", "you", "your",
];

fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// The best results of [`search`], without the count.
pub fn query(index: &SearchIndex, q: &str) -> Vec<Hit> {
    search(index, q).hits
}

/// The best match among words and how many matched, as [`best`] without listing them.
fn best_count(matches: &[Option<Match>], ids: &[u32]) -> (Option<Match>, usize) {
    ids.iter()
        .filter_map(|id| matches[*id as usize])
        .fold((None, 0), |(best, n), m| (best.max(Some(m)), n + 1))
}

/// Searches the index. Every word of `q` must match the entry's title or text; results are
/// ranked by match quality (exact over prefix over typo, title over body), then by position
/// in the runbook. An empty query finds nothing.
pub fn search(index: &SearchIndex, q: &str) -> Found {
    let terms: Vec<String> = {
        let mut t: Vec<String> = words(q).into_iter().map(|w| w.lower).collect();
        t.dedup();
        // A question ("what to do when the database was deleted") is searched by its words
        // that carry meaning; a query of nothing but such small words is searched as typed.
        if t.iter().any(|w| !is_stop_word(w)) {
            t.retain(|w| !is_stop_word(w));
        }
        t
    };
    if terms.is_empty() {
        return Found::default();
    }
    let prepared = index.prepared();
    // Each distinct word is matched against each term once per query.
    let term_matches: Vec<Vec<Option<Match>>> = terms
        .iter()
        .map(|term| prepared.vocabulary.iter().map(|word| match_word(term, word)).collect())
        .collect();
    let candidates = prepared.candidates(&term_matches);
    // Score the candidates first; highlights and snippets are built only for the results shown.
    let mut scored = Vec::new();
    'entries: for (i, (_, title_ids, _, text_ids)) in prepared.entries.iter().enumerate() {
        if !candidates[i] {
            continue;
        }
        let mut score = 0;
        let mut title_marks = Vec::new();
        for matches in &term_matches {
            let (in_title, t_hits) = best(matches, title_ids);
            // Text marks are found again only for the results shown: most candidates are not.
            let (in_text, x_count) = best_count(matches, text_ids);
            if in_title.is_none() && in_text.is_none() {
                continue 'entries;
            }
            score += in_title.map_or(0, |m| m as u32 * 10) + in_text.map_or(0, |m| m as u32 * 2);
            score += (x_count as u32).min(3);
            title_marks.extend(t_hits);
        }
        // A title that is mostly the query ("Maintenance mode" for "maintenance") beats one
        // that merely mentions it ("What maintenance mode does").
        title_marks.sort_unstable();
        title_marks.dedup();
        if !title_ids.is_empty() {
            score += (8 * title_marks.len() / title_ids.len()) as u32;
        }
        scored.push((score, i, title_marks));
    }
    // Stable: equal scores keep runbook order.
    scored.sort_by_key(|(score, ..)| std::cmp::Reverse(*score));
    let total = scored.len();
    scored.truncate(MAX_HITS);
    let hits = scored
        .into_iter()
        .map(|(score, i, title_marks)| {
            let (title_words, _, text_words, text_ids) = &prepared.entries[i];
            let text_marks: Vec<usize> = term_matches.iter().flat_map(|m| best(m, text_ids).1).collect();
            Hit {
                entry: i,
                kind: index.kind(i),
                path: index.path(i),
                context: index.context(i).to_string(),
                score,
                title: highlight(index.title(i), title_words, &title_marks, None),
                snippet: snippet(index.text(i), text_words, &text_marks),
            }
        })
        .collect();
    Found { total, hits }
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
