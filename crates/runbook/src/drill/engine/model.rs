//! A tabletop scenario, as compiled from `content/drills/*.toml`.
//!
//! Everything a drill needs travels with the scenario, including what only the facilitator
//! may see (expected choices, notes). Keeping that from players is the job of
//! [`crate::drill::view`], whose participant type has no field to put it in.

use crate::collect::SmallMap;
use crate::doc::Prose;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    /// One sentence for the list of scenarios.
    pub summary: String,
    pub objectives: Vec<String>,
    /// What everyone is told at the start.
    pub situation: Prose,
    pub roles: Vec<Role>,
    pub injects: Vec<Inject>,
    pub decisions: Vec<Decision>,
    pub facilitator_notes: Prose,
    pub discussion: Vec<String>,
    /// The file it came from, for "edit this scenario".
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "compile", derive(schemars::JsonSchema))]
pub enum Difficulty {
    Introductory,
    Intermediate,
    Advanced,
}

impl Difficulty {
    /// The word on the scenario's tag.
    pub fn label(self) -> &'static str {
        match self {
            Difficulty::Introductory => "Introductory",
            Difficulty::Intermediate => "Intermediate",
            Difficulty::Advanced => "Advanced",
        }
    }
}

/// What the list of drills and a briefing need of every scenario in the browser: the rest of
/// each scenario is static HTML there, and only the drill's own windows carry it whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    pub id: String,
    pub title: String,
}

impl Scenario {
    pub fn listing(&self) -> Listing {
        Listing {
            id: self.id.clone(),
            title: self.title.clone(),
        }
    }
}

/// A part a player takes, with a brief only that player reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub brief: Prose,
}

/// A new piece of information revealed during the drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inject {
    pub id: String,
    pub title: String,
    pub body: Prose,
    pub trigger: Trigger,
    /// Timed injects move by up to this many minutes either way, by the seed.
    pub jitter_minutes: u32,
    /// A complication is in some drills and not others, by the seed.
    pub complication: bool,
    /// Commands shown with the inject, rendered by the command generators at build time and
    /// marked `# DRILL: do not run` (see [`crate::drill::marker`]).
    pub commands: Vec<CommandRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trigger {
    /// At a simulated time offset from the start.
    AtMinute(u32),
    /// As soon as a decision is made (with a given option, if one is named).
    OnDecision { decision: String, option: Option<String> },
    /// When a decision's deadline passes without it having been made.
    NoDecisionBy(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommandRef {
    pub generator: String,
    pub params: SmallMap<String, String>,
    /// The command as the drill shows it, rendered and marked by the build
    /// ([`crate::drill::marker::dated_command`]): only today's date is left to the browser.
    pub text: crate::command::dated::DatedText,
}

/// A choice the players must make, scored against the runbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: String,
    pub prompt: String,
    pub opens: Opens,
    /// Simulated minutes from opening to the deadline.
    pub deadline_minutes: u32,
    pub options: Vec<DecisionOption>,
    /// The option the runbook says to take.
    pub expected: String,
    /// The section of the runbook that says so (`slug#anchor`).
    pub runbook: String,
    /// How a link to that section reads: "Page title: Section heading" (the build's).
    pub runbook_title: String,
    /// Why, for the facilitator and the report.
    pub why: Prose,
    /// A wrong choice (or none by the end) is a critical miss.
    pub critical: bool,
    /// A wizard that helps with this choice in real life.
    pub wizard: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Opens {
    AtMinute(u32),
    /// When the inject is revealed.
    WithInject(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionOption {
    pub id: String,
    pub label: String,
}

impl Scenario {
    pub fn inject(&self, id: &str) -> Option<&Inject> {
        self.injects.iter().find(|i| i.id == id)
    }

    pub fn decision(&self, id: &str) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }
}

impl Decision {
    /// The runbook reference split into page slug and section anchor.
    pub fn runbook_ref(&self) -> (&str, Option<&str>) {
        split_ref(&self.runbook)
    }
    pub fn option(&self, id: &str) -> Option<&DecisionOption> {
        self.options.iter().find(|o| o.id == id)
    }
}

/// Splits a checked `slug#anchor` reference (as in [`Decision::runbook`]) for linking.
pub fn split_ref(reference: &str) -> (&str, Option<&str>) {
    match reference.split_once('#') {
        Some((slug, anchor)) => (slug, Some(anchor)),
        None => (reference, None),
    }
}

#[cfg(test)]
mod tests {
    use super::split_ref;

    #[test]
    fn references_split_into_page_and_section() {
        assert_eq!(split_ref("full-restore#steps"), ("full-restore", Some("steps")));
        assert_eq!(split_ref("full-restore"), ("full-restore", None));
    }
}
