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
/// NUL cannot be passed in an argument at all. Line breaks (and Unicode's line and
/// paragraph separators) are refused because every generated command is one line a person
/// pastes: a pasted line break would run the command early. Other control characters are
/// invisible on screen and may be acted on by the terminal, and Unicode's format characters
/// (bidirectional overrides, zero-width spaces, a soft hyphen…) are invisible or reorder
/// what is shown, so in either case a person could not check what they paste.
pub fn unrepresentable(value: &str) -> Option<Unrepresentable> {
    if value.contains('\0') {
        Some(Unrepresentable::Nul)
    } else if value.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
        Some(Unrepresentable::LineBreak)
    } else if value.chars().any(|c| c.is_control() && c != '\t') {
        Some(Unrepresentable::Control)
    } else {
        value.chars().find(|c| is_format(*c)).map(Unrepresentable::Format)
    }
}

/// What [`unrepresentable`] found: its sentence follows the field's label, without the full
/// stop ("Server contains an invisible formatting character (U+202E). Type the value again
/// without it").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unrepresentable {
    Nul,
    LineBreak,
    Control,
    /// A format character (Unicode general category Cf), named by its code point, as the
    /// screen cannot show it.
    Format(char),
}

impl std::fmt::Display for Unrepresentable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unrepresentable::Nul => f.write_str("cannot contain a NUL character"),
            Unrepresentable::LineBreak => f.write_str("must be on one line: remove the line break"),
            Unrepresentable::Control => f.write_str("contains an invisible control character: retype it"),
            Unrepresentable::Format(c) => write!(
                f,
                "contains an invisible formatting character (U+{:04X}). Type the value again without it",
                u32::from(*c)
            ),
        }
    }
}

/// Unicode's format characters (general category Cf, Unicode 15.1), as inclusive ranges.
/// A table rather than a crate: no crate in the lock file gives general categories, and
/// these 21 ranges are the whole category (checked against Python's `unicodedata` when
/// written; 15.0 added U+13439 to U+1343F).
const FORMAT_CHARACTERS: [(u32, u32); 21] = [
    (0xAD, 0xAD),
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// Whether `c` is a Unicode format character (general category Cf).
pub fn is_format(c: char) -> bool {
    let c = u32::from(c);
    FORMAT_CHARACTERS.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c))
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
        let says = |v: &str| unrepresentable(v).map(|u| u.to_string()).unwrap_or_default();
        assert!(says("a\0b").contains("NUL"));
        assert!(says("a\nb").contains("one line"));
        assert!(says("a\rb").contains("one line"));
        assert!(says("a\u{2028}b").contains("one line"));
        assert!(says("a\u{1b}[31m").contains("control"));
        assert_eq!(unrepresentable("tab\tand 'quotes' $(x) café ünïcödé"), None);
    }

    #[test]
    fn refuses_invisible_format_characters_naming_them() {
        // Bidirectional embeddings, overrides and isolates; zero-width and direction marks;
        // the byte order mark, the soft hyphen and a tag character.
        for c in ('\u{202A}'..='\u{202E}')
            .chain('\u{2066}'..='\u{2069}')
            .chain('\u{200B}'..='\u{200F}')
            .chain(['\u{FEFF}', '\u{AD}', '\u{2060}', '\u{61C}', '\u{E0041}'])
        {
            assert_eq!(
                unrepresentable(&format!("s189{c}evil")),
                Some(Unrepresentable::Format(c)),
                "{c:?}"
            );
        }
        assert_eq!(
            unrepresentable("\u{202E}evil").unwrap().to_string(),
            "contains an invisible formatting character (U+202E). Type the value again without it"
        );
        assert_eq!(
            Unrepresentable::Format('\u{E0041}').to_string(),
            "contains an invisible formatting character (U+E0041). Type the value again without it"
        );
        // Neighbours of the ranges are ordinary characters.
        for c in [
            '\u{AC}', '\u{AE}', '\u{2029}', '\u{2030}', '\u{2065}', '\u{2070}', '\u{FEFE}', '\u{FF00}',
        ] {
            assert!(!is_format(c), "{c:?}");
        }
    }

    #[test]
    fn the_format_table_is_sorted_and_its_ranges_are_apart() {
        for pair in FORMAT_CHARACTERS.windows(2) {
            assert!(pair[0].0 <= pair[0].1 && pair[0].1 + 1 < pair[1].0, "{pair:?}");
        }
        let count: u32 = FORMAT_CHARACTERS.iter().map(|(lo, hi)| hi - lo + 1).sum();
        // Unicode 15.1 has 170 format characters.
        assert_eq!(count, 170);
    }
}
