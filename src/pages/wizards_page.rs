use crate::browser;
use crate::content;
use crate::{paths, wizard_glue};
use leptos::prelude::*;

/// Every decision wizard: what it decides, and a way to start it.
#[component]
pub fn WizardsPage() -> impl IntoView {
    browser::set_title("Decide what to do");
    // Records the address the browser loaded, so a wizard started from here takes focus.
    wizard_glue::is_loaded_address();
    view! {
        <h1 class="heading-xl">"Decide what to do"</h1>
        <p class="lead">"Answer a few questions, one at a time, and get the runbook's answer with the steps to take."</p>
        <ul class="wizard-list" data-testid="wizard-list">
            {content::wizards()
                .iter()
                .map(|w| {
                    view! {
                        <li class="wizard-list__item" data-wizard=w.id.clone()>
                            <h2 class="heading-m">{w.title.clone()}</h2>
                            <p class="body">{w.summary.clone()}</p>
                            <a class="button" href=paths::wizard(&w.id, "")>
                                "Start"<span class="visually-hidden">{format!(" the wizard: {}", w.title)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
