//! Answering a query from the parts of the index loaded so far ([`super::parts`]).
//!
//! [`find`] either answers or says which parts it still needs; the page fetches them,
//! adds them to [`Loaded`] and asks again. A query needs at most two rounds: the shards of
//! the words it matches, then the groups of the results it shows.

use super::parts::{Group, Head, Parts, Shard};
use super::{highlight, match_word, snippet, words, Found, Hit, Match, MAX_HITS};
use crate::collect::set_of;
use std::collections::{BTreeMap, BTreeSet};

/// The parts fetched so far, by number.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    shards: BTreeMap<usize, Shard>,
    groups: BTreeMap<usize, Group>,
}

impl Loaded {
    /// Every part: what a test, or a search with the whole index at hand, uses.
    pub fn everything(parts: Parts) -> Self {
        Self {
            shards: crate::collect::map_of(parts.shards.into_iter().enumerate()),
            groups: crate::collect::map_of(parts.groups.into_iter().enumerate()),
        }
    }

    pub fn add_shard(&mut self, number: usize, shard: Shard) {
        self.shards.insert(number, shard);
    }

    pub fn add_group(&mut self, number: usize, group: Group) {
        self.groups.insert(number, group);
    }
}

/// What a query needs fetched before it can answer: shard or group numbers, ascending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    Shards(Vec<usize>),
    Groups(Vec<usize>),
}

/// Searches the runbook. Every word of `q` must match the entry's title or text; results
/// are ranked by match quality (exact over prefix over typo, title over body), then by
/// position in the runbook. An empty query finds nothing.
///
/// Parts that do not hold what the head says they hold (a damaged or mismatched file) are
/// read as holding nothing: the answer may miss results, but the page does not fail.
pub fn find(head: &Head, loaded: &Loaded, q: &str) -> Result<Found, Need> {
    let terms: Vec<String> = {
        let mut t: Vec<String> = words(q).into_iter().map(|w| w.lower).collect();
        t.dedup();
        t
    };
    if terms.is_empty() {
        return Ok(Found::default());
    }
    // Each distinct word of the runbook is matched against each query word once.
    let matched: Vec<Vec<(u32, Match)>> = terms
        .iter()
        .map(|term| {
            head.words
                .iter()
                .enumerate()
                .filter_map(|(id, word)| match_word(term, word).map(|m| (id as u32, m)))
                .collect()
        })
        .collect();
    let missing = set_of(
        matched
            .iter()
            .flatten()
            .map(|&(word, _)| head.shard_of(word))
            .filter(|shard| !loaded.shards.contains_key(shard)),
    );
    if !missing.is_empty() {
        return Err(Need::Shards(missing.into_iter().collect()));
    }
    let mut scored = rank(head, loaded, &matched);
    // Stable: equal scores keep runbook order.
    scored.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
    let total = scored.len();
    scored.truncate(MAX_HITS);
    let missing = set_of(
        scored
            .iter()
            .map(|&(_, entry)| head.group_of(entry))
            .filter(|group| !loaded.groups.contains_key(group)),
    );
    if !missing.is_empty() {
        return Err(Need::Groups(missing.into_iter().collect()));
    }
    // The words to mark in titles and snippets: any that matched any query word.
    let marked: BTreeSet<&str> = set_of(
        matched
            .iter()
            .flatten()
            .filter_map(|&(word, _)| head.words.get(word as usize).map(String::as_str)),
    );
    let hits = scored
        .into_iter()
        .filter_map(|(score, id)| {
            let group = head.group_of(id);
            let first = *head.groups.get(group)?;
            let entry = loaded.groups.get(&group)?.entries.get((id - first) as usize)?;
            let title_words = words(&entry.title);
            let text_words = words(&entry.text);
            let marks = |ws: &[super::Word]| -> Vec<usize> {
                (0..ws.len())
                    .filter(|&i| marked.contains(ws[i].lower.as_str()))
                    .collect()
            };
            Some(Hit {
                entry: id as usize,
                kind: entry.kind,
                path: entry.path.clone(),
                context: entry.context.clone(),
                score,
                title: highlight(&entry.title, &title_words, &marks(&title_words), None),
                snippet: snippet(&entry.text, &text_words, &marks(&text_words)),
            })
        })
        .collect();
    Ok(Found { total, hits })
}

/// Every entry that matches every query word, with its score, in runbook order.
///
/// Dense arrays over the runbook's entries, as a query reads only the postings of the words
/// it matched: one pass per query word, each entry lifted once per word it matches.
fn rank(head: &Head, loaded: &Loaded, matched: &[Vec<(u32, Match)>]) -> Vec<(u32, u32)> {
    let entries = head.entries as usize;
    // How many query words in a row each entry has matched: word t lifts only entries that
    // matched every word before it.
    let mut lifted = vec![0usize; entries];
    let mut score = vec![0u32; entries];
    // Title words that match some query word, counted once however many match them.
    let mut title_hits = vec![0u32; entries];
    let mut title_len = vec![0u8; entries];
    let mut counted = vec![false; head.words.len()];
    for (t, words) in matched.iter().enumerate() {
        // This query word's best title match, best text match and text count, per entry.
        let mut title = vec![None; entries];
        let mut text = vec![None; entries];
        let mut count = vec![0u32; entries];
        for &(word, m) in words {
            let first_time = !std::mem::replace(&mut counted[word as usize], true);
            let mut entry = 0usize;
            for posting in postings(head, loaded, word) {
                entry = entry.saturating_add(posting.gap as usize);
                if entry >= entries || lifted[entry] < t {
                    continue;
                }
                lifted[entry] = t + 1;
                if posting.text > 0 {
                    text[entry] = text[entry].max(Some(m));
                    count[entry] += u32::from(posting.text);
                }
                if let Some((times, len)) = posting.title {
                    title[entry] = title[entry].max(Some(m));
                    title_len[entry] = len;
                    if first_time {
                        title_hits[entry] += u32::from(times);
                    }
                }
            }
        }
        for e in 0..entries {
            score[e] += title[e].map_or(0, |m| m as u32 * 10) + text[e].map_or(0, |m| m as u32 * 2) + count[e].min(3);
        }
    }
    (0..entries)
        .filter(|&e| lifted[e] == matched.len())
        .map(|e| {
            let mut s = score[e];
            // A title that is mostly the query ("Maintenance mode" for "maintenance") beats
            // one that merely mentions it ("What maintenance mode does").
            if title_len[e] > 0 {
                s += 8 * title_hits[e] / u32::from(title_len[e]);
            }
            (s, e as u32)
        })
        .collect()
}

/// The postings of `word`, or none when the shard does not hold them.
fn postings<'a>(head: &Head, loaded: &'a Loaded, word: u32) -> &'a [super::parts::Posting] {
    let shard = head.shard_of(word);
    let first = head.shards.get(shard).copied().unwrap_or(0);
    loaded
        .shards
        .get(&shard)
        .and_then(|s| s.lists.get(word.wrapping_sub(first) as usize))
        .map_or(&[], Vec::as_slice)
}
