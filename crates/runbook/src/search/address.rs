//! The search page's address (`/search?q=…`): the search it asks for, and a sentence for each
//! other part, said plainly as a wizard's and a generator's address are
//! (`govuk::address_notices`), so a mistyped or damaged link never changes the page in
//! silence.

use crate::address;
use crate::wizard::query::QueryProblem;

/// The search the address asks for, and what in it was ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FromAddress {
    pub query: String,
    pub ignored: Vec<String>,
}

/// Reads `query` (with or without its `?`). Only `q` is the search page's; the first `q`
/// is the search.
pub fn read(query: &str) -> FromAddress {
    let mut out = FromAddress::default();
    let mut seen = false;
    for (piece, decoded) in address::pieces(query) {
        let Some((key, value)) = decoded else {
            out.ignored.push(QueryProblem::Malformed(piece.to_string()).to_string());
            continue;
        };
        if key != "q" {
            out.ignored.push(format!(
                "The address mentions “{key}”, which the search page does not use, so it was ignored."
            ));
        } else if seen {
            out.ignored
                .push("The address gives more than one search (“q”). The first was used.".to_string());
        } else {
            seen = true;
            out.query = value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_comes_from_q_and_everything_else_is_said() {
        assert_eq!(
            read("?q=point+in%20time"),
            FromAddress {
                query: "point in time".into(),
                ignored: vec![]
            }
        );
        assert_eq!(read(""), FromAddress::default());
        let got = read("?utm_source=mail&q=restore&q=other&%zz=1&page=2");
        assert_eq!(got.query, "restore");
        assert_eq!(
            got.ignored,
            vec![
                "The address mentions “utm_source”, which the search page does not use, so it was ignored.",
                "The address gives more than one search (“q”). The first was used.",
                "Part of the address (“%zz=1”) could not be read, so it was ignored.",
                "The address mentions “page”, which the search page does not use, so it was ignored.",
            ]
        );
        // A `q` that cannot be read is not the search, and a later one is.
        let got = read("q=%zz&q=konduit");
        assert_eq!(got.query, "konduit");
        assert_eq!(got.ignored.len(), 1);
    }
}
