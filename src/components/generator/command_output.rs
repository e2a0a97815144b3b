use super::FormEvent;
use crate::components::govuk::{ErrorMessage, WarningText};
use leptos::prelude::*;
use runbook::command::render::OutputKind;
use runbook::command::view::{
    self, CommandView, CopyStatus, OutputView, CONFIRM_FIRST, CONFIRM_LABEL, PRODUCTION_WARNING,
};

/// A generator's output: the command exactly as it is copied, with its warnings, the
/// production confirmation and Copy; or why there is no command yet; or, as the build draws
/// it, the command with a placeholder for each value still to give.
#[component]
pub fn CommandOutput(
    output: Signal<OutputView>,
    /// The form's id prefix.
    prefix: String,
    /// Whether the production confirmation box is ticked.
    confirmed: Signal<bool>,
    copy_status: Signal<Option<CopyStatus>>,
    confirm_error: Signal<bool>,
    on_event: Callback<FormEvent>,
) -> impl IntoView {
    move || match output.get() {
        OutputView::Pending(why) => {
            view! { <p class="body generator__pending" data-testid="command-pending">{why}</p> }.into_any()
        }
        // Only the build draws a template: the browser has the values to draw the output.
        #[cfg(feature = "ssr")]
        OutputView::Template { command, note } => view! {
            {production_warning(command.production)}
            {command_text(&command, if note.is_some() { " with placeholders" } else { "" })}
            {note.map(|note| view! { <p class="hint generator__template">{note}</p> })}
        }
        .into_any(),
        #[cfg(not(feature = "ssr"))]
        OutputView::Template { .. } => ().into_any(),
        OutputView::Ready(command) => {
            let (_, copy_label) = command.words();
            let warnings = command
                .warnings
                .clone()
                .into_iter()
                .map(|w| view! { <WarningText>{w}</WarningText> })
                .collect_view();
            let confirm = command
                .production
                .then(|| confirm_box(&prefix, confirmed, confirm_error, on_event));
            view! {
                {warnings}
                {production_warning(command.production)}
                {command_text(&command, "")}
                {confirm}
                <div class="copy generator__copy">
                    <button type="button" class="button copy__button" on:click=move |_| on_event.run(FormEvent::Copy)>
                        {copy_label}
                    </button>
                    <span
                        class="copy__status"
                        class:copy__status--error=move || copy_status.get().is_some_and(CopyStatus::is_error)
                        role="status"
                        aria-live="polite"
                        data-testid="copy-status"
                    >
                        {move || copy_status.get().map(status_words)}
                    </span>
                </div>
            }
            .into_any()
        }
    }
}

fn production_warning(production: bool) -> impl IntoView {
    production.then(|| {
        view! {
            <div data-testid="production-warning">
                <WarningText>{PRODUCTION_WARNING}</WarningText>
            </div>
        }
    })
}

/// The output's text: a checklist's numbered steps with the values to enter marked, or the
/// lines (each named, when every line of several has a title) in a scrolling block.
fn command_text(command: &CommandView, described_as: &'static str) -> AnyView {
    let (noun, _) = command.words();
    if command.kind == OutputKind::Checklist {
        let steps = command
            .checklist
            .iter()
            .map(|spans| {
                let parts = spans
                    .iter()
                    .map(|span| match span.is_value {
                        true => view! { <strong class="generator__value">{span.text.clone()}</strong> }.into_any(),
                        false => span.text.clone().into_any(),
                    })
                    .collect_view();
                view! { <li>{parts}</li> }
            })
            .collect_view();
        return view! { <ol class="list list--number generator__steps" data-testid="command-steps">{steps}</ol> }
            .into_any();
    }
    let titles = (!command.line_titles.is_empty()).then(|| {
        let items = command
            .line_titles
            .iter()
            .map(|t| view! { <li>{t.clone()}</li> })
            .collect_view();
        view! {
            <p class="body">"Run each line in turn:"</p>
            <ol class="list list--number">{items}</ol>
        }
    });
    view! {
        {titles}
        <pre class="code-block__pre generator__preview" tabindex="0" aria-label=format!("The {noun}{described_as}")>
            <code data-testid="command-preview">{command.text.clone()}</code>
        </pre>
    }
    .into_any()
}

/// "I understand this runs against production", with its error when Copy was pressed
/// without it. Its state lives in the form, so the box keeps focus as it is ticked.
fn confirm_box(
    prefix: &str,
    confirmed: Signal<bool>,
    confirm_error: Signal<bool>,
    on_event: Callback<FormEvent>,
) -> impl IntoView {
    let id = view::confirm_id(prefix);
    let error_id = format!("{id}-error");
    let message = {
        let error_id = error_id.clone();
        move || {
            confirm_error
                .get()
                .then(|| view! { <ErrorMessage id=error_id.clone() message=CONFIRM_FIRST/> })
        }
    };
    let tick = move |ev: leptos::ev::Event| on_event.run(FormEvent::Confirm(event_target_checked(&ev)));
    view! {
        <div class="form-group generator__confirm" class:form-group--error=move || confirm_error.get()>
            {message}
            <div class="checkboxes__item">
                <input
                    class="checkboxes__input"
                    type="checkbox"
                    id=id.clone()
                    checked=confirmed.get_untracked()
                    prop:checked=move || confirmed.get()
                    aria-describedby=move || confirm_error.get().then(|| error_id.clone())
                    on:change=tick
                />
                <label class="label checkboxes__label" for=id>{CONFIRM_LABEL}</label>
            </div>
        </div>
    }
}

/// The status line's words: an error says so to screen readers too.
fn status_words(status: CopyStatus) -> impl IntoView {
    (
        status
            .is_error()
            .then(|| view! { <span class="visually-hidden">"Error: "</span> }),
        status.message(),
    )
}
