use crate::components::govuk::ErrorMessage;
use crate::components::qr_code::QrCode;
use crate::components::CopyButton;
use leptos::prelude::*;

/// The console's live links to players' windows on the same network (`drill_live`).
#[derive(Clone, Copy)]
pub struct LiveLinks {
    /// A link made and waiting for its player's answer: its offer code.
    pub pending: Signal<Option<String>>,
    /// Why the last attempt failed, as the core or the browser said it.
    pub error: Signal<Option<String>>,
    /// A sentence for each link made, in order.
    pub links: Signal<Vec<String>>,
    pub make: Callback<()>,
    /// The player's answer code, pasted.
    pub connect: Callback<String>,
}

/// The console's way for players on their own devices to follow the drill, with no server:
/// the join link (the players' window for this drill, opened once), the sync code (the drill
/// so far, pasted after each event), each as text to copy and a QR code to scan, and live
/// links, which send the code by themselves where the devices reach each other.
/// `runbook::drill::remote` writes every code.
#[component]
pub fn RemotePlayers(
    /// The players' window's full address for this drill.
    #[prop(into)]
    join_url: String,
    /// The sync code of the drill as it is now.
    code: Signal<String>,
    live: LiveLinks,
) -> impl IntoView {
    let join = join_url.clone();
    let copy_code = move || {
        let text = code.get();
        view! { <CopyButton text=text label="Copy the sync code"/> }
    };
    view! {
        <section aria-labelledby="remote-title" class="drill-remote">
            <h2 class="heading-l" id="remote-title">"Players on other devices"</h2>
            <p class="body">
                "Players on their own laptops or phones open the join link once, then paste the sync code "
                "into their window each time it changes: it changes with every event. Nothing goes through a server."
            </p>
            <h3 class="heading-s">"Join link"</h3>
            <p class="body drill-code-text"><a class="link" href=join_url.clone() target="_blank" rel="noopener">{join_url.clone()}</a></p>
            <CopyButton text=join label="Copy the join link"/>
            <details class="details">
                <summary class="details__summary">"Show the join link as a QR code"</summary>
                <QrCode text=Signal::stored(join_url) label="QR code of the join link"/>
            </details>
            <h3 class="heading-s">
                <label for="remote-sync-code">"Sync code"</label>
            </h3>
            <p class="hint" id="remote-sync-code-hint">"The drill so far, for the players' windows. The facilitator's notes are not in it."</p>
            <textarea class="textarea drill-code-text" id="remote-sync-code" rows="3" readonly
                aria-describedby="remote-sync-code-hint" prop:value=move || code.get()></textarea>
            {copy_code}
            <details class="details">
                <summary class="details__summary">"Show the sync code as a QR code"</summary>
                <QrCode text=code label="QR code of the sync code"/>
            </details>
            <LiveLinkForm live=live/>
        </section>
    }
}

/// Making a live link: the offer code for the player, and the field for their answer.
#[component]
fn LiveLinkForm(live: LiveLinks) -> impl IntoView {
    let answer = RwSignal::new(String::new());
    let links = move || {
        let links = live.links.get();
        (!links.is_empty()).then(|| {
            view! { <ul class="list list--bullet">{links.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
        })
    };
    let has_error = move || live.error.with(Option::is_some);
    let error = move || {
        live.error
            .get()
            .map(|message| view! { <ErrorMessage id="live-answer-error" message=message/> })
    };
    let described = move || {
        if has_error() {
            "live-answer-hint live-answer-error"
        } else {
            "live-answer-hint"
        }
    };
    let connect = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        live.connect.run(answer.get_untracked());
    };
    let pending = move || match live.pending.get() {
        None => view! {
            {error}
            <button type="button" class="button button--secondary" on:click=move |_| live.make.run(())>
                "Make a live link"
            </button>
        }
        .into_any(),
        Some(offer) => {
            let copied = offer.clone();
            view! {
                <div class="form-group">
                    <label class="label" for="live-offer-code">"Live link code for the player"</label>
                    <p class="hint" id="live-offer-code-hint">"The player pastes it under “Follow live” in their window."</p>
                    <textarea class="textarea drill-code-text" id="live-offer-code" rows="3" readonly
                        aria-describedby="live-offer-code-hint" prop:value=offer.clone()></textarea>
                    <CopyButton text=copied label="Copy the live link code"/>
                    <details class="details">
                        <summary class="details__summary">"Show the live link code as a QR code"</summary>
                        <QrCode text=Signal::stored(offer) label="QR code of the live link code"/>
                    </details>
                </div>
                <form class="drill-form" novalidate on:submit=connect>
                    <div class="form-group" class:form-group--error=has_error>
                        <label class="label" for="live-answer">"The player's answer code"</label>
                        <p class="hint" id="live-answer-hint">"Their window shows it once they paste the live link code."</p>
                        {error}
                        <textarea class="textarea drill-code-text" id="live-answer" rows="3" spellcheck="false"
                            autocomplete="off" aria-describedby=described prop:value=answer
                            on:input=move |ev| answer.set(event_target_value(&ev))></textarea>
                    </div>
                    <button type="submit" class="button">"Connect"</button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <h3 class="heading-s">"Follow live, on the same network"</h3>
        <p class="body">
            "A live link updates one player's window by itself after each event, with no code to paste. "
            "It works where both devices reach each other on the local network; where it does not connect, use the sync code."
        </p>
        <div role="status">{links}</div>
        {pending}
    }
}
