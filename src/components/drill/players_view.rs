use super::{DecisionDeadline, DrillClocks, DrillInjectCard};
use leptos::prelude::*;
use runbook::date::Date;
use runbook::drill::clock::format_elapsed;
use runbook::drill::view::ParticipantView;

/// Where the players' window links to.
#[derive(Clone)]
pub struct PlayersLinks {
    /// The site's root, for links in the runbook's text.
    pub root: &'static str,
    /// This screen in the other mode: presentation mode, or out of it.
    pub other_mode: String,
    /// The players' window for everyone.
    pub everyone: String,
    /// The players' window of one role, by its id (keeping the drill a window joined).
    pub role: std::sync::Arc<dyn Fn(&str) -> String + Send + Sync>,
}

/// Full screen, on a projector: whether the browser can, whether the page is, what the
/// browser said, and the button's action. The button shows only where the browser can.
#[derive(Clone, Copy)]
pub struct FullScreen {
    pub available: Signal<bool>,
    pub on: Signal<bool>,
    pub status: Signal<String>,
    pub toggle: Callback<()>,
}

/// The players' window for a drill in progress (the shared screen, or one player's own). It
/// shows only a [`ParticipantView`], which has no field for anything facilitator-only or for
/// another role's brief.
///
/// `role` is the role this screen was opened for (`?role=<id>`), known to the drill or not.
/// In presentation mode (`full_screen` given, for a projector) the site's frame is hidden,
/// the clock and deadlines are large, what changes comes before the situation, the newest
/// inject is marked, and the choice of role is left to the ordinary view.
#[component]
pub fn PlayersView(
    view: Signal<ParticipantView>,
    /// The incident clock.
    sim: Signal<String>,
    /// Today, for the dates in the injects' commands.
    today: Signal<Date>,
    role: Option<String>,
    links: PlayersLinks,
    /// Presentation mode, with its full screen button.
    #[prop(default = None)]
    full_screen: Option<FullScreen>,
) -> impl IntoView {
    let present = full_screen.is_some();
    let part = |f: fn(&ParticipantView) -> String| Memo::new(move |_| view.with(f));
    let title = part(|v| v.title.clone());
    let status = part(|v| runbook::drill::view::clock_status(v.paused, v.ended, None));
    let root = links.root;
    let situation = Memo::new(move |_| view.with(|v| v.situation.html(root)));
    let mode = match full_screen {
        Some(full) => view! {
            <div class="drill-actions drill-present-actions">
                <a class="link" href=links.other_mode.clone() data-testid="present-leave">"Leave presentation mode"</a>
                <button type="button" class="button button--secondary" hidden=move || !full.available.get()
                    on:click=move |_| full.toggle.run(())>
                    {move || if full.on.get() { "Leave full screen" } else { "Full screen" }}
                </button>
            </div>
            <p class="body" role="status">{full.status}</p>
        }
        .into_any(),
        None => view! {
            <p class="body">
                <a class="link" href=links.other_mode.clone() data-testid="present-enter">"Presentation mode"</a>
                ": this screen large, for a projector, without the site around it."
            </p>
        }
        .into_any(),
    };
    let changing = move || view! { <OpenDecisions view=view/> <Injects view=view today=today root=root/> };
    let my_role = {
        let role = role.clone();
        move || my_role(view, role.clone(), root)
    };
    let roles = (!present).then(|| {
        let role = role.clone();
        view! {
            <p class="body">
                "Whose screen is this? A player can open this view with their own role's brief, in another window of this browser:"
            </p>
            <ul class="list list--bullet" data-testid="role-choice">
                {role_link(links.everyone.clone(), "Everyone (the shared screen)".into(), role.is_none())}
                {move || view.with(|v| {
                    v.roles
                        .iter()
                        .map(|r| role_link((links.role)(&r.id), r.name.clone(), role.as_deref() == Some(r.id.as_str())))
                        .collect_view()
                })}
            </ul>
        }
    });
    view! {
        <div class="drill drill--participant" class:drill--present=present data-testid="participant-view">
            <span class="caption-l">"Tabletop drill: players' view"</span>
            <h1 class="heading-xl">{title}</h1>
            {mode}
            <DrillClocks sim=sim status=status.into()/>
            {present.then(changing)}
            <h2 class="heading-l">"The situation"</h2>
            <div class="doc-body" inner_html=situation></div>
            {(!present).then(|| view! { <h2 class="heading-l">"Roles"</h2> })}
            {my_role}
            {roles}
            {(!present).then(changing)}
            <DecisionsMade view=view/>
        </div>
    }
}

/// The brief of this screen's role, or that the drill has no such role; nothing for the
/// shared screen.
fn my_role(view: Signal<ParticipantView>, role: Option<String>, root: &'static str) -> impl IntoView {
    let id = role?;
    Some(match view.with(|v| v.my_role.clone()) {
        Some(mine) => view! {
            <div class="inset-text" data-testid="my-role">
                <h3 class="heading-m">{format!("Your role: {}", mine.name)}</h3>
                <div class="doc-body" inner_html=mine.brief.html(root)></div>
            </div>
        }
        .into_any(),
        None => view! {
            <p class="body" data-testid="role-unknown">
                {format!(
                    "This drill has no role called “{id}”, so this screen shows what every player sees. Choose a role below."
                )}
            </p>
        }
        .into_any(),
    })
}

fn role_link(href: String, name: String, current: bool) -> impl IntoView {
    view! {
        <li>
            <a class="link" href=href aria-current=current.then_some("page")>{name}</a>
        </li>
    }
}

/// The decisions the team must make now: each prompt, its deadline and its options (not
/// which is right).
#[component]
fn OpenDecisions(view: Signal<ParticipantView>) -> impl IntoView {
    let open = Memo::new(move |_| view.with(|v| v.open_decisions.clone()));
    let cards = move || {
        let open = open.get();
        if open.is_empty() {
            return view! { <p class="body">"No decision is open."</p> }.into_any();
        }
        open.into_iter()
            .map(|d| {
                let options = d
                    .options
                    .iter()
                    .map(|o| view! { <li>{o.label.clone()}</li> })
                    .collect_view();
                view! {
                    <div class="drill-card" data-testid="participant-decision">
                        <h3 class="heading-m">{d.prompt.clone()}</h3>
                        <DecisionDeadline card=d/>
                        <ul class="list list--bullet">{options}</ul>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section aria-labelledby="p-open-title">
            <h2 class="heading-l" id="p-open-title">"Decisions to make now"</h2>
            {cards}
        </section>
    }
}

/// What has happened, newest first, the newest marked as such. Each card stays on the page
/// as others arrive, so a Copy button keeps its place and its focus.
#[component]
fn Injects(view: Signal<ParticipantView>, today: Signal<Date>, root: &'static str) -> impl IntoView {
    let cards = Memo::new(move |_| view.with(|v| v.injects.clone()));
    let newest_first = move || {
        let cards = cards.get();
        let newest = cards.last().map(|c| c.id.clone());
        cards
            .into_iter()
            .rev()
            .map(move |c| {
                let is_newest = newest.as_deref() == Some(c.id.as_str());
                (c, is_newest)
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section aria-labelledby="p-injects-title">
            <h2 class="heading-l" id="p-injects-title">"What has happened"</h2>
            <Show when=move || cards.with(|c| !c.is_empty()) fallback=|| view! { <p class="body">"Nothing new yet."</p> }>
                <For
                    each=newest_first
                    key=|(card, newest)| (card.id.clone(), *newest, card.sim_ms)
                    children=move |(card, newest)| {
                        view! { <DrillInjectCard card=card today=today.get_untracked() root=root newest=newest/> }
                    }
                />
            </Show>
        </section>
    }
}

/// The decisions made, each with the option taken and when (not whether it was right);
/// nothing before the first.
#[component]
fn DecisionsMade(view: Signal<ParticipantView>) -> impl IntoView {
    let made = Memo::new(move |_| view.with(|v| v.made.clone()));
    move || {
        let made = made.get();
        (!made.is_empty()).then(|| {
            let rows = made
                .into_iter()
                .map(|m| {
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{m.prompt}</dt>
                            <dd class="summary-list__value">{format!("{} (at {})", m.chosen, format_elapsed(m.sim_ms))}</dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="p-made-title">
                    <h2 class="heading-l" id="p-made-title">"Decisions made"</h2>
                    <dl class="summary-list">{rows}</dl>
                </section>
            }
        })
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use runbook::doc::Prose;
    use runbook::drill::model::DecisionOption;
    use runbook::drill::view::{DecisionCard, InjectCard, MadeCard, RoleBrief, RoleName};

    fn view(my_role: Option<&str>) -> ParticipantView {
        let inject = |id: &str, at| InjectCard {
            id: id.into(),
            title: format!("Inject {id}"),
            body: Prose::default(),
            commands: Vec::new(),
            sim_ms: at,
        };
        ParticipantView {
            title: "Scenario <s>".into(),
            situation: Prose::default(),
            roles: vec![RoleName {
                id: "lead".into(),
                name: "Incident lead".into(),
            }],
            my_role: my_role.map(|name| RoleBrief {
                name: name.into(),
                brief: Prose::default(),
            }),
            sim_ms: 60_000,
            paused: false,
            ended: false,
            injects: vec![inject("tickets", 60_000), inject("complication", 120_000)],
            open_decisions: vec![DecisionCard {
                id: "first".into(),
                prompt: "What first?".into(),
                options: vec![DecisionOption {
                    id: "wait".into(),
                    label: "Option wait".into(),
                }],
                deadline_sim_ms: Some(15 * 60_000),
                overdue: true,
            }],
            made: vec![MadeCard {
                prompt: "Who leads?".into(),
                chosen: "Option lead".into(),
                sim_ms: 2 * 60_000,
            }],
        }
    }

    fn draw(view: ParticipantView, role: Option<&str>, present: bool) -> String {
        let role = role.map(str::to_string);
        Owner::new().with(|| {
            let full_screen = present.then(|| FullScreen {
                available: Signal::stored(false),
                on: Signal::stored(false),
                status: Signal::stored(String::new()),
                toggle: Callback::new(|()| {}),
            });
            let links = PlayersLinks {
                root: "/r",
                other_mode: "/r/drill/participant?view=<mode>".into(),
                everyone: "/r/drill/participant".into(),
                role: std::sync::Arc::new(|id: &str| format!("/r/drill/participant?role={id}")),
            };
            let today = Signal::stored(Date::new(2026, 7, 1).unwrap());
            view! {
                <PlayersView view=Signal::stored(view) sim=Signal::stored("01:00".into()) today=today role=role
                    links=links full_screen=full_screen/>
            }
            .to_html()
        })
    }

    #[test]
    fn the_page_has_the_clock_what_is_open_what_happened_and_what_was_decided() {
        let html = draw(view(None), None, false);
        assert!(
            html.contains("<h1 class=\"heading-xl\">Scenario &lt;s&gt;</h1>"),
            "{html}"
        );
        assert!(
            html.contains("data-testid=\"sim-clock\"") && html.contains(">01:00</span>"),
            "{html}"
        );
        assert!(html.contains(">Running</p>") && !html.contains("wall-clock"));
        assert!(html.contains("<h3 class=\"heading-m\">What first?</h3>"));
        assert!(html.contains("Deadline: 15:00 on the incident clock."));
        assert!(html.contains(">Overdue</strong>"));
        assert!(html.contains("<li>Option wait</li>"));
        assert!(html.contains("<dt class=\"summary-list__key\">Who leads?</dt>"));
        assert!(html.contains("Option lead (at 02:00)"));
        assert!(html.contains("href=\"/r/drill/participant?view=&lt;mode&gt;\""));
        assert!(html.contains("Presentation mode") && !html.contains("Full screen"));
        assert!(html.contains("data-testid=\"role-choice\""));
        assert!(html.contains("href=\"/r/drill/participant\" aria-current=\"page\""));
        assert!(!html.contains("my-role") && !html.contains("role-unknown"));
    }

    #[test]
    fn the_newest_inject_comes_first_and_is_marked() {
        let html = draw(view(None), None, false);
        let (newest, older) = (
            html.find("Inject complication").unwrap(),
            html.find("Inject tickets").unwrap(),
        );
        assert!(newest < older, "newest first");
        assert_eq!(html.matches("drill-inject--newest").count(), 1);
        assert_eq!(html.matches(">Latest</strong>").count(), 1);
        assert!(html.find(">Latest</strong>").unwrap() < newest);
        let mut quiet = view(None);
        quiet.injects.clear();
        assert!(draw(quiet, None, false).contains("Nothing new yet."));
    }

    #[test]
    fn a_role_gets_its_brief_and_an_unknown_one_is_said_plainly() {
        let html = draw(view(Some("Incident lead")), Some("lead"), false);
        assert!(html.contains("<h3 class=\"heading-m\">Your role: Incident lead</h3>"));
        assert!(html.contains("href=\"/r/drill/participant?role=lead\" aria-current=\"page\""));
        assert!(
            !html.contains("href=\"/r/drill/participant\" aria-current"),
            "one link is current"
        );
        let html = draw(view(None), Some("<ghost>"), false);
        assert!(html.contains("This drill has no role called “&lt;ghost&gt;”"));
        assert!(!html.contains("<ghost>"));
    }

    #[test]
    fn presentation_mode_is_the_shared_screen_made_large() {
        let html = draw(view(None), None, true);
        assert!(html.contains("drill--present"));
        assert!(html.contains(">Leave presentation mode</a>"));
        assert!(
            html.contains(" hidden") && html.contains("Full screen</button>"),
            "hidden until the browser can"
        );
        assert!(
            !html.contains("role-choice"),
            "choosing a role is for the ordinary view"
        );
        assert!(html.find("Decisions to make now").unwrap() < html.find("The situation").unwrap());
    }
}
