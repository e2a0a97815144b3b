//! Every step of a wizard on one page, for a reader without JavaScript: each question and
//! outcome reachable from the first question is a node with an anchor, and each answer is a
//! link to the node it leads to. The site draws it (`src/components/wizard/walk.rs`) and the
//! build writes it at the wizard's own steps address ([`crate::route::Route::WizardSteps`]),
//! so it works from any static host, where a query string is ignored.
//!
//! The one-file runbook holds every wizard's walk too ([`Place::OneFile`]): there each anchor
//! starts with the wizard's prefix ([`crate::one_file`]), so every wizard shares the file
//! with the docs, and its links into the docs, the generators and the other wizards stay
//! inside the file.
//!
//! A date-time question becomes a choice of how long ago ([`date_choices`]), worded from its
//! rules and exact at their boundaries. Nothing here depends on a time the reader answered:
//! what an outcome would say about one (how much data a restore loses, a generator filled in
//! with it) is said without it, or left for the generator to ask.

use super::engine::Step;
use super::model::{CommandLink, DateRule, NodeRef, Outcome, Question, QuestionKind, Wizard};
use super::view::{self, Advice, Link, Places};
use crate::doc::Prose;
use crate::one_file;
use crate::route::Route;

/// Where a walk is shown, which decides its anchors and where its links go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// Its own page on the site served under `root` (`""` or `/runbook`).
    Site { root: &'a str },
    /// Inside the one-file runbook built for a site under `root`, beside the docs, the
    /// generators and every other wizard.
    OneFile { root: &'a str },
}

/// Where the walk is shown, as its drawing needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// On its own page: the wizard's page, one question at a time, is a link away.
    Site,
    /// In the one-file runbook, which opens with no site: the wizard's page is named as the
    /// address it has on the site, not linked, since a link would lead nowhere from the file.
    OneFile,
}

/// A wizard's every step, as the walk page shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkView {
    /// The wizard's id.
    pub wizard: String,
    /// The page's title, for the browser's tab.
    pub title: String,
    /// The wizard's title, the caption above every heading.
    pub caption: String,
    /// The anchor of the first question: "Start again" leads there.
    pub first: String,
    /// The wizard's own page, one question at a time, for readers with JavaScript.
    pub app: String,
    pub shown: Shown,
    /// The level of each step's heading: 1 on its own page, lower in the one file, where
    /// the steps sit under the wizard's title. What a step holds is one level below.
    pub heading_level: u8,
    /// Every node reachable from the first question, once each, the first question first,
    /// then in the order a reader meets them (depth first, answers in authored order).
    pub nodes: Vec<WalkNode>,
}

/// A question or an outcome, with the anchor its section has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkNode {
    /// The id of its section, unique on the page: `question-<id>` or `outcome-<id>`, after
    /// the wizard's prefix in the one file.
    pub anchor: String,
    /// Its place in [`WalkView::nodes`], from 1: on paper, where an answer says to go on.
    pub step: usize,
    pub body: WalkBody,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkBody {
    Question(WalkQuestion),
    Outcome(Box<WalkOutcome>),
}

/// A question: its text (the section's heading), its hint, and where each answer leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkQuestion {
    pub text: String,
    pub hint: Option<String>,
    pub answers: Vec<WalkAnswer>,
}

/// One answer: the link's words and the anchor of the node it leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkAnswer {
    pub label: String,
    pub to: String,
    /// The [`WalkNode::step`] it leads to.
    pub to_step: usize,
}

/// An outcome: its title (the section's heading) and what it advises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkOutcome {
    pub id: String,
    pub title: String,
    pub advice: Advice,
}

/// One way through a wizard: each question's text with the answer chosen, and the outcome
/// reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkPath {
    pub steps: Vec<PathStep>,
    /// The outcome's id.
    pub outcome: String,
    /// The outcome's title, its page's heading.
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathStep {
    /// The question's id.
    pub question: String,
    /// The question's text.
    pub text: String,
    /// The answer's label, as the walk page's link says it.
    pub answer: String,
}

/// A date-time question's answer as a choice: how long ago, within `(more_than, at_most]`
/// minutes (either end open when `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateChoice {
    pub label: String,
    pub more_than: Option<i64>,
    pub at_most: Option<i64>,
    pub next: String,
}

/// The anchor of node `id`'s section on the walk page.
pub fn anchor(wizard: &Wizard, id: &str) -> String {
    match wizard.node(id) {
        Some(NodeRef::Outcome(_)) => format!("outcome-{id}"),
        // A question, or a node the data lacks (compiled wizards have none): its link then
        // leads nowhere rather than to the wrong node.
        _ => format!("question-{id}"),
    }
}

/// Every step of `wizard` for a site under `root` (`""` or `/runbook`). `wizard_title` gives
/// the titles of the other wizards an outcome suggests; each links to its own walk.
pub fn walk(wizard: &Wizard, root: &str, wizard_title: &dyn Fn(&str) -> Option<String>) -> WalkView {
    walk_at(wizard, Place::Site { root }, wizard_title)
}

/// Every step of `wizard` as it is shown at `place`. `wizard_title` gives the titles of the
/// other wizards an outcome suggests; each links to its own walk there.
pub fn walk_at(wizard: &Wizard, place: Place, wizard_title: &dyn Fn(&str) -> Option<String>) -> WalkView {
    let (root, prefix, shown, heading_level) = match place {
        Place::Site { root } => (root, String::new(), Shown::Site, 1),
        Place::OneFile { root } => (
            root,
            one_file::wizard_prefix(&wizard.id),
            Shown::OneFile,
            one_file::WIZARD_STEP_HEADING,
        ),
    };
    let anchor = |id: &str| format!("{prefix}{}", anchor(wizard, id));
    let ids: Vec<String> = reachable(wizard)
        .into_iter()
        .filter(|id| wizard.node(id).is_some())
        .collect();
    let step = |id: &str| ids.iter().position(|n| n == id).map_or(0, |i| i + 1);
    let nodes = ids
        .iter()
        .filter_map(|id| {
            let body = match wizard.node(id)? {
                NodeRef::Question(q) => WalkBody::Question(WalkQuestion {
                    text: q.text.clone(),
                    hint: q.hint.clone(),
                    answers: answers(q)
                        .into_iter()
                        .map(|(label, next)| WalkAnswer {
                            label,
                            to: anchor(&next),
                            to_step: step(&next),
                        })
                        .collect(),
                }),
                NodeRef::Outcome(o) => WalkBody::Outcome(Box::new(WalkOutcome {
                    id: o.id.clone(),
                    title: o.title.clone(),
                    advice: advice(wizard, o, place, &anchor(id), heading_level, wizard_title),
                })),
            };
            Some(WalkNode {
                anchor: anchor(id),
                step: step(id),
                body,
            })
        })
        .collect();
    WalkView {
        wizard: wizard.id.clone(),
        title: format!("Every step: {}", wizard.title),
        caption: wizard.title.clone(),
        first: anchor(&wizard.start),
        app: format!("{root}{}", Route::Wizard(wizard.id.clone()).path()),
        shown,
        heading_level,
        nodes,
    }
}

/// Every way from the first question to an outcome, in the walk's order: what the browser
/// tests walk on the page, and check they arrive where this says.
pub fn paths(wizard: &Wizard) -> Vec<WalkPath> {
    fn go(wizard: &Wizard, id: &str, so_far: &mut Vec<PathStep>, out: &mut Vec<WalkPath>) {
        match wizard.node(id) {
            Some(NodeRef::Outcome(o)) => out.push(WalkPath {
                steps: so_far.clone(),
                outcome: o.id.clone(),
                title: o.title.clone(),
            }),
            // Compiled wizards have no cycles; a hand-made one ends the path rather than loop.
            Some(NodeRef::Question(q)) if !so_far.iter().any(|s| s.question == q.id) => {
                for (label, next) in answers(q) {
                    so_far.push(PathStep {
                        question: q.id.clone(),
                        text: q.text.clone(),
                        answer: label,
                    });
                    go(wizard, &next, so_far, out);
                    so_far.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    go(wizard, &wizard.start, &mut Vec::new(), &mut out);
    out
}

/// Every node reachable from the first question, once each, depth first with the answers in
/// authored order: the order the walk page lists them.
fn reachable(wizard: &Wizard) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut stack = vec![wizard.start.clone()];
    while let Some(id) = stack.pop() {
        if seen.contains(&id) {
            continue;
        }
        if let Some(NodeRef::Question(q)) = wizard.node(&id) {
            // Pushed last first, so the first answer's node comes next.
            stack.extend(answers(q).into_iter().rev().map(|(_, next)| next));
        }
        seen.push(id);
    }
    seen
}

/// A question's answers as the walk offers them, each with the node it leads to.
fn answers(q: &Question) -> Vec<(String, String)> {
    match &q.kind {
        QuestionKind::Choice(options) => options.iter().map(|o| (o.label.clone(), o.next.clone())).collect(),
        QuestionKind::YesNo { yes, no } => vec![("Yes".into(), yes.clone()), ("No".into(), no.clone())],
        QuestionKind::DateTime { rules, otherwise } => date_choices(rules, otherwise)
            .into_iter()
            .map(|c| (c.label, c.next))
            .collect(),
    }
}

/// A date-time question's rules as choices of how long ago, as the engine decides them: the
/// first rule whose age the time is *more than* wins, else `otherwise`. A time exactly a
/// rule's age ago does not match it, so the choice below a rule says "no more than". A rule
/// that an earlier one always wins over (its age is not less than theirs) is never reached,
/// and is left out.
pub fn date_choices(rules: &[DateRule], otherwise: &str) -> Vec<DateChoice> {
    let ago = |minutes: i64| format!("{} ago", super::model::describe_minutes(minutes));
    let mut choices = Vec::new();
    // The least age an earlier rule matches above: a later rule only gets what is at most it.
    let mut at_most: Option<i64> = None;
    for rule in rules {
        let more_than = rule.older_than_minutes;
        if at_most.is_some_and(|m| m <= more_than) {
            continue;
        }
        let label = match at_most {
            None => format!("More than {}", ago(more_than)),
            Some(m) => format!("More than {}, but no more than {}", ago(more_than), ago(m)),
        };
        choices.push(DateChoice {
            label,
            more_than: Some(more_than),
            at_most,
            next: rule.next.clone(),
        });
        at_most = Some(more_than);
    }
    choices.push(DateChoice {
        label: match at_most {
            Some(m) => format!("No more than {}", ago(m)),
            None => "At any time".to_string(),
        },
        more_than: None,
        at_most,
        next: otherwise.to_string(),
    });
    choices
}

/// What `outcome` advises, said without a time answered: the generators get only their
/// fixed values, and a restore says it loses what was written after the time restored to.
/// In the one file its links stay in the file, and its text's headings (its section is
/// `anchor`, its heading at `heading_level`) sit below the step's.
fn advice(
    wizard: &Wizard,
    outcome: &Outcome,
    place: Place,
    anchor: &str,
    heading_level: u8,
    wizard_title: &dyn Fn(&str) -> Option<String>,
) -> Advice {
    let no_answers: &[Step] = &[];
    let data_loss = outcome.loses_data_after.as_deref().map(|question| {
        let text = wizard.question(question).map_or(question, |q| q.text.as_str());
        format!(
            "Everything written after the time you restore to (your answer to “{text}”) will be lost, and more until the service is stopped."
        )
    });
    match place {
        Place::Site { root } => {
            let decide_next = view::decide_next(outcome, wizard_title, |id| {
                format!("{root}{}", Route::WizardSteps(id.to_string()).path())
            });
            view::advice(outcome, root, no_answers, data_loss, decide_next)
        }
        Place::OneFile { .. } => {
            let decide_next = view::decide_next(outcome, wizard_title, |id| format!("#{}", one_file::wizard(id)));
            let doc = |slug: &str, anchor: Option<&str>| format!("#{}", one_file::doc(slug, anchor));
            let command = |link: &CommandLink, values: Vec<(String, String)>| Link {
                href: format!("#{}", one_file::generator(&link.generator)),
                label: with_values(&link.label, &values),
            };
            // The text's `##` is one level below the step's heading, as the advice's own
            // headings are.
            let prose = |p: &Prose| p.in_file(&format!("{anchor}."), heading_level.saturating_sub(1));
            let message = |id: &str| format!("#{}", one_file::message(id));
            view::advice_at(
                outcome,
                no_answers,
                data_loss,
                decide_next,
                &Places {
                    doc: &doc,
                    command: &command,
                    prose: &prose,
                    message: &message,
                },
            )
        }
    }
}

/// A generator's link in the one file, which leads to its template: the values the outcome
/// gives it are said in the words, since the template cannot hold them.
fn with_values(label: &str, values: &[(String, String)]) -> String {
    if values.is_empty() {
        return label.to_string();
    }
    let given: Vec<String> = values.iter().map(|(k, v)| format!("{k} “{v}”")).collect();
    format!("{label}, with {}", given.join(", "))
}

#[cfg(test)]
mod tests {
    use super::super::engine::evaluate;
    use super::super::testing::{choice, outcome, question, restore_time_from, two_paths, DAY, NOW};
    use super::*;
    use crate::wizard::view::Link;
    use std::collections::BTreeSet;

    fn rule(days: i64, next: &str) -> DateRule {
        DateRule {
            older_than_minutes: days * DAY,
            next: next.into(),
        }
    }

    fn labels(rules: &[DateRule]) -> Vec<(String, String)> {
        date_choices(rules, "recent")
            .into_iter()
            .map(|c| (c.label, c.next))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn date_rules_become_choices_worded_from_the_rules() {
        assert_eq!(
            labels(&[rule(7, "old")]),
            pairs(&[("More than 7 days ago", "old"), ("No more than 7 days ago", "recent")])
        );
        assert_eq!(
            labels(&[rule(7, "old"), rule(1, "days")]),
            pairs(&[
                ("More than 7 days ago", "old"),
                ("More than 1 day ago, but no more than 7 days ago", "days"),
                ("No more than 1 day ago", "recent"),
            ])
        );
        // A rule an earlier one always wins over is never reached.
        assert_eq!(
            labels(&[rule(1, "days"), rule(7, "old"), rule(1, "again")]),
            pairs(&[("More than 1 day ago", "days"), ("No more than 1 day ago", "recent")])
        );
        assert_eq!(
            labels(&[
                DateRule {
                    older_than_minutes: 90,
                    next: "hours".into()
                },
                DateRule {
                    older_than_minutes: 60,
                    next: "hour".into()
                }
            ]),
            pairs(&[
                ("More than 90 minutes ago", "hours"),
                ("More than 1 hour ago, but no more than 90 minutes ago", "hour"),
                ("No more than 1 hour ago", "recent")
            ])
        );
        assert_eq!(labels(&[]), pairs(&[("At any time", "recent")]));
    }

    #[test]
    fn each_date_choice_leads_where_the_engine_sends_a_time_in_it_even_at_the_boundaries() {
        let rule_sets = [
            vec![rule(7, "old")],
            vec![rule(7, "old"), rule(1, "days")],
            vec![rule(1, "days"), rule(7, "old")],
            vec![rule(7, "old"), rule(7, "same"), rule(2, "two"), rule(3, "three")],
            vec![],
        ];
        for rules in rule_sets {
            let q = question(
                "when",
                QuestionKind::DateTime {
                    rules: rules.clone(),
                    otherwise: "recent".into(),
                },
            );
            let choices = date_choices(&rules, "recent");
            let mut ages: BTreeSet<i64> = [0, 1, 30 * DAY].into();
            for r in &rules {
                let t = r.older_than_minutes;
                ages.extend([t - 1, t, t + 1]);
            }
            for age in ages.into_iter().filter(|a| *a >= 0) {
                let answer = super::super::datetime::format(NOW - age);
                let engine = evaluate(&q, &answer, Some(NOW)).unwrap().next;
                let holding: Vec<&DateChoice> = choices
                    .iter()
                    .filter(|c| c.more_than.is_none_or(|m| age > m) && c.at_most.is_none_or(|m| age <= m))
                    .collect();
                assert_eq!(
                    holding.len(),
                    1,
                    "{age} minutes ago is in exactly one choice: {choices:?}"
                );
                assert_eq!(holding[0].next, engine, "{age} minutes ago, {rules:?}");
            }
        }
    }

    /// kind: a -> when, b -> sure ; when: older than 7 days -> old, else sure ;
    /// sure: yes -> x, no -> old. `old` restores to `when`, and suggests `next`.
    fn branching() -> Wizard {
        let mut old = outcome("old");
        old.loses_data_after = Some("when".into());
        old.wizards = vec!["next".into(), "unknown".into()];
        old.commands = vec![restore_time_from("when")];
        Wizard {
            start: "kind".into(),
            questions: vec![
                question(
                    "kind",
                    QuestionKind::Choice(vec![choice("a", "when"), choice("b", "sure")]),
                ),
                question(
                    "when",
                    QuestionKind::DateTime {
                        rules: vec![rule(7, "old")],
                        otherwise: "sure".into(),
                    },
                ),
                question(
                    "sure",
                    QuestionKind::YesNo {
                        yes: "x".into(),
                        no: "old".into(),
                    },
                ),
                // Not reachable from the first question: not on the page.
                question(
                    "orphan",
                    QuestionKind::YesNo {
                        yes: "x".into(),
                        no: "x".into(),
                    },
                ),
            ],
            outcomes: vec![outcome("x"), old, outcome("unreached")],
            ..two_paths()
        }
    }

    fn path(steps: &[(&str, &str)], outcome: &str) -> (Vec<(String, String)>, String) {
        (pairs(steps), outcome.to_string())
    }

    #[test]
    fn every_path_is_listed_with_the_answers_as_the_page_words_them() {
        let got: Vec<_> = paths(&branching())
            .into_iter()
            .map(|p| {
                (
                    p.steps.into_iter().map(|s| (s.question, s.answer)).collect::<Vec<_>>(),
                    p.outcome,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                path(&[("kind", "Label a"), ("when", "More than 7 days ago")], "old"),
                path(
                    &[
                        ("kind", "Label a"),
                        ("when", "No more than 7 days ago"),
                        ("sure", "Yes")
                    ],
                    "x"
                ),
                path(
                    &[("kind", "Label a"), ("when", "No more than 7 days ago"), ("sure", "No")],
                    "old"
                ),
                path(&[("kind", "Label b"), ("sure", "Yes")], "x"),
                path(&[("kind", "Label b"), ("sure", "No")], "old"),
            ]
        );
        let two = paths(&two_paths());
        assert_eq!(two.len(), 3);
        assert_eq!(two[0].title, "Outcome x");
        assert_eq!(two[0].steps[0].text, "Which <one>?");
    }

    #[test]
    fn the_walk_holds_each_reachable_node_once_with_unique_anchors_and_answers_that_resolve() {
        let w = branching();
        let title = |id: &str| (id == "next").then(|| "Next wizard".to_string());
        let view = walk(&w, "/r", &title);
        assert_eq!(view.title, "Every step: W & co");
        assert_eq!(view.first, "question-kind");
        assert_eq!(view.app, "/r/wizards/w");
        let anchors: Vec<&str> = view.nodes.iter().map(|n| n.anchor.as_str()).collect();
        assert_eq!(
            anchors,
            [
                "question-kind",
                "question-when",
                "outcome-old",
                "question-sure",
                "outcome-x"
            ]
        );
        let steps: Vec<usize> = view.nodes.iter().map(|n| n.step).collect();
        assert_eq!(steps, [1, 2, 3, 4, 5]);
        let unique: BTreeSet<&str> = anchors.iter().copied().collect();
        assert_eq!(unique.len(), anchors.len());
        for node in &view.nodes {
            if let WalkBody::Question(q) = &node.body {
                for a in &q.answers {
                    assert!(unique.contains(a.to.as_str()), "{} leads to {}", node.anchor, a.to);
                }
            }
        }
        // Every path's outcome is on the page.
        for p in paths(&w) {
            assert!(unique.contains(format!("outcome-{}", p.outcome).as_str()));
        }
        let WalkBody::Question(when) = &view.nodes[1].body else {
            panic!("a question")
        };
        assert_eq!(
            when.answers,
            vec![
                WalkAnswer {
                    label: "More than 7 days ago".into(),
                    to: "outcome-old".into(),
                    to_step: 3
                },
                WalkAnswer {
                    label: "No more than 7 days ago".into(),
                    to: "question-sure".into(),
                    to_step: 4
                },
            ]
        );
        assert_eq!(when.text, "Text when?");
        assert_eq!(when.hint, None, "no form to type a date in, and no time answered");
    }

    #[test]
    fn an_outcome_says_nothing_that_needs_a_time_answered() {
        let w = branching();
        let title = |id: &str| (id == "next").then(|| "Next wizard".to_string());
        let view = walk(&w, "/r", &title);
        let Some(WalkBody::Outcome(old)) = view
            .nodes
            .iter()
            .map(|n| &n.body)
            .find(|b| matches!(b, WalkBody::Outcome(o) if o.id == "old"))
        else {
            panic!("the outcome old")
        };
        assert_eq!(
            old.advice.data_loss.as_deref(),
            Some("Everything written after the time you restore to (your answer to “Text when?”) will be lost, and more until the service is stopped.")
        );
        assert_eq!(
            old.advice.command_links,
            vec![Link {
                href: "/r/commands/restore-timestamp".into(),
                label: "Restore time".into()
            }],
            "the generator asks for the time itself"
        );
        assert_eq!(
            old.advice.decide_next,
            vec![Link {
                href: "/r/wizards/next/steps".into(),
                label: "Next wizard".into()
            }],
            "another wizard is linked at its own walk, and one without a title is left out"
        );
        let Some(WalkBody::Outcome(x)) = view.nodes.last().map(|n| &n.body) else {
            panic!("the outcome x")
        };
        assert_eq!(x.advice.data_loss, None);
    }

    #[test]
    fn in_the_one_file_every_anchor_is_the_wizards_and_every_link_stays_in_the_file() {
        let mut w = branching();
        let old = w.outcomes.iter_mut().find(|o| o.id == "old").unwrap();
        old.links = vec![crate::wizard::model::DocLink {
            slug: "full-restore".into(),
            anchor: Some("steps".into()),
            label: "Full restore".into(),
        }];
        let mut params = crate::collect::SmallMap::new();
        params.insert("mode".to_string(), "enable".to_string());
        old.commands.push(CommandLink {
            generator: "maintenance-mode".into(),
            label: "Maintenance mode".into(),
            params,
            from_answers: vec![],
        });
        let markdown = crate::doc::markdown::parse("## Why\n\nSee [the page](data-loss.md#why).").doc;
        old.body = Prose::render(&markdown, &|_| None);
        let title = |id: &str| (id == "next").then(|| "Next wizard".to_string());
        let view = walk_at(&w, Place::OneFile { root: "/r" }, &title);
        assert_eq!(view.shown, Shown::OneFile);
        assert_eq!(view.heading_level, crate::one_file::WIZARD_STEP_HEADING);
        assert_eq!(view.first, "wizard.w.question-kind");
        assert_eq!(view.app, "/r/wizards/w", "named, for a reader who has the site");
        let site = walk(&w, "/r", &title);
        assert_eq!(site.shown, Shown::Site);
        assert_eq!(site.heading_level, 1);
        // The same steps in the same order, each anchor the site's after the wizard's prefix.
        assert_eq!(view.nodes.len(), site.nodes.len());
        for (in_file, on_site) in view.nodes.iter().zip(&site.nodes) {
            assert_eq!(in_file.anchor, format!("wizard.w.{}", on_site.anchor));
            assert_eq!(in_file.step, on_site.step);
            if let (WalkBody::Question(a), WalkBody::Question(b)) = (&in_file.body, &on_site.body) {
                let to: Vec<String> = b.answers.iter().map(|x| format!("wizard.w.{}", x.to)).collect();
                assert_eq!(a.answers.iter().map(|x| x.to.clone()).collect::<Vec<_>>(), to);
            }
        }
        let Some(WalkBody::Outcome(old)) = view
            .nodes
            .iter()
            .map(|n| &n.body)
            .find(|b| matches!(b, WalkBody::Outcome(o) if o.id == "old"))
        else {
            panic!("the outcome old")
        };
        assert_eq!(
            old.advice.doc_links,
            vec![Link {
                href: "#full-restore--steps".into(),
                label: "Full restore".into()
            }]
        );
        assert_eq!(
            old.advice.command_links,
            vec![
                Link {
                    href: "#generator.restore-timestamp".into(),
                    label: "Restore time".into()
                },
                Link {
                    href: "#generator.maintenance-mode".into(),
                    label: "Maintenance mode, with mode “enable”".into()
                }
            ],
            "each generator's template in the file, with the values the outcome gives it said"
        );
        assert_eq!(
            old.advice.decide_next,
            vec![Link {
                href: "#wizard.next".into(),
                label: "Next wizard".into()
            }]
        );
        assert_eq!(
            old.advice.body_html,
            "<h5 id=\"wizard.w.outcome-old.why\">Why</h5>\n<p>See <a href=\"#data-loss--why\">the page</a>.</p>\n",
            "the text's headings one below the step's, its ids the outcome's, its links in the file"
        );
    }
}
