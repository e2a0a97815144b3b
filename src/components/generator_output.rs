use crate::browser;
use crate::shared_values::focus_id;
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::command::render::OutputKind;
use runbook::command::Rendered;

/// What a generator produced: warnings, the production warning, the text exactly as it is
/// copied (checklists as numbered steps with the values to enter marked), and a Copy button
/// that, for anything touching production, copies only after an explicit confirmation.
#[component]
pub fn GeneratorOutput(
    /// Prefix for element ids, unique on the page.
    id: String,
    /// The core's answer for the current values.
    rendered: Rendered,
    /// Whether the person has confirmed they understand this runs against production.
    /// Kept by the form, so it survives re-rendering as values change.
    confirmed: RwSignal<bool>,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let (confirm_error, set_confirm_error) = signal(false);
    let confirm_id = format!("{id}-confirm");
    let production = rendered.touches_production;
    let (noun, label) = match rendered.kind {
        OutputKind::Shell => ("command", "Copy command"),
        OutputKind::Value => ("value", "Copy value"),
        OutputKind::Checklist => ("steps", "Copy steps"),
    };
    let text = rendered.text.clone();
    let copy = {
        let confirm_id = confirm_id.clone();
        move |_| {
            if production && !confirmed.get_untracked() {
                set_confirm_error.set(true);
                set_status.set("Not copied: first confirm you understand this runs against production.".to_string());
                focus_id(&confirm_id);
                return;
            }
            let text = text.clone();
            spawn_local(async move {
                let message = if browser::copy_text(&text).await {
                    format!("Copied the {noun}")
                } else {
                    "Could not copy: select the text and copy it by hand".to_string()
                };
                set_status.set(message);
            });
        }
    };
    let warnings = rendered
        .warnings
        .iter()
        .map(|w| view! { <WarningText text=w.message.clone()/> })
        .collect_view();
    let body = match rendered.kind {
        OutputKind::Checklist => view! {
            <ol class="list list--number generator__steps" data-testid="command-steps">
                {rendered
                    .steps
                    .iter()
                    .map(|step| {
                        view! {
                            <li>
                                {step
                                    .spans
                                    .iter()
                                    .map(|span| {
                                        if span.is_value {
                                            view! { <strong class="generator__value">{span.text.clone()}</strong> }.into_any()
                                        } else {
                                            span.text.clone().into_any()
                                        }
                                    })
                                    .collect_view()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any(),
        _ => {
            let titles: Vec<String> = rendered.steps.iter().filter_map(|s| s.title.clone()).collect();
            let explained = (titles.len() == rendered.steps.len() && titles.len() > 1).then(|| {
                view! {
                    <p class="body">"Run each line in turn:"</p>
                    <ol class="list list--number">
                        {titles.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                    </ol>
                }
            });
            view! {
                {explained}
                <pre class="code-block__pre generator__preview" tabindex="0" aria-label=format!("The {noun}")><code data-testid="command-preview">{rendered.text.clone()}</code></pre>
            }
            .into_any()
        }
    };
    let confirm_class = move || {
        if confirm_error.get() {
            "form-group form-group--error generator__confirm"
        } else {
            "form-group generator__confirm"
        }
    };
    let confirm_error_id = format!("{confirm_id}-error");
    view! {
        {warnings}
        {production.then(|| view! {
            <div data-testid="production-warning">
                <WarningText text="This command runs against production. Check every value before you run it.".to_string()/>
            </div>
        })}
        {body}
        {production.then(|| {
            let confirm_error_id = confirm_error_id.clone();
            view! {
                <div class=confirm_class>
                    {move || confirm_error.get().then(|| view! {
                        <p class="error-message" id=confirm_error_id.clone()>
                            <span class="visually-hidden">"Error: "</span>
                            "Tick the box to confirm you understand this runs against production, then copy again."
                        </p>
                    })}
                    <div class="checkboxes__item">
                        <input
                            class="checkboxes__input"
                            type="checkbox"
                            id=confirm_id.clone()
                            prop:checked=move || confirmed.get()
                            aria-describedby=move || confirm_error.get().then(|| format!("{confirm_id}-error"))
                            on:change=move |ev| {
                                let ticked = event_target_checked(&ev);
                                confirmed.set(ticked);
                                if ticked {
                                    set_confirm_error.set(false);
                                }
                            }
                        />
                        <label class="label checkboxes__label" for=format!("{id}-confirm")>
                            "I understand this runs against production"
                        </label>
                    </div>
                </div>
            }
        })}
        <div class="copy generator__copy">
            <button type="button" class="button copy__button" on:click=copy>{label}</button>
            <span class="copy__status" role="status" aria-live="polite" data-testid="copy-status">{status}</span>
        </div>
    }
}

/// GOV.UK warning text.
#[component]
fn WarningText(
    /// The warning, one sentence or two.
    text: String,
) -> impl IntoView {
    view! {
        <div class="warning-text">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="warning-text__text">
                <span class="visually-hidden">"Warning: "</span>
                {text}
            </strong>
        </div>
    }
}
