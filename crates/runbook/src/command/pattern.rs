//! Text patterns for parameters: a deliberately small regular-expression subset, matched by
//! a few lines of code so the browser ships no regex engine.
//!
//! A pattern always matches the whole value. It is a sequence of items, each optionally
//! followed by a quantifier:
//! - a literal character (`\` makes any character literal, e.g. `\.`), or `.` for any;
//! - a class `[a-z0-9._-]`, negated with `[^...]`;
//! - quantifiers `?`, `*`, `+`, `{n}`, `{n,}` and `{n,m}`.
//!
//! There are no groups or alternatives. That keeps matching linear in the pattern and
//! quadratic at worst in the value, with no backtracking blow-up.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A parsed pattern, with its source. Only [`Pattern::parse`] makes one from text: the build
/// parses and checks every generator's patterns, and its data files carry them parsed, so
/// the browser carries no parser (nor its error sentences).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pattern {
    source: String,
    items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Item {
    class: Class,
    min: usize,
    /// `None`: unbounded.
    max: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
enum Class {
    Any,
    Char(char),
    Set { negated: bool, ranges: Vec<(char, char)> },
}

impl Class {
    fn matches(&self, c: char) -> bool {
        match self {
            Class::Any => true,
            Class::Char(x) => *x == c,
            Class::Set { negated, ranges } => ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != *negated,
        }
    }
}

/// Why a pattern was refused: a sentence, with the 1-based character position.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("at character {position}: {reason}")]
pub struct PatternError {
    pub position: usize,
    pub reason: String,
}

impl Pattern {
    pub fn parse(source: &str) -> Result<Self, PatternError> {
        let chars: Vec<char> = source.chars().collect();
        let err = |i: usize, reason: &str| PatternError {
            position: i + 1,
            reason: reason.to_string(),
        };
        let mut items: Vec<Item> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let class = match c {
                '\\' => {
                    let next = *chars.get(i + 1).ok_or_else(|| err(i, "a `\\` must be followed by the character it makes literal"))?;
                    i += 2;
                    Class::Char(next)
                }
                '.' => {
                    i += 1;
                    Class::Any
                }
                '[' => {
                    let (class, next) = parse_set(&chars, i)?;
                    i = next;
                    class
                }
                '?' | '*' | '+' | '{' => return Err(err(i, &format!("`{c}` repeats the item before it, but there is none"))),
                '(' | ')' | '|' => return Err(err(i, &format!("`{c}` is not supported (no groups or alternatives): write `\\{c}` for the character itself"))),
                '^' | '$' => return Err(err(i, &format!("`{c}` is not needed: a pattern always matches the whole value. Write `\\{c}` for the character itself"))),
                ']' | '}' => return Err(err(i, &format!("`{c}` has no opening partner: write `\\{c}` for the character itself"))),
                _ => {
                    i += 1;
                    Class::Char(c)
                }
            };
            let (min, max, next) = parse_quantifier(&chars, i)?;
            i = next;
            items.push(Item { class, min, max });
        }
        Ok(Self {
            source: source.to_string(),
            items,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// True when the whole of `value` matches.
    pub fn matches(&self, value: &str) -> bool {
        let chars: Vec<char> = value.chars().collect();
        // The set of positions in `value` the items so far can end at.
        let mut ends = vec![false; chars.len() + 1];
        ends[0] = true;
        for item in &self.items {
            let mut next = vec![false; chars.len() + 1];
            for start in (0..=chars.len()).filter(|&p| ends[p]) {
                let mut count = 0;
                let mut p = start;
                loop {
                    if count >= item.min {
                        next[p] = true;
                    }
                    if item.max.is_some_and(|m| count >= m) || p == chars.len() || !item.class.matches(chars[p]) {
                        break;
                    }
                    count += 1;
                    p += 1;
                }
            }
            ends = next;
        }
        ends[chars.len()]
    }
}

fn parse_set(chars: &[char], open: usize) -> Result<(Class, usize), PatternError> {
    let err = |i: usize, reason: &str| PatternError {
        position: i + 1,
        reason: reason.to_string(),
    };
    let mut i = open + 1;
    let negated = chars.get(i) == Some(&'^');
    if negated {
        i += 1;
    }
    let mut ranges = Vec::new();
    let literal = |i: &mut usize| -> Result<char, PatternError> {
        let c = *chars
            .get(*i)
            .ok_or_else(|| err(open, "the `[` is never closed with `]`"))?;
        if c == '\\' {
            let next = *chars
                .get(*i + 1)
                .ok_or_else(|| err(*i, "a `\\` must be followed by the character it makes literal"))?;
            *i += 2;
            Ok(next)
        } else {
            *i += 1;
            Ok(c)
        }
    };
    loop {
        match chars.get(i) {
            None => return Err(err(open, "the `[` is never closed with `]`")),
            Some(']') => break,
            Some(_) => {
                let lo_at = i;
                let lo = literal(&mut i)?;
                let is_range = chars.get(i) == Some(&'-') && chars.get(i + 1).is_some_and(|c| *c != ']');
                if is_range {
                    i += 1;
                    let hi = literal(&mut i)?;
                    if hi < lo {
                        return Err(err(
                            lo_at,
                            &format!("the range `{lo}-{hi}` runs backwards: write `{hi}-{lo}`"),
                        ));
                    }
                    ranges.push((lo, hi));
                } else {
                    ranges.push((lo, lo));
                }
            }
        }
    }
    if ranges.is_empty() {
        return Err(err(open, "the class `[]` is empty: list the characters it allows"));
    }
    Ok((Class::Set { negated, ranges }, i + 1))
}

fn parse_quantifier(chars: &[char], i: usize) -> Result<(usize, Option<usize>, usize), PatternError> {
    let err = |i: usize, reason: &str| PatternError {
        position: i + 1,
        reason: reason.to_string(),
    };
    let (min, max, next) = match chars.get(i) {
        Some('?') => (0, Some(1), i + 1),
        Some('*') => (0, None, i + 1),
        Some('+') => (1, None, i + 1),
        Some('{') => {
            let close = chars[i..]
                .iter()
                .position(|c| *c == '}')
                .map(|p| i + p)
                .ok_or_else(|| err(i, "the `{` is never closed with `}`"))?;
            let inner: String = chars[i + 1..close].iter().collect();
            let number = |s: &str| {
                s.parse::<usize>().map_err(|_| {
                    err(
                        i,
                        &format!("`{{{inner}}}` should be `{{n}}`, `{{n,}}` or `{{n,m}}` with whole numbers"),
                    )
                })
            };
            let (min, max) = match inner.split_once(',') {
                None => {
                    let n = number(&inner)?;
                    (n, Some(n))
                }
                Some((lo, "")) => (number(lo)?, None),
                Some((lo, hi)) => (number(lo)?, Some(number(hi)?)),
            };
            if max.is_some_and(|m| m < min) {
                return Err(err(i, &format!("`{{{inner}}}` allows at most fewer than at least")));
            }
            (min, max, close + 1)
        }
        _ => return Ok((1, Some(1), i)),
    };
    if matches!(chars.get(next), Some('?' | '*' | '+' | '{')) {
        return Err(err(next, "two repeat marks in a row: keep one"));
    }
    Ok((min, max, next))
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(pattern: &str, value: &str, expected: bool) {
        let p = Pattern::parse(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
        assert_eq!(p.matches(value), expected, "{pattern:?} against {value:?}");
    }

    #[test]
    fn matches_whole_values() {
        check("abc", "abc", true);
        check("abc", "abcd", false);
        check("abc", "xabc", false);
        check("a.c", "a€c", true);
        check("a\\.c", "abc", false);
        check("a\\.c", "a.c", true);
        check("[a-z0-9-]+", "cpd-production", true);
        check("[a-z0-9-]+", "", false);
        check("[a-z0-9-]*", "", true);
        check("[^-].*", "-x", false);
        check("[^-].*", "x-", true);
        check("[a-z]{3}", "abc", true);
        check("[a-z]{3}", "ab", false);
        check("[a-z]{2,}", "abcdef", true);
        check("[a-z]{1,2}x", "abcx", false);
        check("a?b", "b", true);
        check(
            "[a-z0-9][a-z0-9-]{1,61}[a-z0-9]",
            "s189t01-cpdec2-st-pg-pitr-20260522",
            true,
        );
        check("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]", "ab-", false);
        check("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]", &"a".repeat(64), false);
        check("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]", &"a".repeat(63), true);
        check("x*x*x*x*x*y", &"x".repeat(200), false);
        check("[.\\]]+", "].", true);
        check("[a-]+", "a-a", true);
    }

    fn check_error(pattern: &str, position: usize, words: &str) {
        let e = Pattern::parse(pattern).expect_err(pattern);
        assert_eq!(e.position, position, "{pattern}: {e}");
        assert!(e.reason.contains(words), "{pattern}: {e}");
    }

    #[test]
    fn refuses_bad_patterns_saying_where() {
        check_error("[a-z", 1, "never closed");
        check_error("ab[]", 3, "empty");
        check_error("[z-a]", 2, "backwards");
        check_error("*a", 1, "none");
        check_error("a{2", 2, "never closed");
        check_error("a{x}", 2, "whole numbers");
        check_error("a{3,1}", 2, "at most");
        check_error("a+*", 3, "two repeat");
        check_error("(a|b)", 1, "groups");
        check_error("^a$", 1, "whole value");
        check_error("a\\", 2, "followed");
    }

    #[test]
    fn travels_parsed_and_matches_the_same() {
        let p = Pattern::parse("cpd-[a-z0-9]{2,}\\.x?").unwrap();
        let back: Pattern = postcard::from_bytes(&postcard::to_allocvec(&p).unwrap()).unwrap();
        assert_eq!(back, p);
        assert_eq!(back.to_string(), "cpd-[a-z0-9]{2,}\\.x?");
        for value in ["cpd-ab.", "cpd-ab", "cpd-a", "cpd-ab.xx"] {
            assert_eq!(back.matches(value), p.matches(value), "{value}");
        }
    }
}
