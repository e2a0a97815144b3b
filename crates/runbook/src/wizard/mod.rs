//! Decision wizards: flows as data, answered one question at a time.
//!
//! A wizard is a graph of questions and outcomes compiled from `content/wizards/*.toml`
//! ([`compile`], feature `compile`). The browser only deserializes a [`Wizard`] and runs the
//! pure [`engine`]: answers are keyed by question id (they live in the URL, see [`query`]) and
//! the current page is derived by replaying them, as GOV.UK Smart Answers does. Nothing here
//! reads a clock: callers pass "now" in minutes since the Unix epoch (UTC). [`page`] says
//! which page an address shows, and [`view`] what that page holds, as data the site's
//! components draw; [`walk`] is every step on one page, for readers without JavaScript.

#[cfg(feature = "compile")]
pub mod compile;
pub mod datetime;
pub mod diagram;
pub mod engine;
pub mod model;
pub mod page;
pub mod path_template;
pub mod query;
pub mod record;
#[cfg(test)]
mod testing;
pub mod view;
pub mod walk;

pub use engine::{
    answer, back, replay, Answered, Answers, Current, Ignored, IgnoredReason, Journey, NextPage, Step, SummaryRow,
};
pub use model::{
    AnswerForm, AnswerParam, Choice, CommandLink, DataLoss, DateRule, DocLink, NodeRef, Outcome, Question,
    QuestionKind, Serves, Service, Wizard,
};
