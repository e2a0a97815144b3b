use crate::browser;
use crate::components::{DocBody, DrillClocks};
use crate::drill_store::{self, now_ms, Loaded};
use crate::drill_sync;
use crate::paths;
use leptos::prelude::*;
use runbook::command::datetime::DateTime;
use runbook::drill::clock::format_elapsed;
use runbook::drill::console_markup::inject_card;
use runbook::drill::view::{participant_view, ParticipantView};
use runbook::drill::DrillState;

/// The players' screen, for a projector or a player's own laptop (`?role=<id>` adds that
/// role's private brief): rendered only from the core's `ParticipantView`, which has no
/// field for anything facilitator-only or for another role's brief. Follows the facilitator's window over
/// BroadcastChannel, and reads the saved drill on load so it survives a reload.
#[component]
pub fn DrillParticipantPage() -> impl IntoView {
    browser::set_title("Drill: players' view");
    // Whose screen this is: `?role=<id>` adds that role's private brief.
    let role = crate::location::param("role").filter(|r| !r.is_empty());
    let role_for_view = role.clone();
    let (problem, initial) = match drill_store::load() {
        Loaded::Drill(s) => (None, Some(*s)),
        Loaded::Nothing => (None, None),
        Loaded::Broken { error, .. } => (Some(error.to_string()), None),
    };
    let state = RwSignal::new(initial);
    let problem = RwSignal::new(problem);
    let now = RwSignal::new(now_ms());
    if let Ok(handle) = set_interval_with_handle(move || now.set(now_ms()), std::time::Duration::from_millis(1000)) {
        on_cleanup(move || handle.clear());
    }
    drill_sync::listen(move |s| {
        problem.set(None);
        state.set(Some(s));
        now.set(now_ms());
    });
    // What is due is shown as soon as it is due, even before the facilitator's window
    // saves it: the core decides what is due, and the same log gives the same answer.
    let current = move |s: &DrillState, at: i64| {
        let mut probe = s.clone();
        for e in s.tick(at) {
            let _ = probe.apply(e);
        }
        participant_view(&probe, at, role_for_view.as_deref())
    };
    let view_model = Memo::new(move |_| {
        state.with(|s| {
            s.as_ref().map(|s| {
                let mut v: ParticipantView = current(s, now.get());
                v.sim_ms = 0;
                v
            })
        })
    });
    let sim = Signal::derive(move || state.with(|s| s.as_ref().map_or(0, |s| s.sim_ms(now.get()))));
    let paused = Signal::derive(move || view_model.with(|v| v.as_ref().is_some_and(|v| v.paused)));
    let ended = Signal::derive(move || view_model.with(|v| v.as_ref().is_some_and(|v| v.ended)));

    move || {
        match view_model.get() {
        None => view! {
            <div class="drill">
                <h1 class="heading-xl">"Waiting for the drill to start"</h1>
                {problem.get().map(|p| view! { <p class="body" data-testid="participant-problem">{p}" The facilitator can recover it from the list of drills."</p> })}
                <p class="body">"This screen shows the drill when the facilitator starts it in another window of this browser."</p>
                <p class="body"><a class="link" href=paths::drills()>"See every drill"</a></p>
            </div>
        }
        .into_any(),
        Some(v) => view! {
            <div class="drill drill--participant" data-testid="participant-view">
                <span class="caption-l">"Tabletop drill: players' view"</span>
                <h1 class="heading-xl">{v.title.clone()}</h1>
                <DrillClocks sim_ms=sim paused=paused ended=ended/>
                <h2 class="heading-l">"The situation"</h2>
                <DocBody prose=v.situation.clone()/>
                <h2 class="heading-l">"Roles"</h2>
                {match (&role, &v.my_role) {
                    (Some(_), Some(mine)) => view! {
                        <div class="inset-text" data-testid="my-role">
                            <h3 class="heading-m">{format!("Your role: {}", mine.name)}</h3>
                            <DocBody prose=mine.brief.clone()/>
                        </div>
                    }.into_any(),
                    (Some(id), None) => view! {
                        <p class="body" data-testid="role-unknown">{format!("This drill has no role called “{id}”, so this screen shows what every player sees. Choose a role below.")}</p>
                    }.into_any(),
                    (None, _) => ().into_any(),
                }}
                <p class="body">"Whose screen is this? A player can open this view with their own role's brief, in another window of this browser:"</p>
                <ul class="list list--bullet" data-testid="role-choice">
                    <li><a class="link" href=paths::drill_participant() aria-current=role.is_none().then_some("page")>"Everyone (the shared screen)"</a></li>
                    {v.roles.iter().map(|r| {
                        let current = (role.as_deref() == Some(r.id.as_str())).then_some("page");
                        view! { <li><a class="link" href=paths::drill_participant_as(&r.id) aria-current=current>{r.name.clone()}</a></li> }
                    }).collect_view()}
                </ul>
                <section aria-labelledby="p-open-title">
                    <h2 class="heading-l" id="p-open-title">"Decisions to make now"</h2>
                    {if v.open_decisions.is_empty() {
                        view! { <p class="body">"No decision is open."</p> }.into_any()
                    } else {
                        v.open_decisions.iter().map(|d| view! {
                            <div class="drill-card" data-testid="participant-decision">
                                <h3 class="heading-m">{d.prompt.clone()}</h3>
                                {d.deadline_sim_ms.map(|t| view! { <p class="hint">{format!("Deadline: {} on the incident clock.", format_elapsed(t))}</p> })}
                                <ul class="list list--bullet">{d.options.iter().map(|o| view! { <li>{o.label.clone()}</li> }).collect_view()}</ul>
                            </div>
                        }).collect_view().into_any()
                    }}
                </section>
                <section aria-labelledby="p-injects-title">
                    <h2 class="heading-l" id="p-injects-title">"What has happened"</h2>
                    {if v.injects.is_empty() {
                        view! { <p class="body">"Nothing new yet."</p> }.into_any()
                    } else {
                        // The facilitator's console shows the same cards (`console_markup::inject_card`).
                        let today = DateTime::from_unix_seconds(now_ms() / 1000).date;
                        let cards: String = v.injects.iter().rev().map(|c| inject_card(c, today, paths::base())).collect();
                        view! { <div inner_html=cards></div> }.into_any()
                    }}
                </section>
                {(!v.made.is_empty()).then(|| view! {
                    <section aria-labelledby="p-made-title">
                        <h2 class="heading-l" id="p-made-title">"Decisions made"</h2>
                        <dl class="summary-list">
                            {v.made.iter().map(|m| view! {
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{m.prompt.clone()}</dt>
                                    <dd class="summary-list__value">{format!("{} (at {})", m.chosen, format_elapsed(m.sim_ms))}</dd>
                                </div>
                            }).collect_view()}
                        </dl>
                    </section>
                })}
            </div>
        }
        .into_any(),
    }
    }
}
