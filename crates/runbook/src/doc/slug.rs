//! Heading anchors and page slugs: lowercase ASCII words joined by hyphens.

/// `"Point-in-time restore (PITR)"` becomes `"point-in-time-restore-pitr"`.
/// Letters outside ASCII are kept (lowercased); everything else separates words.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.extend(ch.to_lowercase());
        } else if ch == '\'' || ch == '\u{2019}' {
            // "We're" reads as one word.
        } else {
            pending_hyphen = true;
        }
    }
    out
}

/// True when `slug` is already in the canonical form [`slugify`] produces.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty() && slugify(slug) == slug
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(slugify(input), expected, "slugify({input:?})");
    }

    #[test]
    fn slugs() {
        check("Symptoms", "symptoms");
        check("Point-in-time restore (PITR)", "point-in-time-restore-pitr");
        check("  GOV.UK Notify goes down ", "gov-uk-notify-goes-down");
        check("We’re unable to log in", "were-unable-to-log-in");
        check("Step 1: find the database", "step-1-find-the-database");
        check("***", "");
    }

    #[test]
    fn valid_slugs() {
        assert!(is_valid_slug("azure-down"));
        assert!(!is_valid_slug("Azure-down"));
        assert!(!is_valid_slug("azure--down"));
        assert!(!is_valid_slug(""));
    }
}
