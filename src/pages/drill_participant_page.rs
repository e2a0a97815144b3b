//! The players' window, for a projector or a player's own laptop (`?role=<id>` adds that
//! role's private brief, `?view=present` is presentation mode: `drill::address`). It shows
//! only the core's `ParticipantView`, which has no field for anything facilitator-only or for
//! another role's brief, drawn by `components::drill::PlayersView`. It follows the
//! facilitator's window (`drill_sync`) and reads the saved drill on load, so it survives a
//! reload. The drill and the time are signals; every second the view is worked out afresh,
//! and only what changed is drawn again.
//!
//! On another device (a player's own laptop, which shares nothing with the facilitator's
//! browser), the window opens from the drill's join link (`?drill=<id>&seed=<n>`) and
//! follows the facilitator's sync codes (`runbook::drill::remote`, `SyncCodeForm`): each
//! pasted code is read and checked by the core, replayed, and kept under its own key.
//!
//! The build draws the page as `PlayersWaiting`, saying what is true whether or not this
//! browser holds a drill; the app then shows the drill, or says it waits for one.
//!
//! Presentation mode hides the site's frame (a class on `<body>`, `style/drills.css`),
//! scrolls the newest inject into view when one arrives, and offers full screen where the
//! browser has the Fullscreen API (the button stays hidden where it has not).

use crate::components::drill::{
    FollowLive, FullScreen, LiveFollow, PlayersJoined, PlayersLinks, PlayersView, PlayersWaiting, SyncCodeForm,
    SyncStatus, SYNC_FIELD_ID,
};
use crate::components::govuk::AddressNotices;
use crate::drill_live::{self, LinkState};
use crate::drill_store::{self, now_ms, Loaded};
use crate::{browser, drill_sync, location, page_files, paths, static_page};
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::command::datetime::DateTime;
use runbook::drill::address::{players_query, read, DrillPage};
use runbook::drill::clock::format_elapsed;
use runbook::drill::remote::{self, link_code, read_link_code, Join, LinkSide, SyncError};
use runbook::drill::saved::Saved;
use runbook::drill::view::{participant_view, ParticipantView};
use runbook::drill::DrillState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub fn wire() {
    browser::set_title("Drill: players' view");
    let Some(main) = static_page::element_by_id("main-content") else {
        return;
    };
    let address = read(DrillPage::Players, &location::search());
    let join = address.join.clone();
    let (problem, saved) = match drill_store::load() {
        Loaded::Drill(s) => (None, Some(*s)),
        Loaded::Nothing => (None, None),
        Loaded::Broken { error, .. } => (Some(error.to_string()), None),
    };
    // A window that joined a drill through its link (a player's own device) shows this
    // browser's drill only if it is that one (the facilitator's own browser); otherwise
    // what the last sync code brought, if this browser kept it.
    let (problem, saved) = match &join {
        None => (problem, saved),
        Some(j) => {
            let here = saved.filter(|s| j.is(&Saved::from_state(s)));
            (None, here.or_else(|| drill_store::load_joined(j)))
        }
    };
    let present = address.present;
    if present {
        if let Some(body) = document().body() {
            let _ = body.class_list().add_1("drill-presenting");
        }
    }
    let role = address.role;
    let drill = RwSignal::new(saved);
    let problem = RwSignal::new(problem);
    let now = RwSignal::new(now_ms());
    let sync_status = RwSignal::new(SyncStatus::None);
    let shown = {
        let role = role.clone();
        Memo::new(move |_| drill.with(|d| d.as_ref().map(|d| players_now(d, now.get(), role.as_deref()))))
    };
    let sim = Memo::new(move |_| {
        drill.with(|d| {
            d.as_ref()
                .map(|d| format_elapsed(d.sim_ms(now.get())))
                .unwrap_or_default()
        })
    });
    let today = Memo::new(move |_| DateTime::from_unix_seconds(now.get() / 1000).date);
    let links = {
        let join = join.clone();
        PlayersLinks {
            root: paths::base(),
            other_mode: format!(
                "{}{}",
                paths::drill_participant(),
                players_query(role.as_deref(), !present, join.as_ref())
            ),
            everyone: format!(
                "{}{}",
                paths::drill_participant(),
                players_query(None, false, join.as_ref())
            ),
            role: std::sync::Arc::new(move |id: &str| {
                format!(
                    "{}{}",
                    paths::drill_participant(),
                    players_query(Some(id), false, join.as_ref())
                )
            }),
        }
    };
    let full_screen = present.then(full_screen);
    let notices = address.ignored;
    let on_sync = join
        .clone()
        .map(|join| Callback::new(move |text: String| sync(&join, &text, drill, sync_status)));
    let live = join.clone().map(|join| follow_live(join, drill, sync_status));
    let joined = join.clone();
    static_page::take_over(main, move || {
        // Drawn again only when a drill arrives: then its view changes what it shows in place.
        let has_drill = Memo::new(move |_| shown.with(Option::is_some));
        let page = move || match has_drill.get().then(|| shown.get_untracked()).flatten() {
            Some(first) => {
                // A drill, once here, stays: the next one replaces it.
                let view = Signal::derive(move || shown.get().unwrap_or_else(|| first.clone()));
                view! {
                    <PlayersView view=view sim=sim.into() today=today.into() role=role.clone() links=links.clone()
                        full_screen=full_screen/>
                }
                .into_any()
            }
            None => match &joined {
                Some(j) => {
                    let title = page_files::drills()
                        .iter()
                        .find(|s| s.id == j.scenario_id)
                        .map(|s| s.title.clone());
                    view! { <PlayersJoined title=title scenario_id=j.scenario_id.clone() drills=paths::drills()/> }
                        .into_any()
                }
                None => view! { <PlayersWaiting drills=paths::drills() known=true problem=problem.get()/> }.into_any(),
            },
        };
        let sync_form = on_sync.map(|on_sync| {
            view! {
                <div class="drill">
                    <SyncCodeForm status=sync_status.into() on_sync=on_sync/>
                    {live.map(|live| view! { <FollowLive live=live/> })}
                </div>
            }
        });
        view! {
            <AddressNotices id="drill-notices" title_id="drill-notices-title" notices=notices/>
            {page}
            {sync_form}
        }
    });
    let _ = set_interval_with_handle(move || now.set(now_ms()), std::time::Duration::from_millis(1000));
    if present {
        scroll_to_each_new_inject(shown);
    }
    drill_sync::listen(
        move || drill.with_untracked(|d| d.as_ref().map(Saved::from_state)),
        move |state: DrillState| {
            // A window that joined one drill follows only that one.
            if join.as_ref().is_some_and(|j| !j.is(&Saved::from_state(&state))) {
                return;
            }
            problem.set(None);
            drill.set(Some(state));
        },
    );
}

/// "Follow live": answers the console's live link code (`drill_live`); each code the console
/// then sends is taken as a pasted one is.
fn follow_live(join: Join, drill: RwSignal<Option<DrillState>>, status: RwSignal<SyncStatus>) -> LiveFollow {
    let state = RwSignal::new(String::new());
    let answer = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let make_answer = Callback::new(move |text: String| {
        let offer = match read_link_code(&text, LinkSide::Offer) {
            Ok(sdp) => sdp,
            Err(e) => {
                error.set(Some(e.to_string()));
                request_animation_frame(|| browser::focus_id("live-offer"));
                return;
            }
        };
        error.set(None);
        let join = join.clone();
        spawn_local(async move {
            let on_message = move |code: String| sync(&join, &code, drill, status);
            let on_state = move |link: LinkState| {
                state.set(
                    match link {
                        LinkState::Waiting => "",
                        LinkState::Open => "Following live: this window updates by itself after each event.",
                        LinkState::Closed => {
                            "The live link closed. Paste sync codes, or ask the facilitator for a new live link."
                        }
                    }
                    .to_string(),
                )
            };
            match drill_live::answer(&offer, on_message, on_state).await {
                Ok(sdp) => {
                    answer.set(Some(link_code(LinkSide::Answer, &sdp)));
                    state.set("Waiting for the facilitator to paste your answer code.".to_string());
                }
                Err(why) => error.set(Some(why)),
            }
        });
    });
    LiveFollow {
        state: state.into(),
        answer: answer.into(),
        error: error.into(),
        make_answer,
    }
}

/// Takes a pasted sync code through the core (`remote::read`), replays it, keeps it, and
/// says how it went; a code refused changes nothing the window shows.
fn sync(join: &Join, text: &str, drill: RwSignal<Option<DrillState>>, status: RwSignal<SyncStatus>) {
    let current = drill.with_untracked(|d| d.as_ref().map(Saved::from_state));
    let refused = |message: String, join_instead: Option<String>| SyncStatus::Refused { message, join_instead };
    let next = match remote::read(text, join, current.as_ref()) {
        Ok(synced) => match synced.saved.resume(page_files::drills()) {
            Ok(state) => {
                let kept = drill_store::save_joined(&synced.saved);
                drill.set(Some(state));
                let mut sentence = synced.sentence();
                if !kept {
                    sentence.push_str(" This browser would not keep it (storage may be full or blocked): after a reload, paste the code again.");
                }
                SyncStatus::Taken(sentence)
            }
            Err(e) => refused(e.to_string(), None),
        },
        Err(e) => {
            let join_instead = match &e {
                SyncError::OtherDrill { code_for } => {
                    Some(format!("{}{}", paths::drill_participant(), code_for.query()))
                }
                _ => None,
            };
            refused(e.to_string(), join_instead)
        }
    };
    status.set(next);
    if matches!(status.get_untracked(), SyncStatus::Refused { .. }) {
        request_animation_frame(|| browser::focus_id(SYNC_FIELD_ID));
    }
}

/// The players' view of `drill` at wall time `now`. What is due is shown as soon as it is
/// due, even before the facilitator's window saves it: the core decides what is due, and
/// the same log gives the same answer.
fn players_now(drill: &DrillState, now: i64, role: Option<&str>) -> ParticipantView {
    let mut probe = drill.clone();
    for e in drill.tick(now) {
        let _ = probe.apply(e);
    }
    participant_view(&probe, now, role)
}

/// Brings the newest inject into view when one arrives while the page shows, so the room
/// sees what just happened; not the newest already there when the page opens or another
/// drill starts.
fn scroll_to_each_new_inject(shown: Memo<Option<ParticipantView>>) {
    let newest = Memo::new(move |_| {
        shown.with(|v| {
            v.as_ref()
                .map(|v| (v.title.clone(), v.newest_inject().map(str::to_string)))
        })
    });
    Effect::new(move |before: Option<Option<(String, Option<String>)>>| {
        let now = newest.get();
        let arrived = matches!((&before, &now), (Some(Some((was_drill, was))), Some((drill, is)))
            if was_drill == drill && was != is);
        if arrived {
            request_animation_frame(|| {
                if let Ok(Some(card)) = document().query_selector("[data-newest]") {
                    card.scroll_into_view_with_bool(true);
                }
            });
        }
        now
    });
}

/// Full screen for presentation mode: the button asks the Fullscreen API (by name, so a
/// browser without it is only left without the button), and says so if the browser refuses.
fn full_screen() -> FullScreen {
    let on = RwSignal::new(fullscreen_element());
    let status = RwSignal::new(String::new());
    let changed = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
        status.set(String::new());
        on.set(fullscreen_element());
    });
    let _ = document().add_event_listener_with_callback("fullscreenchange", changed.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    changed.forget();
    let toggle = Callback::new(move |()| {
        let refused = move || status.set(REFUSED.to_string());
        let (owner, method): (wasm_bindgen::JsValue, &str) = if fullscreen_element() {
            (document().into(), "exitFullscreen")
        } else {
            match document().document_element() {
                Some(root) => (root.into(), "requestFullscreen"),
                None => return,
            }
        };
        let call = js_sys::Reflect::get(&owner, &method.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call0(&owner));
        match call {
            Some(Ok(promise)) => {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    let on_refusal = Closure::once(move |_: wasm_bindgen::JsValue| refused());
                    let _ = promise.catch(&on_refusal);
                    on_refusal.forget();
                }
            }
            _ => refused(),
        }
    });
    FullScreen {
        available: Signal::stored(fullscreen_enabled()),
        on: on.into(),
        status: status.into(),
        toggle,
    }
}

const REFUSED: &str = "This browser would not go full screen. Its own full screen key (often F11) may.";

/// Whether this browser lets a page go full screen.
fn fullscreen_enabled() -> bool {
    js_sys::Reflect::get(&document(), &"fullscreenEnabled".into()).is_ok_and(|v| v.as_bool() == Some(true))
}

fn fullscreen_element() -> bool {
    js_sys::Reflect::get(&document(), &"fullscreenElement".into()).is_ok_and(|v| !v.is_null() && !v.is_undefined())
}
