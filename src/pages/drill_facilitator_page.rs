use crate::browser;
use crate::components::{
    DocBody, DrillClocks, DrillDecisionForm, DrillInject, DrillRecovery, NotificationBanner, Tone, WarningText,
};
use crate::drill_store::{self, now_ms, Loaded};
use crate::drill_sync;
use crate::paths;
use leptos::prelude::*;
use runbook::drill::clock::{format_elapsed, format_speed, parse_speed, SPEED_CHOICES};
use runbook::drill::model::split_ref;
use runbook::drill::report::outcome_word;
use runbook::drill::saved::Saved;
use runbook::drill::view::{facilitator_view, FacilitatorView};
use runbook::drill::{DrillState, Event, EventKind};

/// The facilitator's console: both clocks, the controls, what the players see, and what
/// only the facilitator may see (expected answers, notes, score).
#[component]
pub fn DrillFacilitatorPage() -> impl IntoView {
    browser::set_title("Drill facilitator");
    let (version, set_version) = signal(0u32);
    move || {
        version.track();
        match drill_store::load() {
            Loaded::Drill(state) => view! { <Console initial=*state/> }.into_any(),
            Loaded::Nothing => view! {
                <div class="drill">
                    <h1 class="heading-xl">"No drill in progress"</h1>
                    <p class="body">"Choose a scenario and start a drill first."</p>
                    <p class="body"><a class="link" href=paths::drills()>"Choose a drill"</a></p>
                </div>
            }
            .into_any(),
            Loaded::Broken { error, raw } => view! {
                <div class="drill">
                    <h1 class="heading-xl">"The drill could not be resumed"</h1>
                    <DrillRecovery reason=error.to_string() raw=raw on_fresh=Callback::new(move |_| {
                        drill_store::clear();
                        set_version.update(|v| *v += 1);
                    })/>
                    <p class="body"><a class="link" href=paths::drills()>"Choose a drill"</a></p>
                </div>
            }
            .into_any(),
        }
    }
}

#[component]
fn Console(initial: DrillState) -> impl IntoView {
    let state = RwSignal::new(initial);
    let now = RwSignal::new(now_ms());
    let error = RwSignal::new(None::<String>);
    let saved_ok = RwSignal::new(true);

    let persist = move || {
        state.with_untracked(|s| {
            saved_ok.set(drill_store::save(s));
            drill_sync::broadcast(&Saved::from_state(s).to_text());
        });
    };
    // Every change goes through the core; a refusal changes nothing and is shown.
    let apply = move |kind: EventKind| {
        let at = now_ms();
        now.set(at);
        let mut result = Ok(());
        state.update(|s| result = s.apply(Event::new(at, kind)));
        match result {
            Ok(()) => {
                error.set(None);
                persist();
            }
            Err(e) => error.set(Some(format!("That could not be done: {e}."))),
        }
    };
    let tick = move || {
        let at = now_ms();
        now.set(at);
        let due = state.with_untracked(|s| s.tick(at));
        if !due.is_empty() {
            state.update(|s| {
                for e in due {
                    let _ = s.apply(e);
                }
            });
            persist();
        }
    };
    tick();
    if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_millis(1000)) {
        on_cleanup(move || handle.clear());
    }
    // Another facilitator window moved the drill on: follow it.
    drill_sync::listen(move |other| {
        let newer = state.with_untracked(|s| other.started() != s.started() || other.events().len() > s.events().len());
        if newer {
            state.set(other);
        }
    });

    // The view without its ticking clocks, so the page only re-renders when something
    // other than the time changes (keeping focus and half-typed text in place).
    let view_model = Memo::new(move |_| {
        let mut v: FacilitatorView = state.with(|s| facilitator_view(s, now.get()));
        v.players.sim_ms = 0;
        v.wall_elapsed_ms = 0;
        v
    });
    let sim = Signal::derive(move || state.with(|s| s.sim_ms(now.get())));
    let wall = Signal::derive(move || state.with(|s| s.wall_elapsed_ms(now.get())));
    let paused = Signal::derive(move || view_model.with(|v| v.players.paused));
    let ended = Signal::derive(move || view_model.with(|v| v.players.ended));
    let speed = Signal::derive(move || view_model.with(|v| v.speed));

    let title = state.with_untracked(|s| s.scenario().title.clone());
    browser::set_title(&format!("Facilitator: {title}"));

    let (speed_text, set_speed_text) = signal(state.with_untracked(|s| s.speed()).to_string());
    let change_speed = move |_| match parse_speed(&speed_text.get_untracked()) {
        Some(speed) => apply(EventKind::SpeedChanged { speed }),
        None => error.set(Some("Choose a speed from the list.".into())),
    };
    let (note, set_note) = signal(String::new());
    let add_note = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = note.get_untracked();
        if text.trim().is_empty() {
            error.set(Some("Enter a note before adding it.".into()));
            return;
        }
        apply(EventKind::NoteAdded { text });
        if error.get_untracked().is_none() {
            set_note.set(String::new());
        }
    };
    let end_drill = move |_| {
        apply(EventKind::Ended);
        state.with_untracked(drill_store::record_past);
    };

    let controls = move || {
        (!ended.get()).then(|| {
            let next = view_model.with(|v| v.upcoming.first().map(|u| (u.inject.clone(), u.title.clone())));
            view! {
                <section class="drill-controls" aria-labelledby="controls-title">
                    <h2 class="heading-m" id="controls-title">"Controls"</h2>
                    <div class="drill-actions">
                        {move || if paused.get() {
                            view! { <button type="button" class="button" on:click=move |_| apply(EventKind::Resumed)>"Resume the clock"</button> }.into_any()
                        } else {
                            view! { <button type="button" class="button button--secondary" on:click=move |_| apply(EventKind::Paused)>"Pause the clock"</button> }.into_any()
                        }}
                        {[1u32, 5, 15].into_iter().map(|m| view! {
                            <button type="button" class="button button--secondary" on:click=move |_| apply(EventKind::Advanced { minutes: m })>
                                {format!("Advance {m} min")}<span class="visually-hidden">" on the incident clock"</span>
                            </button>
                        }).collect_view()}
                    </div>
                    <div class="drill-actions drill-actions--inline">
                        <div class="form-group">
                            <label class="label" for="drill-speed">"Clock speed"</label>
                            <select class="select" id="drill-speed" on:change=move |ev| set_speed_text.set(event_target_value(&ev))>
                                {SPEED_CHOICES.iter().map(|sp| {
                                    let sp = *sp;
                                    view! { <option value=sp.to_string() selected=move || speed.get() == sp>{format!("{} real time", format_speed(sp))}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <button type="button" class="button button--secondary" on:click=change_speed>"Change speed"</button>
                    </div>
                    {next.map(|(id, t)| view! {
                        <p class="body">
                            <button type="button" class="button button--secondary" on:click=move |_| apply(EventKind::InjectRevealed { inject: id.clone() })>
                                {format!("Reveal the next inject now: {t}")}
                            </button>
                        </p>
                    })}
                    <button type="button" class="button button--warning" data-testid="end-drill" on:click=end_drill>"End the drill"</button>
                </section>
            }
        })
    };

    view! {
        <div class="drill drill--facilitator">
            <span class="caption-l">"Facilitator"</span>
            <h1 class="heading-xl">{title}</h1>
            <p class="body">
                "Seed "<code class="code" data-testid="drill-seed">{move || view_model.with(|v| v.seed.to_string())}</code>". "
                <a class="link" href=paths::drill_participant() target="_blank" rel="noopener">"Open the participant view"<span class="visually-hidden">" (opens in a new tab)"</span></a>
                " on the shared screen."
            </p>
            {move || error.get().map(|e| view! {
                <div class="error-summary" role="alert" tabindex="-1" data-testid="drill-error">
                    <h2 class="error-summary__title">"There is a problem"</h2>
                    <ul class="error-summary__list"><li>{e}</li></ul>
                </div>
            })}
            {move || (!saved_ok.get()).then(|| view! {
                <WarningText>"This browser would not save the drill: a reload will lose what happened since."</WarningText>
            })}
            {move || ended.get().then(|| view! {
                <NotificationBanner title_id="drill-ended-title" title="Drill ended" tone=Tone::Success testid="drill-ended">
                    <p class="notification-banner__heading">"Both clocks have stopped. You can still add notes."</p>
                    <p class="body"><a class="link" href=paths::drill_report()>"Write the after-action report"</a></p>
                </NotificationBanner>
            })}
            <DrillClocks sim_ms=sim wall_ms=wall paused=paused ended=ended speed=speed/>
            {controls}
            <div class="drill-columns">
                <div>
                    <section aria-labelledby="open-title">
                        <h2 class="heading-l" id="open-title">"Decisions to make now"</h2>
                        {move || {
                            let (open, briefs) = view_model.with(|v| (v.players.open_decisions.clone(), v.decisions.clone()));
                            if open.is_empty() {
                                return view! { <p class="body">"No decision is open."</p> }.into_any();
                            }
                            open.into_iter().map(|card| {
                                let id = card.id.clone();
                                let expected = briefs.iter().find(|b| b.id == card.id).map(|b| b.expected.clone()).unwrap_or_default();
                                view! {
                                    <div class="drill-card">
                                        <DrillDecisionForm card=card on_record=Callback::new(move |option: String| apply(EventKind::DecisionMade { decision: id.clone(), option, role: None }))/>
                                        <p class="inset-text drill-secret" data-testid="open-expected"><strong>"Runbook answer (facilitator only): "</strong>{expected}</p>
                                    </div>
                                }
                            }).collect_view().into_any()
                        }}
                    </section>
                    <section aria-labelledby="injects-title">
                        <h2 class="heading-l" id="injects-title">"What the players have been told"</h2>
                        {move || {
                            let cards = view_model.with(|v| v.players.injects.clone());
                            if cards.is_empty() {
                                view! { <p class="body">"No injects yet: only the situation."</p> }.into_any()
                            } else {
                                cards.into_iter().rev().map(|c| view! { <DrillInject card=c/> }).collect_view().into_any()
                            }
                        }}
                        <h3 class="heading-s">"The situation"</h3>
                        <DocBody prose=state.with_untracked(|s| s.scenario().situation.clone())/>
                    </section>
                    <section aria-labelledby="notes-title">
                        <h2 class="heading-l" id="notes-title">"Your notes"</h2>
                        <form class="drill-form" on:submit=add_note novalidate>
                            <div class="form-group">
                                <label class="label" for="drill-note">"Add a note"</label>
                                <p class="hint" id="drill-note-hint">"Timed on both clocks and kept for the after-action report. Players do not see notes."</p>
                                <textarea class="textarea" id="drill-note" rows="3" aria-describedby="drill-note-hint"
                                    prop:value=note on:input=move |ev| set_note.set(event_target_value(&ev))></textarea>
                            </div>
                            <button type="submit" class="button button--secondary">"Add note"</button>
                        </form>
                        <ul class="list drill-notes" data-testid="drill-notes">
                            {move || view_model.with(|v| v.notes.clone()).into_iter().map(|n| view! {
                                <li><span class="drill-num">{format_elapsed(n.at.sim_ms)}</span>" "{n.text}</li>
                            }).collect_view()}
                        </ul>
                    </section>
                </div>
                <div>
                    <section aria-labelledby="score-title" class="drill-secret" data-testid="facilitator-only">
                        <h2 class="heading-l" id="score-title">"Score"</h2>
                        {move || view_model.with(|v| {
                            let s = &v.score;
                            view! { <p class="body" data-testid="drill-score">{format!("{} met, {} missed, {} critical misses", s.met, s.missed, s.critical_misses)}</p> }
                        })}
                        <h2 class="heading-l">"Expected answers"</h2>
                        {move || view_model.with(|v| v.decisions.iter().map(|d| {
                            let (slug, anchor) = split_ref(&d.runbook);
                            let outcome = v.score.decisions.iter().find(|s| s.decision == d.id).map(|s| outcome_word(s.outcome)).unwrap_or("");
                            view! {
                                <div class="drill-card" data-testid="expected-answer">
                                    <h3 class="heading-s">{d.prompt.clone()}</h3>
                                    <p class="body"><strong>"Runbook: "</strong>{d.expected.clone()}</p>
                                    <DocBody prose=d.why.clone()/>
                                    <p class="body">
                                        <a class="link" href=paths::doc_anchor(slug, anchor)>"The runbook section"<span class="visually-hidden">{format!(" for: {}", d.prompt)}</span></a>
                                        {d.critical.then_some(" · critical")}
                                        {d.deadline_sim_ms.map(|t| format!(" · deadline {}", format_elapsed(t)))}
                                    </p>
                                    <p class="body"><strong class="drill-tag">{outcome}</strong></p>
                                </div>
                            }
                        }).collect_view())}
                        <h2 class="heading-l">"Coming up"</h2>
                        <ul class="list list--bullet">
                            {move || view_model.with(|v| v.upcoming.iter().map(|u| view! {
                                <li>{format!("{} – {}", format_elapsed(u.due_sim_ms), u.title)}</li>
                            }).collect_view())}
                            {move || view_model.with(|v| v.conditional.iter().map(|t| view! {
                                <li>{format!("When triggered – {t}")}</li>
                            }).collect_view())}
                        </ul>
                        <h2 class="heading-l">"Facilitator notes"</h2>
                        <div data-testid="facilitator-notes"><DocBody prose=state.with_untracked(|s| s.scenario().facilitator_notes.clone())/></div>
                        <h2 class="heading-l">"Discussion afterwards"</h2>
                        <ul class="list list--bullet">
                            {state.with_untracked(|s| s.scenario().discussion.clone()).into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
                        </ul>
                    </section>
                </div>
            </div>
        </div>
    }
}
