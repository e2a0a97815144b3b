//! WebRTC glue: a live link between the facilitator's console and a player's window on
//! another device, with no server (`runbook::drill::remote`, "live link").
//!
//! No STUN or TURN server is named (the site makes no request beyond its own files), so the
//! browsers offer only their host candidates, and the two devices must reach each other on
//! the local network. The session descriptions are carried by hand as the core's codes; each
//! side waits for its candidates to be gathered before it shows its code, so one code each
//! way is enough. Once the channel opens, the console sends the sync code down it after each
//! event, and the window takes it as it takes a pasted one. Reading, checking and replaying a
//! code is the core's; this module only moves text.

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RtcConfiguration, RtcDataChannel, RtcDataChannelEvent, RtcDataChannelState, RtcIceGatheringState,
    RtcPeerConnection, RtcSdpType, RtcSessionDescriptionInit,
};

/// How long a side waits for its candidates before it shows its code with those it has.
/// Host candidates alone take a few milliseconds.
const GATHERING_MS: i32 = 3_000;

/// What a live link is doing, as the page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    /// Made, waiting for the other side.
    Waiting,
    Open,
    Closed,
}

thread_local! {
    /// The console's live links: each connection and its channel. JavaScript objects stay on
    /// this thread; the page's signals hold only what it shows.
    static LINKS: RefCell<Vec<(RtcPeerConnection, RtcDataChannel)>> = const { RefCell::new(Vec::new()) };
}

fn connection() -> Result<RtcPeerConnection, String> {
    let config = RtcConfiguration::new();
    // No ICE servers at all: host candidates only, and no request leaves the page.
    config.set_ice_servers(&js_sys::Array::new());
    RtcPeerConnection::new_with_configuration(&config).map_err(|_| NO_WEBRTC.to_string())
}

/// Said when the browser has no WebRTC, or refused it.
pub const NO_WEBRTC: &str =
    "This browser would not make a live link (WebRTC is missing or turned off). Use the sync code instead.";

/// Resolves once `pc` has gathered its candidates, or after [`GATHERING_MS`].
async fn gathered(pc: &RtcPeerConnection) {
    if pc.ice_gathering_state() == RtcIceGatheringState::Complete {
        return;
    }
    let pc = pc.clone();
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, _| {
        let done = resolve.clone();
        let watched = pc.clone();
        let on_change = Closure::<dyn Fn()>::new(move || {
            if watched.ice_gathering_state() == RtcIceGatheringState::Complete {
                let _ = done.call0(&JsValue::NULL);
            }
        });
        let _ = pc.add_event_listener_with_callback("icegatheringstatechange", on_change.as_ref().unchecked_ref());
        on_change.forget();
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, GATHERING_MS);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The local description's text once gathered.
async fn local_sdp(pc: &RtcPeerConnection) -> Result<String, String> {
    gathered(pc).await;
    pc.local_description()
        .map(|d| d.sdp())
        .ok_or_else(|| NO_WEBRTC.to_string())
}

fn description(kind: RtcSdpType, sdp: &str) -> RtcSessionDescriptionInit {
    let d = RtcSessionDescriptionInit::new(kind);
    d.set_sdp(sdp);
    d
}

fn refused(_: JsValue) -> String {
    "The browser could not use that code: it may be from another drill's live link, or stale. Make a new live link."
        .to_string()
}

/// The console: a new live link's offer (its session description), and the link's number.
/// `on_state` hears the link open and close; `on_open` is called as it opens (to send the
/// drill so far).
pub async fn offer(
    on_state: impl Fn(usize, LinkState) + 'static,
    on_open: impl Fn(&RtcDataChannel) + 'static,
) -> Result<(usize, String), String> {
    let pc = connection()?;
    let channel = pc.create_data_channel("drill");
    let number = LINKS.with(|l| l.borrow().len());
    let on_state = std::rc::Rc::new(on_state);
    let opened = {
        let on_state = on_state.clone();
        let sent = channel.clone();
        Closure::<dyn Fn()>::new(move || {
            on_open(&sent);
            on_state(number, LinkState::Open);
        })
    };
    channel.set_onopen(Some(opened.as_ref().unchecked_ref()));
    opened.forget();
    let closed = Closure::<dyn Fn()>::new(move || on_state(number, LinkState::Closed));
    channel.set_onclose(Some(closed.as_ref().unchecked_ref()));
    closed.forget();
    let made = JsFuture::from(pc.create_offer()).await.map_err(refused)?;
    JsFuture::from(pc.set_local_description(made.unchecked_ref()))
        .await
        .map_err(refused)?;
    let sdp = local_sdp(&pc).await?;
    LINKS.with(|l| l.borrow_mut().push((pc, channel)));
    Ok((number, sdp))
}

/// The console: completes live link `number` with the player's answer.
pub async fn accept(number: usize, answer_sdp: &str) -> Result<(), String> {
    let Some(pc) = LINKS.with(|l| l.borrow().get(number).map(|(pc, _)| pc.clone())) else {
        return Err(refused(JsValue::NULL));
    };
    JsFuture::from(pc.set_remote_description(&description(RtcSdpType::Answer, answer_sdp)))
        .await
        .map(|_| ())
        .map_err(refused)
}

/// The console: sends `text` down every open live link.
pub fn send_all(text: &str) {
    LINKS.with(|l| {
        for (_, channel) in l.borrow().iter() {
            send(channel, text);
        }
    });
}

/// Sends `text` down `channel` if it is open.
pub fn send(channel: &RtcDataChannel, text: &str) {
    if channel.ready_state() == RtcDataChannelState::Open {
        let _ = channel.send_with_str(text);
    }
}

thread_local! {
    /// A player's window's live link: kept for the life of the page.
    static FOLLOWING: RefCell<Option<RtcPeerConnection>> = const { RefCell::new(None) };
}

/// A player's window: answers the console's offer, and calls `on_message` with each text the
/// console sends and `on_state` as the link opens and closes. Returns the answer's session
/// description.
pub async fn answer(
    offer_sdp: &str,
    on_message: impl Fn(String) + 'static,
    on_state: impl Fn(LinkState) + 'static,
) -> Result<String, String> {
    let pc = connection()?;
    let on_message = std::rc::Rc::new(on_message);
    let on_state = std::rc::Rc::new(on_state);
    let on_channel = Closure::<dyn Fn(RtcDataChannelEvent)>::new(move |ev: RtcDataChannelEvent| {
        let channel = ev.channel();
        let heard = on_message.clone();
        let message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |m: web_sys::MessageEvent| {
            if let Some(text) = m.data().as_string() {
                heard(text);
            }
        });
        channel.set_onmessage(Some(message.as_ref().unchecked_ref()));
        message.forget();
        let state = on_state.clone();
        let closed = Closure::<dyn Fn()>::new(move || state(LinkState::Closed));
        channel.set_onclose(Some(closed.as_ref().unchecked_ref()));
        closed.forget();
        if channel.ready_state() == RtcDataChannelState::Open {
            on_state(LinkState::Open);
        } else {
            let state = on_state.clone();
            let opened = Closure::<dyn Fn()>::new(move || state(LinkState::Open));
            channel.set_onopen(Some(opened.as_ref().unchecked_ref()));
            opened.forget();
        }
    });
    pc.set_ondatachannel(Some(on_channel.as_ref().unchecked_ref()));
    on_channel.forget();
    JsFuture::from(pc.set_remote_description(&description(RtcSdpType::Offer, offer_sdp)))
        .await
        .map_err(refused)?;
    let made = JsFuture::from(pc.create_answer()).await.map_err(refused)?;
    JsFuture::from(pc.set_local_description(made.unchecked_ref()))
        .await
        .map_err(refused)?;
    let sdp = local_sdp(&pc).await?;
    // A new link replaces the last one.
    if let Some(old) = FOLLOWING.with(|f| f.borrow_mut().replace(pc)) {
        old.close();
    }
    Ok(sdp)
}
