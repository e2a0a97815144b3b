//! The facilitator's console as the site's HTML (GOV.UK patterns), every value escaped here.
//! The site puts [`page`] into `<main>`, writes the clocks' text on every tick and redraws a
//! part whenever its HTML changes; it finds its way by the `data-` attributes, so they are
//! the contract:
//!
//! - `data-part="…"`: the notices, controls, open decisions, injects, notes, score,
//!   expected answers and what is coming up;
//! - `data-event="pause" | "resume" | "speed" | "end"`, `data-advance="<minutes>"` and
//!   `data-reveal="<inject>"`: the controls' buttons, each the event it asks the core for;
//! - `data-form="note"` and `data-decision="<id>"`: the forms;
//! - `data-key`: a control's identity across redraws, so focus can stay on it.
//!
//! The players' window draws the same clocks, deadlines and inject cards with the site's
//! components (`components::drill`), from the same view and wordings (`super::view`).

use super::clock::{format_elapsed, format_speed, SPEED_CHOICES};
use super::model::split_ref;
use super::report::outcome_word;
use super::score::Score;
use super::state::Note;
pub use super::view::clock_status;
use super::view::{deadline_text, DecisionBrief, DecisionCard, FacilitatorView, InjectCard, Upcoming};
use crate::date::Date;
use crate::doc::html::{code_block, escape};
use crate::doc::prose::links_in_new_tab;
use crate::doc::Prose;
use crate::govuk::{notification_banner, warning_text, Tone};
use std::fmt::Write;

/// What the console shows that never changes during a drill: the scenario's title, seed,
/// situation, facilitator notes and discussion. `root` is the site's root, for links in the
/// runbook's text; `participant` the address of the players' window, and `presentation` of
/// the same in presentation mode (for a projector).
pub struct Fixed<'a> {
    pub title: &'a str,
    pub seed: u64,
    pub situation: &'a Prose,
    pub facilitator_notes: &'a Prose,
    pub discussion: &'a [String],
    pub root: &'a str,
    pub participant: &'a str,
    pub presentation: &'a str,
}

/// The console, with every changing part empty for the site to fill. What the facilitator
/// acts on comes first (the notices, the clocks and the controls), so it is on the first
/// screen; every link into the runbook opens in a new tab, so the console stays open.
pub fn page(fixed: &Fixed) -> String {
    let mut out = format!(
        "<div class=\"drill drill--facilitator\"><span class=\"caption-l\">Facilitator</span>\
         <h1 class=\"heading-xl\">{}</h1>\
         <div data-part=\"error\"></div><div data-part=\"unsaved\"></div><div data-part=\"past\"></div><div data-part=\"ended\"></div>",
        escape(fixed.title),
    );
    out.push_str(&clocks(true));
    let _ = write!(
        out,
        "<div data-part=\"controls\"></div>\
         <p class=\"body\">Seed <code class=\"code\" data-testid=\"drill-seed\">{}</code>. For the shared screen: \
         <a class=\"link\" href=\"{}\" target=\"_blank\" rel=\"noopener\">the players' view in presentation mode (opens in new tab)</a>, \
         or <a class=\"link\" href=\"{}\" target=\"_blank\" rel=\"noopener\">the players' view (opens in new tab)</a> with each role's brief.</p>\
         <div class=\"drill-columns\"><div>\
         <section aria-labelledby=\"open-title\"><h2 class=\"heading-l\" id=\"open-title\">Decisions to make now</h2>\
         <div data-part=\"open\"></div></section>\
         <section aria-labelledby=\"injects-title\"><h2 class=\"heading-l\" id=\"injects-title\">What the players have been told</h2>\
         <div data-part=\"injects\"></div><h3 class=\"heading-s\">The situation</h3><div class=\"doc-body\">{}</div></section>\
         <section aria-labelledby=\"notes-title\"><h2 class=\"heading-l\" id=\"notes-title\">Your notes</h2>\
         <form class=\"drill-form\" novalidate data-form=\"note\"><div class=\"form-group\">\
         <label class=\"label\" for=\"drill-note\">Add a note</label>\
         <p class=\"hint\" id=\"drill-note-hint\">Timed on both clocks and kept for the after-action report. Players do not see notes.</p>\
         <textarea class=\"textarea\" id=\"drill-note\" rows=\"3\" aria-describedby=\"drill-note-hint\"></textarea></div>\
         <button type=\"submit\" class=\"button button--secondary\">Add note</button></form>\
         <ul class=\"list drill-notes\" data-testid=\"drill-notes\" data-part=\"notes\"></ul></section></div>\
         <div><section aria-labelledby=\"score-title\" class=\"drill-secret\" data-testid=\"facilitator-only\">\
         <h2 class=\"heading-l\" id=\"score-title\">Score</h2><div data-part=\"score\"></div>\
         <h2 class=\"heading-l\">Expected answers</h2><div data-part=\"expected\"></div>\
         <h2 class=\"heading-l\">Coming up</h2><ul class=\"list list--bullet\" data-part=\"upcoming\"></ul>\
         <h2 class=\"heading-l\">Facilitator notes</h2><div data-testid=\"facilitator-notes\"><div class=\"doc-body\">{}</div></div>\
         <h2 class=\"heading-l\">Discussion afterwards</h2><ul class=\"list list--bullet\">",
        fixed.seed,
        escape(fixed.presentation),
        escape(fixed.participant),
        fixed.situation.html_in_new_tab(fixed.root),
        fixed.facilitator_notes.html_in_new_tab(fixed.root)
    );
    for q in fixed.discussion {
        let _ = write!(out, "<li>{}</li>", escape(q));
    }
    out.push_str("</ul></section></div></div></div>");
    out
}

/// The clocks, their times left for the site to write on every tick (`data-testid`
/// `sim-clock`, `wall-clock` and `clock-status`); the players' screen has no real-time clock.
pub fn clocks(with_wall: bool) -> String {
    let wall = if with_wall {
        "<div class=\"drill-clocks__clock\"><span class=\"drill-clocks__label\">Real time elapsed</span>\
         <span class=\"drill-clocks__time\" data-testid=\"wall-clock\"></span></div>"
    } else {
        ""
    };
    format!(
        "<div class=\"drill-clocks\"><div class=\"drill-clocks__clock\"><span class=\"drill-clocks__label\">Incident time (simulated)</span>\
         <span class=\"drill-clocks__time\" data-testid=\"sim-clock\"></span></div>{wall}\
         <p class=\"drill-clocks__status\" data-testid=\"clock-status\"></p></div>"
    )
}

/// A problem with what the facilitator just did, said at once.
pub fn error(message: &str) -> String {
    crate::govuk::error_summary(None, true, "drill-error", &[(None, message)])
}

/// This browser would not save the drill.
pub fn unsaved() -> String {
    warning_text(
        "This browser would not save the drill: a reload will lose what happened since.",
        None,
        false,
    )
}

/// The drill has ended; `report` is the address of the after-action report.
pub fn ended(report: &str) -> String {
    let body = format!(
        "<p class=\"notification-banner__heading\">Both clocks have stopped. You can still add notes.</p>\
         <p class=\"body\"><a class=\"link\" href=\"{}\">Write the after-action report</a></p>",
        escape(report)
    );
    notification_banner(
        "drill-ended-title",
        "Drill ended",
        Tone::Success,
        false,
        "drill-ended",
        &body,
    )
}

/// The controls, while the drill runs: the clock, advancing it, its speed, revealing the
/// next inject, and ending the drill. Ending cannot be undone, so "End the drill" first asks
/// (`confirming_end`), with "No, keep going" where the focus was.
pub fn controls(view: &FacilitatorView, confirming_end: bool) -> String {
    if view.players.ended {
        return String::new();
    }
    let clock = if view.players.paused {
        "<button type=\"button\" class=\"button\" data-event=\"resume\" data-key=\"clock\">Resume the clock</button>"
    } else {
        "<button type=\"button\" class=\"button button--secondary\" data-event=\"pause\" data-key=\"clock\">Pause the clock</button>"
    };
    let mut out = format!(
        "<section class=\"drill-controls\" aria-labelledby=\"controls-title\"><h2 class=\"heading-m\" id=\"controls-title\">Controls</h2>\
         <div class=\"drill-actions\">{clock}"
    );
    for m in [1u32, 5, 15] {
        let _ = write!(
            out,
            "<button type=\"button\" class=\"button button--secondary\" data-advance=\"{m}\" data-key=\"advance-{m}\">\
             Advance {m} min<span class=\"visually-hidden\"> on the incident clock</span></button>"
        );
    }
    out.push_str(
        "</div><div class=\"drill-actions drill-actions--inline\"><div class=\"form-group\">\
         <label class=\"label\" for=\"drill-speed\">Clock speed</label><select class=\"select\" id=\"drill-speed\">",
    );
    for speed in SPEED_CHOICES {
        let selected = if speed == view.speed { " selected" } else { "" };
        let _ = write!(
            out,
            "<option value=\"{speed}\"{selected}>{} real time</option>",
            format_speed(speed)
        );
    }
    out.push_str(
        "</select></div><button type=\"button\" class=\"button button--secondary\" data-event=\"speed\" data-key=\"speed\">Change speed</button></div>",
    );
    if let Some(next) = view.upcoming.first() {
        let _ = write!(
            out,
            "<p class=\"body\"><button type=\"button\" class=\"button button--secondary\" data-reveal=\"{}\" data-key=\"reveal\">\
             Reveal the next inject now: {}</button></p>",
            escape(&next.inject),
            escape(&next.title)
        );
    }
    if confirming_end {
        out.push_str(&warning_text(
            "Ending the drill stops both clocks for good, on every window. You can still add notes and write the report.",
            Some("end-confirm"),
            false,
        ));
        out.push_str(
            "<div class=\"drill-actions\"><button type=\"button\" class=\"button button--warning\" data-testid=\"end-drill-confirmed\" \
             data-event=\"end-confirmed\" data-key=\"end-confirmed\">Yes, end the drill</button>\
             <button type=\"button\" class=\"button button--secondary\" data-event=\"end-cancelled\" data-key=\"end\">No, keep going</button></div>",
        );
    } else {
        out.push_str(
            "<button type=\"button\" class=\"button button--warning\" data-testid=\"end-drill\" data-event=\"end\" data-key=\"end\">End the drill</button>",
        );
    }
    out.push_str("</section>");
    out
}

/// The decisions open now, each a form to record the team's choice, with the runbook's
/// answer beside it.
pub fn open_decisions(open: &[DecisionCard], briefs: &[DecisionBrief]) -> String {
    if open.is_empty() {
        return "<p class=\"body\">No decision is open.</p>".to_string();
    }
    let mut out = String::new();
    for card in open {
        let expected = briefs
            .iter()
            .find(|b| b.id == card.id)
            .map_or("", |b| b.expected.as_str());
        let _ = write!(
            out,
            "<div class=\"drill-card\">{}<p class=\"inset-text drill-secret\" data-testid=\"open-expected\">\
             <strong>Runbook answer (facilitator only): </strong>{}</p></div>",
            decision_form(card),
            escape(expected)
        );
    }
    out
}

/// The sentence beside a decision recorded with no option chosen.
pub const CHOOSE_AN_OPTION: &str = "Select the option the team chose";

/// The error id of decision `id`'s form.
pub fn decision_error_id(id: &str) -> String {
    format!("decision-{id}-error")
}

/// When a decision is due, as a hint under its prompt, tagged "Overdue" once the incident
/// clock has passed it; nothing if it has no deadline. The players' window says the same
/// (`DecisionDeadline`).
fn deadline(card: &DecisionCard) -> String {
    let Some(text) = deadline_text(card) else {
        return String::new();
    };
    let overdue = if card.overdue {
        " <strong class=\"drill-tag drill-tag--red\">Overdue</strong>"
    } else {
        ""
    };
    format!("<p class=\"hint\">{text}{overdue}</p>")
}

fn decision_form(card: &DecisionCard) -> String {
    let id = escape(&card.id);
    let mut out = format!(
        "<form class=\"drill-decision\" data-testid=\"decision-form\" data-decision=\"{id}\" novalidate><div class=\"form-group\">\
         <fieldset class=\"fieldset\"><legend class=\"fieldset__legend heading-s\">{}</legend>",
        escape(&card.prompt)
    );
    out.push_str(&deadline(card));
    out.push_str("<div class=\"radios\" data-control>");
    for o in &card.options {
        let option = escape(&o.id);
        let _ = write!(
            out,
            "<div class=\"radios__item\"><input class=\"radios__input\" type=\"radio\" id=\"decision-{id}-{option}\" name=\"decision-{id}\" value=\"{option}\" data-key=\"decision-{id}-{option}\">\
             <label class=\"label radios__label\" for=\"decision-{id}-{option}\">{}</label></div>",
            escape(&o.label)
        );
    }
    let _ = write!(
        out,
        "</div></fieldset></div><button type=\"submit\" class=\"button\" data-key=\"record-{id}\">Record the team&#39;s choice</button></form>"
    );
    out
}

/// What the players have been told, newest first; `today` fills in the commands' dates. Links
/// in them open in a new tab, as every runbook link on the console does.
pub fn injects(cards: &[InjectCard], today: Date, root: &str) -> String {
    if cards.is_empty() {
        return "<p class=\"body\">No injects yet: only the situation.</p>".to_string();
    }
    cards
        .iter()
        .rev()
        .map(|c| links_in_new_tab(&inject_card(c, today, root)))
        .collect()
}

/// One inject as the players see it: when, what, and its commands, each with Copy.
pub fn inject_card(card: &InjectCard, today: Date, root: &str) -> String {
    self::card(card, today, root, false)
}

/// An inject's card; the `newest` is marked "Latest" (the players' window marks it).
fn card(card: &InjectCard, today: Date, root: &str, newest: bool) -> String {
    let (class, tag) = if newest {
        (
            " drill-inject--newest\" data-newest=\"",
            "<strong class=\"drill-tag\">Latest</strong> ",
        )
    } else {
        ("", "")
    };
    let mut out = format!(
        "<article class=\"drill-inject{class}\" data-testid=\"inject\" data-inject=\"{}\"><h3 class=\"heading-s drill-inject__title\">\
         {tag}<span class=\"drill-inject__time\">{}</span> {}</h3><div class=\"doc-body\">{}</div>",
        escape(&card.id),
        format_elapsed(card.sim_ms),
        escape(&card.title),
        card.body.html(root)
    );
    for c in &card.commands {
        out.push_str(&code_block(&c.text.on(today), Some("sh")));
    }
    out.push_str("</article>");
    out
}

/// The facilitator's notes, each at its time on the incident clock.
pub fn notes(notes: &[Note]) -> String {
    notes
        .iter()
        .map(|n| {
            format!(
                "<li><span class=\"drill-num\">{}</span> {}</li>",
                format_elapsed(n.at.sim_ms),
                escape(&n.text)
            )
        })
        .collect()
}

/// The score so far.
pub fn score(score: &Score) -> String {
    format!(
        "<p class=\"body\" data-testid=\"drill-score\">{}</p>",
        escape(&super::score::in_words(score.met, score.missed, score.critical_misses))
    )
}

/// Each decision's runbook answer, why, where the runbook says so, and how it went.
/// `doc_href` makes the link to a doc page's section (slug, anchor).
pub fn expected(view: &FacilitatorView, root: &str, doc_href: &dyn Fn(&str, Option<&str>) -> String) -> String {
    let mut out = String::new();
    for d in &view.decisions {
        let (slug, anchor) = split_ref(&d.runbook);
        let outcome = view
            .score
            .decisions
            .iter()
            .find(|s| s.decision == d.id)
            .map_or("", |s| outcome_word(s.outcome));
        let prompt = escape(&d.prompt);
        let _ = write!(
            out,
            "<div class=\"drill-card\" data-testid=\"expected-answer\"><h3 class=\"heading-s\">{prompt}</h3>\
             <p class=\"body\"><strong>Runbook: </strong>{}</p><div class=\"doc-body\">{}</div>\
             <p class=\"body\"><a class=\"link\" href=\"{}\" target=\"_blank\" rel=\"noopener\">The runbook section\
             <span class=\"visually-hidden\"> for: {prompt}</span> (opens in new tab)</a>",
            escape(&d.expected),
            d.why.html_in_new_tab(root),
            escape(&doc_href(slug, anchor))
        );
        if d.critical {
            out.push_str(" · critical");
        }
        if let Some(t) = d.deadline_sim_ms {
            let _ = write!(out, " · deadline {}", format_elapsed(t));
        }
        let _ = write!(
            out,
            "</p><p class=\"body\"><strong class=\"drill-tag\">{outcome}</strong></p></div>"
        );
    }
    out
}

/// The timed injects still to come, soonest first, then those waiting on a trigger.
pub fn upcoming(upcoming: &[Upcoming], conditional: &[String]) -> String {
    let mut out = String::new();
    for u in upcoming {
        let _ = write!(out, "<li>{} – {}</li>", format_elapsed(u.due_sim_ms), escape(&u.title));
    }
    for t in conditional {
        let _ = write!(out, "<li>When triggered – {}</li>", escape(t));
    }
    out
}

/// The saved drill could not be resumed: the recovery goes in the `recovery` part.
pub fn broken(drills: &str) -> String {
    format!(
        "<div class=\"drill\"><h1 class=\"heading-xl\">The drill could not be resumed</h1><div data-part=\"recovery\"></div>\
         <p class=\"body\"><a class=\"link\" href=\"{}\">Choose a drill</a></p></div>",
        escape(drills)
    )
}

#[cfg(test)]
mod tests {
    use super::super::clock::{MINUTE_MS as M, REAL_TIME};
    use super::super::event::{Event, EventKind};
    use super::super::testing::{decided, note, scenario};
    use super::super::view::facilitator_view;
    use super::super::DrillState;
    use super::*;

    fn state(extra: Vec<Event>) -> DrillState {
        let mut log = vec![Event::new(0, EventKind::Started { speed: REAL_TIME })];
        log.extend(extra);
        DrillState::replay(&scenario("s"), 1, &log).unwrap()
    }

    fn href(slug: &str, anchor: Option<&str>) -> String {
        format!("/r/docs/{slug}#{}", anchor.unwrap_or(""))
    }

    #[test]
    fn the_page_has_every_part_and_the_scenarios_fixed_text() {
        let s = scenario("s");
        let html = page(&Fixed {
            title: "Login <down>",
            seed: 42,
            situation: &s.situation,
            facilitator_notes: &s.facilitator_notes,
            discussion: &["Why & how?".to_string()],
            root: "/r",
            participant: "/r/drill/participant",
            presentation: "/r/drill/participant?view=present",
        });
        assert!(html.contains("<h1 class=\"heading-xl\">Login &lt;down&gt;</h1>"));
        assert!(html.contains("data-testid=\"drill-seed\">42</code>"));
        assert!(html.contains("Something broke."));
        assert!(html.contains("<li>Why &amp; how?</li>"));
        for part in [
            "error", "unsaved", "ended", "controls", "open", "injects", "notes", "score", "expected", "upcoming",
        ] {
            assert!(html.contains(&format!("data-part=\"{part}\"")), "{part}");
        }
        for testid in ["sim-clock", "wall-clock", "clock-status"] {
            assert!(html.contains(&format!("data-testid=\"{testid}\"")), "{testid}");
        }
        assert!(!clocks(false).contains("wall-clock"));
    }

    #[test]
    fn the_clocks_say_what_they_are_doing() {
        assert_eq!(clock_status(false, false, Some(2000)), "Running at 2×");
        assert_eq!(clock_status(false, false, None), "Running");
        assert_eq!(clock_status(true, false, Some(2000)), "Paused");
        assert_eq!(clock_status(true, true, None), "Drill ended");
    }

    #[test]
    fn the_controls_follow_the_drill_and_go_when_it_ends() {
        let running = facilitator_view(&state(vec![]), M);
        let html = controls(&running, false);
        assert!(html.contains("data-event=\"pause\" data-key=\"clock\">Pause the clock</button>"));
        assert!(html.contains("data-advance=\"15\" data-key=\"advance-15\">Advance 15 min"));
        assert!(html.contains("<option value=\"1000\" selected>1× real time</option>"));
        assert!(html.contains("data-reveal=\"complication\"") || html.contains("data-reveal=\"tickets\""));
        let paused = facilitator_view(&state(vec![Event::new(M, EventKind::Paused)]), 2 * M);
        assert!(controls(&paused, false).contains("data-event=\"resume\" data-key=\"clock\">Resume the clock</button>"));
        let ended = facilitator_view(&state(vec![Event::new(M, EventKind::Ended)]), 2 * M);
        assert_eq!(controls(&ended, false), "");
        let asking = controls(&running, true);
        assert!(asking.contains("data-event=\"end-confirmed\" data-key=\"end-confirmed\">Yes, end the drill</button>"));
        assert!(
            asking.contains("data-event=\"end-cancelled\" data-key=\"end\">No, keep going</button>"),
            "focus stays on the safe choice"
        );
        assert!(!asking.contains("data-testid=\"end-drill\""));
    }

    #[test]
    fn open_decisions_are_forms_with_the_runbooks_answer_beside_them() {
        let view = facilitator_view(&state(vec![]), M);
        let html = open_decisions(&view.players.open_decisions, &view.decisions);
        assert!(html.contains(
            "<form class=\"drill-decision\" data-testid=\"decision-form\" data-decision=\"first\" novalidate>"
        ));
        assert!(html.contains("<p class=\"hint\">Deadline: 15:00 on the incident clock.</p>"));
        assert!(html.contains(
            "<input class=\"radios__input\" type=\"radio\" id=\"decision-first-wait\" name=\"decision-first\" value=\"wait\" data-key=\"decision-first-wait\">"
        ));
        assert!(html.contains("<strong>Runbook answer (facilitator only): </strong>Option wait</p>"));
        assert_eq!(open_decisions(&[], &[]), "<p class=\"body\">No decision is open.</p>");
        assert_eq!(decision_error_id("first"), "decision-first-error");
    }

    #[test]
    fn a_decision_past_its_deadline_is_marked_overdue_on_both_windows() {
        let on_time = facilitator_view(&state(vec![]), 15 * M);
        assert!(!open_decisions(&on_time.players.open_decisions, &on_time.decisions).contains("Overdue"));
        let late = facilitator_view(&state(vec![]), 16 * M);
        let card = &late.players.open_decisions[0];
        assert!(card.overdue);
        let tagged = "<p class=\"hint\">Deadline: 15:00 on the incident clock. \
                      <strong class=\"drill-tag drill-tag--red\">Overdue</strong></p>";
        assert!(open_decisions(&late.players.open_decisions, &late.decisions).contains(tagged));
    }

    #[test]
    fn what_only_the_facilitator_sees_is_escaped_and_linked() {
        let s = state(vec![note(M, "A <b> note"), decided(2 * M, "first", "restore")]);
        let view = facilitator_view(&s, 3 * M);
        assert_eq!(
            notes(&view.notes),
            "<li><span class=\"drill-num\">01:00</span> A &lt;b&gt; note</li>"
        );
        assert_eq!(
            score(&view.score),
            "<p class=\"body\" data-testid=\"drill-score\">0 met, 1 missed, 1 critical miss</p>"
        );
        let html = expected(&view, "/r", &href);
        assert!(html.contains("<a class=\"link\" href=\"/r/docs/github-down#actions\" target=\"_blank\" rel=\"noopener\">The runbook section<span class=\"visually-hidden\"> for: What first?</span> (opens in new tab)</a> · critical · deadline 15:00"));
        assert!(html.contains("<strong class=\"drill-tag\">Missed</strong>"));
        let coming = upcoming(&view.upcoming, &["Escalation".to_string()]);
        assert!(coming.ends_with("<li>When triggered – Escalation</li>"));
        assert!(error("No <way>").contains("<li>No &lt;way&gt;</li>"));
        assert!(ended("/r/drill/report")
            .contains("<a class=\"link\" href=\"/r/drill/report\">Write the after-action report</a>"));
        assert!(broken("/r/drills").contains("data-part=\"recovery\""));
    }

    #[test]
    fn injects_show_newest_first() {
        let reveal = |at, id: &str| Event::new(at, EventKind::InjectRevealed { inject: id.into() });
        let view = facilitator_view(&state(vec![reveal(M, "tickets"), reveal(2 * M, "complication")]), 3 * M);
        let cards = &view.players.injects;
        assert!(cards.len() >= 2, "{cards:?}");
        let today = Date::new(2026, 7, 1).unwrap();
        let html = injects(cards, today, "/r");
        let newest = html
            .find(&format!("data-inject=\"{}\"", cards.last().unwrap().id))
            .unwrap();
        let oldest = html.find(&format!("data-inject=\"{}\"", cards[0].id)).unwrap();
        assert!(newest < oldest);
        assert_eq!(
            injects(&[], today, "/r"),
            "<p class=\"body\">No injects yet: only the situation.</p>"
        );
    }
}
