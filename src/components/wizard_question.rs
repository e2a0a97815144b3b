use crate::{browser, paths, wizard_glue};
use leptos::ev::{MouseEvent, SubmitEvent};
use leptos::prelude::*;
use runbook::wizard::{datetime, page, Answers, Question, QuestionKind, Wizard};

/// A GOV.UK question page: one question, its hint, radios or a date-time input, and
/// Continue. The core checks the answer and says which address comes next; a refused or
/// missing answer shows the error summary and the inline error message.
#[component]
pub fn WizardQuestion(
    /// The wizard being answered.
    wizard: &'static Wizard,
    /// The question to ask.
    question: &'static Question,
    /// The answers so far, as read from the address.
    answers: Answers,
    /// The value to pre-fill: the answer being changed, or one that was refused.
    value: Option<String>,
    /// Why the answer in the address was refused, if it was.
    error: Option<String>,
    /// Whether this question is part of changing an answer from "Check your answers".
    changing: bool,
) -> impl IntoView {
    let is_date = matches!(question.kind, QuestionKind::DateTime { .. });
    // A date-time input only accepts a well-formed value; anything else starts empty.
    let initial = value
        .clone()
        .filter(|v| !is_date || datetime::parse(v).is_ok())
        .unwrap_or_default();
    let chosen = RwSignal::new(initial.clone());
    let error = RwSignal::new(error);
    let qid = question.id.clone();
    let field_id = if is_date {
        format!("{qid}-input")
    } else {
        format!("{qid}-0")
    };
    let hint_id = format!("{qid}-hint");
    let error_id = format!("{qid}-error");

    Effect::new(move |_| {
        if error.with(Option::is_some) {
            browser::set_title(&format!("Error: {}", question.text));
            browser::focus_id("error-summary");
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let value = chosen.get_untracked();
        let now = Some(wizard_glue::now_minutes());
        match page::submit(wizard, &answers, changing, &question.id, &value, now) {
            Ok(query) => crate::location::push(&paths::wizard(&wizard.id, &query)),
            Err(message) => error.set(Some(message)),
        }
    };
    let summary_target = field_id.clone();
    let jump = move |ev: MouseEvent| {
        ev.prevent_default();
        browser::focus_id(&summary_target);
    };

    let described_by = move || {
        let mut ids = Vec::new();
        if question.hint.is_some() {
            ids.push(hint_id.clone());
        }
        if error.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let hint = question.hint.clone().map(|h| {
        view! { <div id=format!("{}-hint", question.id) class="hint">{h}</div> }
    });
    let error_message = {
        let error_id = format!("{qid}-error");
        move || {
            error.get().map(|e| {
                view! {
                    <p id=error_id.clone() class="error-message">
                        <span class="visually-hidden">"Error: "</span>{e}
                    </p>
                }
            })
        }
    };
    let group_class = move || {
        if error.get().is_some() {
            "form-group form-group--error"
        } else {
            "form-group"
        }
    };
    let caption = view! { <span class="caption-l">{wizard.title.clone()}</span> };

    let control = match &question.kind {
        QuestionKind::DateTime { .. } => view! {
            <div class=group_class>
                {caption}
                <h1 class="label-wrapper">
                    <label class="label label--l" for=field_id.clone()>{question.text.clone()}</label>
                </h1>
                {hint}
                {error_message}
                <input
                    class="input input--datetime"
                    class:input--error=move || error.get().is_some()
                    type="datetime-local"
                    id=field_id.clone()
                    name=qid.clone()
                    value=initial.clone()
                    prop:value=initial.clone()
                    aria-describedby=described_by
                    on:input=move |ev| chosen.set(event_target_value(&ev))
                    on:change=move |ev| chosen.set(event_target_value(&ev))
                />
            </div>
        }
        .into_any(),
        kind => {
            let options: Vec<(String, String)> = match kind {
                QuestionKind::Choice(options) => options.iter().map(|o| (o.value.clone(), o.label.clone())).collect(),
                _ => vec![("yes".into(), "Yes".into()), ("no".into(), "No".into())],
            };
            let inline = matches!(kind, QuestionKind::YesNo { .. });
            let radios = options
                .into_iter()
                .enumerate()
                .map(|(i, (value, label))| {
                    let id = format!("{qid}-{i}");
                    let checked = initial == value;
                    let v = value.clone();
                    view! {
                        <div class="radios__item">
                            <input
                                class="radios__input"
                                type="radio"
                                id=id.clone()
                                name=qid.clone()
                                value=value
                                // A property, not only the attribute: the router may reuse
                                // this element for the next question, checked state and all.
                                checked=checked
                                prop:checked=checked
                                on:change=move |_| chosen.set(v.clone())
                            />
                            <label class="label radios__label" for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class=group_class>
                    <fieldset class="fieldset" aria-describedby=described_by>
                        <legend class="fieldset__legend fieldset__legend--l">
                            {caption}
                            <h1 class="fieldset__heading">{question.text.clone()}</h1>
                        </legend>
                        {hint}
                        {error_message}
                        <div class="radios" class:radios--inline=inline>{radios}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
    };

    view! {
        {move || {
            error.get().map(|e| {
                view! {
                    <div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title" data-testid="error-summary">
                        <h2 class="error-summary__title" id="error-summary-title">"There is a problem"</h2>
                        <ul class="error-summary__list">
                            <li><a href=format!("#{}", field_id) on:click=jump.clone()>{e}</a></li>
                        </ul>
                    </div>
                }
            })
        }}
        <form class="wizard-question" novalidate on:submit=on_submit data-question=question.id.clone()>
            {control}
            <button type="submit" class="button" data-testid="continue">"Continue"</button>
        </form>
    }
}
