//! What the search page shows, as data the site's components draw: the status line, the
//! message under it, and the results with the words found marked. Decided here on every
//! keystroke ([`view`]); the build draws the page before any search ([`before_the_app`]).

use super::{Found, Highlighted, Hit};

/// Where the index is: the search can only answer once it has arrived.
pub enum Index<'a> {
    Loading,
    /// It could not be fetched or read; the sentence says why.
    Failed(&'a str),
    Ready(&'a Found),
}

/// The search page under its form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchView {
    /// Announced to screen readers as it changes: what was found, or why nothing can be yet.
    pub status: String,
    pub message: Option<Message>,
    pub results: Vec<ResultView>,
}

/// What to do when the search cannot help. Each carries the links it offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The index did not load: `problem` says why, and every page can still be read.
    Unavailable { problem: String, all: String, home: String },
    /// Nothing matched the words typed.
    NoMatches { all: String },
    /// The page as the build draws it: the search works once the page's script has run,
    /// and without it the whole runbook is one page to find words in.
    BeforeTheApp { all: String },
}

/// One result: a link to the page or section, what it is, and a snippet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultView {
    /// Its link's id, which the arrow keys move focus to ([`result_id`]).
    pub id: String,
    pub href: String,
    pub title: Vec<Segment>,
    /// What it is: "Runbook page", or "Runbook page: section of “Full restore”".
    pub meta: String,
    /// Empty when the place has no text to show.
    pub snippet: Vec<Segment>,
}

/// A piece of text, marked when it is a word the search found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// Where the page's links go, for a site served where the browser is.
pub struct Links<'a> {
    /// A link from a site path (`/docs/a#b`).
    pub href: &'a dyn Fn(&str) -> String,
    /// The whole runbook on one page.
    pub all: String,
    /// The start of the runbook.
    pub home: String,
}

/// The page for `query` with the index where it is.
pub fn view(query: &str, index: &Index, links: &Links) -> SearchView {
    let query = query.trim();
    let (all, home) = (links.all.clone(), links.home.clone());
    let (status, message) = match index {
        Index::Loading => ("Loading the search index…".to_string(), None),
        Index::Failed(problem) => (
            "Search is not available.".to_string(),
            Some(Message::Unavailable {
                problem: problem.to_string(),
                all,
                home,
            }),
        ),
        Index::Ready(_) if query.is_empty() => (
            "Type a word to search every page, wizard, command and drill.".to_string(),
            None,
        ),
        Index::Ready(found) => (
            found_status(query, found),
            found.hits.is_empty().then_some(Message::NoMatches { all }),
        ),
    };
    let results = match index {
        Index::Ready(found) if !query.is_empty() => results(&found.hits, links.href),
        _ => Vec::new(),
    };
    SearchView {
        status,
        message,
        results,
    }
}

/// The page as the build draws it, before the app (or without it): no status yet, and the
/// way to find words without the search.
pub fn before_the_app(all: String) -> SearchView {
    SearchView {
        status: String::new(),
        message: Some(Message::BeforeTheApp { all }),
        results: Vec::new(),
    }
}

fn found_status(query: &str, found: &Found) -> String {
    match (found.total, found.hits.len()) {
        (0, _) => format!("No results for “{query}”"),
        (1, _) => format!("1 result for “{query}”"),
        (n, shown) if shown < n => {
            format!("{n} results for “{query}”, the best {shown} shown: add a word to narrow them")
        }
        (n, _) => format!("{n} results for “{query}”"),
    }
}

/// The id of result `i`'s link.
pub fn result_id(i: usize) -> String {
    format!("search-result-{i}")
}

/// Result `i`'s number, from its link's id.
pub fn result_number(id: &str) -> Option<usize> {
    id.strip_prefix("search-result-")?.parse().ok()
}

fn results(hits: &[Hit], href: &dyn Fn(&str) -> String) -> Vec<ResultView> {
    hits.iter()
        .enumerate()
        .map(|(i, hit)| ResultView {
            id: result_id(i),
            href: href(&hit.path),
            title: segments(&hit.title),
            meta: if hit.context.is_empty() {
                hit.kind.label().to_string()
            } else {
                format!("{}: section of “{}”", hit.kind.label(), hit.context)
            },
            snippet: segments(&hit.snippet),
        })
        .collect()
}

fn segments(h: &Highlighted) -> Vec<Segment> {
    h.segments()
        .into_iter()
        .map(|(text, marked)| Segment {
            text: text.to_string(),
            marked,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::Kind;
    use super::*;

    fn hit(title: &str, marks: Vec<(usize, usize)>, context: &str) -> Hit {
        Hit {
            entry: 0,
            kind: Kind::Doc,
            path: "/docs/a".into(),
            context: context.into(),
            score: 1,
            title: Highlighted {
                text: title.into(),
                marks,
            },
            snippet: Highlighted::default(),
        }
    }

    fn found(total: usize, shown: usize) -> Found {
        Found {
            total,
            hits: (0..shown).map(|_| hit("t", vec![], "")).collect(),
        }
    }

    fn links() -> Links<'static> {
        Links {
            href: &|p| format!("/r{p}"),
            all: "/r/all".into(),
            home: "/r/".into(),
        }
    }

    #[test]
    fn results_mark_the_words_found_and_say_what_each_is() {
        let found = Found {
            total: 1,
            hits: vec![hit("Restore <all>", vec![(0, 7)], "Full & partial")],
        };
        let view = view("restore", &Index::Ready(&found), &links());
        assert_eq!(
            view.results,
            vec![ResultView {
                id: "search-result-0".into(),
                href: "/r/docs/a".into(),
                title: vec![
                    Segment {
                        text: "Restore".into(),
                        marked: true
                    },
                    Segment {
                        text: " <all>".into(),
                        marked: false
                    },
                ],
                meta: "Runbook page: section of “Full & partial”".into(),
                snippet: vec![],
            }]
        );
        assert_eq!(result_number(&view.results[0].id), Some(0));
        assert_eq!(result_number("search-page-input"), None);
    }

    #[test]
    fn the_status_says_what_was_found_or_why_not() {
        let status = |q: &str, index: &Index| view(q, index, &links()).status;
        assert_eq!(status("x", &Index::Loading), "Loading the search index…");
        assert_eq!(status("x", &Index::Failed("gone")), "Search is not available.");
        assert!(status("  ", &Index::Ready(&found(0, 0))).starts_with("Type a word"));
        assert_eq!(
            status(" restore ", &Index::Ready(&found(0, 0))),
            "No results for “restore”"
        );
        assert_eq!(status("a", &Index::Ready(&found(1, 1))), "1 result for “a”");
        assert_eq!(
            status("a", &Index::Ready(&found(30, 20))),
            "30 results for “a”, the best 20 shown: add a word to narrow them"
        );
        assert_eq!(status("a", &Index::Ready(&found(2, 2))), "2 results for “a”");
    }

    #[test]
    fn a_message_offers_a_way_on() {
        let none = Found::default();
        assert_eq!(
            view("zzz", &Index::Ready(&none), &links()).message,
            Some(Message::NoMatches { all: "/r/all".into() })
        );
        assert_eq!(view("", &Index::Ready(&none), &links()).message, None);
        assert_eq!(view("x", &Index::Loading, &links()).message, None);
        assert_eq!(
            view("x", &Index::Failed("The index is damaged."), &links()).message,
            Some(Message::Unavailable {
                problem: "The index is damaged.".into(),
                all: "/r/all".into(),
                home: "/r/".into()
            })
        );
        assert!(view("", &Index::Ready(&found(2, 2)), &links()).results.is_empty());
        assert_eq!(
            before_the_app("/r/all".into()).message,
            Some(Message::BeforeTheApp { all: "/r/all".into() })
        );
    }
}
