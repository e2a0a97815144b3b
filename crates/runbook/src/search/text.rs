//! Words and the edit distance used for typo matching.

/// A word of a text: its byte range and its lower-case form ([`fold`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

/// The words of `text`: runs of letters and digits. Everything else separates words, so
/// "point-in-time" is three words and "konduit.sh" two.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(word(text, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(word(text, s, text.len()));
    }
    out
}

fn word(text: &str, start: usize, end: usize) -> Word {
    Word {
        start,
        end,
        lower: text[start..end].chars().map(fold).collect(),
    }
}

/// `c` in lower case, for the alphabets a runbook is written in: Latin (ASCII, Latin-1 and
/// Latin Extended-A), modern Greek and basic Cyrillic. Other letters are left as they are, so
/// they match only as typed.
///
/// Why not `char::to_lowercase`: its table of every script's cases was 7 KB of the search
/// app's 99 KB of gzipped wasm (README, "Benchmarks and budgets"). The index is built with
/// this same function, so the two sides always agree.
pub fn fold(c: char) -> char {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => n + 0x20,
        0x400..=0x40F => n + 0x50,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 0x3F,
        // Latin Extended-A pairs capitals with the small letter after them; the dotted
        // capital I (U+0130) and the long s are the exceptions.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
        0x178 => 0xFF,
        _ => n,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Whether `a` can be turned into `b` with at most `max` single-letter insertions,
/// deletions, substitutions or swaps of neighbours (optimal string alignment distance).
pub fn edit_distance_within(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let width = b.len() + 1;
    let mut prev2 = vec![0usize; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut cur = vec![0usize; width];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn fold_agrees_with_the_standard_library_on_the_scripts_it_covers() {
        let covered = (0u32..0x180).chain(0x386..0x3CF).chain(0x400..0x460);
        let mut changed = 0;
        for c in covered.filter_map(char::from_u32) {
            let mut std = c.to_lowercase();
            let (Some(one), None) = (std.next(), std.next()) else {
                // U+0130 lower-cases to two characters; it is left as it is.
                assert_eq!(fold(c), c, "{c:?}");
                continue;
            };
            assert_eq!(fold(c), one, "{c:?} (U+{:04X})", c as u32);
            changed += usize::from(one != c);
        }
        // Every capital of those alphabets, counted by hand: Latin 26 + 30 + 62 (Latin
        // Extended-A less the two-character U+0130), Greek 33 (with the accented ones),
        // Cyrillic 48.
        assert_eq!(changed, 199);
    }

    #[test]
    fn other_scripts_are_left_as_typed() {
        assert_eq!(fold('Ա'), 'Ա');
        assert_eq!(fold('Ⅻ'), 'Ⅻ');
        assert_eq!(fold('ß'), 'ß');
        assert_eq!(fold('9'), '9');
    }
}
