use super::outcome_advice::OutcomeAdvice;
use crate::components::Heading;
use leptos::prelude::*;
use runbook::wizard::walk::{Shown, WalkBody, WalkNode, WalkOutcome, WalkView};

/// Every step of a wizard on one page, for a reader without JavaScript: each question and
/// outcome a section with its own heading, each answer a link to the section it leads to.
/// The style sheet shows one section at a time, the one the address's `#` names (`:target`),
/// or the first question when it names none, and prints them all, each with its step number
/// and every answer with the step it leads to. Its headings are at the level the view model
/// says: on its own page each step is the page's `<h1>`; in the one-file runbook, under the
/// wizard's title.
#[component]
pub fn WizardWalk(view: WalkView) -> impl IntoView {
    let WalkView {
        wizard,
        caption,
        first,
        app,
        shown,
        heading_level,
        nodes,
        ..
    } = view;
    let start_again = format!("#{first}");
    let sections = nodes
        .into_iter()
        .map(|node| {
            view! {
                <WalkSection
                    node=node
                    caption=caption.clone()
                    start_again=start_again.clone()
                    app=app.clone()
                    shown=shown
                    level=heading_level
                />
            }
        })
        .collect_view();
    view! { <div class="wizard-walk" data-wizard=wizard>{sections}</div> }
}

/// One question or outcome. The first question says what the page is; every other section
/// links back to it.
#[component]
fn WalkSection(
    node: WalkNode,
    caption: String,
    start_again: String,
    app: String,
    shown: Shown,
    level: u8,
) -> impl IntoView {
    let WalkNode { anchor, step, body } = node;
    let first = step == 1;
    let heading_id = format!("{anchor}-heading");
    let caption_id = format!("{anchor}-caption");
    // In the one file, where every wizard's every step can show at once (on paper, on
    // `/all`), a step is named by its wizard and number too, since two wizards may ask the
    // same question.
    let labelled = match shown {
        Shown::OneFile => format!("{caption_id} {heading_id}"),
        Shown::Site => heading_id.clone(),
    };
    let caption_id = (shown == Shown::OneFile).then_some(caption_id);
    let caption = view! {
        <span class="caption-l" id=caption_id>
            {caption}
            <span class="wizard-walk__step">{format!(" – step {step}")}</span>
        </span>
    };
    let body = match body {
        WalkBody::Question(q) => {
            let hint = q.hint.map(|h| view! { <p class="hint">{h}</p> });
            let answers = q
                .answers
                .into_iter()
                .map(|a| {
                    view! {
                        <li>
                            <a class="link wizard-walk__answer" href=format!("#{}", a.to)>{a.label}</a>
                            <span class="wizard-walk__to">{format!(" – go to step {}", a.to_step)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                {caption}
                <Heading level=level class="heading-l" id=heading_id>{q.text}</Heading>
                {hint}
                <ul class="list wizard-walk__answers">{answers}</ul>
            }
            .into_any()
        }
        WalkBody::Outcome(o) => {
            let WalkOutcome { title, advice, .. } = *o;
            view! {
                {caption}
                <Heading level=level class="heading-xl" id=heading_id>{title}</Heading>
                <OutcomeAdvice advice=advice id_prefix=format!("{anchor}-") heading_level=level + 1/>
            }
            .into_any()
        }
    };
    let after = if first && shown == Shown::OneFile {
        view! {
            <p class="body wizard-walk__about">
                "Each answer is a link to the next step. Where a question asks when, choose how long ago it was. \
                 On the runbook's site this wizard asks one question at a time, with exact times, at "
                <code>{app}</code>
                "."
            </p>
        }
        .into_any()
    } else if first {
        view! {
            <p class="body wizard-walk__about">
                "Every question and outcome of this wizard is on this page, so it works without JavaScript: \
                 each answer is a link to the next step. Where a question asks when, choose how long ago it was. "
                <a class="link" href=app>"Answer one question at a time, with exact times"</a>
                " (this needs JavaScript)."
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="body wizard-start-again">
                <a class="link" href=start_again>"Start again"</a>
            </p>
        }
        .into_any()
    };
    view! {
        // Focusable from script only, so that following an answer's link moves focus to the
        // step it leads to (the browser focuses a focusable target), and a screen reader
        // reads that step out, rather than staying on a link now hidden.
        <section
            id=anchor
            class="wizard-walk__node"
            class:wizard-walk__node--first=first
            aria-labelledby=labelled
            tabindex="-1"
        >
            {body}
            {after}
        </section>
    }
}
