//! What the search index holds: every place a result can lead to (a runbook page, a wizard, a
//! generator, a drill) once, and the entries searched, each a place's start or one of a page's
//! sections, pointing back to its place.
//!
//! A page's title and path are stored once however many sections it has, and the index is held
//! and written column by column: every title, then every path, then every text. Like with like
//! compresses far better, and the index is what a search page must load before it can answer.
//! At 100 times today's content the file is 74 KB gzipped, where one record per section was
//! 109 KB (README, benchmark item 31). Decoding is moving the columns into place, which keeps
//! the search app's code small.

use super::Kind;
use serde::{Deserialize, Serialize};

/// The index: entries are numbered from 0 in runbook order, and [`super::search`] ranks them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(try_from = "Columns")]
pub struct SearchIndex {
    places: Places,
    entries: Entries,
    /// Every entry's words, numbered by a shared vocabulary: built on the first query, so each
    /// keystroke matches each distinct word once instead of re-reading every entry's text.
    #[serde(skip)]
    pub(super) prepared: std::sync::OnceLock<super::Prepared>,
}

/// One column per field of a place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Places {
    kinds: Vec<Kind>,
    titles: Vec<String>,
    /// The site path without the base path: `/docs/<slug>`, `/wizards/<id>`…
    paths: Vec<String>,
}

/// One column per field of an entry. A place's start has an empty heading and anchor; a
/// section's anchor is never empty (the Markdown compiler names a heading with no words
/// "section"), though its heading may be.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Entries {
    /// Each entry's place, by number.
    places: Vec<u32>,
    headings: Vec<String>,
    anchors: Vec<String>,
    /// The plain text searched and quoted in snippets.
    texts: Vec<String>,
}

impl PartialEq for SearchIndex {
    fn eq(&self, other: &Self) -> bool {
        self.places == other.places && self.entries == other.entries
    }
}

impl SearchIndex {
    /// Adds a runbook page, wizard, generator or drill, and returns its number for
    /// [`SearchIndex::add_entry`].
    pub fn add_place(&mut self, kind: Kind, title: &str, path: &str) -> usize {
        self.places.kinds.push(kind);
        self.places.titles.push(title.to_string());
        self.places.paths.push(path.to_string());
        self.places.kinds.len() - 1
    }

    /// Adds an entry of place number `place`: its start, or the section `(heading, anchor)`,
    /// which links to the anchor.
    ///
    /// # Panics
    /// If no such place was added, or a section has no anchor (the file tells a place's start
    /// by its empty anchor): the index is built by one function, at build time.
    pub fn add_entry(&mut self, place: usize, section: Option<(&str, &str)>, text: String) {
        assert!(
            place < self.places.kinds.len(),
            "entry of place {place}, which was not added"
        );
        assert!(
            section.is_none_or(|(_, anchor)| !anchor.is_empty()),
            "a section with no anchor"
        );
        let (heading, anchor) = section.unwrap_or_default();
        self.entries.places.push(place as u32);
        self.entries.headings.push(heading.to_string());
        self.entries.anchors.push(anchor.to_string());
        self.entries.texts.push(text);
    }

    /// How many places the index names.
    pub fn place_count(&self) -> usize {
        self.places.kinds.len()
    }

    /// How many entries the index searches.
    pub fn len(&self) -> usize {
        self.entries.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn place(&self, entry: usize) -> usize {
        self.entries.places[entry] as usize
    }

    fn is_section(&self, entry: usize) -> bool {
        !self.entries.anchors[entry].is_empty()
    }

    pub fn kind(&self, entry: usize) -> Kind {
        self.places.kinds[self.place(entry)]
    }

    /// What a result for the entry is called: its section's heading, or its place's title.
    pub fn title(&self, entry: usize) -> &str {
        if self.is_section(entry) {
            &self.entries.headings[entry]
        } else {
            &self.places.titles[self.place(entry)]
        }
    }

    /// The page a section belongs to; empty for a place's start.
    pub fn context(&self, entry: usize) -> &str {
        if self.is_section(entry) {
            &self.places.titles[self.place(entry)]
        } else {
            ""
        }
    }

    /// Where a result for the entry links: its place, at the section's anchor if it has one.
    pub fn path(&self, entry: usize) -> String {
        let place = &self.places.paths[self.place(entry)];
        if self.is_section(entry) {
            format!("{place}#{}", self.entries.anchors[entry])
        } else {
            place.clone()
        }
    }

    pub fn text(&self, entry: usize) -> &str {
        &self.entries.texts[entry]
    }
}

/// The file's columns, checked before they become an index: they must line up, and every
/// entry's place must exist.
#[derive(Deserialize)]
struct Columns {
    places: Places,
    entries: Entries,
}

impl TryFrom<Columns> for SearchIndex {
    type Error = String;

    fn try_from(Columns { places, entries }: Columns) -> Result<Self, String> {
        let p = places.kinds.len();
        if places.titles.len() != p || places.paths.len() != p {
            return Err(format!(
                "the index has {p} kinds of place but {} titles and {} paths",
                places.titles.len(),
                places.paths.len()
            ));
        }
        let n = entries.places.len();
        if entries.headings.len() != n || entries.anchors.len() != n || entries.texts.len() != n {
            return Err(format!(
                "the index has {n} entries but {} headings, {} anchors and {} texts",
                entries.headings.len(),
                entries.anchors.len(),
                entries.texts.len()
            ));
        }
        if let Some((i, place)) = entries
            .places
            .iter()
            .enumerate()
            .find(|(_, &place)| place as usize >= p)
        {
            return Err(format!("entry {i} points at place {place}, but there are {p} places"));
        }
        Ok(SearchIndex {
            places,
            entries,
            prepared: std::sync::OnceLock::new(),
        })
    }
}
