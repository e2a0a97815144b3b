//! Whether a decision's prompt gives its answer away (build time only, feature `compile`).
//!
//! A prompt that says "important data is missing and we noticed quickly. Which restore?"
//! has done the players' thinking: those are the runbook's conditions for a full restore. The
//! check compares the prompt's significant words (no stop words, light stemming, so
//! "noticed" is "notice") with two sources, in order:
//!
//! - the expected option's label: a run of two or more significant words that the label has
//!   and no other option's label has, since that is what singles the answer out;
//! - the expected answer's reason (`why`), where the runbook's deciding condition is: a run
//!   of three or more, because a prompt and its reason naturally share a word or two of topic
//!   ("the support team").

/// A phrase of the prompt that gives the answer away, as the prompt writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Giveaway {
    /// The phrase is in the expected option's label and in no other option's.
    Label(String),
    /// The phrase repeats the reason for the expected answer.
    Why(String),
}

/// Whether `prompt` gives away its answer: the `expected` option's label, the `others`'
/// labels and the `why` of the decision.
pub fn giveaway(prompt: &str, expected: &str, others: &[&str], why: &str) -> Option<Giveaway> {
    let asked = words(prompt);
    let stems: Vec<&str> = asked.iter().map(|w| w.stem.as_str()).collect();
    let label = stems_of(expected);
    let other_labels: Vec<Vec<String>> = others.iter().map(|o| stems_of(o)).collect();
    let singles_out = |run: &[&str]| contains_run(&label, run) && !other_labels.iter().any(|o| contains_run(o, run));
    if let Some((from, to)) = longest_run(&stems, 2, singles_out) {
        return Some(Giveaway::Label(phrase(prompt, &asked, from, to)));
    }
    let reason = stems_of(why);
    longest_run(&stems, 3, |run| contains_run(&reason, run))
        .map(|(from, to)| Giveaway::Why(phrase(prompt, &asked, from, to)))
}

/// A significant word: where it is in the text, and its stem.
struct Word {
    start: usize,
    end: usize,
    stem: String,
}

/// Words that say nothing about the situation on their own.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being",
    "both", "but", "by", "can", "could", "did", "do", "does", "done", "each", "either", "every", "for", "from", "had",
    "has", "have", "he", "her", "here", "his", "how", "if", "in", "into", "is", "it", "its", "just", "let", "may",
    "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "only", "onto",
    "or", "other", "our", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "still", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "under",
    "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "would", "yes", "yet", "you", "your",
];

/// The significant words of `text`, in order.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    let is_part = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '_';
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, is_part(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                start = None;
                push_word(&mut out, text, s, i);
            }
            _ => {}
        }
    }
    out
}

fn push_word(out: &mut Vec<Word>, text: &str, start: usize, end: usize) {
    let raw = text.get(start..end).unwrap_or("");
    let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let Some(offset) = raw.find(trimmed) else { return };
    let start = start + offset;
    let end = start + trimmed.len();
    let lower = trimmed.to_lowercase().replace('’', "'");
    let lower = lower.strip_suffix("'s").unwrap_or(&lower);
    if lower.chars().count() < 2 || STOP_WORDS.contains(&lower) {
        return;
    }
    out.push(Word {
        start,
        end,
        stem: stem(lower),
    });
}

/// A light stem, the same on both sides of a comparison: "noticed" and "notice" are one word.
fn stem(word: &str) -> String {
    for suffix in ["ing", "ed", "es", "ly", "s", "e"] {
        if let Some(root) = word.strip_suffix(suffix) {
            if root.chars().count() >= 3 && !(suffix == "s" && root.ends_with('s')) {
                return root.to_string();
            }
        }
    }
    word.to_string()
}

fn stems_of(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.stem).collect()
}

fn contains_run(haystack: &[String], run: &[&str]) -> bool {
    !run.is_empty()
        && haystack
            .windows(run.len())
            .any(|w| w.iter().zip(run).all(|(a, b)| a == b))
}

/// The longest run of at least `min` consecutive stems that `found` accepts, first if tied,
/// as (first word, last word).
fn longest_run(stems: &[&str], min: usize, found: impl Fn(&[&str]) -> bool) -> Option<(usize, usize)> {
    (min..=stems.len()).rev().find_map(|n| {
        (0..=stems.len() - n)
            .find(|&i| found(&stems[i..i + n]))
            .map(|i| (i, i + n - 1))
    })
}

/// The prompt's own text from word `from` to word `to`.
fn phrase(prompt: &str, words: &[Word], from: usize, to: usize) -> String {
    let (Some(a), Some(b)) = (words.get(from), words.get(to)) else {
        return String::new();
    };
    prompt.get(a.start..b.end).unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = "Stop the service and do a full restore";
    const OTHERS: &[&str] = &[
        "Stop the service and do a partial restore",
        "Leave the service running and do a partial restore",
    ];
    const WHY: &str = "Stop the service and do a full restore if important data is missing and we notice it's \
                       missing quickly.";

    #[test]
    fn a_prompt_that_states_the_deciding_condition_is_caught() {
        assert_eq!(
            giveaway(
                "Important data is missing and we noticed quickly. Which restore?",
                FULL,
                OTHERS,
                WHY
            ),
            Some(Giveaway::Why("Important data is missing and we noticed".into()))
        );
    }

    #[test]
    fn a_prompt_that_names_what_only_the_answer_says_is_caught() {
        assert_eq!(
            giveaway(
                "The loss is three days old. Where does the copy come from?",
                "A point-in-time restore: three days is inside the one-week window",
                &["A database backup: point-in-time restores don't go back that far"],
                "We have a one-week window."
            ),
            Some(Giveaway::Label("three days".into()))
        );
        // Words another option has too single nothing out.
        assert_eq!(giveaway("Do we stop the service?", FULL, OTHERS, ""), None);
    }

    #[test]
    fn a_plain_question_and_shared_topic_words_pass() {
        assert_eq!(giveaway("Which restore do we do?", FULL, OTHERS, WHY), None);
        assert_eq!(
            giveaway(
                "What do we tell the support team?",
                "There's likely to be an influx of tickets",
                &["Nothing until we know more"],
                "Let the support team know there's likely to be an influx of tickets."
            ),
            None,
            "two words of topic shared with the reason are not a giveaway"
        );
    }

    #[test]
    fn words_are_stemmed_and_stop_words_skipped() {
        let stems = stems_of("We noticed the notice; GitHub's runners miss the misses quickly.");
        assert_eq!(stems, ["notic", "notic", "github", "runner", "miss", "miss", "quick"]);
        let prompt = "“Important”   data, missing!";
        let w = words(prompt);
        assert_eq!(phrase(prompt, &w, 0, 2), "Important”   data, missing");
    }
}
