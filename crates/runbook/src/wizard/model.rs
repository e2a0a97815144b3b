//! The compiled shape of a wizard: what the site embeds and the engine walks.
//!
//! Every id a node refers to was checked at build time, but the engine still treats a
//! missing node as a value rather than a panic: the model arrives as JSON in the browser.

use super::datetime;
use super::engine::Step;
use crate::collect::SmallMap;
use crate::doc::Prose;
use serde::{Deserialize, Serialize};

/// A decision wizard: questions that lead, by the answers given, to one outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Wizard {
    /// From the file name: `content/wizards/lost-data.toml` is `lost-data`.
    pub id: String,
    pub title: String,
    /// One sentence for the start page and the list of wizards.
    pub summary: String,
    /// The id of the first question.
    pub start: String,
    pub questions: Vec<Question>,
    pub outcomes: Vec<Outcome>,
    /// The file it came from, for "edit this wizard".
    pub source: String,
    /// Whether the home page leads with this wizard: "Something is broken? Start here".
    #[serde(default)]
    pub start_here: bool,
    /// The runbook pages this wizard decides for: each links here from a "Decide and act"
    /// box near its top, with the command generators that act on it.
    #[serde(default)]
    pub serves: Vec<Serves>,
}

/// A runbook page a wizard decides for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Serves {
    /// The page's slug.
    pub page: String,
    /// Answers the page already gives (its scenario), so the link skips those questions.
    #[serde(default)]
    pub answers: SmallMap<String, String>,
    /// The ids of the command generators that act on the page's scenario.
    #[serde(default)]
    pub commands: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Question {
    /// Also the query-string key its answer is stored under.
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    pub kind: QuestionKind,
    /// An earlier date-time question: this one's page says how long ago that answer was.
    #[serde(default)]
    pub since: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Pick one of several options (radios).
    Choice(Vec<Choice>),
    /// Answered `yes` or `no`.
    YesNo { yes: String, no: String },
    /// A UTC date and time, compared with "now": the first rule that matches decides,
    /// otherwise `otherwise`.
    DateTime { rules: Vec<DateRule>, otherwise: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Choice {
    /// What goes in the URL: short, lowercase, hyphenated.
    pub value: String,
    pub label: String,
    pub next: String,
}

/// "If the time given is more than this long before now, go to `next`."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct DateRule {
    pub older_than_minutes: i64,
    pub next: String,
}

/// Whether an outcome says to stop the service or keep it running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    /// Stop users reaching the service: maintenance mode.
    Stop,
    KeepRunning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Outcome {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub service: Option<Service>,
    pub body: Prose,
    /// Next steps, shown as a checklist: each as plain text, since a checkbox's label holds
    /// no links or code (the Markdown's formatting is dropped).
    #[serde(default)]
    pub steps: Vec<String>,
    /// Who to tell, and why.
    #[serde(default)]
    pub contacts: Vec<Prose>,
    /// The messages for the scenarios its links name (`message::for_pages`), each an id and
    /// title: not written in the wizard's file, but found by the build once the messages are
    /// compiled (`bundle`).
    #[serde(default)]
    pub messages: Vec<crate::drill::model::Listing>,
    #[serde(default)]
    pub links: Vec<DocLink>,
    #[serde(default)]
    pub commands: Vec<CommandLink>,
    /// Other wizards worth running next.
    #[serde(default)]
    pub wizards: Vec<String>,
    /// The date-time question whose answer is the time this outcome restores the database
    /// to: everything written after it is lost, and the page says how much that is.
    #[serde(default)]
    pub loses_data_after: Option<String>,
}

/// A link to a section of a runbook page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct DocLink {
    pub slug: String,
    #[serde(default)]
    pub anchor: Option<String>,
    pub label: String,
}

/// A link to a command generator with some parameters already filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct CommandLink {
    pub generator: String,
    pub label: String,
    #[serde(default)]
    pub params: SmallMap<String, String>,
    /// Parameters filled from the wizard's answers, so the generator does not ask again.
    #[serde(default)]
    pub from_answers: Vec<AnswerParam>,
}

/// A generator's parameter filled from the answer to a question, in the generator's form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct AnswerParam {
    pub param: String,
    pub question: String,
    pub form: AnswerForm,
}

/// How an answer is written into a generator's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerForm {
    /// The answer as the address holds it: an option's value, `yes` or `no`.
    AsGiven,
    /// A date-time answer for a date-time field: `2026-05-22 14:30` (UTC, no offset).
    DateTime,
    /// A date-time answer for a date field: `2026-05-22`.
    Date,
}

/// A node looked up by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeRef<'a> {
    Question(&'a Question),
    Outcome(&'a Outcome),
}

impl Wizard {
    pub fn node(&self, id: &str) -> Option<NodeRef<'_>> {
        self.question(id)
            .map(NodeRef::Question)
            .or_else(|| self.outcome(id).map(NodeRef::Outcome))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.id == id)
    }
}

impl Question {
    /// Where the question can lead, with the answer that leads there, in authored order.
    pub fn exits(&self) -> Vec<(String, &str)> {
        match &self.kind {
            QuestionKind::Choice(options) => options.iter().map(|o| (o.label.clone(), o.next.as_str())).collect(),
            QuestionKind::YesNo { yes, no } => {
                vec![("Yes".into(), yes.as_str()), ("No".into(), no.as_str())]
            }
            QuestionKind::DateTime { rules, otherwise } => rules
                .iter()
                .map(|r| {
                    (
                        format!("More than {} ago", describe_minutes(r.older_than_minutes)),
                        r.next.as_str(),
                    )
                })
                .chain(std::iter::once(("Otherwise".to_string(), otherwise.as_str())))
                .collect(),
        }
    }
}

impl CommandLink {
    /// The values the link fills in: its fixed ones, then those the journey's answers give.
    /// An answer the journey does not hold (or cannot read) is left for the reader to type.
    pub fn values(&self, steps: &[Step]) -> SmallMap<String, String> {
        let mut values = self.params.clone();
        for a in &self.from_answers {
            let Some(step) = steps.iter().find(|s| s.question == a.question) else {
                continue;
            };
            let value = match a.form {
                AnswerForm::AsGiven => Some(step.answer.clone()),
                AnswerForm::DateTime => datetime::parse(&step.answer)
                    .ok()
                    .map(|m| datetime::format(m).replace('T', " ")),
                AnswerForm::Date => datetime::parse(&step.answer)
                    .ok()
                    .and_then(|m| datetime::format(m).split('T').next().map(str::to_string)),
            };
            if let Some(v) = value {
                values.insert(a.param.clone(), v);
            }
        }
        values
    }
}

/// What a restore to an earlier time costs: the new data written since, as of now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataLoss {
    /// The restore time, for people: `22 May 2026, 14:30 UTC`.
    pub after: String,
    /// Now, the same way.
    pub now: String,
    /// How long that is: `about 22 hours`.
    pub elapsed: String,
}

impl Outcome {
    /// What this outcome's restore loses, from the journey's answer to
    /// [`Outcome::loses_data_after`] and `now` (minutes since the Unix epoch, UTC).
    pub fn data_loss(&self, steps: &[Step], now: i64) -> Option<DataLoss> {
        let question = self.loses_data_after.as_deref()?;
        let step = steps.iter().find(|s| s.question == question)?;
        let after = datetime::parse(&step.answer).ok()?;
        Some(DataLoss {
            after: datetime::label(after),
            now: datetime::label(now),
            elapsed: datetime::describe_elapsed(now - after),
        })
    }
}

impl Question {
    /// How long ago the answer to [`Question::since`] was, as of `now`, for the hint:
    /// "You answered “When was the data lost?” with 21 May 2026, 14:05 UTC: about 22 hours ago."
    pub fn since_note(&self, wizard: &Wizard, steps: &[Step], now: i64) -> Option<String> {
        let id = self.since.as_deref()?;
        let step = steps.iter().find(|s| s.question == id)?;
        let then = datetime::parse(&step.answer).ok()?;
        let text = wizard.question(id).map_or(id, |q| q.text.as_str());
        Some(format!(
            "You answered “{text}” with {}: {} ago.",
            datetime::label(then),
            datetime::describe_elapsed(now - then)
        ))
    }
}

impl DocLink {
    /// The reference as authored: `slug` or `slug#anchor`.
    pub fn reference(&self) -> String {
        match &self.anchor {
            Some(a) => format!("{}#{a}", self.slug),
            None => self.slug.clone(),
        }
    }
}

/// "7 days", "1 hour", "90 minutes": for edge labels and messages.
pub fn describe_minutes(minutes: i64) -> String {
    let plural = |n: i64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    if minutes % (24 * 60) == 0 {
        plural(minutes / (24 * 60), "day")
    } else if minutes % 60 == 0 {
        plural(minutes / 60, "hour")
    } else {
        plural(minutes, "minute")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_durations_in_the_largest_whole_unit() {
        let check = |m, expected: &str| assert_eq!(describe_minutes(m), expected);
        check(7 * 24 * 60, "7 days");
        check(24 * 60, "1 day");
        check(120, "2 hours");
        check(90, "90 minutes");
    }

    #[test]
    fn doc_link_reference() {
        let link = |anchor: Option<&str>| DocLink {
            slug: "data-loss".into(),
            anchor: anchor.map(Into::into),
            label: String::new(),
        };
        assert_eq!(link(None).reference(), "data-loss");
        assert_eq!(link(Some("actions")).reference(), "data-loss#actions");
    }
}
