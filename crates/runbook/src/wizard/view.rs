//! What a wizard's page shows, as data: the site's components draw it
//! (`src/components/wizard/`), at build time for the first question and in the browser
//! after each answer. Everything here is decided text and addresses; nothing is markup, so
//! nothing needs escaping until the components write it.
//!
//! The page is a function of its address ([`super::page::screen`]): [`page`] turns that
//! screen into a [`WizardView`].

use super::diagram::Drawing;
use super::engine::{Current, Journey, Step};
use super::model::{CommandLink, DataLoss, Outcome, Question, QuestionKind, Service, Wizard};
use super::page::{change_query, view_query, Back, Page, Screen};
use super::query::{self, View};
use super::{datetime, record};
use crate::address;
use crate::doc::Prose;
use crate::route::Route;

/// How a date-time question shows the form to type its answer in. The field is text, not the
/// browser's `datetime-local` picker, which shows the reader's local format and zone while
/// the question asks for UTC.
pub const DATETIME_EXAMPLE: &str = "For example, 2026-05-22 14:30.";

/// What a page cannot show, when the wizard's data is inconsistent.
pub const BROKEN: &str = "This wizard cannot continue";

/// What the page knows beyond the wizard and its address.
pub struct Context<'a> {
    /// The site's root: `""`, or a sub-path such as `/runbook`.
    pub root: &'a str,
    /// The site's origin (`https://host:port`), for the link in a decision record.
    pub origin: &'a str,
    /// Now, in minutes since the Unix epoch (UTC): the decision record's time, and how long
    /// ago an answered time was.
    pub now: i64,
    /// The title of another wizard an outcome suggests, if this page has it.
    pub wizard_title: &'a dyn Fn(&str) -> Option<String>,
    /// The wizard's whole tree, when this page has it (only the tree's own address asks).
    pub drawing: Option<&'a Drawing>,
}

/// One wizard page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WizardView {
    /// The wizard's id.
    pub wizard: String,
    /// The page's title, for the browser's tab and history.
    pub title: String,
    /// The wizard's title, the caption above every heading.
    pub caption: String,
    /// Where the Back link goes.
    pub back: String,
    /// Sentences about parts of the address that were ignored.
    pub notices: Vec<String>,
    pub body: Body,
}

/// What the page is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Question(QuestionView),
    Check(CheckView),
    Outcome(Box<OutcomeView>),
    Tree(TreeView),
    /// Only hand-edited data gets here: compiled wizards are checked for missing nodes.
    Broken(BrokenView),
}

/// A link's address and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: String,
    pub label: String,
}

/// A GOV.UK question page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionView {
    /// The question's id: the form field's name, so the form's own submission is the wizard's
    /// next address.
    pub id: String,
    /// The question, the page's heading.
    pub text: String,
    /// The hint: the question's own, the form a date is typed in, how long ago an earlier
    /// answer was.
    pub hint: Option<String>,
    /// Why the answer given was refused.
    pub error: Option<String>,
    /// The id of the control the error summary links to and focus goes to.
    pub field: String,
    pub control: Control,
    /// The answers so far, sent along with the form's own submission.
    pub carried: Vec<(String, String)>,
    /// The whole tree, from here.
    pub tree: String,
    /// The first question, with no answers.
    pub start: String,
}

/// How a question is answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    /// One of several; yes and no sit side by side (`inline`).
    Radios { inline: bool, options: Vec<RadioOption> },
    /// A date and time typed in UTC, pre-filled with `value`.
    DateTime { value: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RadioOption {
    pub id: String,
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// One answer, with the address that changes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    /// The question's id.
    pub question: String,
    pub text: String,
    pub answer: String,
    pub change: String,
}

/// "Check your answers".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckView {
    pub rows: Vec<AnswerRow>,
    /// Whether the answers reach an outcome (else there are more questions).
    pub done: bool,
    /// Where the button goes: the next question or the decision.
    pub next: String,
    pub tree: String,
    pub start: String,
}

/// What to do about the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceAdvice {
    Stop,
    KeepRunning,
    /// The outcome does not say.
    Unsaid,
}

/// The journey's outcome: what it advises, the answers that led to it, and the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeView {
    pub id: String,
    pub title: String,
    pub advice: Advice,
    pub rows: Vec<AnswerRow>,
    /// The answers, the outcome and the time, as Markdown for the incident channel.
    pub record: String,
    pub check: String,
    pub tree: String,
    pub start: String,
}

/// What an outcome advises: what to do about the service, what the restore loses, why, the
/// next steps as a checklist, where the runbook says more, commands, who to tell and what to
/// decide next. A journey's outcome page and the walk through every step (`super::walk`)
/// both show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub service: ServiceAdvice,
    /// What a restore to the time answered loses ([`data_loss_sentence`]), or, where no time
    /// was answered, that it loses what was written after it.
    pub data_loss: Option<String>,
    /// The outcome's text, rendered by the build (`doc::prose`) for this site's root.
    pub body_html: String,
    pub steps: Vec<String>,
    pub doc_links: Vec<Link>,
    /// Generators, each with every value the answers give it.
    pub command_links: Vec<Link>,
    /// Who to tell, each rendered by the build as `body_html` is.
    pub contacts_html: Vec<String>,
    /// The messages ready for them: those of the scenarios the outcome's links name.
    pub message_links: Vec<Link>,
    /// The wizards to go on to that this page has the titles of.
    pub decide_next: Vec<Link>,
}

/// The whole tree, with the journey marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeView {
    /// The diagram (SVG our own core drew from compiled content, every text XML-escaped)
    /// and its Mermaid and Graphviz text; `None` when the page was not loaded with it.
    pub drawn: Option<DrawnTree>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawnTree {
    pub svg: String,
    pub exports: Vec<TreeExport>,
}

/// The tree as text another tool draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeExport {
    /// Its heading's id: `mermaid` or `graphviz`.
    pub id: &'static str,
    pub title: &'static str,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenView {
    /// The question or outcome the data names but lacks.
    pub node: String,
    pub start: String,
    pub home: String,
}

/// A wizard's address with a query string (`""` or starting with `?`).
pub fn wizard_href(root: &str, id: &str, query: &str) -> String {
    format!("{root}{}{query}", Route::Wizard(id.to_string()).path())
}

/// The page for `screen`.
pub fn page(wizard: &Wizard, screen: &Screen, cx: &Context) -> WizardView {
    let here = |q: &str| wizard_href(cx.root, &wizard.id, q);
    let back = match &screen.back {
        Back::List => format!("{}{}", cx.root, Route::Wizards.path()),
        Back::Query(q) => here(q),
    };
    let body = match &screen.page {
        Page::Question {
            question, error, value, ..
        } => match wizard.question(question) {
            Some(q) => Body::Question(question_view(wizard, q, screen, value.as_deref(), error.clone(), cx)),
            None => broken(wizard, question, cx),
        },
        Page::Check => Body::Check(check_view(wizard, &screen.journey, cx)),
        Page::Outcome(o) => match wizard.outcome(o) {
            Some(outcome) => Body::Outcome(Box::new(outcome_view(wizard, outcome, &screen.journey, cx))),
            None => broken(wizard, o, cx),
        },
        Page::Tree => Body::Tree(TreeView {
            drawn: cx.drawing.map(|drawing| DrawnTree {
                svg: drawing.svg.render(wizard, Some(&screen.journey)),
                exports: vec![
                    TreeExport {
                        id: "mermaid",
                        title: "Mermaid",
                        text: drawing.mermaid.render(wizard, Some(&screen.journey)),
                    },
                    TreeExport {
                        id: "graphviz",
                        title: "Graphviz",
                        text: drawing.graphviz.render(wizard, Some(&screen.journey)),
                    },
                ],
            }),
        }),
        Page::Broken { node } => broken(wizard, node, cx),
    };
    WizardView {
        wizard: wizard.id.clone(),
        title: title(wizard, screen),
        caption: wizard.title.clone(),
        back,
        notices: screen.notices.clone(),
        body,
    }
}

/// The page's title, for the browser's tab and history.
pub fn title(wizard: &Wizard, screen: &Screen) -> String {
    match &screen.page {
        Page::Question { question, error, .. } => match wizard.question(question) {
            Some(q) if error.is_some() => format!("Error: {}", q.text),
            Some(q) => q.text.clone(),
            None => BROKEN.to_string(),
        },
        Page::Check => format!("Check your answers: {}", wizard.title),
        Page::Outcome(o) => wizard
            .outcome(o)
            .map_or_else(|| BROKEN.to_string(), |o| o.title.clone()),
        Page::Tree => format!("The whole decision tree: {}", wizard.title),
        Page::Broken { .. } => BROKEN.to_string(),
    }
}

/// The id of a question's control: the error summary links to it, and it takes focus.
pub fn field_id(question: &Question) -> String {
    match question.kind {
        QuestionKind::DateTime { .. } => format!("{}-input", question.id),
        _ => format!("{}-0", question.id),
    }
}

fn question_view(
    wizard: &Wizard,
    q: &Question,
    screen: &Screen,
    value: Option<&str>,
    error: Option<String>,
    cx: &Context,
) -> QuestionView {
    let is_date = matches!(q.kind, QuestionKind::DateTime { .. });
    // A date-time input only accepts a well-formed value; anything else starts empty.
    let initial = value.filter(|v| !is_date || datetime::parse(v).is_ok()).unwrap_or("");
    // A date and time is typed, so its hint always shows the form to type it in; and how long
    // ago an earlier answer was, where the question turns on it.
    let hint = [
        q.hint.clone(),
        is_date.then(|| DATETIME_EXAMPLE.to_string()),
        q.since_note(wizard, &screen.journey.steps, cx.now),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let control = match &q.kind {
        QuestionKind::DateTime { .. } => Control::DateTime {
            value: initial.to_string(),
        },
        kind => {
            let options: Vec<(&str, &str)> = match kind {
                QuestionKind::Choice(options) => options.iter().map(|o| (o.value.as_str(), o.label.as_str())).collect(),
                _ => vec![("yes", "Yes"), ("no", "No")],
            };
            Control::Radios {
                inline: matches!(kind, QuestionKind::YesNo { .. }),
                options: options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (value, label))| RadioOption {
                        id: format!("{}-{i}", q.id),
                        value: value.to_string(),
                        label: label.to_string(),
                        checked: value == initial,
                    })
                    .collect(),
            }
        }
    };
    let carried = screen
        .journey
        .path_answers()
        .into_iter()
        .filter(|(question, _)| *question != q.id)
        .collect();
    QuestionView {
        id: q.id.clone(),
        text: q.text.clone(),
        hint: (!hint.is_empty()).then_some(hint),
        error,
        field: field_id(q),
        control,
        carried,
        tree: wizard_href(
            cx.root,
            &wizard.id,
            &query::build(wizard, &screen.answers, screen.change.as_deref(), Some(View::Tree)),
        ),
        start: wizard_href(cx.root, &wizard.id, ""),
    }
}

/// The answers so far, each with the address that changes it.
fn rows(wizard: &Wizard, journey: &Journey, cx: &Context) -> Vec<AnswerRow> {
    journey
        .summary(wizard)
        .into_iter()
        .map(|row| AnswerRow {
            change: wizard_href(cx.root, &wizard.id, &change_query(wizard, journey, &row.question)),
            question: row.question,
            text: row.question_text,
            answer: row.answer,
        })
        .collect()
}

fn check_view(wizard: &Wizard, journey: &Journey, cx: &Context) -> CheckView {
    CheckView {
        rows: rows(wizard, journey, cx),
        done: matches!(journey.current, Current::Outcome(_)),
        next: wizard_href(cx.root, &wizard.id, &view_query(wizard, journey, None)),
        tree: wizard_href(cx.root, &wizard.id, &view_query(wizard, journey, Some(View::Tree))),
        start: wizard_href(cx.root, &wizard.id, ""),
    }
}

fn outcome_view(wizard: &Wizard, outcome: &Outcome, journey: &Journey, cx: &Context) -> OutcomeView {
    let link = format!(
        "{}{}",
        cx.origin,
        wizard_href(cx.root, &wizard.id, &view_query(wizard, journey, None))
    );
    let data_loss = outcome
        .data_loss(&journey.steps, cx.now)
        .map(|l| data_loss_sentence(&l));
    let decide_next = decide_next(outcome, cx.wizard_title, |id| wizard_href(cx.root, id, ""));
    OutcomeView {
        id: outcome.id.clone(),
        title: outcome.title.clone(),
        advice: advice(outcome, cx.root, &journey.steps, data_loss, decide_next),
        rows: rows(wizard, journey, cx),
        record: record::markdown(wizard, journey, cx.now, Some(&link)),
        check: wizard_href(cx.root, &wizard.id, &view_query(wizard, journey, Some(View::Check))),
        tree: wizard_href(cx.root, &wizard.id, &view_query(wizard, journey, Some(View::Tree))),
        start: wizard_href(cx.root, &wizard.id, ""),
    }
}

/// What `outcome` advises on a site under `root`: its generators filled with what the
/// answers in `steps` give them, with the data-loss sentence and the wizards to decide next
/// the caller worked out.
pub(crate) fn advice(
    outcome: &Outcome,
    root: &str,
    steps: &[Step],
    data_loss: Option<String>,
    decide_next: Vec<Link>,
) -> Advice {
    let doc = |slug: &str, anchor: Option<&str>| {
        let path = format!("{root}{}", Route::Doc(slug.to_string()).path());
        match anchor {
            Some(a) => format!("{path}#{a}"),
            None => path,
        }
    };
    let command = |link: &CommandLink, values: Vec<(String, String)>| {
        let path = format!("{root}{}", Route::Command(link.generator.clone()).path());
        Link {
            href: format!(
                "{path}{}",
                address::query(values.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            ),
            label: link.label.clone(),
        }
    };
    let prose = |p: &Prose| p.html(root);
    let message = |id: &str| format!("{root}{}", Route::Message(id.to_string()).path());
    advice_at(
        outcome,
        steps,
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

/// A generator's values, by parameter name.
pub(crate) type Values = Vec<(String, String)>;

/// Where an outcome's links go and how its text is rendered: on the site ([`advice`]), or
/// inside the one-file runbook (`super::walk`).
pub(crate) struct Places<'a> {
    /// A doc page, or a section of it.
    pub doc: &'a dyn Fn(&str, Option<&str>) -> String,
    /// A generator, with the values the outcome and the answers give it.
    pub command: &'a dyn Fn(&CommandLink, Values) -> Link,
    pub prose: &'a dyn Fn(&Prose) -> String,
    /// A message's page (or its draft in the file), by id.
    pub message: &'a dyn Fn(&str) -> String,
}

/// What `outcome` advises, its links and text as `places` puts them.
pub(crate) fn advice_at(
    outcome: &Outcome,
    steps: &[Step],
    data_loss: Option<String>,
    decide_next: Vec<Link>,
    places: &Places,
) -> Advice {
    Advice {
        service: match outcome.service {
            Some(Service::Stop) => ServiceAdvice::Stop,
            Some(Service::KeepRunning) => ServiceAdvice::KeepRunning,
            None => ServiceAdvice::Unsaid,
        },
        data_loss,
        body_html: (places.prose)(&outcome.body),
        steps: outcome.steps.clone(),
        doc_links: outcome
            .links
            .iter()
            .map(|l| Link {
                href: (places.doc)(&l.slug, l.anchor.as_deref()),
                label: l.label.clone(),
            })
            .collect(),
        command_links: outcome
            .commands
            .iter()
            .map(|c| (places.command)(c, c.values(steps).into_iter().collect()))
            .collect(),
        contacts_html: outcome.contacts.iter().map(|c| (places.prose)(c)).collect(),
        message_links: outcome
            .messages
            .iter()
            .map(|m| Link {
                href: (places.message)(&m.id),
                label: m.title.clone(),
            })
            .collect(),
        decide_next,
    }
}

/// The wizards `outcome` suggests that this page has the titles of, each linked by `href`.
pub(crate) fn decide_next(
    outcome: &Outcome,
    wizard_title: &dyn Fn(&str) -> Option<String>,
    href: impl Fn(&str) -> String,
) -> Vec<Link> {
    outcome
        .wizards
        .iter()
        .filter_map(|id| wizard_title(id).map(|label| Link { href: href(id), label }))
        .collect()
}

/// What a restore to the time given costs, as the outcome and the decision record say it.
pub fn data_loss_sentence(loss: &DataLoss) -> String {
    format!(
        "Everything written after {}, the time you gave, will be lost: {} of new data as of now ({}), and more until the service is stopped.",
        loss.after, loss.elapsed, loss.now
    )
}

fn broken(wizard: &Wizard, node: &str, cx: &Context) -> Body {
    Body::Broken(BrokenView {
        node: node.to_string(),
        start: wizard_href(cx.root, &wizard.id, ""),
        home: format!("{}{}", cx.root, Route::Home.path()),
    })
}

#[cfg(test)]
mod tests {
    use super::super::model::DocLink;
    use super::super::page::screen;
    use super::super::testing::{outcome, question, restore_time_from, two_paths, NOW};
    use super::*;
    use crate::collect::SmallMap;

    fn draw(wizard: &Wizard, query: &str, with: impl FnOnce(&mut Screen)) -> WizardView {
        let mut s = screen(wizard, query, Some(NOW));
        with(&mut s);
        let title = |id: &str| (id == "next").then(|| "Next <wizard>".to_string());
        let cx = Context {
            root: "/r",
            origin: "https://runbook.example",
            now: NOW,
            wizard_title: &title,
            drawing: None,
        };
        page(wizard, &s, &cx)
    }

    fn question_of(view: &WizardView) -> &QuestionView {
        match &view.body {
            Body::Question(q) => q,
            other => panic!("not a question: {other:?}"),
        }
    }

    #[test]
    fn a_question_page_names_its_question_options_and_links() {
        let w = two_paths();
        let view = draw(&w, "", |_| {});
        assert_eq!(view.title, "Which <one>?");
        assert_eq!(view.caption, "W & co");
        assert_eq!(view.back, "/r/wizards", "the first question goes back to the list");
        let q = question_of(&view);
        assert_eq!(q.id, "start");
        assert_eq!(q.field, "start-0");
        assert_eq!(q.error, None);
        assert!(q.carried.is_empty());
        let Control::Radios { inline, options } = &q.control else {
            panic!("a choice is radios")
        };
        assert!(!inline);
        assert_eq!(
            options[1],
            RadioOption {
                id: "start-1".into(),
                value: "b".into(),
                label: "B \"quoted\"".into(),
                checked: false
            }
        );
        assert_eq!(q.tree, "/r/wizards/w?view=tree");
        assert_eq!(q.start, "/r/wizards/w");
    }

    #[test]
    fn a_refused_answer_keeps_the_value_and_says_why() {
        let w = two_paths();
        let view = draw(&w, "?start=a", |s| {
            if let Page::Question { value, error, .. } = &mut s.page {
                *value = Some("no".into());
                *error = Some("Select yes or no".into());
            }
        });
        assert_eq!(view.title, "Error: Sure?");
        assert_eq!(view.back, "/r/wizards/w", "Back goes to the first question");
        let q = question_of(&view);
        assert_eq!(q.error.as_deref(), Some("Select yes or no"));
        assert_eq!(q.carried, vec![("start".to_string(), "a".to_string())]);
        let Control::Radios { inline, options } = &q.control else {
            panic!("yes or no is radios")
        };
        assert!(inline, "yes and no sit side by side");
        assert!(options.iter().any(|o| o.value == "no" && o.checked));
        assert!(!options.iter().any(|o| o.value == "yes" && o.checked));
    }

    #[test]
    fn check_answers_lists_each_answer_with_a_way_to_change_it() {
        let w = two_paths();
        let view = draw(&w, "?start=a&view=check", |_| {});
        assert_eq!(view.title, "Check your answers: W & co");
        let Body::Check(check) = &view.body else {
            panic!("check answers")
        };
        assert_eq!(check.rows.len(), 1);
        assert_eq!(check.rows[0].text, "Which <one>?");
        assert_eq!(check.rows[0].answer, "A");
        assert_eq!(check.rows[0].change, "/r/wizards/w?start=a&change=start");
        assert!(!check.done, "there are more questions");
        assert_eq!(check.next, "/r/wizards/w?start=a");
    }

    #[test]
    fn an_outcome_says_what_to_do_and_records_the_decision() {
        let mut w = two_paths();
        let y = w.outcomes.iter_mut().find(|o| o.id == "y").unwrap();
        y.service = Some(Service::Stop);
        y.steps = vec!["Turn on <maintenance>".into()];
        y.links = vec![DocLink {
            slug: "full-restore".into(),
            anchor: Some("steps".into()),
            label: "Full restore".into(),
        }];
        let mut params = SmallMap::new();
        params.insert("env".to_string(), "a b".to_string());
        y.commands = vec![CommandLink {
            generator: "konduit".into(),
            label: "Connect".into(),
            params,
            from_answers: vec![],
        }];
        y.wizards = vec!["next".into(), "gone".into()];
        let view = draw(&w, "?start=b", |_| {});
        assert_eq!(view.title, "Outcome y");
        let Body::Outcome(o) = &view.body else {
            panic!("an outcome")
        };
        assert_eq!(o.advice.service, ServiceAdvice::Stop);
        assert_eq!(o.advice.steps, vec!["Turn on <maintenance>".to_string()]);
        assert_eq!(o.advice.doc_links[0].href, "/r/docs/full-restore#steps");
        assert_eq!(o.advice.command_links[0].href, "/r/commands/konduit?env=a%20b");
        assert_eq!(
            o.advice.decide_next,
            vec![Link {
                href: "/r/wizards/next".into(),
                label: "Next <wizard>".into()
            }],
            "a wizard this page has no title for is left out"
        );
        assert!(o.record.starts_with("**Decision: W & co**"), "{}", o.record);
        assert!(o.record.contains("https://runbook.example/r/wizards/w?start=b"));
        assert_eq!(o.check, "/r/wizards/w?start=b&view=check");
    }

    /// when (a date) -> sure (yes/no, counting from `when`) -> x, which restores to `when`.
    fn restore_to_when() -> Wizard {
        let mut x = outcome("x");
        x.loses_data_after = Some("when".into());
        x.commands = vec![restore_time_from("when")];
        let mut sure = question(
            "sure",
            QuestionKind::YesNo {
                yes: "x".into(),
                no: "x".into(),
            },
        );
        sure.since = Some("when".into());
        Wizard {
            start: "when".into(),
            questions: vec![
                question(
                    "when",
                    QuestionKind::DateTime {
                        rules: vec![],
                        otherwise: "sure".into(),
                    },
                ),
                sure,
            ],
            outcomes: vec![x],
            ..two_paths()
        }
    }

    #[test]
    fn a_date_question_shows_how_to_type_it_and_keeps_only_a_well_formed_value() {
        let w = restore_to_when();
        let view = draw(&w, "?when=yesterday", |_| {});
        let q = question_of(&view);
        assert_eq!(q.field, "when-input");
        assert_eq!(
            q.control,
            Control::DateTime { value: String::new() },
            "a value the field cannot hold starts empty"
        );
        assert!(q.hint.as_deref().unwrap().ends_with(DATETIME_EXAMPLE));
    }

    #[test]
    fn a_restore_says_how_much_new_data_it_loses_and_its_links_carry_the_time_answered() {
        let w = restore_to_when();
        // NOW is 2026-05-22T12:00; the data was intact 22 hours and 10 minutes before.
        let view = draw(&w, "?when=2026-05-21T13:50", |_| {});
        assert!(question_of(&view)
            .hint
            .as_deref()
            .unwrap()
            .ends_with("You answered “Text when?” with 21 May 2026, 13:50 UTC: about 22 hours ago."));
        let view = draw(&w, "?when=2026-05-21T13:50&sure=yes", |_| {});
        let Body::Outcome(o) = &view.body else {
            panic!("an outcome")
        };
        assert_eq!(
            o.advice.data_loss.as_deref(),
            Some(
                "Everything written after 21 May 2026, 13:50 UTC, the time you gave, will be lost: about 22 hours of new data \
                 as of now (22 May 2026, 12:00 UTC), and more until the service is stopped."
            )
        );
        assert_eq!(
            o.advice.command_links[0].href,
            "/r/commands/restore-timestamp?timestamp=2026-05-21%2013%3A50"
        );
        assert!(o
            .record
            .contains("Data lost: Everything written after 21 May 2026, 13:50 UTC"));
    }

    #[test]
    fn the_tree_page_without_its_drawing_leaves_the_diagram_out_and_broken_data_says_so() {
        let w = two_paths();
        let view = draw(&w, "?view=tree", |_| {});
        assert_eq!(view.title, "The whole decision tree: W & co");
        assert_eq!(view.body, Body::Tree(TreeView { drawn: None }));
        let view = draw(&w, "", |s| s.page = Page::Broken { node: "<gone>".into() });
        assert_eq!(view.title, BROKEN);
        assert_eq!(
            view.body,
            Body::Broken(BrokenView {
                node: "<gone>".into(),
                start: "/r/wizards/w".into(),
                home: "/r/".into()
            })
        );
    }
}
