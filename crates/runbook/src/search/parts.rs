//! The index cut into the files the search page fetches as a query needs them, so what a
//! search loads follows the query, not the size of the runbook.
//!
//! - The [`Head`], fetched first: every distinct word of the runbook, sorted, and where the
//!   rest is. A runbook's vocabulary grows far slower than its text.
//! - [`Shard`]s of postings: for a run of neighbouring words, which entries hold each word
//!   and how often. Ranking needs nothing else, so a query reads the shards of the words it
//!   matches. Prefixes match neighbours ("restor": restore, restored, restores), so those
//!   share a shard.
//! - [`Group`]s of entries: the titles and text of a run of entries, fetched only for the
//!   results shown, to draw their titles and snippets.

use super::{words, Entry, SearchIndex};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The encoded size at which a shard or a group is closed: under about 2 KB compressed, so
/// a query that matches a few words and shows twenty results reads tens of kilobytes
/// however large the runbook grows.
pub const PART_BYTES: usize = 1024;

/// What the search page fetches first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Head {
    /// Every distinct word, as [`words`] lower-cases it, sorted: a word's id is its place.
    pub words: Vec<String>,
    /// The first word id of each shard, ascending from 0.
    pub shards: Vec<u32>,
    /// The first entry id of each group, ascending from 0.
    pub groups: Vec<u32>,
    /// How many entries the runbook has.
    pub entries: u32,
}

impl Head {
    /// Where the head is, in the folder the build writes the parts to.
    pub const PATH: &'static str = "head.bin";

    /// Where shard `number` is, in the same folder.
    pub fn shard_path(number: usize) -> String {
        format!("shard-{number}.bin")
    }

    /// Where group `number` is, in the same folder.
    pub fn group_path(number: usize) -> String {
        format!("group-{number}.bin")
    }

    /// The shard that holds `word`'s postings.
    pub fn shard_of(&self, word: u32) -> usize {
        self.shards.partition_point(|&first| first <= word).saturating_sub(1)
    }

    /// The group that holds `entry`.
    pub fn group_of(&self, entry: u32) -> usize {
        self.groups.partition_point(|&first| first <= entry).saturating_sub(1)
    }
}

/// One entry that holds a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posting {
    /// The entry id less the previous posting's in the list (the first's is its id): small
    /// numbers, which postcard writes in one byte.
    pub gap: u32,
    /// How often the word is in the entry's text, up to 3: ranking counts no further.
    pub text: u8,
    /// How often the word is in the entry's title, and how many words the title has, when
    /// it is there at all.
    pub title: Option<(u8, u8)>,
}

/// The postings of the words from `Head::shards[i]` up to the next shard's first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Shard {
    pub lists: Vec<Vec<Posting>>,
}

/// The entries from `Head::groups[i]` up to the next group's first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Group {
    pub entries: Vec<Entry>,
}

/// The whole index as the files the build writes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parts {
    pub head: Head,
    pub shards: Vec<Shard>,
    pub groups: Vec<Group>,
}

/// How often one word is in one entry.
#[derive(Default)]
struct Count {
    title: u32,
    text: u32,
}

impl SearchIndex {
    /// Cuts the index into its files, each closed at about [`PART_BYTES`].
    pub fn parts(&self) -> Parts {
        self.parts_of(PART_BYTES)
    }

    /// As [`SearchIndex::parts`], closing each file at `part_bytes`: tests cut small
    /// indexes into many parts with it.
    pub fn parts_of(&self, part_bytes: usize) -> Parts {
        // word -> entry -> count; both keys ascending, which is the order the files keep.
        let mut postings: BTreeMap<String, BTreeMap<u32, Count>> = BTreeMap::new();
        let mut title_lengths = Vec::with_capacity(self.entries.len());
        for (id, entry) in self.entries.iter().enumerate() {
            let title = words(&entry.title);
            title_lengths.push(saturate(title.len()));
            for w in title {
                postings.entry(w.lower).or_default().entry(id as u32).or_default().title += 1;
            }
            for w in words(&entry.text) {
                postings.entry(w.lower).or_default().entry(id as u32).or_default().text += 1;
            }
        }
        let mut head = Head {
            entries: self.entries.len() as u32,
            ..Head::default()
        };
        let mut shards: Vec<Shard> = Vec::new();
        let mut open = Shard::default();
        let mut open_bytes = 0;
        for (id, (word, entries)) in postings.into_iter().enumerate() {
            let mut previous = 0;
            let list: Vec<Posting> = entries
                .into_iter()
                .map(|(entry, count)| {
                    let gap = entry - previous;
                    previous = entry;
                    Posting {
                        gap,
                        text: count.text.min(3) as u8,
                        title: (count.title > 0)
                            .then(|| (saturate(count.title as usize), title_lengths[entry as usize])),
                    }
                })
                .collect();
            if open.lists.is_empty() {
                head.shards.push(id as u32);
            }
            open_bytes += encoded_len(&list);
            open.lists.push(list);
            head.words.push(word);
            if open_bytes >= part_bytes {
                shards.push(std::mem::take(&mut open));
                open_bytes = 0;
            }
        }
        if !open.lists.is_empty() {
            shards.push(open);
        }
        let mut groups: Vec<Group> = Vec::new();
        let mut open = Group::default();
        let mut open_bytes = 0;
        for (id, entry) in self.entries.iter().enumerate() {
            if open.entries.is_empty() {
                head.groups.push(id as u32);
            }
            open_bytes += encoded_len(entry);
            open.entries.push(entry.clone());
            if open_bytes >= part_bytes {
                groups.push(std::mem::take(&mut open));
                open_bytes = 0;
            }
        }
        if !open.entries.is_empty() {
            groups.push(open);
        }
        Parts { head, shards, groups }
    }
}

fn saturate(n: usize) -> u8 {
    n.min(u8::MAX as usize) as u8
}

fn encoded_len<T: Serialize>(value: &T) -> usize {
    postcard::to_allocvec(value).map_or(0, |bytes| bytes.len())
}
