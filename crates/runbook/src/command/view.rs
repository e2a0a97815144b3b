//! What a generator's form shows, as a view model the site's components draw
//! (`src/components/generator/`): its fields with their values, errors and notes, the error
//! summary, and the output. Text and ids only, no markup: the components escape by
//! construction.
//!
//! Two views of one form: [`live`], for a form a person fills in (from its [`FormState`]
//! and the values this browser remembers), and [`template`], what the build draws, which
//! shows and reads without JavaScript: every field with its default, and the command with
//! a placeholder for each value still to give.

use super::form::{query_pairs, Remembered};
use super::form_state::{error_target, FilledFrom, FormState};
use super::render::{self, OutputKind, Rendered, Span};
use super::{DateTime, Generator, Output, Param, ParamKind};

/// One generator's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormView {
    /// The generator's title: the form is "Values for: <title>".
    pub title: String,
    /// Every id in the form starts with this (`cmd-<generator id>`).
    pub prefix: String,
    /// What the output is called: "command", "value" or "steps".
    pub noun: &'static str,
    pub fields: Vec<FieldView>,
    /// The errors to show, in field order; empty when there are none. The error summary
    /// lists them, each linking to its field.
    pub problems: Vec<Problem>,
    pub output: OutputView,
    /// The person confirmed they understand the output runs against production. Kept while
    /// values change, so a new command needs no second confirmation.
    pub confirmed: bool,
    /// The address query that reopens the form as it stands (values that differ from
    /// their defaults), for a page that keeps its address in step.
    pub query: Vec<(String, String)>,
}

/// One parameter's field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldView {
    /// The parameter's name: the field's name in the form, and its key in the address.
    pub name: String,
    /// The field's id (a choice's radios are `<id>-0`, `<id>-1`…).
    pub id: String,
    pub label: String,
    pub hint: String,
    /// An example value, shown after the hint; empty when there is none.
    pub example: String,
    pub control: ControlView,
    /// What the field holds: its text, or the value of the chosen radio.
    pub text: String,
    pub error: Option<String>,
    pub note: FieldNote,
}

/// A field's control.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ControlView {
    /// A text box. A date-time is text too, not `datetime-local`: that control has no time
    /// zone, and a restore time typed in British Summer Time must keep its offset.
    #[default]
    Text,
    /// The browser's date picker.
    Date,
    /// One of several, as radios.
    Radios(Vec<RadioView>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RadioView {
    pub id: String,
    pub value: String,
    pub label: String,
}

/// What a field says under its hint. Empty when there is nothing to say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldNote {
    /// Where a pre-filled value came from ("Remembered from Connect with Konduit, today at
    /// 02:14 UTC."), with a button to clear it.
    pub filled_from: Option<String>,
    /// The value passes its checks but does not look like what the field must name.
    pub warning: Option<String>,
    /// This browser's storage refused to remember the value ([`NOT_SAVED`]).
    pub not_saved: bool,
}

/// One problem in the error summary: its sentence, and the id of the control it links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub target: String,
    pub message: String,
}

/// The output part of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputView {
    /// The output, ready to copy.
    Ready(CommandView),
    /// No output yet, and why: the fields still to fill in, or the problems to fix.
    Pending(String),
    /// What the build shows before any value is given: the output with the defaults and a
    /// placeholder for each value still to give, and, when there is one, how to read them
    /// ([`TEMPLATE_NOTE`]). It is never copied as it stands.
    Template {
        command: CommandView,
        note: Option<&'static str>,
    },
}

/// An output as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandView {
    pub kind: OutputKind,
    /// Warnings about the values (a restore time in British Summer Time typed without an
    /// offset, a restored server without `-pitr`).
    pub warnings: Vec<String>,
    /// It acts on production: a warning, and Copy only once [`FormView::confirmed`].
    pub production: bool,
    /// The title of each line, when every line of several has one: "Run each line in turn".
    pub line_titles: Vec<String>,
    /// Exactly what Copy copies.
    pub text: String,
    /// A checklist's steps, with the values to enter marked; empty for other kinds.
    pub checklist: Vec<Vec<Span>>,
}

impl CommandView {
    fn new(rendered: &Rendered) -> Self {
        let titles: Vec<String> = rendered.steps.iter().filter_map(|s| s.title.clone()).collect();
        let all_titled = titles.len() == rendered.steps.len() && titles.len() > 1;
        let checklist = match rendered.kind {
            OutputKind::Checklist => rendered.steps.iter().map(|s| s.spans.clone()).collect(),
            _ => Vec::new(),
        };
        CommandView {
            kind: rendered.kind,
            warnings: rendered.warnings.iter().map(|w| w.message.clone()).collect(),
            production: rendered.touches_production,
            line_titles: if all_titled { titles } else { Vec::new() },
            text: rendered.text.clone(),
            checklist,
        }
    }

    /// The output of [`render::template`]: the defaults, and a placeholder for each value
    /// still to give.
    pub fn template(generator: &Generator) -> Self {
        CommandView::new(&render::template(generator))
    }

    /// What it is called, and its Copy button's words.
    pub fn words(&self) -> (&'static str, &'static str) {
        copy_words(self.kind)
    }
}

/// The sentence beside a field whose remembered value this browser could not save.
pub const NOT_SAVED: &str =
    "This browser's storage is full, so this value is not remembered for other pages, tabs or visits.";

/// The warning above an output that acts on production.
pub const PRODUCTION_WARNING: &str = "This command runs against production. Check every value before you run it.";

/// The confirmation box's label.
pub const CONFIRM_LABEL: &str = "I understand this runs against production";

/// The sentence beside the confirmation box when Copy was pressed without it.
pub const CONFIRM_FIRST: &str = "Tick the box to confirm you understand this runs against production, then copy again.";

/// What a template says about its placeholders.
pub const TEMPLATE_NOTE: &str = "Fill in the fields above to complete it. Each value in capitals between < and > is \
     one still to give; without JavaScript, replace it by hand and check the quoting.";

/// The ids every form's parts are known by, from its `prefix`.
pub fn field_id(prefix: &str, name: &str) -> String {
    format!("{prefix}-{name}")
}

/// The error summary's id.
pub fn summary_id(prefix: &str) -> String {
    format!("{prefix}-errors")
}

/// The confirmation box's id.
pub fn confirm_id(prefix: &str) -> String {
    format!("{prefix}-confirm")
}

/// The id every form on a page for `generator` uses as its prefix.
pub fn prefix(generator: &Generator) -> String {
    format!("cmd-{}", generator.id)
}

/// The form a person is filling in: `state` with the values this browser `remembered`, as
/// of `now`; `not_saved` says which meanings the browser's storage refused to keep.
pub fn live(
    generator: &Generator,
    state: &FormState,
    remembered: &Remembered,
    not_saved: &dyn Fn(&str) -> bool,
    now: DateTime,
) -> FormView {
    let prefix = prefix(generator);
    let view = state.view(generator, remembered, now);
    let fields = generator
        .params
        .iter()
        .map(|p| {
            let note = FieldNote {
                filled_from: view.filled_from(&p.name).map(|f: &FilledFrom| f.sentence(now)),
                warning: view.field_warning(&p.name).map(str::to_string),
                not_saved: super::form::remembered_as(p).is_some_and(not_saved),
            };
            let text = view.field_text(generator, &p.name, now);
            field(&prefix, p, text, view.field_error(&p.name).map(str::to_string), note)
        })
        .collect();
    let problems = view
        .shown_errors
        .iter()
        .map(|e| Problem {
            target: error_target(generator, &field_id(&prefix, &e.param), &e.param),
            message: e.message.clone(),
        })
        .collect();
    let output = match (&view.result, view.pending(generator)) {
        (Ok(rendered), _) => OutputView::Ready(CommandView::new(rendered)),
        (Err(_), pending) => OutputView::Pending(pending.unwrap_or_default()),
    };
    FormView {
        title: generator.title.clone(),
        noun: noun(generator),
        prefix,
        fields,
        problems,
        output,
        confirmed: state.confirmed(),
        query: query_pairs(generator, &view.values),
    }
}

/// The form as the build draws it, before anyone has typed: each field with its default
/// (a `today` default is left empty, as the build's date is not the reader's) and the
/// output as a [`render::template`].
pub fn template(generator: &Generator) -> FormView {
    let prefix = prefix(generator);
    let fields = generator
        .params
        .iter()
        .map(|p| {
            let text = match p.default.as_deref() {
                Some("today") | None => String::new(),
                Some(d) => d.to_string(),
            };
            field(&prefix, p, text, None, FieldNote::default())
        })
        .collect();
    FormView {
        title: generator.title.clone(),
        noun: noun(generator),
        prefix,
        fields,
        problems: Vec::new(),
        output: template_output(generator),
        confirmed: false,
        query: Vec::new(),
    }
}

fn template_output(generator: &Generator) -> OutputView {
    let command = CommandView::new(&render::template(generator));
    let holds_placeholder = generator
        .params
        .iter()
        .any(|p| command.text.contains(&render::placeholder(&p.name)));
    OutputView::Template {
        command,
        note: holds_placeholder.then_some(TEMPLATE_NOTE),
    }
}

fn field(prefix: &str, param: &Param, text: String, error: Option<String>, note: FieldNote) -> FieldView {
    let id = field_id(prefix, &param.name);
    let control = match &param.kind {
        ParamKind::Choice { choices } => ControlView::Radios(
            choices
                .iter()
                .enumerate()
                .map(|(i, c)| RadioView {
                    id: format!("{id}-{i}"),
                    value: c.value.clone(),
                    label: c.label.clone(),
                })
                .collect(),
        ),
        ParamKind::Date => ControlView::Date,
        _ => ControlView::Text,
    };
    FieldView {
        name: param.name.clone(),
        id,
        label: param.label.clone(),
        hint: param.help.clone(),
        example: param.example.clone(),
        control,
        text,
        error,
        note,
    }
}

/// What the generator's output is called, before there is one.
fn noun(generator: &Generator) -> &'static str {
    // Named for what it gives: a server's name is a value to type, not a command to run.
    copy_words(match generator.output {
        Output::Shell { .. } => OutputKind::Shell,
        Output::Value { .. } => OutputKind::Value,
        Output::Checklist { .. } => OutputKind::Checklist,
    })
    .0
}

/// What the output is called, and its Copy button's words.
pub fn copy_words(kind: OutputKind) -> (&'static str, &'static str) {
    match kind {
        OutputKind::Shell => ("command", "Copy command"),
        OutputKind::Value => ("value", "Copy value"),
        OutputKind::Checklist => ("steps", "Copy steps"),
    }
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
    /// Copied, but the open incident's record would not take it (storage full or blocked,
    /// or the saved record unreadable): said at once, at the Copy button.
    CopiedNotRecorded(OutputKind),
}

impl CopyStatus {
    /// Whether this is a refusal or a failure, shown as an error (GOV.UK error colour, with
    /// "Error:" for screen readers), never in the colour of success.
    pub fn is_error(self) -> bool {
        !matches!(self, CopyStatus::Copied(_))
    }

    /// The status line's sentence (an error's "Error: " prefix is the component's).
    pub fn message(self) -> String {
        match self {
            CopyStatus::Copied(kind) => format!("Copied the {}", copy_words(kind).0),
            CopyStatus::NotConfirmed => {
                "Not copied: first confirm you understand this runs against production.".to_string()
            }
            CopyStatus::Failed => "Could not copy: select the text and copy it by hand.".to_string(),
            CopyStatus::CopiedNotRecorded(kind) => format!(
                "Copied the {}, but it was not added to the incident record: this browser would not save it (storage may be full or blocked) or cannot read the record. Add it as a note on the incident page.",
                copy_words(kind).0
            ),
        }
    }
}

/// One remembered value as "Values in use" lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueRow {
    /// Its meaning, which Clear names.
    pub meaning: String,
    pub label: String,
    pub value: String,
    /// Where it came from, as of now.
    pub origin: String,
}

/// The remembered values as "Values in use" lists them, as of `now`; `label` names a
/// meaning for a person (the label of a parameter that remembers it).
pub fn values_in_use(remembered: &Remembered, label: &dyn Fn(&str) -> Option<String>, now: DateTime) -> Vec<ValueRow> {
    remembered
        .iter()
        .map(|(meaning, r)| ValueRow {
            meaning: meaning.clone(),
            label: label(meaning).unwrap_or_else(|| meaning.clone()),
            value: r.value.clone(),
            origin: r.origin.sentence(now),
        })
        .collect()
}

/// Said in "Values in use" when this browser's storage refused the values just typed.
pub const VALUES_NOT_SAVED: &str = "This browser's storage is full, so the values you type are not remembered for \
     other pages, tabs or visits. They still fill the generators on this page.";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::form::{Origin, RememberedValue};
    use crate::command::testing::{generator, param, text_param};
    use crate::command::{Arg, Choice, Command, Environment, Word};

    fn g() -> Generator {
        let mode = param(
            "mode",
            Some("on"),
            ParamKind::Choice {
                choices: vec![
                    Choice {
                        value: "on".into(),
                        label: "<On>".into(),
                        renders_as: None,
                    },
                    Choice {
                        value: "off".into(),
                        label: "Off".into(),
                        renders_as: None,
                    },
                ],
            },
        );
        let mut server = text_param("server", Some("[a-z-]+"));
        server.help = "The <server> & host".into();
        server.remember = Some("live-server".into());
        let mut g = generator(
            vec![server, mode, param("day", Some("today"), ParamKind::Date)],
            Output::Shell {
                steps: vec![Command {
                    title: None,
                    env: vec![],
                    program: "connect".into(),
                    args: vec![
                        Arg::Option {
                            option: "--server".into(),
                            value: Word::param("server"),
                        },
                        Arg::Word(Word::param("mode")),
                    ],
                    stdin: None,
                    stdout: None,
                }],
            },
        );
        g.touches = Environment::Production;
        g
    }

    fn now() -> DateTime {
        DateTime::parse("2026-05-22T03:00:00Z").unwrap()
    }

    #[test]
    fn the_template_has_every_field_with_its_default_and_a_placeholder_for_the_rest() {
        let view = template(&g());
        assert_eq!(view.prefix, "cmd-g");
        assert_eq!(view.noun, "command");
        let names: Vec<&str> = view.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["server", "mode", "day"]);
        assert_eq!(view.fields[0].id, "cmd-g-server");
        assert_eq!(view.fields[0].control, ControlView::Text);
        assert_eq!(
            view.fields[0].hint, "The <server> & host",
            "text, escaped by the component"
        );
        assert_eq!(view.fields[1].text, "on");
        assert_eq!(
            view.fields[1].control,
            ControlView::Radios(vec![
                RadioView {
                    id: "cmd-g-mode-0".into(),
                    value: "on".into(),
                    label: "<On>".into()
                },
                RadioView {
                    id: "cmd-g-mode-1".into(),
                    value: "off".into(),
                    label: "Off".into()
                },
            ])
        );
        // The build's date is not the reader's.
        assert_eq!(
            (view.fields[2].control.clone(), view.fields[2].text.as_str()),
            (ControlView::Date, "")
        );
        let OutputView::Template { command, note } = &view.output else {
            panic!("{:?}", view.output)
        };
        assert_eq!(command.text, "connect --server <SERVER> on");
        assert!(command.production);
        assert_eq!(*note, Some(TEMPLATE_NOTE));
        // With every value given by a default there is nothing to replace, and nothing to say so.
        let mut complete = g();
        complete.params[0].default = Some("db".into());
        assert!(matches!(
            template(&complete).output,
            OutputView::Template { note: None, .. }
        ));
        assert!(view.problems.is_empty());
    }

    #[test]
    fn a_live_form_shows_values_errors_notes_and_the_command() {
        let g = g();
        let mut state = FormState::new(&g, [("server".to_string(), "Bad!".to_string())].into_iter().collect());
        let none = |_: &str| false;
        let view = live(&g, &state, &Remembered::new(), &none, now());
        assert_eq!(view.fields[0].text, "Bad!");
        assert!(view.fields[0].error.is_some());
        assert_eq!(
            view.fields[0].note.filled_from.as_deref(),
            Some("Filled in from this page's address (the link you followed).")
        );
        assert_eq!(view.problems.len(), 1);
        assert_eq!(view.problems[0].target, "cmd-g-server");
        assert!(matches!(view.output, OutputView::Pending(ref why) if why.contains("problems above")));
        assert_eq!(view.fields[2].text, "2026-05-22", "a live form's today is the reader's");

        let _ = state.input(&g, "server", "db-live", now());
        let remembered: Remembered = [(
            "live-server".to_string(),
            RememberedValue {
                value: "db-live".into(),
                origin: Origin::EarlierVersion,
            },
        )]
        .into_iter()
        .collect();
        let refused = |m: &str| m == "live-server";
        let view = live(&g, &state, &remembered, &refused, now());
        assert!(view.fields[0].note.not_saved);
        assert_eq!(
            view.fields[0].note.filled_from, None,
            "typed here, so no note of where from"
        );
        let OutputView::Ready(command) = &view.output else {
            panic!("{:?}", view.output)
        };
        assert_eq!(command.text, "connect --server db-live on");
        assert!(command.production && !view.confirmed);
        assert_eq!(command.words(), ("command", "Copy command"));
        assert_eq!(view.query, [("server".to_string(), "db-live".to_string())]);
        state.set_confirmed(true);
        let confirmed = live(&g, &state, &remembered, &refused, now());
        assert!(confirmed.confirmed);
        assert_eq!(
            confirmed.output, view.output,
            "confirming changes nothing of the output"
        );
    }

    #[test]
    fn a_choice_errors_link_to_its_first_radio() {
        let g = g();
        let state = FormState::new(&g, [("mode".to_string(), "sideways".to_string())].into_iter().collect());
        let view = live(&g, &state, &Remembered::new(), &|_| false, now());
        assert_eq!(view.problems[0].target, "cmd-g-mode-0");
    }

    #[test]
    fn a_refused_or_failed_copy_is_an_error_and_a_copy_is_not() {
        assert!(!CopyStatus::Copied(OutputKind::Shell).is_error());
        assert_eq!(CopyStatus::Copied(OutputKind::Value).message(), "Copied the value");
        assert!(CopyStatus::NotConfirmed.is_error() && CopyStatus::Failed.is_error());
        assert_eq!(
            CopyStatus::NotConfirmed.message(),
            "Not copied: first confirm you understand this runs against production."
        );
    }

    #[test]
    fn values_in_use_lists_each_value_with_its_label_and_where_it_came_from() {
        let remembered: Remembered = [(
            "restored-server".to_string(),
            RememberedValue {
                value: "a&b".into(),
                origin: Origin::Typed {
                    generator: "<Konduit>".into(),
                    at: DateTime::parse("2026-05-22T02:14:00Z").unwrap(),
                },
            },
        )]
        .into_iter()
        .collect();
        let rows = values_in_use(
            &remembered,
            &|m| (m == "restored-server").then(|| "The server".into()),
            now(),
        );
        assert_eq!(
            rows,
            vec![ValueRow {
                meaning: "restored-server".into(),
                label: "The server".into(),
                value: "a&b".into(),
                origin: "Remembered from <Konduit>, today at 02:14 UTC.".into(),
            }]
        );
        assert_eq!(values_in_use(&remembered, &|_| None, now())[0].label, "restored-server");
    }
}
