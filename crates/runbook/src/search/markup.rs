//! The search page as the site's HTML, every value escaped here. The page's frame is drawn
//! once ([`page`]); on every keystroke the site writes the status line ([`status`]), the
//! message under it ([`message`]) and the results ([`results`]), each only if it changed.

use super::{Found, Highlighted, Hit};
use crate::doc::html::escape;
use std::fmt::Write;

/// The page: its heading, the search form (`action` is the search page's address, for a
/// browser without the app), the status line, a part for a message, and the results list.
pub fn page(action: &str) -> String {
    format!(
        "<h1 class=\"heading-xl\">Search the runbook</h1>\
         <form class=\"search-form\" role=\"search\" aria-label=\"Results page\" action=\"{}\" method=\"get\">\
         <label class=\"search-form__label\" for=\"search-page-input\">Search for a word, a page or a command</label>\
         <p class=\"search-form__hint\" id=\"search-page-hint\">Results appear as you type. Press the down arrow to move through them.</p>\
         <input class=\"search-form__input\" id=\"search-page-input\" type=\"search\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\" \
         aria-describedby=\"search-page-hint\" aria-controls=\"search-results\"></form>\
         <p class=\"search-status\" role=\"status\" aria-live=\"polite\" data-testid=\"search-status\"></p>\
         <div data-part=\"message\"></div><ol class=\"search-results\" id=\"search-results\"></ol>",
        escape(action)
    )
}

/// Where the index is: the search can only answer once it has arrived.
pub enum Index<'a> {
    Loading,
    Failed,
    Ready(&'a Found),
}

/// The status line, announced to screen readers as it changes: what the search found for
/// `query`, or why it cannot search yet.
pub fn status(query: &str, index: &Index) -> String {
    let query = query.trim();
    match index {
        Index::Loading => "Loading the search index…".to_string(),
        Index::Failed => "Search is not available.".to_string(),
        Index::Ready(_) if query.is_empty() => {
            "Type a word to search every page, wizard, command and drill.".to_string()
        }
        Index::Ready(found) => match (found.total, found.hits.len()) {
            (0, _) => format!("No results for “{query}”"),
            (1, _) => format!("1 result for “{query}”"),
            (n, shown) if shown < n => {
                format!("{n} results for “{query}”, the best {shown} shown: add a word to narrow them")
            }
            (n, _) => format!("{n} results for “{query}”"),
        },
    }
}

/// What to do when the index did not load (`problem` says why) or nothing matched. `all` is
/// the whole runbook on one page, `home` the start of the runbook.
pub fn message(query: &str, index: &Index, problem: Option<&str>, all: &str, home: &str) -> String {
    let (all, home) = (escape(all), escape(home));
    match index {
        Index::Failed => format!(
            "<div class=\"search-error\" data-testid=\"search-error\"><p class=\"body\">{}</p><p class=\"body\">\
             You can still read every page: go to <a class=\"link\" href=\"{all}\">the whole runbook on one page</a> \
             or the <a class=\"link\" href=\"{home}\">start of the runbook</a>.</p></div>",
            escape(problem.unwrap_or_default())
        ),
        Index::Ready(found) if found.hits.is_empty() && !query.trim().is_empty() => format!(
            "<div class=\"search-empty\"><p class=\"body\">Check the spelling, try fewer or different words, or browse \
             <a class=\"link\" href=\"{all}\">the whole runbook on one page</a>.</p></div>"
        ),
        _ => String::new(),
    }
}

/// The id of result `i`, which the arrow keys move focus to.
pub fn result_id(i: usize) -> String {
    format!("search-result-{i}")
}

/// The results, best first: each a link to the page or section with the words found marked,
/// what it is, and a snippet. `href` makes a link from a site path.
pub fn results(hits: &[Hit], href: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    for (i, hit) in hits.iter().enumerate() {
        let meta = if hit.context.is_empty() {
            hit.kind.label().to_string()
        } else {
            format!("{}: section of “{}”", hit.kind.label(), hit.context)
        };
        let _ = write!(
            out,
            "<li class=\"search-result\"><a class=\"link search-result__link\" id=\"{}\" href=\"{}\">",
            result_id(i),
            escape(&href(&hit.path))
        );
        marked(&hit.title, &mut out);
        let _ = write!(out, "</a><p class=\"search-result__meta\">{}</p>", escape(&meta));
        if !hit.snippet.text.is_empty() {
            out.push_str("<p class=\"search-result__snippet\">");
            marked(&hit.snippet, &mut out);
            out.push_str("</p>");
        }
        out.push_str("</li>");
    }
    out
}

fn marked(h: &Highlighted, out: &mut String) {
    for (text, mark) in h.segments() {
        if mark {
            let _ = write!(out, "<mark class=\"search-mark\">{}</mark>", escape(text));
        } else {
            out.push_str(&escape(text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Kind;
    use super::*;

    fn hit(title: &str, marks: Vec<(usize, usize)>, context: &str) -> Hit {
        Hit {
            entry: 0,
            kind: Kind::Doc,
            path: "/docs/a?x=\"y\"".into(),
            context: context.into(),
            score: 1,
            title: Highlighted {
                text: title.into(),
                marks,
            },
            snippet: Highlighted {
                text: String::new(),
                marks: vec![],
            },
        }
    }

    #[test]
    fn results_mark_the_words_found_and_escape_the_rest() {
        let hits = vec![hit("Restore <all>", vec![(0, 7)], "Full & partial")];
        let html = results(&hits, &|p| format!("/r{p}"));
        assert_eq!(
            html,
            "<li class=\"search-result\"><a class=\"link search-result__link\" id=\"search-result-0\" href=\"/r/docs/a?x=&quot;y&quot;\">\
             <mark class=\"search-mark\">Restore</mark> &lt;all&gt;</a>\
             <p class=\"search-result__meta\">Runbook page: section of “Full &amp; partial”</p></li>"
        );
    }

    #[test]
    fn the_status_says_what_was_found_or_why_not() {
        let found = |total, shown| Found {
            total,
            hits: (0..shown).map(|_| hit("t", vec![], "")).collect(),
        };
        assert_eq!(status("x", &Index::Loading), "Loading the search index…");
        assert_eq!(status("x", &Index::Failed), "Search is not available.");
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
        assert!(message("zzz", &Index::Ready(&none), None, "/r/all", "/r/").contains("Check the spelling"));
        assert_eq!(message("", &Index::Ready(&none), None, "/r/all", "/r/"), "");
        let failed = message("x", &Index::Failed, Some("The <index> is damaged."), "/r/all", "/r/");
        assert!(failed.contains("<p class=\"body\">The &lt;index&gt; is damaged.</p>"));
        assert!(failed.contains("href=\"/r/all\"") && failed.contains("href=\"/r/\""));
        assert!(page("/r/search").contains("action=\"/r/search\""));
    }
}
