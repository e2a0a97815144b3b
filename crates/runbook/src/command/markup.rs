//! A generator's form and output as the site's HTML (GOV.UK form patterns), escaped here and
//! nowhere else. The site puts these on the page and redraws the parts that change
//! ([`super::form_state::FormView`]); it finds its way by the `data-` attributes below, so
//! they are the contract:
//!
//! - the form's parts: `data-part="summary"` (the error summary goes in it) and
//!   `data-part="output"` (the command, or why there is none);
//! - each field's group is `data-field="<name>"`; its control (the input, or the radios'
//!   box) is `data-control`, and every input says which parameter it sets with `data-param`;
//! - [`crate::govuk::error_message`] goes just before a field's control when it has an error;
//! - the output's Copy button is `data-action="copy"`, its confirmation box
//!   `data-action="confirm"`;
//! - in "Values in use", `data-clear="<name>"`, `data-action="clear-all"` and
//!   `data-action="dismiss"`.

use super::form::Origin;
use super::form_state::FilledFrom;
use super::render::{OutputKind, Rendered};
use super::{DateTime, Generator, Param, ParamKind};
use crate::doc::html::escape;
use crate::govuk::{notification_banner, Tone};
use std::fmt::Write;

/// The whole form of `generator`, with ids starting `prefix`: the (empty) error summary, a
/// field per parameter, and the output's heading at `heading_level` over its (empty) part.
pub fn form(generator: &Generator, prefix: &str, heading_level: u8) -> String {
    let mut out = format!(
        "<div class=\"generator\" data-generator=\"{}\"><div data-part=\"summary\"></div>\
         <form class=\"generator__form\" novalidate aria-label=\"Values for: {}\">",
        escape(&generator.id),
        escape(&generator.title)
    );
    for param in &generator.params {
        field(param, &escape(&field_id(prefix, &param.name)), &mut out);
    }
    let prefix = escape(prefix);
    let (tag, class) = match heading_level {
        2 => ("h2", "heading-m"),
        3 => ("h3", "heading-m"),
        _ => ("h4", "heading-s"),
    };
    // Named for what it gives: a server's name is a value to type, not a command to run.
    let (noun, _) = copy_words(match generator.output {
        super::Output::Shell { .. } => OutputKind::Shell,
        super::Output::Value { .. } => OutputKind::Value,
        super::Output::Checklist { .. } => OutputKind::Checklist,
    });
    let _ = write!(
        out,
        "</form><div class=\"generator__output\"><{tag} class=\"{class}\" id=\"{prefix}-output-title\">Your {noun}</{tag}>\
         <div data-part=\"output\"></div></div></div>"
    );
    out
}

/// The id of parameter `name`'s field (a choice's radios are `{id}-0`, `{id}-1`…).
pub fn field_id(prefix: &str, name: &str) -> String {
    format!("{prefix}-{name}")
}

/// One field, without an error: the site adds [`crate::govuk::error_message`] before its control. `id` is
/// escaped already.
fn field(param: &Param, id: &str, out: &mut String) {
    let name = escape(&param.name);
    let label = escape(&param.label);
    let _ = write!(out, "<div class=\"form-group\" data-field=\"{name}\">");
    let mut hint = format!("<div class=\"hint\" id=\"{id}-hint\">{}", escape(&param.help));
    if !param.example.is_empty() {
        let _ = write!(
            hint,
            " For example, <code class=\"code\">{}</code>",
            escape(&param.example)
        );
    }
    hint.push_str("</div>");
    // Where a pre-filled value came from, a warning about it, or that it was not saved:
    // filled by the site from [`field_note`].
    hint.push_str("<div class=\"generator__note\" data-note></div>");
    match &param.kind {
        ParamKind::Choice { choices } => {
            let _ = write!(
                out,
                "<fieldset class=\"fieldset\" aria-describedby=\"{id}-hint\"><legend class=\"fieldset__legend\">{label}</legend>{hint}<div class=\"radios\" data-control>"
            );
            for (i, choice) in choices.iter().enumerate() {
                let _ = write!(
                    out,
                    "<div class=\"radios__item\"><input class=\"radios__input\" type=\"radio\" id=\"{id}-{i}\" name=\"{id}\" value=\"{}\" data-param=\"{name}\">\
                     <label class=\"label radios__label\" for=\"{id}-{i}\">{}</label></div>",
                    escape(&choice.value),
                    escape(&choice.label)
                );
            }
            out.push_str("</div></fieldset>");
        }
        kind => {
            // A date-time is text, not `datetime-local`: that control has no time zone, and a
            // restore time typed in British Summer Time must keep its offset.
            let input_type = if matches!(kind, ParamKind::Date) {
                "date"
            } else {
                "text"
            };
            let _ = write!(
                out,
                "<label class=\"label\" for=\"{id}\">{label}</label>{hint}\
                 <input class=\"input\" type=\"{input_type}\" id=\"{id}\" name=\"{name}\" spellcheck=\"false\" autocomplete=\"off\" aria-describedby=\"{id}-hint\" data-param=\"{name}\" data-control>"
            );
        }
    }
    out.push_str("</div>");
}

/// The sentence beside a field whose remembered value this browser could not save.
pub const NOT_SAVED: &str =
    "This browser's storage is full, so this value is not remembered for other pages, tabs or visits.";

/// What the field `param` (whose id is `field_id`) says under its hint: where its value came
/// from, with a button to clear it (`data-clear-field="<name>"`); a warning when the value
/// does not look like what the field names; that the value could not be saved. Empty when
/// there is nothing to say.
pub fn field_note(
    field_id: &str,
    param: &Param,
    filled_from: Option<&FilledFrom>,
    warning: Option<&str>,
    not_saved: bool,
    now: DateTime,
) -> String {
    let mut out = String::new();
    if let Some(from) = filled_from {
        let _ = write!(
            out,
            "<p class=\"hint generator__from\" id=\"{}-from\" data-testid=\"filled-from\">{} \
             <button type=\"button\" class=\"button-link\" data-clear-field=\"{}\">Clear<span class=\"visually-hidden\"> {}</span></button></p>",
            escape(field_id),
            escape(&from.sentence(now)),
            escape(&param.name),
            escape(&param.label)
        );
    }
    if let Some(w) = warning {
        self::warning(w, &mut out);
    }
    if not_saved {
        // An alert: it is said where the person is typing, once, as the note is drawn only
        // when it changes.
        out.push_str(&crate::govuk::warning_text(&escape(NOT_SAVED), Some("not-saved"), true));
    }
    out
}

/// The GOV.UK error summary `id`: every problem, in field order, as (field id, message),
/// each a link to its field.
pub fn error_summary(id: &str, errors: &[(String, String)]) -> String {
    let problems: Vec<(Option<&str>, &str)> = errors.iter().map(|(f, m)| (Some(f.as_str()), m.as_str())).collect();
    crate::govuk::error_summary(Some(id), false, "error-summary", &problems)
}

/// Why there is no command yet.
pub fn pending(message: &str) -> String {
    format!(
        "<p class=\"body generator__pending\" data-testid=\"command-pending\">{}</p>",
        escape(message)
    )
}

/// The confirmation box's id for the form with ids starting `prefix`.
pub fn confirm_id(prefix: &str) -> String {
    format!("{prefix}-confirm")
}

/// The sentence beside the confirmation box when Copy was pressed without it.
pub const CONFIRM_FIRST: &str = "Tick the box to confirm you understand this runs against production, then copy again.";

/// What a generator produced: its warnings, the production warning, the text exactly as it
/// is copied (checklists as numbered steps with the values to enter marked), the
/// confirmation box for anything touching production (`confirmed` ticks it), and Copy with
/// its status.
pub fn output(prefix: &str, rendered: &Rendered, confirmed: bool) -> String {
    let mut out = String::new();
    let prefix = escape(prefix);
    for w in &rendered.warnings {
        warning(&w.message, &mut out);
    }
    let production = rendered.touches_production;
    if production {
        out.push_str("<div data-testid=\"production-warning\">");
        warning(
            "This command runs against production. Check every value before you run it.",
            &mut out,
        );
        out.push_str("</div>");
    }
    let (noun, label) = copy_words(rendered.kind);
    if rendered.kind == OutputKind::Checklist {
        out.push_str("<ol class=\"list list--number generator__steps\" data-testid=\"command-steps\">");
        for step in &rendered.steps {
            out.push_str("<li>");
            for span in &step.spans {
                if span.is_value {
                    let _ = write!(
                        out,
                        "<strong class=\"generator__value\">{}</strong>",
                        escape(&span.text)
                    );
                } else {
                    out.push_str(&escape(&span.text));
                }
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    } else {
        let titles: Vec<&str> = rendered.steps.iter().filter_map(|s| s.title.as_deref()).collect();
        if titles.len() == rendered.steps.len() && titles.len() > 1 {
            out.push_str("<p class=\"body\">Run each line in turn:</p><ol class=\"list list--number\">");
            for t in titles {
                let _ = write!(out, "<li>{}</li>", escape(t));
            }
            out.push_str("</ol>");
        }
        let _ = write!(
            out,
            "<pre class=\"code-block__pre generator__preview\" tabindex=\"0\" aria-label=\"The {noun}\"><code data-testid=\"command-preview\">{}</code></pre>",
            escape(&rendered.text)
        );
    }
    if production {
        let id = confirm_id(&prefix);
        let checked = if confirmed { " checked" } else { "" };
        let _ = write!(
            out,
            "<div class=\"form-group generator__confirm\"><div class=\"checkboxes__item\">\
             <input class=\"checkboxes__input\" type=\"checkbox\" id=\"{id}\" data-action=\"confirm\"{checked}>\
             <label class=\"label checkboxes__label\" for=\"{id}\">I understand this runs against production</label></div></div>"
        );
    }
    let _ = write!(
        out,
        "<div class=\"copy generator__copy\"><button type=\"button\" class=\"button copy__button\" data-action=\"copy\">{label}</button>\
         <span class=\"copy__status\" role=\"status\" aria-live=\"polite\" data-testid=\"copy-status\"></span></div>"
    );
    out
}

/// What pressing Copy did, for the status line beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyStatus {
    /// The output of this kind is on the clipboard.
    Copied(OutputKind),
    /// Not copied: the output touches production and the box is not ticked.
    NotConfirmed,
    /// The browser would not copy.
    Failed,
}

impl CopyStatus {
    /// Whether this is a refusal or a failure, shown as an error (GOV.UK error colour, with
    /// "Error:" for screen readers), never in the colour of success.
    pub fn is_error(self) -> bool {
        !matches!(self, CopyStatus::Copied(_))
    }

    /// The status line's content (its element, `.copy__status`, is a live region already,
    /// so the words are announced). The site marks the element `copy__status--error` when
    /// [`CopyStatus::is_error`].
    pub fn html(self) -> String {
        match self {
            CopyStatus::Copied(kind) => format!("Copied the {}", copy_words(kind).0),
            CopyStatus::NotConfirmed => {
                "<span class=\"visually-hidden\">Error: </span>Not copied: first confirm you understand this runs against production.".to_string()
            }
            CopyStatus::Failed => {
                "<span class=\"visually-hidden\">Error: </span>Could not copy: select the text and copy it by hand.".to_string()
            }
        }
    }
}

/// The class that shows a copy status as an error.
pub const COPY_STATUS_ERROR: &str = "copy__status--error";

/// What the output is called, and its Copy button's words.
pub fn copy_words(kind: OutputKind) -> (&'static str, &'static str) {
    match kind {
        OutputKind::Shell => ("command", "Copy command"),
        OutputKind::Value => ("value", "Copy value"),
        OutputKind::Checklist => ("steps", "Copy steps"),
    }
}

/// GOV.UK warning text.
fn warning(text: &str, out: &mut String) {
    out.push_str(&crate::govuk::warning_text(&escape(text), None, false));
}

/// "Values in use": its heading over the parts the site fills, the problem banner
/// ([`values_problem`]) and the list ([`values_list`]).
pub const VALUES_IN_USE: &str = "<section class=\"values-in-use\" aria-labelledby=\"values-in-use\">\
     <h2 class=\"heading-m\" id=\"values-in-use\">Values in use</h2>\
     <div data-part=\"problem\"></div><div data-part=\"list\"></div></section>";

/// Why the remembered values were reset, with a way to download what could not be read
/// (`damaged`: the site keeps it until the banner is dismissed) and to dismiss it.
pub fn values_problem(message: &str, damaged: bool) -> String {
    let download = if damaged {
        "<button type=\"button\" class=\"button button--secondary\" data-action=\"download\">Download the saved data</button> "
    } else {
        ""
    };
    let body = format!(
        "<p class=\"notification-banner__heading\">{}</p>\
         {download}<button type=\"button\" class=\"button button--secondary\" data-action=\"dismiss\">Dismiss</button>",
        escape(message)
    );
    notification_banner(
        "values-problem-title",
        "Remembered values reset",
        Tone::Warning,
        true,
        "values-problem",
        &body,
    )
}

/// Said in "Values in use" when this browser's storage refused the values just typed.
pub fn values_not_saved() -> String {
    crate::govuk::warning_text(
        "This browser's storage is full, so the values you type are not remembered for other pages, tabs or visits. \
         They still fill the generators on this page.",
        Some("values-not-saved"),
        // Not an alert: the list is redrawn on every change, and each field says it too.
        false,
    )
}

/// One remembered value as "Values in use" lists it.
pub struct ValueRow<'a> {
    /// Its meaning, which Clear names.
    pub meaning: &'a str,
    pub label: &'a str,
    pub value: &'a str,
    pub origin: &'a Origin,
}

/// The remembered values as a GOV.UK summary list, each with where it came from and a way
/// to clear it, and a way to clear them all.
pub fn values_list(rows: &[ValueRow<'_>], now: DateTime) -> String {
    if rows.is_empty() {
        return "<p class=\"body\" data-testid=\"values-in-use-empty\">No values remembered yet. Names, servers, dates and times \
                you enter in one generator fill the fields that mean the same in every generator, on every page, in this browser.</p>"
            .to_string();
    }
    let mut out = String::from(
        "<p class=\"body\">These fill the fields that mean the same in every generator, on every page, in this browser. \
         A value in the address or typed on a page wins on that page.</p><dl class=\"summary-list\" data-testid=\"values-in-use\">",
    );
    for row in rows {
        let label = escape(row.label);
        let _ = write!(
            out,
            "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">{label}</dt>\
             <dd class=\"summary-list__value\"><code class=\"code\">{}</code><p class=\"hint generator__from\">{}</p></dd>\
             <dd class=\"summary-list__actions\"><button type=\"button\" class=\"button-link\" data-clear=\"{}\">\
             Clear<span class=\"visually-hidden\"> {label}</span></button></dd></div>",
            escape(row.value),
            escape(&row.origin.sentence(now)),
            escape(row.meaning)
        );
    }
    out.push_str(
        "</dl><button type=\"button\" class=\"button button--secondary\" data-action=\"clear-all\">Clear all values</button>",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::render::{RenderedStep, Span, Warning};
    use crate::command::testing::{generator, param, text_param};
    use crate::command::{Choice, Environment, Output, Word};

    fn g() -> Generator {
        let mode = param(
            "mode",
            None,
            ParamKind::Choice {
                choices: vec![Choice {
                    value: "on\"".into(),
                    label: "<On>".into(),
                    renders_as: None,
                }],
            },
        );
        let mut server = text_param("server", None);
        server.help = "The <server> & host".into();
        let mut g = generator(
            vec![server, mode, param("day", None, ParamKind::Date)],
            Output::Value {
                value: Word::param("server"),
                checks: vec![],
            },
        );
        g.title = "Say \"hi\"".into();
        g
    }

    fn rendered(kind: OutputKind, production: bool) -> Rendered {
        Rendered {
            kind,
            text: "echo '<b>'\necho 2".into(),
            steps: vec![
                RenderedStep {
                    title: Some("One".into()),
                    text: "echo '<b>'".into(),
                    spans: vec![
                        Span {
                            text: "Pick ".into(),
                            is_value: false,
                        },
                        Span {
                            text: "<b>".into(),
                            is_value: true,
                        },
                    ],
                },
                RenderedStep {
                    title: Some("Two".into()),
                    text: "echo 2".into(),
                    spans: vec![],
                },
            ],
            warnings: vec![Warning {
                param: "server".into(),
                message: "Old & odd".into(),
            }],
            environment: Environment::Production,
            touches_production: production,
        }
    }

    #[test]
    fn the_form_has_a_field_per_parameter_with_everything_escaped() {
        let html = form(&g(), "cmd-g", 3);
        assert!(html.starts_with("<div class=\"generator\" data-generator=\"g\"><div data-part=\"summary\"></div>"));
        assert!(html.contains("aria-label=\"Values for: Say &quot;hi&quot;\""));
        assert!(html.contains(
            "<label class=\"label\" for=\"cmd-g-server\">The server</label><div class=\"hint\" id=\"cmd-g-server-hint\">The &lt;server&gt; &amp; host For example, <code class=\"code\">x</code></div>"
        ));
        assert!(html.contains("type=\"text\" id=\"cmd-g-server\" name=\"server\""));
        assert!(html.contains("type=\"date\" id=\"cmd-g-day\""));
        assert!(html.contains(
            "<input class=\"radios__input\" type=\"radio\" id=\"cmd-g-mode-0\" name=\"cmd-g-mode\" value=\"on&quot;\" data-param=\"mode\">"
        ));
        assert!(html.contains("for=\"cmd-g-mode-0\">&lt;On&gt;</label>"));
        assert!(html.contains(
            "<h3 class=\"heading-m\" id=\"cmd-g-output-title\">Your value</h3><div data-part=\"output\"></div>"
        ));
        assert_eq!(html.matches("data-field=").count(), 3);
        assert!(form(&g(), "p", 4).contains("<h4 class=\"heading-s\" id=\"p-output-title\">"));
    }

    #[test]
    fn errors_and_the_summary_are_escaped_and_link_to_their_fields() {
        let html = error_summary("s", &[("cmd-g-mode-0".into(), "Pick \"one\"".into())]);
        assert!(html.contains("id=\"s\" aria-labelledby=\"s-title\" tabindex=\"-1\""));
        assert!(html.contains("<a class=\"error-summary__link\" href=\"#cmd-g-mode-0\">Pick &quot;one&quot;</a>"));
        assert_eq!(
            pending("Fill in <x>"),
            "<p class=\"body generator__pending\" data-testid=\"command-pending\">Fill in &lt;x&gt;</p>"
        );
    }

    #[test]
    fn a_command_is_shown_exactly_as_copied_with_its_steps_named() {
        let html = output("p", &rendered(OutputKind::Shell, false), false);
        assert!(html.contains("<strong class=\"warning-text__text\"><span class=\"visually-hidden\">Warning</span> Old &amp; odd</strong>"));
        assert!(html.contains(
            "<p class=\"body\">Run each line in turn:</p><ol class=\"list list--number\"><li>One</li><li>Two</li></ol>"
        ));
        assert!(html.contains("aria-label=\"The command\"><code data-testid=\"command-preview\">echo &#39;&lt;b&gt;&#39;\necho 2</code></pre>"));
        assert!(html.contains("data-action=\"copy\">Copy command</button>"));
        assert!(!html.contains("production-warning") && !html.contains("data-action=\"confirm\""));
    }

    #[test]
    fn production_output_asks_for_confirmation_and_keeps_it() {
        let html = output("p", &rendered(OutputKind::Value, true), false);
        assert!(html.contains("data-testid=\"production-warning\""));
        assert!(html.contains(
            "<input class=\"checkboxes__input\" type=\"checkbox\" id=\"p-confirm\" data-action=\"confirm\">"
        ));
        let html = output("p", &rendered(OutputKind::Value, true), true);
        assert!(html.contains("id=\"p-confirm\" data-action=\"confirm\" checked>"));
        assert!(html.contains("Copy value"));
    }

    #[test]
    fn a_refused_or_failed_copy_is_an_error_and_a_copy_is_not() {
        assert!(!CopyStatus::Copied(OutputKind::Shell).is_error());
        assert_eq!(CopyStatus::Copied(OutputKind::Value).html(), "Copied the value");
        for refusal in [CopyStatus::NotConfirmed, CopyStatus::Failed] {
            assert!(refusal.is_error());
            assert!(refusal
                .html()
                .starts_with("<span class=\"visually-hidden\">Error: </span>"));
        }
        assert!(CopyStatus::NotConfirmed
            .html()
            .ends_with("Not copied: first confirm you understand this runs against production."));
    }

    #[test]
    fn a_checklist_marks_the_values_to_enter() {
        let html = output("p", &rendered(OutputKind::Checklist, false), false);
        assert!(html.contains(
            "<ol class=\"list list--number generator__steps\" data-testid=\"command-steps\"><li>Pick <strong class=\"generator__value\">&lt;b&gt;</strong></li><li></li></ol>"
        ));
        assert!(!html.contains("<pre"));
        assert!(html.contains("Copy steps"));
    }

    fn now() -> DateTime {
        DateTime::parse("2026-05-22T03:00:00Z").unwrap()
    }

    #[test]
    fn values_in_use_lists_each_value_with_where_it_came_from_and_a_way_to_clear_it() {
        assert!(values_list(&[], now()).contains("data-testid=\"values-in-use-empty\""));
        let origin = Origin::Typed {
            generator: "<Konduit>".into(),
            at: DateTime::parse("2026-05-22T02:14:00Z").unwrap(),
        };
        let html = values_list(
            &[ValueRow {
                meaning: "restored-server",
                label: "The <server>",
                value: "a&b",
                origin: &origin,
            }],
            now(),
        );
        assert!(html.contains("<dt class=\"summary-list__key\">The &lt;server&gt;</dt>"));
        assert!(html.contains("<code class=\"code\">a&amp;b</code><p class=\"hint generator__from\">Remembered from &lt;Konduit&gt;, today at 02:14 UTC.</p>"));
        assert!(html.contains(
            "data-clear=\"restored-server\">Clear<span class=\"visually-hidden\"> The &lt;server&gt;</span>"
        ));
        assert!(html.ends_with("data-action=\"clear-all\">Clear all values</button>"));
        assert!(values_problem("Gone <now>", false)
            .contains("<p class=\"notification-banner__heading\">Gone &lt;now&gt;</p>"));
        assert!(!values_problem("Gone", false).contains("data-action=\"download\""));
        assert!(values_problem("Gone", true).contains("data-action=\"download\">Download the saved data</button>"));
        assert!(values_not_saved().contains("storage is full"));
    }

    #[test]
    fn a_field_note_says_where_its_value_came_from_with_a_clear_button() {
        let mut p = text_param("server", None);
        p.label = "Restored <server>".into();
        let origin = Origin::Typed {
            generator: "Connect with Konduit".into(),
            at: DateTime::parse("2026-05-22T02:14:00Z").unwrap(),
        };
        let html = field_note(
            "cmd-g-server",
            &p,
            Some(&FilledFrom::Remembered(origin)),
            None,
            false,
            now(),
        );
        assert_eq!(
            html,
            "<p class=\"hint generator__from\" id=\"cmd-g-server-from\" data-testid=\"filled-from\">Remembered from Connect with Konduit, today at 02:14 UTC. \
             <button type=\"button\" class=\"button-link\" data-clear-field=\"server\">Clear<span class=\"visually-hidden\"> Restored &lt;server&gt;</span></button></p>"
        );
        let html = field_note("f", &p, Some(&FilledFrom::Address), Some("No <pitr>"), true, now());
        assert!(html.contains("Filled in from this page&#39;s address"), "{html}");
        assert!(html.contains("<span class=\"visually-hidden\">Warning</span> No &lt;pitr&gt;"));
        assert!(html.contains("data-testid=\"not-saved\""));
        assert_eq!(field_note("f", &p, None, None, false, now()), "");
    }
}
