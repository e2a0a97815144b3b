//! The facilitator's console: both clocks, the controls, what the players see, and what
//! only the facilitator may see (expected answers, notes, score).
//!
//! Every change goes through the core (`DrillState::apply`, `tick`), which also says what
//! the console shows (`view::facilitator_view`); `components::drill::DrillConsole` draws it.
//! This module keeps the drill and the time in signals, answers the console's events, saves
//! and broadcasts each change, and moves focus when what had it goes. The build draws the
//! page as `NoDrillInProgress`, saying what is true whether or not this browser holds a
//! drill; the app then shows the console, says there is none, or offers to recover one
//! that could not be read.

use crate::components::drill::{
    ConsoleEvent, ConsoleFixed, ConsoleStatus, DrillConsole, Filing, LiveLinks, PastNotFiled, ENDED_ID, END_ID,
    KEEP_GOING_ID, OPEN_ID,
};
use crate::components::govuk::AddressNotices;
use crate::components::{NoDrillInProgress, SavedDataRecovery};
use crate::drill_live::{self, LinkState};
use crate::drill_store::{self, now_ms, Loaded, NotFiled};
use crate::{browser, drill_sync, location, paths, static_page};
use leptos::prelude::*;
use leptos::task::spawn_local;
use runbook::command::datetime::DateTime;
use runbook::drill::address::{players_query, DrillPage};
use runbook::drill::clock::{format_elapsed, parse_speed};
use runbook::drill::remote::{link_code, read_link_code, sync_code, Join, LinkSide};
use runbook::drill::saved::Saved;
use runbook::drill::view::facilitator_view;
use runbook::drill::{DrillState, Event, EventKind};
use std::sync::Arc;

/// Files a drill in the list of past drills again, once the reader has cleared a damaged
/// list: the drill's title and why, if it still cannot be.
type Retry = Arc<dyn Fn() -> Result<(), (String, NotFiled)> + Send + Sync>;

/// What the page shows.
#[derive(Clone, PartialEq)]
enum Shown {
    Console,
    NoDrill,
    /// The saved drill could not be read: why, and the saved text to download.
    Broken {
        reason: String,
        raw: String,
    },
}

/// Draws the page for the drill this browser holds, or says there is none, or that it
/// could not be resumed. `filing` is how filing a drill this one replaced went
/// (`drill_store::file_replaced`): if it could not be filed, the page says so first.
pub fn wire(filing: Result<(), (String, NotFiled)>) {
    browser::set_title("Drill facilitator");
    let Some(main) = static_page::element_by_id("main-content") else {
        return;
    };
    let past = PastFiling::new();
    if let Err((title, why)) = filing {
        past.not_filed(title, why, Arc::new(drill_store::file_replaced));
    }
    let (shown, console) = match drill_store::load() {
        Loaded::Drill(state) => (Shown::Console, Some(Console::start(*state, past))),
        Loaded::Nothing => (Shown::NoDrill, None),
        Loaded::Broken { error, raw } => (
            Shown::Broken {
                reason: error.to_string(),
                raw,
            },
            None,
        ),
    };
    let shown = RwSignal::new(shown);
    // What the address asked for that could not be used (this page reads nothing from it).
    let ignored = runbook::drill::address::read(DrillPage::Facilitator, &location::search()).ignored;
    static_page::take_over(main, move || {
        let page = move || match shown.get() {
            Shown::Console => console.map(Console::draw),
            Shown::NoDrill => Some(view! { <NoDrillInProgress drills=paths::drills() known=true/> }.into_any()),
            Shown::Broken { reason, raw } => {
                let on_fresh = Callback::new(move |_| {
                    drill_store::clear();
                    shown.set(Shown::NoDrill);
                });
                Some(
                    view! {
                        <div class="drill">
                            <h1 class="heading-xl">"The drill could not be resumed"</h1>
                            <SavedDataRecovery reason=reason raw=raw on_fresh=on_fresh/>
                            <p class="body"><a class="link" href=paths::drills()>"Choose a drill"</a></p>
                        </div>
                    }
                    .into_any(),
                )
            }
        };
        view! {
            <AddressNotices id="drill-notices" title_id="drill-notices-title" notices=ignored/>
            {move || past.draw()}
            {page}
        }
    });
}

/// How filing a drill in the list of past drills went, when it did not simply work.
#[derive(Clone, Copy)]
struct PastFiling {
    filing: RwSignal<Option<Filing>>,
    /// The drill's title and how to file it again.
    retry: StoredValue<Option<(String, Retry)>>,
}

impl PastFiling {
    fn new() -> Self {
        Self {
            filing: RwSignal::new(None),
            retry: StoredValue::new(None),
        }
    }

    /// Says that the drill `title` could not be added to the list of past drills. A damaged
    /// list is offered for download and cleared only when the reader chooses; then `retry`
    /// files the drill.
    fn not_filed(self, title: String, why: NotFiled, retry: Retry) {
        let sentence = why.sentence(&title);
        self.filing.set(Some(match why {
            NotFiled::Damaged { raw, .. } => Filing::Damaged { sentence, raw },
            NotFiled::Refused => Filing::Refused { sentence },
        }));
        self.retry.set_value(Some((title, retry)));
    }

    fn draw(self) -> Option<impl IntoView> {
        let filing = self.filing.get()?;
        let on_cleared = Callback::new(move |()| {
            let Some((title, retry)) = self.retry.get_value() else {
                return;
            };
            self.filing.set(Some(match retry() {
                Ok(()) => Filing::Filed { title },
                Err((title, why)) => Filing::Refused {
                    sentence: why.sentence(&title),
                },
            }));
        });
        Some(view! { <div class="drill"><PastNotFiled filing=filing on_cleared=on_cleared/></div> })
    }
}

/// The drill in progress and what the console says about it.
#[derive(Clone, Copy)]
struct Console {
    drill: RwSignal<DrillState>,
    /// Wall time of the last tick or action.
    now: RwSignal<i64>,
    /// Why the last action was refused, if it was.
    error: RwSignal<Option<String>>,
    saved_ok: RwSignal<bool>,
    confirming_end: RwSignal<bool>,
    /// Decisions recorded with no option chosen.
    unanswered: RwSignal<Vec<String>>,
    note: RwSignal<String>,
    past: PastFiling,
    live: Live,
}

/// The console's live links (`drill_live`): what the page shows of them.
#[derive(Clone, Copy)]
struct Live {
    /// The link waiting for its player's answer: its number and offer code.
    pending: RwSignal<Option<(usize, String)>>,
    error: RwSignal<Option<String>>,
    /// Each link's state, by number.
    states: RwSignal<Vec<LinkState>>,
}

impl Console {
    /// Starts the console for `state`: the clocks tick every second, and another
    /// facilitator window of this browser moving the drill on is followed.
    fn start(state: DrillState, past: PastFiling) -> Self {
        browser::set_title(&format!("Facilitator: {}", state.scenario().title));
        let console = Console {
            drill: RwSignal::new(state),
            now: RwSignal::new(now_ms()),
            error: RwSignal::new(None),
            saved_ok: RwSignal::new(true),
            confirming_end: RwSignal::new(false),
            unanswered: RwSignal::new(Vec::new()),
            note: RwSignal::new(String::new()),
            past,
            live: Live {
                pending: RwSignal::new(None),
                error: RwSignal::new(None),
                states: RwSignal::new(Vec::new()),
            },
        };
        console.tick();
        let _ = set_interval_with_handle(move || console.tick(), std::time::Duration::from_millis(1000));
        drill_sync::listen(
            move || Some(console.drill.with_untracked(Saved::from_state)),
            move |other: DrillState| {
                if console.drill.with_untracked(|d| d.started() != other.started()) {
                    // Another drill: the console's fixed text is its scenario's, and the
                    // drill this one replaced is filed as the page opens.
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                    return;
                }
                console.drill.set(other);
            },
        );
        console
    }

    fn draw(self) -> AnyView {
        let fixed = self.drill.with_untracked(|d| {
            let scenario = d.scenario();
            let root = paths::base();
            ConsoleFixed {
                title: scenario.title.clone(),
                seed: d.seed(),
                situation_html: scenario.situation.html_in_new_tab(root),
                facilitator_notes_html: scenario.facilitator_notes.html_in_new_tab(root),
                discussion: scenario.discussion.clone(),
                root,
                participant: paths::drill_participant(),
                presentation: format!("{}{}", paths::drill_participant(), players_query(None, true, None)),
                report: paths::drill_report(),
                join_url: format!(
                    "{}{}{}",
                    origin(),
                    paths::drill_participant(),
                    Join::of(&Saved::from_state(d)).query()
                ),
                doc_href: paths::doc_anchor,
            }
        });
        let (drill, now) = (self.drill, self.now);
        let view = Memo::new(move |_| drill.with(|d| facilitator_view(d, now.get())));
        let sim = Memo::new(move |_| drill.with(|d| format_elapsed(d.sim_ms(now.get()))));
        let wall = Memo::new(move |_| drill.with(|d| format_elapsed(d.wall_elapsed_ms(now.get()))));
        let today = Memo::new(move |_| DateTime::from_unix_seconds(now.get() / 1000).date);
        let status = ConsoleStatus {
            error: self.error.into(),
            unsaved: Signal::derive(move || !self.saved_ok.get()),
            confirming_end: self.confirming_end.into(),
            unanswered: self.unanswered.into(),
        };
        let on_event = Callback::new(move |event| self.on_event(event));
        // Worked out again only when the log changes, not every second.
        let code = Memo::new(move |_| drill.with(|d| sync_code(&Saved::from_state(d))));
        view! {
            <DrillConsole fixed=fixed view=view.into() sim=sim.into() wall=wall.into() today=today.into()
                status=status note=self.note code=code.into() live=self.live_links() on_event=on_event/>
        }
        .into_any()
    }

    /// The live links as the console draws them, and its actions on them.
    fn live_links(self) -> LiveLinks {
        let live = self.live;
        let links = Signal::derive(move || {
            live.states.with(|states| {
                states
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let how = match s {
                            LinkState::Waiting => "waiting for the player's answer",
                            LinkState::Open => "connected: the player's window follows the drill by itself",
                            LinkState::Closed => "closed (the player's window closed or left the network): make a new one, or use the sync code",
                        };
                        format!("Live link {}: {how}.", i + 1)
                    })
                    .collect()
            })
        });
        let make = Callback::new(move |()| {
            live.error.set(None);
            let on_state = move |number: usize, state: LinkState| {
                live.states.update(|s| {
                    if let Some(s) = s.get_mut(number) {
                        *s = state;
                    }
                });
                if state == LinkState::Open
                    && live
                        .pending
                        .with_untracked(|p| p.as_ref().is_some_and(|(n, _)| *n == number))
                {
                    live.pending.set(None);
                }
            };
            let on_open = move |channel: &web_sys::RtcDataChannel| {
                drill_live::send(
                    channel,
                    &self.drill.with_untracked(|d| sync_code(&Saved::from_state(d))),
                );
            };
            spawn_local(async move {
                match drill_live::offer(on_state, on_open).await {
                    Ok((number, sdp)) => {
                        live.states.update(|s| s.push(LinkState::Waiting));
                        live.pending.set(Some((number, link_code(LinkSide::Offer, &sdp))));
                    }
                    Err(why) => live.error.set(Some(why)),
                }
            });
        });
        let connect = Callback::new(move |text: String| {
            let Some((number, _)) = live.pending.get_untracked() else {
                return;
            };
            match read_link_code(&text, LinkSide::Answer) {
                Ok(sdp) => {
                    live.error.set(None);
                    spawn_local(async move {
                        if let Err(why) = drill_live::accept(number, &sdp).await {
                            live.error.set(Some(why));
                        }
                    });
                }
                Err(e) => {
                    live.error.set(Some(e.to_string()));
                    after_drawing("live-answer");
                }
            }
        });
        LiveLinks {
            pending: Signal::derive(move || live.pending.get().map(|(_, code)| code)),
            error: live.error.into(),
            links,
            make,
            connect,
        }
    }

    fn on_event(self, event: ConsoleEvent) {
        match event {
            ConsoleEvent::Pause => {
                self.apply(EventKind::Paused);
            }
            ConsoleEvent::Resume => {
                self.apply(EventKind::Resumed);
            }
            ConsoleEvent::Advance(minutes) => {
                self.apply(EventKind::Advanced { minutes });
            }
            ConsoleEvent::Reveal(inject) => {
                self.apply(EventKind::InjectRevealed { inject });
            }
            ConsoleEvent::Speed(chosen) => match parse_speed(&chosen) {
                Some(speed) => {
                    self.apply(EventKind::SpeedChanged { speed });
                }
                None => self.error.set(Some("Choose a speed from the list.".into())),
            },
            ConsoleEvent::AskToEnd(ask) => {
                self.confirming_end.set(ask);
                // The choice that had focus is gone: the safe one takes it.
                after_drawing(if ask { KEEP_GOING_ID } else { END_ID });
            }
            ConsoleEvent::End => self.end(),
            ConsoleEvent::Note(text) => {
                if text.trim().is_empty() {
                    self.error.set(Some("Enter a note before adding it.".into()));
                } else if self.apply(EventKind::NoteAdded { text }) {
                    self.note.set(String::new());
                }
            }
            ConsoleEvent::Decide { decision, option } => match option {
                None => self.unanswered.update(|u| {
                    if !u.contains(&decision) {
                        u.push(decision);
                    }
                }),
                Some(option) => {
                    self.unanswered.update(|u| u.retain(|d| *d != decision));
                    if self.apply(EventKind::DecisionMade {
                        decision,
                        option,
                        role: None,
                    }) {
                        // Its form is gone: focus goes to what is still open.
                        after_drawing(OPEN_ID);
                    }
                }
            },
        }
    }

    /// Ends the drill, files it in the list of past drills, and says so where focus goes.
    fn end(self) {
        self.confirming_end.set(false);
        if !self.apply(EventKind::Ended) {
            return;
        }
        after_drawing(ENDED_ID);
        let state = self.drill.get_untracked();
        if let Err(why) = drill_store::record_past(&state) {
            let title = state.scenario().title.clone();
            let retry_title = title.clone();
            let retry = move || drill_store::record_past(&state).map_err(|why| (retry_title.clone(), why));
            self.past.not_filed(title, why, Arc::new(retry));
        }
    }

    /// Moves the clocks on and applies what came due.
    fn tick(self) {
        let at = now_ms();
        let due = self.drill.with_untracked(|d| d.tick(at));
        if !due.is_empty() {
            self.drill.update(|d| {
                for e in due {
                    let _ = d.apply(e);
                }
            });
            self.persist();
        }
        self.now.set(at);
    }

    /// Every change goes through the core; a refusal changes nothing and is shown. What the
    /// change brings due (advancing the clock past an inject) is applied at once, so this
    /// window never lags the players' one, which shows what is due as soon as it is. True
    /// if the change was made.
    fn apply(self, kind: EventKind) -> bool {
        let at = now_ms();
        let mut next = self.drill.get_untracked();
        let done = match next.apply(Event::new(at, kind)) {
            Ok(()) => {
                for e in next.tick(at) {
                    let _ = next.apply(e);
                }
                self.drill.set(next);
                self.error.set(None);
                self.persist();
                true
            }
            Err(e) => {
                self.error.set(Some(format!("That could not be done: {e}.")));
                false
            }
        };
        self.now.set(at);
        done
    }

    fn persist(self) {
        self.drill.with_untracked(|d| {
            self.saved_ok.set(drill_store::save(d));
            let saved = Saved::from_state(d);
            drill_sync::broadcast(&saved.to_text());
            drill_live::send_all(&sync_code(&saved));
        });
    }
}

/// This page's origin (`https://host:port`), for the join link a player opens elsewhere.
fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Moves focus to `id` once the page shows the change just made.
fn after_drawing(id: &'static str) {
    request_animation_frame(move || browser::focus_id(id));
}
