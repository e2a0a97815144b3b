use super::{
    broken::Broken, check_answers::CheckAnswers, outcome::WizardOutcome, question::WizardQuestion, tree::Tree,
};
use crate::components::govuk::{AddressNotices, BackLink};
use leptos::prelude::*;
use runbook::wizard::view::{Body, WizardView};

/// A wizard's page, drawn afresh whenever `screen` changes (after each answer, and on Back
/// and Forward). The build draws its first question the same way (`prerender`), so that page
/// shows and works before the app has loaded.
///
/// Each step is new elements, as a page load would give: patching the last step's in place
/// would keep what the browser holds beyond the markup, such as a radio left checked.
#[component]
pub fn WizardPage(screen: Signal<WizardView>, on_answer: Callback<(String, String)>) -> impl IntoView {
    let step = Memo::new(move |last: Option<&u64>| {
        screen.track();
        last.map_or(0, |n| n + 1)
    });
    view! {
        <For each=move || [step.get()] key=|n| *n let:_n>
            <WizardScreen view=screen.get_untracked() on_answer=on_answer/>
        </For>
    }
}

/// One wizard page: the Back link, what the address asked for that was ignored, and the
/// question, "Check your answers", the outcome or the tree. `on_answer` gets a question's id
/// and the value submitted for it.
#[component]
fn WizardScreen(view: WizardView, on_answer: Callback<(String, String)>) -> impl IntoView {
    let WizardView {
        wizard,
        caption,
        back,
        notices,
        body,
        ..
    } = view;
    let body = match body {
        Body::Question(q) => view! { <WizardQuestion view=q caption=caption on_answer=on_answer/> }.into_any(),
        Body::Check(c) => view! { <CheckAnswers view=c caption=caption/> }.into_any(),
        Body::Outcome(o) => view! { <WizardOutcome view=*o caption=caption/> }.into_any(),
        Body::Tree(t) => view! { <Tree view=t caption=caption/> }.into_any(),
        Body::Broken(b) => view! { <Broken view=b caption=caption/> }.into_any(),
    };
    view! {
        <div class="wizard" data-wizard=wizard>
            <BackLink href=back/>
            <AddressNotices id="wizard-notices" title_id="wizard-notices-title" notices=notices/>
            {body}
        </div>
    }
}
