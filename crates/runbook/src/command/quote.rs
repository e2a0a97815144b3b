//! The quoting rules: how one value becomes one POSIX shell word.
//!
//! A word is left bare when every character is in a small set that no POSIX shell treats
//! specially anywhere in a word (so the command stays readable); otherwise the whole word is
//! wrapped in single quotes, inside which a shell interprets nothing at all. The only
//! character single quotes cannot hold is the single quote itself, written `'\''` (close,
//! escaped quote, reopen). NUL cannot be passed to a program by any means: callers reject it
//! first (see [`unrepresentable`]).

/// Characters that are never special to `sh`, wherever they appear in a word.
///
/// Deliberately ASCII only: non-ASCII letters are quoted because how a shell splits them
/// depends on its locale. `=` is included because it is only special in the program
/// position, which never holds a value (see the compiler's check on `program`). `~` is
/// excluded (tilde expansion at the start of a word or after `:` in assignments).
pub fn is_bare_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | ',' | '+' | '@' | '%' | '=')
}

/// Quotes `value` as one POSIX shell word: bare when safe, single-quoted otherwise.
///
/// `quote("")` is `''`, so an empty value still reaches the program as an argument.
pub fn quote(value: &str) -> String {
    if !value.is_empty() && value.chars().all(is_bare_safe) {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len() + 2);
    out.push('\'');
    for c in value.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// Why a value cannot be put on a single command line, in words naming no field (the caller
/// names it). `None` when the value is representable.
///
/// NUL cannot be passed in an argument at all. Line breaks are refused because every
/// generated command is one line a person pastes: a pasted line break would run the
/// command early. Other control characters are invisible on screen and may be acted on by
/// the terminal, so a person could not check what they paste.
pub fn unrepresentable(value: &str) -> Option<&'static str> {
    if value.contains('\0') {
        Some("cannot contain a NUL character")
    } else if value.contains(['\n', '\r']) {
        Some("must be on one line: remove the line break")
    } else if value.chars().any(|c| c.is_control() && c != '\t') {
        Some("contains an invisible control character: retype it")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(value: &str, expected: &str) {
        assert_eq!(quote(value), expected, "quote({value:?})");
    }

    #[test]
    fn leaves_plain_words_bare() {
        check("cpd-production", "cpd-production");
        check("ghcr.io/dfe-digital/abc123", "ghcr.io/dfe-digital/abc123");
        check("pitr-backup.sql.tar", "pitr-backup.sql.tar");
        check("a=b,c:d@e%f+g", "a=b,c:d@e%f+g");
    }

    #[test]
    fn quotes_everything_else() {
        check("", "''");
        check("two words", "'two words'");
        check("$(rm -rf /)", "'$(rm -rf /)'");
        check("`id`", "'`id`'");
        check("*.sql", "'*.sql'");
        check("~root", "'~root'");
        check("back\\slash", "'back\\slash'");
        check("tab\there", "'tab\there'");
        check("café", "'café'");
        check("\"double\"", "'\"double\"'");
    }

    #[test]
    fn writes_single_quotes_as_close_escape_reopen() {
        check("it's", "'it'\\''s'");
        check("'", "''\\'''");
        check("''", "''\\'''\\'''");
    }

    #[test]
    fn refuses_what_a_single_line_cannot_hold() {
        assert!(unrepresentable("a\0b").unwrap().contains("NUL"));
        assert!(unrepresentable("a\nb").unwrap().contains("one line"));
        assert!(unrepresentable("a\rb").unwrap().contains("one line"));
        assert!(unrepresentable("a\u{1b}[31m").unwrap().contains("control"));
        assert_eq!(unrepresentable("tab\tand 'quotes' $(x) café"), None);
    }
}
