use super::command_output::CommandOutput;
use super::generator_field::GeneratorField;
use crate::components::govuk::{ErrorSummary, Problem};
use leptos::prelude::*;
use runbook::command::view::{self, CopyStatus, FormView};

/// What a person did with a generator's form, for the page that keeps its state
/// (`crate::generator`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormEvent {
    /// A field now holds `value` (typed, or a radio chosen).
    Input {
        name: String,
        value: String,
    },
    /// "Clear" beside a pre-filled field.
    Clear(String),
    /// The production confirmation box, ticked or not.
    Confirm(bool),
    Copy,
    /// The form was submitted (Enter in a field): every problem shows.
    Submit,
}

/// A generator's form: the error summary, a field per parameter, and the output under its
/// heading ("Your command") at `heading_level` (2 on its own page, 4 in a doc page).
///
/// The fields are drawn once and change in place (value, error, note), so typing never
/// loses focus; the output is drawn afresh when the command, or why there is none, changes.
/// The form is a real GET form whose fields are the generator's address, so submitted
/// before the app has loaded, it opens the page with those values.
#[component]
pub fn GeneratorForm(
    form: Signal<FormView>,
    heading_level: u8,
    /// What the last Copy did, until the output changes.
    copy_status: Signal<Option<CopyStatus>>,
    /// Copy was pressed on a production command without the box ticked.
    confirm_error: Signal<bool>,
    on_event: Callback<FormEvent>,
) -> impl IntoView {
    let first = form.get_untracked();
    let prefix = first.prefix.clone();
    let summary_id = view::summary_id(&prefix);
    let fields = (0..first.fields.len())
        .map(|index| view! { <GeneratorField form=form index=index on_event=on_event/> })
        .collect_view();
    let summary = move || {
        let problems = form.with(|f| f.problems.clone());
        (!problems.is_empty()).then(|| {
            let problems = problems
                .into_iter()
                .map(|p| Problem {
                    field: Some(p.target),
                    message: p.message,
                })
                .collect();
            view! { <ErrorSummary id=summary_id.clone() testid="error-summary" problems=problems/> }
        })
    };
    let output = Memo::new(move |_| form.with(|f| f.output.clone()));
    let confirmed = Signal::derive(move || form.with(|f| f.confirmed));
    let title_id = format!("{prefix}-output-title");
    let heading = format!("Your {}", first.noun);
    // Level 2 on a generator's own page; under a doc page's sections, level 4.
    let heading = if heading_level <= 2 {
        view! { <h2 class="heading-m" id=title_id>{heading}</h2> }.into_any()
    } else {
        view! { <h4 class="heading-s" id=title_id>{heading}</h4> }.into_any()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_event.run(FormEvent::Submit);
    };
    view! {
        <div class="generator">
            <div>{summary}</div>
            <form class="generator__form" method="get" novalidate aria-label=format!("Values for: {}", first.title) on:submit=submit>
                {fields}
            </form>
            <div class="generator__output">
                {heading}
                <CommandOutput
                    output=output.into()
                    prefix=prefix
                    confirmed=confirmed
                    copy_status=copy_status
                    confirm_error=confirm_error
                    on_event=on_event
                />
            </div>
        </div>
    }
}
