//! Text written once, at build time, with parts that depend on the path a journey took.
//!
//! The whole-tree diagram ([`super::diagram`]) is laid out and written by the build, into a
//! data file of its own; the browser only fills in which nodes and arrows the reader's
//! answers took. So the layout code stays out of the wizards app (6.5 KB of its compressed
//! wasm), and the page downloads the drawing only when the reader asks for the tree.

use super::engine::{Current, Journey};
use super::model::{NodeRef, Wizard};
use serde::{Deserialize, Serialize};

/// Text with parts that are written only for some paths. Build it with [`std::fmt::Write`]
/// (plain text) and the methods below; [`PathTemplate::render`] writes it for a journey.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathTemplate(Vec<Part>);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
enum Part {
    /// Always written.
    Text(String),
    /// Written when the condition holds.
    If(When, String),
    /// The items whose condition holds, joined by `sep`, between `before` and `after`;
    /// nothing at all when none holds.
    List {
        before: String,
        sep: String,
        items: Vec<(When, String)>,
        after: String,
    },
    /// The answers given, "question answer; question answer", escaped for XML, between
    /// `before` and `after`; nothing when no question has been answered.
    StepsXml { before: String, after: String },
}

/// What a part of a template depends on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum When {
    /// There is a journey, whose path is highlighted.
    Journey,
    /// The node is on the path: the start, or where an answer led.
    OnPath(String),
    /// The arrow from the first node to the second is on the path.
    EdgeOnPath(String, String),
    /// The node is where the journey is now.
    Current(String),
}

impl When {
    fn holds(&self, wizard: &Wizard, journey: Option<&Journey>) -> bool {
        let Some(j) = journey else {
            return false;
        };
        match self {
            When::Journey => true,
            When::OnPath(node) => *node == wizard.start || j.steps.iter().any(|s| s.next == *node),
            When::EdgeOnPath(from, to) => j.steps.iter().any(|s| s.question == *from && s.next == *to),
            When::Current(node) => match &j.current {
                Current::Ask { question, .. } => question == node,
                Current::Outcome(id) => id == node,
                Current::Broken { .. } => false,
            },
        }
    }
}

impl std::fmt::Write for PathTemplate {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        match self.0.last_mut() {
            Some(Part::Text(text)) => text.push_str(s),
            _ => self.0.push(Part::Text(s.to_string())),
        }
        Ok(())
    }
}

impl PathTemplate {
    /// `text`, always written.
    pub fn push_str(&mut self, text: &str) {
        let _ = std::fmt::Write::write_str(self, text);
    }

    /// `text`, written only when `when` holds.
    pub fn when(&mut self, when: When, text: &str) {
        self.0.push(Part::If(when, text.to_string()));
    }

    /// The items whose condition holds, joined by `sep`, between `before` and `after`;
    /// nothing when none holds.
    pub fn list(&mut self, before: &str, sep: &str, items: Vec<(When, String)>, after: &str) {
        self.0.push(Part::List {
            before: before.into(),
            sep: sep.into(),
            items,
            after: after.into(),
        });
    }

    /// The answers given, escaped for XML, between `before` and `after`; nothing when no
    /// question has been answered.
    pub fn steps_xml(&mut self, before: &str, after: &str) {
        self.0.push(Part::StepsXml {
            before: before.into(),
            after: after.into(),
        });
    }

    /// The text for `journey` (none: no path highlighted). `wizard` names the questions in
    /// the answers given.
    pub fn render(&self, wizard: &Wizard, journey: Option<&Journey>) -> String {
        let mut out = String::new();
        for part in &self.0 {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::If(when, text) => {
                    if when.holds(wizard, journey) {
                        out.push_str(text);
                    }
                }
                Part::List {
                    before,
                    sep,
                    items,
                    after,
                } => {
                    let held: Vec<&str> = items
                        .iter()
                        .filter(|(when, _)| when.holds(wizard, journey))
                        .map(|(_, text)| text.as_str())
                        .collect();
                    if !held.is_empty() {
                        out.push_str(before);
                        out.push_str(&held.join(sep));
                        out.push_str(after);
                    }
                }
                Part::StepsXml { before, after } => {
                    let rows = journey.map(|j| j.summary(wizard)).unwrap_or_default();
                    if !rows.is_empty() {
                        let words: Vec<String> = rows
                            .iter()
                            .map(|r| format!("{} {}", r.question_text, r.answer))
                            .collect();
                        out.push_str(before);
                        out.push_str(&crate::doc::html::escape(&words.join("; ")));
                        out.push_str(after);
                    }
                }
            }
        }
        out
    }
}

/// How a node is named: a question's text, an outcome's title, or its id if it has neither.
pub fn node_text(wizard: &Wizard, id: &str) -> String {
    match wizard.node(id) {
        Some(NodeRef::Question(q)) => q.text.clone(),
        Some(NodeRef::Outcome(o)) => o.title.clone(),
        None => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::engine::{replay, Answers};
    use std::fmt::Write;

    fn template() -> PathTemplate {
        let mut t = PathTemplate::default();
        let _ = write!(t, "<a{}", 1);
        t.when(When::OnPath("sure".into()), " on");
        t.when(When::Current("sure".into()), " here");
        t.when(When::EdgeOnPath("start".into(), "sure".into()), " edge");
        t.when(When::Journey, " journey");
        t.list(
            " [",
            ",",
            vec![
                (When::OnPath("start".into()), "s".into()),
                (When::OnPath("y".into()), "y".into()),
                (When::OnPath("sure".into()), "u".into()),
            ],
            "]",
        );
        t.steps_xml(" (", ")");
        t
    }

    #[test]
    fn without_a_journey_only_the_text_is_written() {
        let w = crate::wizard::testing::two_paths();
        assert_eq!(template().render(&w, None), "<a1");
    }

    #[test]
    fn a_journey_writes_the_parts_its_path_takes() {
        let w = crate::wizard::testing::two_paths();
        let at_start = replay(&w, &Answers::new(), None);
        assert_eq!(template().render(&w, Some(&at_start)), "<a1 journey [s]");
        let answers: Answers = [("start".to_string(), "a".to_string())].into();
        let at_sure = replay(&w, &answers, None);
        assert_eq!(
            template().render(&w, Some(&at_sure)),
            "<a1 on here edge journey [s,u] (Which &lt;one&gt;? A)"
        );
    }

    #[test]
    fn plain_text_is_kept_in_one_part() {
        let mut t = PathTemplate::default();
        let _ = write!(t, "a");
        let _ = write!(t, "b");
        t.when(When::Journey, "c");
        let _ = write!(t, "d");
        assert_eq!(t.0.len(), 3);
    }
}
