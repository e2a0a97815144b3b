//! The players' window (the shared screen, or one player's own) as the site's HTML, every
//! value escaped here. It shows only a [`ParticipantView`], which has no field for anything
//! facilitator-only or for another role's brief.
//!
//! The site puts [`page`] into `<main>`, writes the clocks' text on every tick, and redraws a
//! part (`data-part="open" | "injects" | "made"`) whenever its HTML changes. The clocks and an
//! inject's card are the facilitator's console's own ([`super::console_markup`]).

use super::clock::format_elapsed;
use super::console_markup::{card, clocks, deadline, inject_card};
use super::view::{DecisionCard, InjectCard, MadeCard, ParticipantView};
use crate::date::Date;
use crate::doc::html::escape;
use std::fmt::Write;

/// The addresses the page links to.
pub struct Links<'a> {
    /// The site's root, for links in the runbook's text.
    pub root: &'a str,
    /// This screen in the other mode: presentation mode, or out of it.
    pub other_mode: &'a str,
    /// The players' window for everyone.
    pub everyone: &'a str,
    /// The players' window of one role, by its id.
    pub role: &'a dyn Fn(&str) -> String,
}

/// The page before a drill starts, or when the saved one could not be read (`problem` says
/// why). `drills` is the list of drills.
pub fn waiting(problem: Option<&str>, drills: &str) -> String {
    let problem = problem
        .map(|p| {
            format!(
                "<p class=\"body\" data-testid=\"participant-problem\">{} The facilitator can recover it from the list of drills.</p>",
                escape(p)
            )
        })
        .unwrap_or_default();
    format!(
        "<div class=\"drill\"><h1 class=\"heading-xl\">Waiting for the drill to start</h1>{problem}\
         <p class=\"body\">This screen shows the drill when the facilitator starts it in another window of this browser.</p>\
         <p class=\"body\"><a class=\"link\" href=\"{}\">See every drill</a></p></div>",
        escape(drills)
    )
}

/// The page for a drill, with the clocks and every changing part empty for the site to fill.
/// `role` is the role this screen was opened for (`?role=<id>`), known to the drill or not.
/// In presentation mode (`present`, for a projector) the site hides its frame around the
/// page, the clock and deadlines are large, the newest inject is marked, and a button (shown
/// only where the browser can) puts the page full screen; the choice of role is left to the
/// ordinary view.
pub fn page(view: &ParticipantView, role: Option<&str>, links: &Links, present: bool) -> String {
    let (class, mode) = if present {
        (
            " drill--present",
            format!(
                "<div class=\"drill-actions drill-present-actions\"><a class=\"link\" href=\"{}\" data-testid=\"present-leave\">Leave presentation mode</a>\
                 <button type=\"button\" class=\"button button--secondary\" data-event=\"fullscreen\" data-key=\"fullscreen\" hidden>Full screen</button></div>\
                 <p class=\"body\" role=\"status\" data-part=\"fullscreen-status\"></p>",
                escape(links.other_mode)
            ),
        )
    } else {
        (
            "",
            format!(
                "<p class=\"body\"><a class=\"link\" href=\"{}\" data-testid=\"present-enter\">Presentation mode</a>: \
                 this screen large, for a projector, without the site around it.</p>",
                escape(links.other_mode)
            ),
        )
    };
    let mut out = format!(
        "<div class=\"drill drill--participant{class}\" data-testid=\"participant-view\">\
         <span class=\"caption-l\">Tabletop drill: players' view</span><h1 class=\"heading-xl\">{}</h1>{mode}{}",
        escape(&view.title),
        clocks(false),
    );
    if present {
        out.push_str(&decisions_and_injects());
    }
    let _ = write!(
        out,
        "<h2 class=\"heading-l\">The situation</h2><div class=\"doc-body\">{}</div>",
        view.situation.html(links.root)
    );
    if !present {
        out.push_str("<h2 class=\"heading-l\">Roles</h2>");
    }
    match (role, &view.my_role) {
        (Some(_), Some(mine)) => {
            let _ = write!(
                out,
                "<div class=\"inset-text\" data-testid=\"my-role\"><h3 class=\"heading-m\">Your role: {}</h3>\
                 <div class=\"doc-body\">{}</div></div>",
                escape(&mine.name),
                mine.brief.html(links.root)
            );
        }
        (Some(id), None) => {
            let _ = write!(
                out,
                "<p class=\"body\" data-testid=\"role-unknown\">This drill has no role called “{}”, so this screen shows \
                 what every player sees. Choose a role below.</p>",
                escape(id)
            );
        }
        (None, _) => {}
    }
    if !present {
        out.push_str(
            "<p class=\"body\">Whose screen is this? A player can open this view with their own role's brief, \
             in another window of this browser:</p><ul class=\"list list--bullet\" data-testid=\"role-choice\">",
        );
        role_link(&mut out, links.everyone, "Everyone (the shared screen)", role.is_none());
        for r in &view.roles {
            role_link(&mut out, &(links.role)(&r.id), &r.name, role == Some(r.id.as_str()));
        }
        out.push_str("</ul>");
        out.push_str(&decisions_and_injects());
    }
    out.push_str("<div data-part=\"made\"></div></div>");
    out
}

/// The sections for the decisions open and the injects, their parts empty.
fn decisions_and_injects() -> String {
    "<section aria-labelledby=\"p-open-title\"><h2 class=\"heading-l\" id=\"p-open-title\">Decisions to make now</h2>\
     <div data-part=\"open\"></div></section>\
     <section aria-labelledby=\"p-injects-title\"><h2 class=\"heading-l\" id=\"p-injects-title\">What has happened</h2>\
     <div data-part=\"injects\"></div></section>"
        .to_string()
}

fn role_link(out: &mut String, href: &str, name: &str, current: bool) {
    let current = if current { " aria-current=\"page\"" } else { "" };
    let _ = write!(
        out,
        "<li><a class=\"link\" href=\"{}\"{current}>{}</a></li>",
        escape(href),
        escape(name)
    );
}

/// The decisions the team must make now: each prompt, its deadline and its options (not
/// which is right).
pub fn open_decisions(open: &[DecisionCard]) -> String {
    if open.is_empty() {
        return "<p class=\"body\">No decision is open.</p>".to_string();
    }
    let mut out = String::new();
    for d in open {
        let _ = write!(
            out,
            "<div class=\"drill-card\" data-testid=\"participant-decision\"><h3 class=\"heading-m\">{}</h3>",
            escape(&d.prompt)
        );
        out.push_str(&deadline(d));
        out.push_str("<ul class=\"list list--bullet\">");
        for o in &d.options {
            let _ = write!(out, "<li>{}</li>", escape(&o.label));
        }
        out.push_str("</ul></div>");
    }
    out
}

/// What has happened, newest first, the newest marked as such. `today` fills the date into
/// the injects' commands.
pub fn injects(cards: &[InjectCard], today: Date, root: &str) -> String {
    let Some((newest, older)) = cards.split_last() else {
        return "<p class=\"body\">Nothing new yet.</p>".to_string();
    };
    let mut out = card(newest, today, root, true);
    for c in older.iter().rev() {
        out.push_str(&inject_card(c, today, root));
    }
    out
}

/// The id of the newest inject, which presentation mode scrolls into view when it changes.
pub fn newest_inject(cards: &[InjectCard]) -> Option<&str> {
    cards.last().map(|c| c.id.as_str())
}

/// The decisions made, each with the option taken and when (not whether it was right);
/// nothing before the first.
pub fn made(made: &[MadeCard]) -> String {
    if made.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<section aria-labelledby=\"p-made-title\"><h2 class=\"heading-l\" id=\"p-made-title\">Decisions made</h2>\
         <dl class=\"summary-list\">",
    );
    for m in made {
        let _ = write!(
            out,
            "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">{}</dt>\
             <dd class=\"summary-list__value\">{} (at {})</dd></div>",
            escape(&m.prompt),
            escape(&m.chosen),
            format_elapsed(m.sim_ms)
        );
    }
    out.push_str("</dl></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::super::clock::{MINUTE_MS as M, REAL_TIME};
    use super::super::event::{Event, EventKind};
    use super::super::testing::{decided, scenario};
    use super::super::view::participant_view;
    use super::super::DrillState;
    use super::*;

    fn view(extra: Vec<Event>, at: i64, role: Option<&str>) -> ParticipantView {
        let mut log = vec![Event::new(0, EventKind::Started { speed: REAL_TIME })];
        log.extend(extra);
        let state = DrillState::replay(&scenario("s"), 1, &log).unwrap();
        participant_view(&state, at, role)
    }

    fn page_as(view: &ParticipantView, role: Option<&str>) -> String {
        page_in(view, role, false)
    }

    fn page_in(view: &ParticipantView, role: Option<&str>, present: bool) -> String {
        let as_role = |id: &str| format!("/r/drill/participant?role={id}");
        page(
            view,
            role,
            &Links {
                root: "/r",
                other_mode: "/r/drill/participant?view=<mode>",
                everyone: "/r/drill/participant",
                role: &as_role,
            },
            present,
        )
    }

    #[test]
    fn presentation_mode_is_the_shared_screen_made_large() {
        let v = view(vec![], M, None);
        let ordinary = page_as(&v, None);
        assert!(ordinary.contains(
            "<a class=\"link\" href=\"/r/drill/participant?view=&lt;mode&gt;\" data-testid=\"present-enter\">Presentation mode</a>"
        ));
        assert!(!ordinary.contains("drill--present") && !ordinary.contains("fullscreen"));
        let present = page_in(&v, None, true);
        assert!(present.starts_with("<div class=\"drill drill--participant drill--present\""));
        assert!(present.contains("data-testid=\"present-leave\">Leave presentation mode</a>"));
        assert!(
            present.contains("data-event=\"fullscreen\" data-key=\"fullscreen\" hidden>Full screen</button>"),
            "hidden until the site knows the browser can"
        );
        assert!(
            !present.contains("role-choice"),
            "choosing a role is for the ordinary view"
        );
        let (open, situation) = (
            present.find("data-part=\"open\"").unwrap(),
            present.find("The situation").unwrap(),
        );
        assert!(open < situation, "what changes comes before the situation");
        for part in ["open", "injects", "made"] {
            assert_eq!(present.matches(&format!("data-part=\"{part}\"")).count(), 1, "{part}");
        }
    }

    #[test]
    fn the_newest_inject_is_marked() {
        let reveal = |at, id: &str| Event::new(at, EventKind::InjectRevealed { inject: id.into() });
        let v = view(vec![reveal(M, "tickets"), reveal(2 * M, "complication")], 3 * M, None);
        let today = Date::new(2026, 7, 1).unwrap();
        let html = injects(&v.injects, today, "/r");
        let newest = newest_inject(&v.injects).unwrap();
        assert!(html.starts_with(&format!(
            "<article class=\"drill-inject drill-inject--newest\" data-newest=\"\" data-testid=\"inject\" data-inject=\"{newest}\">"
        )), "{html}");
        assert!(html.contains("<strong class=\"drill-tag\">Latest</strong>"));
        assert_eq!(html.matches("drill-inject--newest").count(), 1);
        assert_eq!(html.matches("data-testid=\"inject\"").count(), v.injects.len());
        assert_eq!(newest_inject(&[]), None);
    }

    #[test]
    fn the_page_has_the_clock_the_situation_and_every_part() {
        let v = view(vec![], M, None);
        let html = page_as(&v, None);
        assert!(html.starts_with("<div class=\"drill drill--participant\" data-testid=\"participant-view\">"));
        assert!(html.contains(&format!("<h1 class=\"heading-xl\">{}</h1>", escape(&v.title))));
        assert!(html.contains("Something broke."));
        assert!(html.contains("data-testid=\"sim-clock\"") && html.contains("data-testid=\"clock-status\""));
        assert!(!html.contains("wall-clock"), "the players have no real-time clock");
        for part in ["open", "injects", "made"] {
            assert!(html.contains(&format!("data-part=\"{part}\"")), "{part}");
        }
        assert!(!html.contains("my-role") && !html.contains("role-unknown"));
        assert!(
            !html.contains("SECRET"),
            "no brief, note or answer on the shared screen"
        );
        assert!(html.contains("<li><a class=\"link\" href=\"/r/drill/participant\" aria-current=\"page\">Everyone (the shared screen)</a></li>"));
    }

    #[test]
    fn a_role_gets_its_brief_and_an_unknown_one_is_said_plainly() {
        let first = scenario("s").roles[0].clone();
        let mine = view(vec![], M, Some(&first.id));
        let html = page_as(&mine, Some(&first.id));
        assert!(html.contains(&format!(
            "<h3 class=\"heading-m\">Your role: {}</h3>",
            escape(&first.name)
        )));
        assert!(html.contains(&format!(
            "href=\"/r/drill/participant?role={}\" aria-current=\"page\">",
            first.id
        )));
        assert!(
            html.contains("href=\"/r/drill/participant\">Everyone"),
            "only one link is current"
        );
        assert!(html.contains("SECRET lead brief"));
        assert_eq!(
            html.matches("SECRET").count(),
            1,
            "no other role's brief, note or answer"
        );
        let unknown = view(vec![], M, Some("<ghost>"));
        let html = page_as(&unknown, Some("<ghost>"));
        assert!(html.contains("This drill has no role called “&lt;ghost&gt;”"));
        assert!(!html.contains("<ghost>"));
    }

    #[test]
    fn open_decisions_show_options_not_the_answer() {
        let v = view(vec![], M, None);
        let html = open_decisions(&v.open_decisions);
        assert!(html.contains("<h3 class=\"heading-m\">What first?</h3>"), "{html}");
        assert!(html.contains("<p class=\"hint\">Deadline: 15:00 on the incident clock.</p>"));
        assert!(html.contains("<li>Option wait</li>"));
        assert!(!html.contains("Runbook answer") && !html.contains("<form"));
        assert_eq!(open_decisions(&[]), "<p class=\"body\">No decision is open.</p>");
    }

    #[test]
    fn decisions_made_and_injects_say_what_happened() {
        assert_eq!(made(&[]), "");
        let v = view(vec![decided(2 * M, "first", "restore")], 3 * M, None);
        let html = made(&v.made);
        assert!(
            html.contains("<dt class=\"summary-list__key\">What first?</dt>"),
            "{html}"
        );
        assert!(html.contains("<dd class=\"summary-list__value\">Option restore (at 02:00)</dd>"));
        assert!(
            !html.contains("Missed") && !html.contains("critical"),
            "not whether it was right"
        );
        let today = Date::new(2026, 7, 1).unwrap();
        assert_eq!(injects(&[], today, "/r"), "<p class=\"body\">Nothing new yet.</p>");
    }

    #[test]
    fn the_waiting_page_says_why_and_offers_the_list() {
        let html = waiting(Some("The saved <drill> is damaged."), "/r/drills");
        assert!(html.contains("The saved &lt;drill&gt; is damaged. The facilitator can recover it"));
        assert!(html.contains("href=\"/r/drills\">See every drill</a>"));
        assert!(!waiting(None, "/r/drills").contains("participant-problem"));
    }
}
