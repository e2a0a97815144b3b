use crate::components::govuk::ErrorMessage;
use crate::components::CopyButton;
use leptos::prelude::*;

/// A players' window's live link to the console (`drill_live`), made from the console's code.
#[derive(Clone, Copy)]
pub struct LiveFollow {
    /// How the link is: a sentence, empty before one is made.
    pub state: Signal<String>,
    /// The answer code to give the facilitator, once made.
    pub answer: Signal<Option<String>>,
    /// Why the last code could not be used.
    pub error: Signal<Option<String>>,
    /// The console's live link code, pasted.
    pub make_answer: Callback<String>,
}

/// "Follow live": on the same network as the facilitator, the window follows the drill by
/// itself once the two have swapped codes (the console's offer, this window's answer).
#[component]
pub fn FollowLive(live: LiveFollow) -> impl IntoView {
    let offer = RwSignal::new(String::new());
    let has_error = move || live.error.with(Option::is_some);
    let described = move || {
        if has_error() {
            "live-offer-hint live-offer-error"
        } else {
            "live-offer-hint"
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        live.make_answer.run(offer.get_untracked());
    };
    let answer = move || {
        live.answer.get().map(|code| {
            let copied = code.clone();
            view! {
                <div class="form-group">
                    <label class="label" for="live-answer-code">"Your answer code"</label>
                    <p class="hint" id="live-answer-code-hint">"Give it to the facilitator to paste in their console, under “The player's answer code”."</p>
                    <textarea class="textarea drill-code-text" id="live-answer-code" rows="3" readonly
                        aria-describedby="live-answer-code-hint" prop:value=code></textarea>
                    <CopyButton text=copied label="Copy your answer code"/>
                </div>
            }
        })
    };
    view! {
        <section aria-labelledby="live-title" class="drill-sync">
            <h2 class="heading-m" id="live-title">"Follow live"</h2>
            <p class="body">
                "On the same network as the facilitator, a live link updates this window by itself after each event."
            </p>
            <p class="body" role="status">{move || live.state.get()}</p>
            <form class="drill-form" novalidate on:submit=submit>
                <div class="form-group" class:form-group--error=has_error>
                    <label class="label" for="live-offer">"Live link code"</label>
                    <p class="hint" id="live-offer-hint">"The facilitator makes it with “Make a live link” in their console."</p>
                    {move || live.error.get().map(|message| view! { <ErrorMessage id="live-offer-error" message=message/> })}
                    <textarea class="textarea drill-code-text" id="live-offer" rows="3" spellcheck="false"
                        autocomplete="off" aria-describedby=described prop:value=offer
                        on:input=move |ev| offer.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class="button button--secondary">"Make my answer"</button>
            </form>
            {answer}
        </section>
    }
}
