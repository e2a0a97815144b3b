//! Content errors a content editor can act on: a file, a line and a plain sentence.

use std::fmt;

/// One problem found in the content, reported as `file:line: sentence`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Path of the file, relative to the project root (for example `content/docs/azure-down.md`).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// A plain sentence saying what is wrong and, where possible, how to fix it.
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line: line.max(1),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The 1-based line that byte `offset` of `text` falls on.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_as_file_line_sentence() {
        let d = Diagnostic::new("content/nav.toml", 3, "The page `x` does not exist.");
        assert_eq!(d.to_string(), "content/nav.toml:3: The page `x` does not exist.");
    }

    #[test]
    fn line_zero_is_reported_as_line_one() {
        assert_eq!(Diagnostic::new("f", 0, "m").line, 1);
    }

    #[test]
    fn line_of_counts_newlines_before_offset() {
        let text = "a\nb\nc";
        assert_eq!(line_of(text, 0), 1);
        assert_eq!(line_of(text, 2), 2);
        assert_eq!(line_of(text, 4), 3);
        assert_eq!(line_of(text, 99), 3);
    }
}
