//! The address's query string, read and written in one place: its percent-encoding, and the
//! pieces every page reads it by. Which keys a page takes, and what it says of the rest, is
//! the page's own (`wizard::query`, `command::address`, `drill::address`, `search::address`).

/// Each `key=value` piece of `query` (with or without its `?`), as written, and decoded: `None`
/// when either side has a broken escape or is not UTF-8. A piece without `=` has an empty value.
pub fn pieces(query: &str) -> impl Iterator<Item = (&str, Option<(String, String)>)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|p| !p.is_empty()).map(|piece| {
        let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
        (piece, decode(key).zip(decode(value)))
    })
}

/// RFC 3986's unreserved characters: everything else is escaped.
const ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, ESCAPED).to_string()
}

/// A query string from `pairs`, each side encoded: `""` for none, else `?k=v&…`.
pub fn query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let pieces: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    if pieces.is_empty() {
        String::new()
    } else {
        format!("?{}", pieces.join("&"))
    }
}

/// Decodes `%XX` escapes and `+` (a space, as forms send it). `None` for a broken escape or
/// bytes that are not UTF-8: `percent-encoding` passes a broken escape through as written,
/// and an address that was cut or mistyped should be said to be broken, not read as text.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let broken = bytes.iter().enumerate().any(|(i, b)| {
        *b == b'%'
            && !bytes
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if broken {
        return None;
    }
    let spaced = text.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_encodes_both_sides_and_is_empty_without_pairs() {
        assert_eq!(query([("a b", "1&2"), ("t", "13:50")]), "?a%20b=1%262&t=13%3A50");
        assert_eq!(query([]), "");
    }

    #[test]
    fn pieces_are_decoded_or_said_to_be_broken() {
        let got: Vec<_> = pieces("?a=1&&b=%E2%9C%93+x&c&d=%ZZ").collect();
        assert_eq!(
            got,
            vec![
                ("a=1", Some(("a".into(), "1".into()))),
                ("b=%E2%9C%93+x", Some(("b".into(), "✓ x".into()))),
                ("c", Some(("c".into(), String::new()))),
                ("d=%ZZ", None),
            ]
        );
    }

    #[test]
    fn encoding_keeps_only_unreserved_characters_and_round_trips() {
        assert_eq!(encode("a b/c~d"), "a%20b%2Fc~d");
        for text in ["", "2026-05-22T14:30", "é & ✓", "100%"] {
            assert_eq!(decode(&encode(text)).as_deref(), Some(text));
        }
        assert_eq!(decode("%E2%9C"), None, "bytes that are not UTF-8");
        assert_eq!(decode("%4"), None, "a cut escape");
    }
}
