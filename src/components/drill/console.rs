use super::{ConsoleControls, ConsoleDecision, ConsoleEvent, DrillClocks, DrillInjectCard, LiveLinks, RemotePlayers};
use crate::components::govuk::{ErrorSummary, NotificationBanner, Problem, Tone};
use crate::components::WarningText;
use leptos::prelude::*;
use runbook::date::Date;
use runbook::drill::clock::format_elapsed;
use runbook::drill::view::{clock_status, coming_up, expected_answers, expected_for, FacilitatorView};

/// The ids the console moves focus to when what had it goes: the decisions still open
/// (after one is recorded), and the banner saying the drill has ended.
pub const OPEN_ID: &str = "drill-open";
pub const ENDED_ID: &str = "drill-ended";

/// What the console shows that never changes during a drill, with its links.
#[derive(Clone)]
pub struct ConsoleFixed {
    pub title: String,
    pub seed: u64,
    /// The situation and the facilitator's notes, as the build rendered their Markdown, with
    /// links that open in a new tab.
    pub situation_html: String,
    pub facilitator_notes_html: String,
    pub discussion: Vec<String>,
    /// The site's root, for links in the runbook's text.
    pub root: &'static str,
    /// The players' window, and the same in presentation mode.
    pub participant: String,
    pub presentation: String,
    /// The after-action report.
    pub report: String,
    /// The players' window for this drill on another device, in full (`remote::Join`).
    pub join_url: String,
    /// A link to a runbook section.
    pub doc_href: fn(&str, Option<&str>) -> String,
}

/// What the console says about the facilitator's last action and the browser's storage.
#[derive(Clone, Copy)]
pub struct ConsoleStatus {
    /// Why the last action was refused, if it was.
    pub error: Signal<Option<String>>,
    /// The browser would not save the drill.
    pub unsaved: Signal<bool>,
    /// "End the drill" was pressed, and the console asks whether to.
    pub confirming_end: Signal<bool>,
    /// Decisions recorded with no option chosen.
    pub unanswered: Signal<Vec<String>>,
}

/// The facilitator's console: both clocks, the controls, what the players see, and what
/// only the facilitator may see (expected answers, notes, score). What the facilitator acts
/// on comes first (the notices, the clocks and the controls), so it is on the first screen;
/// every link into the runbook opens in a new tab, so the console stays open.
///
/// Each part is drawn again only when what it shows changes, and a decision's form stays
/// while it is open, so a half-typed note, a chosen option and a keyboard user's focus
/// survive the clock ticking and other decisions opening.
#[component]
pub fn DrillConsole(
    fixed: ConsoleFixed,
    view: Signal<FacilitatorView>,
    sim: Signal<String>,
    wall: Signal<String>,
    today: Signal<Date>,
    status: ConsoleStatus,
    /// The note being written.
    note: RwSignal<String>,
    /// The drill's sync code, for players on other devices (`remote::sync_code`).
    code: Signal<String>,
    /// Live links to players' windows on the same network.
    live: LiveLinks,
    on_event: Callback<ConsoleEvent>,
) -> impl IntoView {
    let ended = Memo::new(move |_| view.with(|v| v.players.ended));
    let clock = Memo::new(move |_| view.with(|v| clock_status(v.players.paused, v.players.ended, Some(v.speed))));
    let error = move || {
        status.error.get().map(|message| {
            let problems = vec![Problem { field: None, message }];
            view! { <div role="alert"><ErrorSummary id="drill-error" problems=problems/></div> }
        })
    };
    let unsaved = move || {
        status.unsaved.get().then(|| {
            view! { <WarningText>"This browser would not save the drill: a reload will lose what happened since."</WarningText> }
        })
    };
    let report = fixed.report.clone();
    let ended_banner = move || {
        ended.get().then(|| {
            let report = report.clone();
            view! {
                <div id=ENDED_ID tabindex="-1">
                    <NotificationBanner title_id="drill-ended-title" title="Drill ended" tone=Tone::Success testid="drill-ended">
                        <p class="notification-banner__heading">"Both clocks have stopped. You can still add notes."</p>
                        <p class="body"><a class="link" href=report>"Write the after-action report"</a></p>
                    </NotificationBanner>
                </div>
            }
        })
    };
    let controls = move || {
        (!ended.get())
            .then(|| view! { <ConsoleControls view=view confirming_end=status.confirming_end on_event=on_event/> })
    };
    let root = fixed.root;
    let discussion = fixed
        .discussion
        .iter()
        .map(|q| view! { <li>{q.clone()}</li> })
        .collect_view();
    // Drawn as a view of its own: the console is one of the site's largest views, and its
    // type stays within the compiler's limits this way.
    let columns = view! {
        <div class="drill-columns">
            <div>
                <OpenDecisions view=view unanswered=status.unanswered on_event=on_event/>
                <section aria-labelledby="injects-title">
                    <h2 class="heading-l" id="injects-title">"What the players have been told"</h2>
                    <ToldSoFar view=view today=today root=root/>
                    <h3 class="heading-s">"The situation"</h3>
                    <div class="doc-body" inner_html=fixed.situation_html.clone()></div>
                </section>
                <Notes view=view note=note on_event=on_event/>
                <RemotePlayers join_url=fixed.join_url.clone() code=code live=live/>
            </div>
            <div>
                <section aria-labelledby="score-title" class="drill-secret" data-testid="facilitator-only">
                    <h2 class="heading-l" id="score-title">"Score"</h2>
                    <p class="body" data-testid="drill-score">
                        {move || view.with(|v| runbook::drill::score::in_words(v.score.met, v.score.missed, v.score.critical_misses))}
                    </p>
                    <h2 class="heading-l">"Expected answers"</h2>
                    <ExpectedAnswers view=view root=root doc_href=fixed.doc_href/>
                    <h2 class="heading-l">"Coming up"</h2>
                    <ul class="list list--bullet">
                        {move || view.with(coming_up).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                    <h2 class="heading-l">"Facilitator notes"</h2>
                    <div data-testid="facilitator-notes">
                        <div class="doc-body" inner_html=fixed.facilitator_notes_html.clone()></div>
                    </div>
                    <h2 class="heading-l">"Discussion afterwards"</h2>
                    <ul class="list list--bullet">{discussion}</ul>
                </section>
            </div>
        </div>
    }
    .into_any();
    view! {
        <div class="drill drill--facilitator">
            <span class="caption-l">"Facilitator"</span>
            <h1 class="heading-xl">{fixed.title.clone()}</h1>
            {error}
            {unsaved}
            {ended_banner}
            <DrillClocks sim=sim wall=wall status=clock.into()/>
            {controls}
            <p class="body">
                "Seed " <code class="code" data-testid="drill-seed">{fixed.seed}</code> ". For the shared screen: "
                <a class="link" href=fixed.presentation.clone() target="_blank" rel="noopener">
                    "the players' view in presentation mode (opens in new tab)"
                </a>
                ", or "
                <a class="link" href=fixed.participant.clone() target="_blank" rel="noopener">
                    "the players' view (opens in new tab)"
                </a>
                " with each role's brief."
            </p>
            {columns}
        </div>
    }
}

/// The decisions to make now, each a form that stays on the page while it is open.
#[component]
fn OpenDecisions(
    view: Signal<FacilitatorView>,
    unanswered: Signal<Vec<String>>,
    on_event: Callback<ConsoleEvent>,
) -> impl IntoView {
    let open = Memo::new(move |_| view.with(|v| v.players.open_decisions.clone()));
    view! {
        <section aria-labelledby="open-title" id=OPEN_ID tabindex="-1">
            <h2 class="heading-l" id="open-title">"Decisions to make now"</h2>
            <Show when=move || open.with(|o| !o.is_empty()) fallback=|| view! { <p class="body">"No decision is open."</p> }>
                <For
                    each=move || open.get()
                    key=|card| card.id.clone()
                    children=move |card| {
                        let id = card.id.clone();
                        let expected = view.with_untracked(|v| expected_for(v, &id).to_string());
                        let overdue = {
                            let id = id.clone();
                            Signal::derive(move || open.with(|o| o.iter().any(|c| c.id == id && c.overdue)))
                        };
                        let unanswered = Signal::derive(move || unanswered.with(|u| u.contains(&id)));
                        view! {
                            <ConsoleDecision card=card expected=expected overdue=overdue unanswered=unanswered on_event=on_event/>
                        }
                    }
                />
            </Show>
        </section>
    }
}

/// What the players have been told, newest first; each card stays as others arrive.
#[component]
fn ToldSoFar(view: Signal<FacilitatorView>, today: Signal<Date>, root: &'static str) -> impl IntoView {
    let cards = Memo::new(move |_| view.with(|v| v.players.injects.clone()));
    view! {
        <Show when=move || cards.with(|c| !c.is_empty()) fallback=|| view! { <p class="body">"No injects yet: only the situation."</p> }>
            <For
                each=move || cards.get().into_iter().rev()
                key=|card| (card.id.clone(), card.sim_ms)
                children=move |card| view! { <DrillInjectCard card=card today=today.get_untracked() root=root newest=false new_tab=true/> }
            />
        </Show>
    }
}

/// The facilitator's notes: the form, then each note at its time on the incident clock.
#[component]
fn Notes(view: Signal<FacilitatorView>, note: RwSignal<String>, on_event: Callback<ConsoleEvent>) -> impl IntoView {
    let notes = Memo::new(move |_| view.with(|v| v.notes.clone()));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_event.run(ConsoleEvent::Note(note.get_untracked()));
    };
    view! {
        <section aria-labelledby="notes-title">
            <h2 class="heading-l" id="notes-title">"Your notes"</h2>
            <form class="drill-form" novalidate on:submit=add>
                <div class="form-group">
                    <label class="label" for="drill-note">"Add a note"</label>
                    <p class="hint" id="drill-note-hint">
                        "Timed on both clocks and kept for the after-action report. Players do not see notes."
                    </p>
                    <textarea class="textarea" id="drill-note" rows="3" aria-describedby="drill-note-hint"
                        prop:value=note on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class="button button--secondary">"Add note"</button>
            </form>
            <ul class="list drill-notes" data-testid="drill-notes">
                {move || {
                    notes
                        .get()
                        .into_iter()
                        .map(|n| view! { <li><span class="drill-num">{format_elapsed(n.at.sim_ms)}</span> " " {n.text}</li> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// Each decision's runbook answer, why, the section that says so, and how the team did.
#[component]
fn ExpectedAnswers(
    view: Signal<FacilitatorView>,
    root: &'static str,
    doc_href: fn(&str, Option<&str>) -> String,
) -> impl IntoView {
    let answers = Memo::new(move |_| view.with(expected_answers));
    move || {
        answers
            .get()
            .into_iter()
            .map(|a| {
                let facts: String = a.facts.iter().map(|f| format!(" · {f}")).collect();
                view! {
                    <div class="drill-card" data-testid="expected-answer">
                        <h3 class="heading-s">{a.prompt.clone()}</h3>
                        <p class="body"><strong>"Runbook: "</strong>{a.expected}</p>
                        <div class="doc-body" inner_html=a.why.html_in_new_tab(root)></div>
                        <p class="body">
                            <a class="link" href=doc_href(&a.page, a.anchor.as_deref()) target="_blank" rel="noopener">
                                "The runbook section"
                                <span class="visually-hidden">{format!(" for: {}", a.prompt)}</span>
                                " (opens in new tab)"
                            </a>
                            {facts}
                        </p>
                        <p class="body"><strong class="drill-tag">{a.outcome}</strong></p>
                    </div>
                }
            })
            .collect_view()
    }
}
