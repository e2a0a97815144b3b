use crate::components::{WizardBackLink, WizardCheckAnswers, WizardNotices, WizardOutcome, WizardQuestion, WizardTree};
use crate::content;
use crate::pages::NotFoundPage;
use crate::{browser, paths, wizard_glue};
use leptos::prelude::*;
use runbook::wizard::page::{self, Page};
use runbook::wizard::query::{self, View};

/// One decision wizard at `/wizards/:id?<answers>`. The address alone decides the page
/// (`runbook::wizard::page::screen`): a question, "Check your answers", the outcome or the
/// whole tree. Every step is a navigation, so reload, Back and shared links all agree.
#[component]
pub fn WizardPage(
    /// The wizard's id, from the address.
    id: String,
) -> impl IntoView {
    move || {
        let Some(wizard) = content::wizard(&id) else {
            return view! { <NotFoundPage route=runbook::route::Route::Wizard(id.clone())/> }.into_any();
        };
        let search = crate::location::search();
        let screen = page::screen(wizard, &search, Some(wizard_glue::now_minutes()));
        let loaded_here = wizard_glue::is_loaded_address();
        // After a step, start keyboard and screen reader users at the new page, as a full
        // page load would; an error summary takes focus itself.
        Effect::new(move |_| {
            if !loaded_here
                && web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("error-summary"))
                    .is_none()
            {
                browser::focus_id("main-content");
            }
        });
        let tree_href = paths::wizard(
            &wizard.id,
            &query::build(wizard, &screen.answers, screen.change.as_deref(), Some(View::Tree)),
        );
        let tree_link = view! {
            <p class="body wizard-tree-link">
                <a class="link" href=tree_href>"See the whole decision tree"</a>
            </p>
        };
        let body = match screen.page.clone() {
            Page::Question {
                question,
                error,
                value,
                changing,
            } => match wizard.question(&question) {
                Some(q) => {
                    browser::set_title(&q.text);
                    view! {
                        <WizardQuestion wizard=wizard question=q answers=screen.answers.clone() value=value error=error changing=changing/>
                        {tree_link}
                        <p class="body"><a class="link" href=paths::wizard(&wizard.id, "")>"Start again"</a></p>
                    }
                    .into_any()
                }
                None => broken(wizard, &question),
            },
            Page::Check => {
                browser::set_title(&format!("Check your answers: {}", wizard.title));
                view! {
                    <WizardCheckAnswers wizard=wizard journey=screen.journey.clone()/>
                    {tree_link}
                }
                .into_any()
            }
            Page::Outcome(o) => match wizard.outcome(&o) {
                Some(outcome) => {
                    browser::set_title(&outcome.title);
                    view! { <WizardOutcome wizard=wizard outcome=outcome journey=screen.journey.clone()/> }.into_any()
                }
                None => broken(wizard, &o),
            },
            Page::Tree => {
                browser::set_title(&format!("The whole decision tree: {}", wizard.title));
                view! { <WizardTree wizard=wizard journey=screen.journey.clone()/> }.into_any()
            }
            Page::Broken { node } => broken(wizard, &node),
        };
        view! {
            <div class="wizard" data-wizard=wizard.id.clone()>
                <WizardBackLink wizard=wizard back=screen.back.clone()/>
                <WizardNotices notices=screen.notices.clone()/>
                {body}
            </div>
        }
        .into_any()
    }
}

/// Only hand-edited data gets here: compiled wizards are checked for missing nodes.
fn broken(wizard: &'static runbook::wizard::Wizard, node: &str) -> AnyView {
    browser::set_title("This wizard cannot continue");
    view! {
        <span class="caption-l">{wizard.title.clone()}</span>
        <h1 class="heading-xl">"This wizard cannot continue"</h1>
        <p class="body">{format!("Its data refers to `{node}`, which it does not have. Use the runbook's pages instead, and tell the runbook's owners.")}</p>
        <p class="body">
            <a class="link" href=paths::wizard(&wizard.id, "")>"Start again"</a>" or "
            <a class="link" href=paths::home()>"go to the start of the runbook"</a>"."
        </p>
    }
    .into_any()
}
