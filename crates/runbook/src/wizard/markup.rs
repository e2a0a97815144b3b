//! A wizard's page as the site's HTML (GOV.UK question pages, check answers, outcome), every
//! value escaped here. The page is a function of its address ([`super::page::screen`]), so
//! the site draws it whole, after every step; it finds the question's form by
//! `data-question` and a Copy button by `data-copy`.

use super::diagram::Drawing;
use super::engine::{Current, Journey};
use super::model::{DataLoss, Outcome, Question, QuestionKind, Service, Wizard};
use super::page::{change_query, view_query, Back, Page, Screen};
use super::query::{self, View};
use super::{datetime, record};
use crate::collect::SmallMap;
use crate::doc::html::{copy_button, escape};
use std::fmt::Write;

/// How a date-time question shows the form to type its answer in. The field is text, not the
/// browser's `datetime-local` picker, which shows the reader's local format and zone while
/// the question asks for UTC.
const DATETIME_EXAMPLE: &str = "For example, 2026-05-22 14:30.";

/// The site's addresses and facts a wizard's page links to or shows.
pub struct Site<'a> {
    /// The site's root, for links in the runbook's text.
    pub root: &'a str,
    /// A wizard's address with a query string (`""` or starting with `?`).
    pub wizard: &'a dyn Fn(&str, &str) -> String,
    pub wizards: &'a str,
    pub home: &'a str,
    /// A doc page's section (slug, anchor).
    pub doc: &'a dyn Fn(&str, Option<&str>) -> String,
    /// A command generator with some of its values filled in.
    pub command: &'a dyn Fn(&str, &SmallMap<String, String>) -> String,
    /// The title of another wizard an outcome suggests, if this page has it.
    pub wizard_title: &'a dyn Fn(&str) -> Option<String>,
    /// The site's origin, for the link in a decision record.
    pub origin: &'a str,
    /// Now, in minutes since the Unix epoch (UTC), for the decision record.
    pub now: i64,
    /// The wizard's whole tree, when this page has it (only the tree's own address asks).
    pub drawing: Option<&'a Drawing>,
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

const BROKEN: &str = "This wizard cannot continue";

/// The page for `screen`.
pub fn page(wizard: &Wizard, screen: &Screen, site: &Site) -> String {
    let here = |q: &str| (site.wizard)(&wizard.id, q);
    let back = match &screen.back {
        Back::List => site.wizards.to_string(),
        Back::Query(q) => here(q),
    };
    let mut out = format!(
        "<div class=\"wizard\" data-wizard=\"{}\"><a class=\"back-link\" href=\"{}\" data-testid=\"back-link\">Back</a>",
        escape(&wizard.id),
        escape(&back)
    );
    out.push_str(&crate::govuk::address_notices("wizard-notices", &screen.notices));
    let tree = here(&query::build(
        wizard,
        &screen.answers,
        screen.change.as_deref(),
        Some(View::Tree),
    ));
    let tree_link = format!(
        "<p class=\"body wizard-tree-link\"><a class=\"link\" href=\"{}\">See the whole decision tree</a></p>",
        escape(&tree)
    );
    let start = escape(&here(""));
    match &screen.page {
        Page::Question {
            question, error, value, ..
        } => match wizard.question(question) {
            Some(q) => {
                let note = q.since_note(wizard, &screen.journey.steps, site.now);
                question_form(wizard, q, value.as_deref(), error.as_deref(), note.as_deref(), &mut out);
                let _ = write!(
                    out,
                    "{tree_link}<p class=\"body\"><a class=\"link\" href=\"{start}\">Start again</a></p>"
                );
            }
            None => broken(wizard, question, site, &mut out),
        },
        Page::Check => {
            check_answers(wizard, &screen.journey, site, &mut out);
            out.push_str(&tree_link);
        }
        Page::Outcome(o) => match wizard.outcome(o) {
            Some(outcome) => outcome_page(wizard, outcome, &screen.journey, site, &mut out),
            None => broken(wizard, o, site, &mut out),
        },
        Page::Tree => tree_page(wizard, &screen.journey, site, &mut out),
        Page::Broken { node } => broken(wizard, node, site, &mut out),
    }
    out.push_str("</div>");
    out
}

/// The id of a question's control: the error summary links to it, and it takes focus.
pub fn field_id(question: &Question) -> String {
    match question.kind {
        QuestionKind::DateTime { .. } => format!("{}-input", question.id),
        _ => format!("{}-0", question.id),
    }
}

/// A GOV.UK question page: the question as the page's heading, its hint, the error (in a
/// summary and beside the control), and the control pre-filled with `value`.
fn question_form(
    wizard: &Wizard,
    q: &Question,
    value: Option<&str>,
    error: Option<&str>,
    note: Option<&str>,
    out: &mut String,
) {
    let qid = escape(&q.id);
    let field = escape(&field_id(q));
    let is_date = matches!(q.kind, QuestionKind::DateTime { .. });
    // A date-time input only accepts a well-formed value; anything else starts empty.
    let initial = value.filter(|v| !is_date || datetime::parse(v).is_ok()).unwrap_or("");
    if let Some(e) = error {
        out.push_str(&crate::govuk::error_summary(
            Some("error-summary"),
            false,
            "error-summary",
            &[(Some(&field_id(q)), e)],
        ));
    }
    let group = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    // A date and time is typed, so its hint always shows the form to type it in.
    let is_datetime = matches!(q.kind, QuestionKind::DateTime { .. });
    let hint_text = match (q.hint.as_deref(), is_datetime) {
        (Some(h), true) => Some(format!("{h} {DATETIME_EXAMPLE}")),
        (None, true) => Some(DATETIME_EXAMPLE.to_string()),
        (h, false) => h.map(str::to_string),
    };
    // How long ago an earlier answer was, where the question turns on it.
    let hint_text = match (hint_text, note) {
        (Some(h), Some(n)) => Some(format!("{h} {n}")),
        (h, n) => h.or_else(|| n.map(str::to_string)),
    };
    let described: Vec<String> = hint_text
        .as_ref()
        .map(|_| format!("{qid}-hint"))
        .into_iter()
        .chain(error.map(|_| format!("{qid}-error")))
        .collect();
    let described = if described.is_empty() {
        String::new()
    } else {
        format!(" aria-describedby=\"{}\"", described.join(" "))
    };
    let hint = hint_text
        .map(|h| format!("<div id=\"{qid}-hint\" class=\"hint\">{}</div>", escape(&h)))
        .unwrap_or_default();
    let error_message = error
        .map(|e| crate::govuk::error_message(&format!("{}-error", q.id), e))
        .unwrap_or_default();
    let caption = format!("<span class=\"caption-l\">{}</span>", escape(&wizard.title));
    let _ = write!(
        out,
        "<form class=\"wizard-question\" novalidate data-question=\"{qid}\"><div class=\"{group}\">"
    );
    match &q.kind {
        QuestionKind::DateTime { .. } => {
            let input_error = if error.is_some() { " input--error" } else { "" };
            let _ = write!(
                out,
                "{caption}<h1 class=\"label-wrapper\"><label class=\"label label--l\" for=\"{field}\">{}</label></h1>{hint}{error_message}\
                 <input class=\"input input--datetime{input_error}\" type=\"text\" id=\"{field}\" name=\"{qid}\" value=\"{}\" \
                 autocomplete=\"off\" spellcheck=\"false\" data-datetime{described}>",
                escape(&q.text),
                escape(initial)
            );
        }
        kind => {
            let options: Vec<(&str, &str)> = match kind {
                QuestionKind::Choice(options) => options.iter().map(|o| (o.value.as_str(), o.label.as_str())).collect(),
                _ => vec![("yes", "Yes"), ("no", "No")],
            };
            let inline = if matches!(kind, QuestionKind::YesNo { .. }) {
                " radios--inline"
            } else {
                ""
            };
            let _ = write!(
                out,
                "<fieldset class=\"fieldset\"{described}><legend class=\"fieldset__legend fieldset__legend--l\">{caption}\
                 <h1 class=\"fieldset__heading\">{}</h1></legend>{hint}{error_message}<div class=\"radios{inline}\">",
                escape(&q.text)
            );
            for (i, (value, label)) in options.into_iter().enumerate() {
                let checked = if value == initial { " checked" } else { "" };
                let _ = write!(
                    out,
                    "<div class=\"radios__item\"><input class=\"radios__input\" type=\"radio\" id=\"{qid}-{i}\" name=\"{qid}\" value=\"{}\"{checked}>\
                     <label class=\"label radios__label\" for=\"{qid}-{i}\">{}</label></div>",
                    escape(value),
                    escape(label)
                );
            }
            out.push_str("</div></fieldset>");
        }
    }
    out.push_str("</div><button type=\"submit\" class=\"button\" data-testid=\"continue\">Continue</button></form>");
}

/// The answers so far as a GOV.UK summary list, each with a way to change it.
fn summary(wizard: &Wizard, journey: &Journey, site: &Site, out: &mut String) {
    out.push_str("<dl class=\"summary-list\" data-testid=\"wizard-summary\">");
    for row in journey.summary(wizard) {
        let href = (site.wizard)(&wizard.id, &change_query(wizard, journey, &row.question));
        let text = escape(&row.question_text);
        let _ = write!(
            out,
            "<div class=\"summary-list__row\" data-question=\"{}\"><dt class=\"summary-list__key\">{text}</dt>\
             <dd class=\"summary-list__value\">{}</dd><dd class=\"summary-list__actions\"><a class=\"link\" href=\"{}\">Change\
             <span class=\"visually-hidden\"> your answer to: {text}</span></a></dd></div>",
            escape(&row.question),
            escape(&row.answer),
            escape(&href)
        );
    }
    out.push_str("</dl>");
}

fn check_answers(wizard: &Wizard, journey: &Journey, site: &Site, out: &mut String) {
    let done = matches!(journey.current, Current::Outcome(_));
    let next = (site.wizard)(&wizard.id, &view_query(wizard, journey, None));
    let _ = write!(
        out,
        "<span class=\"caption-l\">{}</span><h1 class=\"heading-xl\">Check your answers</h1>",
        escape(&wizard.title)
    );
    if journey.steps.is_empty() {
        out.push_str("<p class=\"body\">You have not answered any questions yet.</p>");
    } else {
        summary(wizard, journey, site, out);
    }
    if !done {
        out.push_str("<p class=\"body\">There are more questions to answer before the wizard can decide.</p>");
    }
    let _ = write!(
        out,
        "<a class=\"button\" href=\"{}\" data-testid=\"continue\">{}</a>\
         <p class=\"body wizard-start-again\"><a class=\"link\" href=\"{}\">Start again</a></p>",
        escape(&next),
        if done { "See the decision" } else { "Continue" },
        escape(&(site.wizard)(&wizard.id, ""))
    );
}

/// The outcome: what to do about the service, why, the next steps as a checklist, where
/// the runbook says more, commands, who to tell, what to decide next, and the record.
fn outcome_page(wizard: &Wizard, outcome: &Outcome, journey: &Journey, site: &Site, out: &mut String) {
    let _ = write!(
        out,
        "<article class=\"wizard-outcome\" data-outcome=\"{}\"><span class=\"caption-l\">{}</span><h1 class=\"heading-xl\">{}</h1>",
        escape(&outcome.id),
        escape(&wizard.title),
        escape(&outcome.title)
    );
    out.push_str(&match outcome.service {
        Some(Service::Stop) => {
            crate::govuk::warning_text("Stop the service: turn on maintenance mode.", Some("service"), false)
        }
        Some(Service::KeepRunning) => {
            "<div class=\"inset-text\" data-testid=\"service\"><p class=\"body\">Keep the service running.</p></div>".to_string()
        }
        None => "<div class=\"inset-text\" data-testid=\"service\"><p class=\"body\">This outcome does not say whether to stop the service.</p></div>".to_string(),
    });
    if let Some(loss) = outcome.data_loss(&journey.steps, site.now) {
        out.push_str(&crate::govuk::warning_text(
            &data_loss_sentence(&loss),
            Some("data-lost"),
            false,
        ));
    }
    out.push_str("<h2 class=\"heading-m\">Because you answered</h2>");
    summary(wizard, journey, site, out);
    let _ = write!(out, "<div class=\"doc-body\">{}</div>", outcome.body.html(site.root));
    if !outcome.steps.is_empty() {
        out.push_str(
            "<h2 class=\"heading-m\" id=\"next-steps\">Next steps</h2><div class=\"checkboxes\" role=\"group\" aria-labelledby=\"next-steps\">",
        );
        for (i, step) in outcome.steps.iter().enumerate() {
            let n = i + 1;
            let _ = write!(
                out,
                "<div class=\"checkboxes__item\"><input class=\"checkboxes__input\" type=\"checkbox\" id=\"step-{n}\">\
                 <label class=\"label checkboxes__label\" for=\"step-{n}\">{}</label></div>",
                escape(step)
            );
        }
        out.push_str("</div>");
    }
    let links: Vec<(String, &str)> = outcome
        .links
        .iter()
        .map(|l| ((site.doc)(&l.slug, l.anchor.as_deref()), l.label.as_str()))
        .collect();
    link_list("Read in the runbook", " data-testid=\"doc-links\"", &links, out);
    let commands: Vec<(String, &str)> = outcome
        .commands
        .iter()
        .map(|c| {
            (
                (site.command)(&c.generator, &c.values(&journey.steps)),
                c.label.as_str(),
            )
        })
        .collect();
    link_list("Commands", " data-testid=\"command-links\"", &commands, out);
    if !outcome.contacts.is_empty() {
        out.push_str("<h2 class=\"heading-m\">Who to tell</h2><ul class=\"list list--bullet\">");
        for c in &outcome.contacts {
            let _ = write!(out, "<li><div class=\"doc-body\">{}</div></li>", c.html(site.root));
        }
        out.push_str("</ul>");
    }
    if !outcome.wizards.is_empty() {
        out.push_str("<h2 class=\"heading-m\">Decide next</h2><ul class=\"list list--bullet\">");
        for id in &outcome.wizards {
            if let Some(title) = (site.wizard_title)(id) {
                let _ = write!(
                    out,
                    "<li><a class=\"link\" href=\"{}\">{}</a></li>",
                    escape(&(site.wizard)(id, "")),
                    escape(&title)
                );
            }
        }
        out.push_str("</ul>");
    }
    let link = format!(
        "{}{}",
        site.origin,
        (site.wizard)(&wizard.id, &view_query(wizard, journey, None))
    );
    let markdown = record::markdown(wizard, journey, site.now, Some(&link));
    out.push_str(
        "<h2 class=\"heading-m\">Record the decision</h2><p class=\"body\">Copy the answers, the outcome and the time (UTC) as Markdown, \
         to paste into the incident channel.</p><div class=\"wizard-record\">",
    );
    copy_button("data-copy=\"record\"", "Copy decision as Markdown", "", out);
    let _ = write!(
        out,
        "<details class=\"details\"><summary class=\"details__summary\">Show the decision record</summary>\
         <pre class=\"code-block__pre\" tabindex=\"0\" data-testid=\"decision-record\">{}</pre></details></div>",
        escape(&markdown)
    );
    let check = (site.wizard)(&wizard.id, &view_query(wizard, journey, Some(View::Check)));
    let tree = (site.wizard)(&wizard.id, &view_query(wizard, journey, Some(View::Tree)));
    let _ = write!(
        out,
        "<ul class=\"wizard-actions\"><li><a class=\"link\" href=\"{}\">Check your answers</a></li>\
         <li><a class=\"link\" href=\"{}\">See the whole decision tree</a></li>\
         <li><a class=\"link\" href=\"{}\">Start again</a></li></ul></article>",
        escape(&check),
        escape(&tree),
        escape(&(site.wizard)(&wizard.id, ""))
    );
}

/// What a restore to the time given costs, as the outcome and the decision record say it.
pub fn data_loss_sentence(loss: &DataLoss) -> String {
    format!(
        "Everything written after {}, the time you gave, will be lost: {} of new data as of now ({}), and more until the service is stopped.",
        loss.after, loss.elapsed, loss.now
    )
}

/// A heading and a list of links, if there are any.
fn link_list(heading: &str, list_attrs: &str, links: &[(String, &str)], out: &mut String) {
    if links.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<h2 class=\"heading-m\">{heading}</h2><ul class=\"list list--bullet\"{list_attrs}>"
    );
    for (href, label) in links {
        let _ = write!(
            out,
            "<li><a class=\"link\" href=\"{}\">{}</a></li>",
            escape(href),
            escape(label)
        );
    }
    out.push_str("</ul>");
}

/// The whole tree, with the journey marked: the diagram, and its Mermaid and Graphviz text.
/// Without the drawing (a page loaded at another view) the site says it was not loaded.
fn tree_page(wizard: &Wizard, journey: &Journey, site: &Site, out: &mut String) {
    let _ = write!(
        out,
        "<span class=\"caption-l\">{}</span><h1 class=\"heading-xl\">The whole decision tree</h1><p class=\"body\">\
         Every question and outcome of this wizard. The path your answers take is drawn in bold, and where you are now is highlighted.</p>",
        escape(&wizard.title)
    );
    let Some(drawing) = site.drawing else {
        return;
    };
    // Drawn by our own core from compiled content: element names and classes are fixed, and
    // every piece of text is XML-escaped. It contains no script or style.
    let _ = write!(
        out,
        "<div class=\"wizard-tree\" role=\"region\" aria-label=\"Decision tree diagram\" tabindex=\"0\" data-testid=\"wizard-tree\">{}</div>",
        drawing.svg.render(wizard, Some(journey))
    );
    for (id, title, text) in [
        ("mermaid", "Mermaid", drawing.mermaid.render(wizard, Some(journey))),
        ("graphviz", "Graphviz", drawing.graphviz.render(wizard, Some(journey))),
    ] {
        let _ = write!(
            out,
            "<h2 class=\"heading-m\" id=\"{id}\">{title}</h2><div class=\"code-block\">\
             <pre class=\"code-block__pre wizard-export\" tabindex=\"0\" aria-labelledby=\"{id}\" data-testid=\"{id}\">{}</pre>",
            escape(&text)
        );
        copy_button("data-copy=\"code\"", "Copy", &format!("{title} text"), out);
        out.push_str("</div>");
    }
}

/// Only hand-edited data gets here: compiled wizards are checked for missing nodes.
fn broken(wizard: &Wizard, node: &str, site: &Site, out: &mut String) {
    let _ = write!(
        out,
        "<span class=\"caption-l\">{}</span><h1 class=\"heading-xl\">{BROKEN}</h1>\
         <p class=\"body\">Its data refers to “{}”, which it does not have. Use the runbook's pages instead, and tell the runbook's owners.</p>\
         <p class=\"body\"><a class=\"link\" href=\"{}\">Start again</a> or <a class=\"link\" href=\"{}\">go to the start of the runbook</a>.</p>",
        escape(&wizard.title),
        escape(node),
        escape(&(site.wizard)(&wizard.id, "")),
        escape(site.home)
    );
}

#[cfg(test)]
mod tests {
    use super::super::model::{CommandLink, DocLink};
    use super::super::page::screen;
    use super::super::testing::{two_paths, NOW};
    use super::*;

    fn draw(wizard: &Wizard, query: &str, with: impl FnOnce(&mut Screen)) -> (String, String) {
        let mut s = screen(wizard, query, Some(NOW));
        with(&mut s);
        let href = |id: &str, q: &str| format!("/r/wizards/{id}{q}");
        let doc = |slug: &str, anchor: Option<&str>| format!("/r/docs/{slug}#{}", anchor.unwrap_or(""));
        let command = |id: &str, _: &SmallMap<String, String>| format!("/r/commands/{id}?x=<y>");
        let title = |id: &str| (id == "next").then(|| "Next <wizard>".to_string());
        let site = Site {
            root: "/r",
            wizard: &href,
            wizards: "/r/wizards",
            home: "/r/",
            doc: &doc,
            command: &command,
            wizard_title: &title,
            origin: "https://runbook.example",
            now: NOW,
            drawing: None,
        };
        (page(wizard, &s, &site), super::title(wizard, &s))
    }

    #[test]
    fn a_question_page_is_a_gov_uk_question_with_everything_escaped() {
        let w = two_paths();
        let (html, title) = draw(&w, "", |_| {});
        assert_eq!(title, "Which <one>?");
        assert!(html.starts_with("<div class=\"wizard\" data-wizard=\"w\"><a class=\"back-link\" href=\"/r/wizards\" data-testid=\"back-link\">Back</a>"));
        assert!(html.contains("<legend class=\"fieldset__legend fieldset__legend--l\"><span class=\"caption-l\">W &amp; co</span><h1 class=\"fieldset__heading\">Which &lt;one&gt;?</h1></legend>"));
        assert!(html.contains("<input class=\"radios__input\" type=\"radio\" id=\"start-1\" name=\"start\" value=\"b\"><label class=\"label radios__label\" for=\"start-1\">B &quot;quoted&quot;</label>"));
        assert!(html.contains("<form class=\"wizard-question\" novalidate data-question=\"start\">"));
        assert!(html.contains("href=\"/r/wizards/w?view=tree\">See the whole decision tree</a>"));
        assert!(!html.contains("error-summary"));
    }

    #[test]
    fn a_refused_answer_shows_the_error_pattern_and_keeps_the_value() {
        let w = two_paths();
        let (html, title) = draw(&w, "?start=a", |s| {
            if let Page::Question { value, error, .. } = &mut s.page {
                *value = Some("no".into());
                *error = Some("Select <yes> or no".into());
            }
        });
        assert_eq!(title, "Error: Sure?");
        assert!(html.contains(
            "<ul class=\"error-summary__list\"><li><a class=\"error-summary__link\" href=\"#sure-0\">Select &lt;yes&gt; or no</a></li></ul>"
        ));
        assert!(html.contains(
            "<div class=\"form-group form-group--error\"><fieldset class=\"fieldset\" aria-describedby=\"sure-error\">"
        ));
        assert!(html.contains("<p class=\"error-message\" id=\"sure-error\">"));
        assert!(html.contains("<div class=\"radios radios--inline\">"));
        assert!(html.contains("id=\"sure-1\" name=\"sure\" value=\"no\" checked>"));
        assert!(
            html.contains("href=\"/r/wizards/w\" data-testid=\"back-link\""),
            "Back goes to the first question"
        );
    }

    #[test]
    fn check_answers_lists_each_answer_with_a_way_to_change_it() {
        let w = two_paths();
        let (html, title) = draw(&w, "?start=a&view=check", |_| {});
        assert_eq!(title, "Check your answers: W & co");
        assert!(html.contains(
            "<dt class=\"summary-list__key\">Which &lt;one&gt;?</dt><dd class=\"summary-list__value\">A</dd>"
        ));
        assert!(html.contains("<span class=\"visually-hidden\"> your answer to: Which &lt;one&gt;?</span>"));
        assert!(html.contains("There are more questions to answer before the wizard can decide."));
        assert!(html.contains("data-testid=\"continue\">Continue</a>"));
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
        y.commands = vec![CommandLink {
            generator: "konduit".into(),
            label: "Connect".into(),
            params: SmallMap::new(),
            from_answers: vec![],
        }];
        y.wizards = vec!["next".into(), "gone".into()];
        let (html, title) = draw(&w, "?start=b", |_| {});
        assert_eq!(title, "Outcome y");
        assert!(html.contains("<article class=\"wizard-outcome\" data-outcome=\"y\">"));
        assert!(html.contains("Stop the service: turn on maintenance mode."));
        assert!(html
            .contains("<label class=\"label checkboxes__label\" for=\"step-1\">Turn on &lt;maintenance&gt;</label>"));
        assert!(html.contains("<ul class=\"list list--bullet\" data-testid=\"doc-links\"><li><a class=\"link\" href=\"/r/docs/full-restore#steps\">Full restore</a></li></ul>"));
        assert!(html.contains("<li><a class=\"link\" href=\"/r/commands/konduit?x=&lt;y&gt;\">Connect</a></li>"));
        assert!(
            html.contains("<li><a class=\"link\" href=\"/r/wizards/next\">Next &lt;wizard&gt;</a></li></ul>"),
            "a wizard this page has no title for is left out"
        );
        assert!(html.contains("data-copy=\"record\">Copy decision as Markdown</button>"));
        assert!(html.contains("data-testid=\"decision-record\">**Decision: W &amp; co**"));
        assert!(html.contains("https://runbook.example/r/wizards/w?start=b"));
    }

    /// when (a date) -> sure (yes/no, counting from `when`) -> x, which restores to `when`.
    fn restore_to_when() -> Wizard {
        use super::super::model::{AnswerForm, AnswerParam};
        use super::super::testing::{outcome, question};
        let mut x = outcome("x");
        x.loses_data_after = Some("when".into());
        x.commands = vec![CommandLink {
            generator: "restore-timestamp".into(),
            label: "Restore time".into(),
            params: SmallMap::new(),
            from_answers: vec![AnswerParam {
                param: "timestamp".into(),
                question: "when".into(),
                form: AnswerForm::DateTime,
            }],
        }];
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
    fn a_restore_says_how_much_new_data_it_loses_and_its_links_carry_the_time_answered() {
        let w = restore_to_when();
        // NOW is 2026-05-22T12:00; the data was intact 22 hours and 10 minutes before.
        let (html, _) = draw(&w, "?when=2026-05-21T13:50", |_| {});
        assert!(html.contains(
            "<div id=\"sure-hint\" class=\"hint\">You answered “Text when?” with 21 May 2026, 13:50 UTC: about 22 hours ago.</div>"
        ));
        let (html, _) = draw(&w, "?when=2026-05-21T13:50&sure=yes", |_| {});
        assert!(html.contains(
            "<div class=\"warning-text\" data-testid=\"data-lost\"><span class=\"warning-text__icon\" aria-hidden=\"true\">!</span>\
             <strong class=\"warning-text__text\"><span class=\"visually-hidden\">Warning</span> Everything written after 21 May 2026, 13:50 UTC, \
             the time you gave, will be lost: about 22 hours of new data as of now (22 May 2026, 12:00 UTC), and more until the service is stopped.</strong></div>"
        ), "{html}");
        let site_command = |id: &str, values: &SmallMap<String, String>| {
            let pairs: Vec<String> = values.iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("/commands/{id}?{}", pairs.join("&"))
        };
        let journey = super::super::engine::replay(
            &w,
            &[("when".to_string(), "2026-05-21T13:50".to_string())]
                .into_iter()
                .collect(),
            Some(NOW),
        );
        let link = &w.outcomes[0].commands[0];
        assert_eq!(
            site_command(&link.generator, &link.values(&journey.steps)),
            "/commands/restore-timestamp?timestamp=2026-05-21 13:50"
        );
        let record = record::markdown(
            &w,
            &super::super::engine::replay(
                &w,
                &[
                    ("when".to_string(), "2026-05-21T13:50".to_string()),
                    ("sure".to_string(), "yes".to_string()),
                ]
                .into_iter()
                .collect(),
                Some(NOW),
            ),
            NOW,
            None,
        );
        assert!(
            record.contains("Data lost: Everything written after 21 May 2026, 13:50 UTC"),
            "{record}"
        );
    }

    #[test]
    fn the_tree_page_without_its_drawing_leaves_the_diagram_out() {
        let w = two_paths();
        let (html, title) = draw(&w, "?view=tree", |_| {});
        assert_eq!(title, "The whole decision tree: W & co");
        assert!(html.contains("<h1 class=\"heading-xl\">The whole decision tree</h1>"));
        assert!(!html.contains("wizard-tree\""));
        let (html, title) = draw(&w, "", |s| s.page = Page::Broken { node: "<gone>".into() });
        assert_eq!(title, "This wizard cannot continue");
        assert!(html.contains("Its data refers to “&lt;gone&gt;”"));
    }
}
