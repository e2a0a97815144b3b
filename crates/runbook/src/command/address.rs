//! A generator's values from its page's address (`?server=…&namespace=…`), so a link can
//! open it filled in; and what in the address could not be used, said plainly, as a wizard's
//! address is (`wizard::query`).

use super::{Generator, Values};
use crate::address;
use crate::wizard::query::QueryProblem;

/// The values the address gives, and a sentence for each part of it that was ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FromAddress {
    pub values: Values,
    pub ignored: Vec<String>,
}

/// Reads `query` (with or without its `?`) for `generator`. A part that does not decode, a
/// name the generator does not have, or a name given twice is ignored, and said.
pub fn read(generator: &Generator, query: &str) -> FromAddress {
    let mut out = FromAddress::default();
    for (piece, decoded) in address::pieces(query) {
        let Some((key, value)) = decoded else {
            // The wizard's sentence for it, so both kinds of page say it alike.
            out.ignored.push(QueryProblem::Malformed(piece.to_string()).to_string());
            continue;
        };
        if generator.param(&key).is_none() {
            out.ignored.push(format!(
                "The address mentions “{key}”, which this generator does not have, so it was ignored."
            ));
        } else if out.values.contains_key(&key) {
            out.ignored
                .push(format!("The address gives “{key}” more than once. The first was used."));
        } else {
            out.values.insert(key, value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::testing::{generator, text_param};
    use crate::command::{Output, Word};

    #[test]
    fn values_come_from_the_address_and_what_cannot_be_used_is_said() {
        let g = generator(
            vec![text_param("server", None)],
            Output::Value {
                value: Word::param("server"),
                checks: vec![],
            },
        );
        let first = "server";
        let got = read(&g, "?server=a%20b&server=c&utm_source=x&%zz=1");
        assert_eq!(got.values.get(first).map(String::as_str), Some("a b"));
        assert_eq!(got.values.len(), 1);
        assert_eq!(
            got.ignored,
            vec![
                format!("The address gives “{first}” more than once. The first was used."),
                "The address mentions “utm_source”, which this generator does not have, so it was ignored.".to_string(),
                "Part of the address (“%zz=1”) could not be read, so it was ignored.".to_string(),
            ]
        );
        assert_eq!(read(&g, ""), FromAddress::default());
    }
}
