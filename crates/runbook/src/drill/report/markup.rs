//! The after-action report page as the site's HTML (GOV.UK patterns), every value escaped
//! here. The site puts [`page`] into `<main>`, fills its parts and redraws a part when what
//! it shows changes; it finds its way by the `data-` attributes, so they are the contract:
//!
//! - `data-part="…"`: where the notices, the report's editor and its changing lists go;
//! - `data-form="facilitator" | "attendee" | "went-well" | "to-improve" | "discussion" |
//!   "action" | "import"`: the forms;
//! - `data-remove="<list>:<index>"`, `data-remove-attendee="<index>"` and
//!   `data-remove-action="<index>"`: Remove buttons;
//! - `data-export="copy-markdown" | "markdown" | "json"`: the export buttons.

use crate::doc::html::escape;
use crate::drill::clock::format_elapsed;
use crate::drill::model::split_ref;
use crate::drill::report::{outcome_word, ActionItem, Attendee, Discussion, Report, ReportLine, ReportList};
use crate::govuk::{notification_banner, warning_text, Tone};
use std::fmt::Write;

/// The page: its heading, a part for each notice, the editor's part (empty until there is a
/// report) and the import form.
pub fn page() -> String {
    let mut out = String::from(
        "<div class=\"drill drill--report\"><span class=\"caption-l\">Tabletop drill</span>\
         <h1 class=\"heading-xl\">After-action report</h1>",
    );
    for part in [
        "recovery",
        "edits-recovery",
        "unsaved",
        "running",
        "imported",
        "none",
        "editor",
    ] {
        let _ = write!(out, "<div data-part=\"{part}\"></div>");
    }
    out.push_str(IMPORT_FORM);
    out.push_str("</div>");
    out
}

/// The report's editor: its factual summary, who took part, the two lists, the discussion
/// and the action items (each in a part of its own, with its form), the notes, and export.
pub fn editor() -> String {
    let mut out = String::from(
        "<div data-part=\"summary\"></div><h2 class=\"heading-l\">Who took part</h2><div data-part=\"people\"></div>\
         <form class=\"drill-form drill-print-hide\" novalidate data-form=\"facilitator\"><div class=\"form-group\">\
         <label class=\"label\" for=\"facilitator-name\">Facilitator</label>\
         <input class=\"input input--width-20\" type=\"text\" id=\"facilitator-name\" autocomplete=\"name\" data-control></div>\
         <button type=\"submit\" class=\"button button--secondary\">Save facilitator</button></form>\
         <form class=\"drill-form drill-print-hide\" novalidate data-form=\"attendee\"><fieldset class=\"fieldset\">\
         <legend class=\"fieldset__legend heading-s\">Add an attendee</legend>",
    );
    fields(&mut out, &ATTENDEE_FIELDS);
    out.push_str("</fieldset><button type=\"submit\" class=\"button button--secondary\">Add attendee</button></form>");
    for list in [ReportList::WentWell, ReportList::ToImprove] {
        let (id, title) = (list.id(), list.title());
        let _ = write!(
            out,
            "<h2 class=\"heading-l\">{title}</h2><ul class=\"list list--bullet\" data-testid=\"{id}\" data-part=\"{id}\"></ul>\
             <form class=\"drill-form drill-print-hide\" novalidate data-form=\"{id}\"><div class=\"form-group\">\
             <label class=\"label\" for=\"{id}-new\">Add to “{title}”</label>\
             <input class=\"input\" type=\"text\" id=\"{id}-new\" autocomplete=\"off\" data-control></div>\
             <button type=\"submit\" class=\"button button--secondary\">Add</button></form>"
        );
    }
    out.push_str(
        "<h2 class=\"heading-l\">Discussion</h2><div data-part=\"discussion\"></div>\
         <h2 class=\"heading-l\">Notes</h2><div data-part=\"notes\"></div>\
         <h2 class=\"heading-l\">Action items</h2><div data-part=\"actions\"></div>\
         <form class=\"drill-form drill-print-hide\" novalidate data-form=\"action\"><fieldset class=\"fieldset\">\
         <legend class=\"fieldset__legend heading-s\">Add an action item</legend>",
    );
    fields(&mut out, &ACTION_FIELDS);
    out.push_str(
        "</fieldset><button type=\"submit\" class=\"button button--secondary\">Add action item</button></form>\
         <section class=\"drill-print-hide\" aria-labelledby=\"export-title\"><h2 class=\"heading-l\" id=\"export-title\">Export</h2>\
         <div class=\"drill-actions\"><button type=\"button\" class=\"button\" data-export=\"copy-markdown\">Copy as Markdown</button>\
         <button type=\"button\" class=\"button button--secondary\" data-export=\"markdown\">Download Markdown</button>\
         <button type=\"button\" class=\"button button--secondary\" data-testid=\"download-json\" data-export=\"json\">Download JSON</button>\
         <span class=\"copy__status\" role=\"status\" aria-live=\"polite\" data-part=\"export-status\"></span></div>\
         <p class=\"body\">To print, use your browser's print command: the controls are left off the page.</p></section>",
    );
    out
}

/// A form's text fields, each with its label and hint.
fn fields(out: &mut String, fields: &[(&str, &str, Option<&str>)]) {
    for (id, label, hint) in fields {
        let _ = write!(
            out,
            "<div class=\"form-group\"><label class=\"label\" for=\"{id}\">{label}</label>"
        );
        let described = match hint {
            Some(hint) => {
                let _ = write!(out, "<p class=\"hint\" id=\"{id}-hint\">{hint}</p>");
                format!(" aria-describedby=\"{id}-hint\"")
            }
            None => String::new(),
        };
        let _ = write!(
            out,
            "<input class=\"input\" type=\"text\" id=\"{id}\" autocomplete=\"off\"{described} data-control></div>"
        );
    }
}

/// The action item form's fields: (id, label, hint). The id is `action-` and the field's
/// name in [`ActionItem::parse`]'s errors.
pub const ACTION_FIELDS: [(&str, &str, Option<&str>); 3] = [
    ("action-what", "Action", None),
    ("action-owner", "Owner", None),
    ("action-due", "Due date (optional)", Some("For example, 2026-07-01")),
];

/// The attendee form's fields, as [`ACTION_FIELDS`]: the id is `attendee-` and the field's
/// name in [`Attendee::parse`]'s errors.
pub const ATTENDEE_FIELDS: [(&str, &str, Option<&str>); 2] = [
    ("attendee-name", "Name", None),
    (
        "attendee-role",
        "Role",
        Some("Their part in the drill, for example Incident lead, Developer or Observer"),
    ),
];

const IMPORT_FORM: &str = "<section class=\"drill-print-hide\" aria-labelledby=\"import-title\">\
     <h2 class=\"heading-l\" id=\"import-title\">Import a report</h2><div data-part=\"import-summary\"></div>\
     <form class=\"drill-form\" novalidate data-form=\"import\"><div class=\"form-group\">\
     <label class=\"label\" for=\"report-json\">Report JSON</label>\
     <p class=\"hint\" id=\"report-json-hint\">Paste the contents of a report downloaded as JSON. It replaces the report on this page.</p>\
     <textarea class=\"textarea\" id=\"report-json\" rows=\"6\" spellcheck=\"false\" aria-describedby=\"report-json-hint\" data-control></textarea></div>\
     <button type=\"submit\" class=\"button button--secondary\">Import report</button></form></section>";

/// The import form's error summary: the one problem, linking to the field.
pub fn import_summary(message: &str) -> String {
    crate::govuk::error_summary(None, true, "import-error-summary", &[(Some("report-json"), message)])
}

/// The factual part of the report: the summary, the timeline on both clocks, and each
/// decision against the runbook with the time it took. `doc_href` makes the link to a doc
/// page's section (slug, anchor).
pub fn summary(report: &Report, doc_href: &dyn Fn(&str, Option<&str>) -> String) -> String {
    let r = report;
    let duration = r.ended.map_or_else(
        || "Not ended yet".to_string(),
        |end| {
            format!(
                "{} simulated, {} real",
                format_elapsed(end.sim_ms),
                format_elapsed(end.wall_ms - r.started.wall_ms)
            )
        },
    );
    let mut out = String::from("<dl class=\"summary-list\" data-testid=\"report-summary\">");
    let mut score = crate::drill::score::in_words(r.met, r.missed, r.critical_misses);
    if let Some(words) = crate::drill::score::ended_early_in_words(&r.decisions) {
        score = format!("{score}; {words}");
    }
    for (key, value, extra) in [
        ("Scenario", escape(&r.scenario_title), ""),
        ("Started", escape(&r.started_label()), " data-testid=\"report-started\""),
        ("Seed", format!("<code class=\"code\">{}</code>", r.seed), ""),
        ("Duration", escape(&duration), ""),
        ("Decisions", score, " data-testid=\"report-score\""),
    ] {
        let _ = write!(
            out,
            "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">{key}</dt><dd class=\"summary-list__value\"{extra}>{value}</dd></div>"
        );
    }
    let _ = write!(
        out,
        "</dl><h2 class=\"heading-l\">Timeline</h2>{}<table class=\"table\" data-testid=\"report-timeline\">\
         <caption class=\"visually-hidden\">Timeline on both clocks</caption><thead><tr>\
         <th scope=\"col\" class=\"table__header\">Simulated</th><th scope=\"col\" class=\"table__header\">Real</th>\
         <th scope=\"col\" class=\"table__header\">What happened</th></tr></thead><tbody>",
        table_scroll("Timeline")
    );
    for line in &r.timeline {
        let _ = write!(
            out,
            "<tr><td class=\"table__cell drill-num\">{}</td><td class=\"table__cell drill-num\">{}</td><td class=\"table__cell\">{}</td></tr>",
            format_elapsed(line.sim_ms),
            format_elapsed(line.wall_ms),
            escape(&line.text)
        );
    }
    let _ = write!(
        out,
        "</tbody></table></div><h2 class=\"heading-l\">Decisions against the runbook</h2>{}\
         <table class=\"table\" data-testid=\"report-decisions\">\
         <caption class=\"visually-hidden\">Each decision, what was chosen and what the runbook says</caption><thead><tr>\
         <th scope=\"col\" class=\"table__header\">Decision</th><th scope=\"col\" class=\"table__header\">Chosen</th>\
         <th scope=\"col\" class=\"table__header\">Runbook says</th><th scope=\"col\" class=\"table__header\">Result</th>\
         <th scope=\"col\" class=\"table__header\">Time to decide (simulated / real)</th></tr></thead><tbody>",
        table_scroll("Decisions against the runbook")
    );
    for d in &r.decisions {
        let (slug, anchor) = split_ref(&d.runbook);
        let took = d.time_to_decision.map_or("–".to_string(), |t| {
            format!("{} / {}", format_elapsed(t.sim_ms), format_elapsed(t.wall_ms))
        });
        let (tag, critical) = if d.critical_miss {
            ("drill-tag drill-tag--red", " (critical)")
        } else {
            ("drill-tag", "")
        };
        let _ = write!(
            out,
            "<tr><td class=\"table__cell\">{}</td><td class=\"table__cell\">{}</td>\
             <td class=\"table__cell\">{} (<a class=\"link\" href=\"{}\">{}</a>)</td>\
             <td class=\"table__cell\"><strong class=\"{tag}\">{}{critical}</strong></td>\
             <td class=\"table__cell drill-num\">{took}</td></tr>",
            escape(&d.prompt),
            escape(d.chosen.as_deref().unwrap_or("–")),
            escape(&d.expected),
            escape(&doc_href(slug, anchor)),
            escape(d.runbook_label()),
            outcome_word(d.outcome)
        );
    }
    out.push_str("</tbody></table></div>");
    out
}

/// Who took part: the facilitator, and the attendees as a table, each with a Remove button.
pub fn people(facilitator: &str, attendees: &[Attendee]) -> String {
    let facilitator = if facilitator.is_empty() {
        "Not recorded yet".to_string()
    } else {
        escape(facilitator)
    };
    let mut out = format!(
        "<dl class=\"summary-list\"><div class=\"summary-list__row\"><dt class=\"summary-list__key\">Facilitator</dt>\
         <dd class=\"summary-list__value\" data-testid=\"report-facilitator\">{facilitator}</dd></div></dl>"
    );
    if attendees.is_empty() {
        out.push_str("<p class=\"body\">No attendees recorded yet.</p>");
        return out;
    }
    out.push_str(&table_scroll("Attendees"));
    out.push_str(
        "<table class=\"table\" data-testid=\"report-attendees\"><caption class=\"visually-hidden\">Attendees and their roles</caption>\
         <thead><tr><th scope=\"col\" class=\"table__header\">Name</th><th scope=\"col\" class=\"table__header\">Role</th>\
         <th scope=\"col\" class=\"table__header drill-print-hide\"><span class=\"visually-hidden\">Remove</span></th></tr></thead><tbody>",
    );
    for (i, a) in attendees.iter().enumerate() {
        let name = escape(&a.name);
        let _ = write!(
            out,
            "<tr><td class=\"table__cell\">{name}</td><td class=\"table__cell\">{}</td>\
             <td class=\"table__cell drill-print-hide\"><button type=\"button\" class=\"button button--secondary\" data-remove-attendee=\"{i}\">\
             Remove<span class=\"visually-hidden\"> attendee: {name}</span></button></td></tr>",
            escape(&a.role)
        );
    }
    out.push_str("</tbody></table></div>");
    out
}

/// The discussion prompts, each with a box for the team's answer, in one form. Each box is
/// `discussion-<index>`.
pub fn discussion(discussion: &[Discussion]) -> String {
    if discussion.is_empty() {
        return "<p class=\"body\">This scenario has no discussion prompts.</p>".to_string();
    }
    let mut out = String::from(
        "<form class=\"drill-form\" novalidate data-form=\"discussion\" data-testid=\"report-discussion\">",
    );
    for (i, d) in discussion.iter().enumerate() {
        let _ = write!(
            out,
            "<div class=\"form-group\"><label class=\"label\" for=\"discussion-{i}\">{}. {}</label>\
             <textarea class=\"textarea\" id=\"discussion-{i}\" rows=\"4\" data-control>{}</textarea></div>",
            i + 1,
            escape(&d.prompt),
            escape(&d.answer)
        );
    }
    out.push_str(
        "<div class=\"drill-actions drill-print-hide\"><button type=\"submit\" class=\"button button--secondary\">Save answers</button>\
         <span class=\"copy__status\" role=\"status\" aria-live=\"polite\" data-part=\"discussion-status\"></span></div></form>",
    );
    out
}

/// The items of one of the lists the facilitator writes, each with a Remove button. The
/// button's hidden words start with a space: Chromium puts one before a visually hidden
/// span anyway, and "Remove “x”" reads better than "Remove : x".
pub fn list_items(list: ReportList, items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let item = escape(item);
        let _ = write!(
            out,
            "<li>{item} <button type=\"button\" class=\"drill-link-button drill-print-hide\" data-remove=\"{}:{i}\">\
             Remove<span class=\"visually-hidden\"> “{item}”</span></button></li>",
            list.id()
        );
    }
    out
}

/// The notes taken during the drill, each at its time on both clocks.
pub fn notes(notes: &[ReportLine]) -> String {
    if notes.is_empty() {
        return "<p class=\"body\">No notes were taken.</p>".to_string();
    }
    let mut out = String::from("<ul class=\"list list--bullet\" data-testid=\"report-notes\">");
    for n in notes {
        let _ = write!(
            out,
            "<li>{} <span class=\"drill-num\">(simulated {}, real {})</span></li>",
            escape(&n.text),
            format_elapsed(n.sim_ms),
            format_elapsed(n.wall_ms)
        );
    }
    out.push_str("</ul>");
    out
}

/// The opening of the box a wide table scrolls in on a narrow screen, not the whole page: a
/// region named `label` that the keyboard can reach to scroll it. The caller closes it.
fn table_scroll(label: &str) -> String {
    format!(
        "<div class=\"table-scroll\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">",
        escape(label)
    )
}

/// The action items as a table, each with a Remove button.
pub fn actions(actions: &[ActionItem]) -> String {
    if actions.is_empty() {
        return "<p class=\"body\">No action items yet.</p>".to_string();
    }
    let mut out = table_scroll("Action items");
    out.push_str(
        "<table class=\"table\" data-testid=\"report-actions\"><caption class=\"visually-hidden\">Action items</caption>\
         <thead><tr><th scope=\"col\" class=\"table__header\">Action</th><th scope=\"col\" class=\"table__header\">Owner</th>\
         <th scope=\"col\" class=\"table__header\">Due</th>\
         <th scope=\"col\" class=\"table__header drill-print-hide\"><span class=\"visually-hidden\">Remove</span></th></tr></thead><tbody>",
    );
    for (i, a) in actions.iter().enumerate() {
        let what = escape(&a.what);
        let _ = write!(
            out,
            "<tr><td class=\"table__cell\">{what}</td><td class=\"table__cell\">{}</td><td class=\"table__cell\">{}</td>\
             <td class=\"table__cell drill-print-hide\"><button type=\"button\" class=\"button button--secondary\" data-remove-action=\"{i}\">\
             Remove<span class=\"visually-hidden\"> action: {what}</span></button></td></tr>",
            escape(&a.owner),
            a.due.map_or("–".to_string(), |d| d.to_string())
        );
    }
    out.push_str("</tbody></table></div>");
    out
}

/// This browser would not save the edits.
pub fn unsaved() -> String {
    warning_text(
        "This browser would not save your changes to the report (storage may be full or blocked). Export it before you leave this page.",
        None,
        true,
    )
}

/// The drill is still running; `facilitator` is the address of its window.
pub fn running(facilitator: &str) -> String {
    warning_text(
        &format!(
            "The drill is still running: this is a draft as of now. <a class=\"link\" href=\"{}\">Back to the drill</a>",
            escape(facilitator)
        ),
        None,
        false,
    )
}

/// A report was imported.
pub fn imported() -> String {
    notification_banner(
        "imported-title",
        "Success",
        Tone::Success,
        true,
        "report-imported",
        "<p class=\"notification-banner__heading\">The report was imported. You are reviewing the imported report.</p>",
    )
}

/// There is no drill in this browser; `drills` is the address of the list of drills.
pub fn none(drills: &str) -> String {
    format!(
        "<p class=\"body\" data-testid=\"report-none\">There is no drill to report on in this browser. Run a drill, or import a report below to review it.</p>\
         <p class=\"body\"><a class=\"link\" href=\"{}\">Choose a drill</a></p>",
        escape(drills)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::drill::score::{DecisionScore, Outcome, Took};
    use crate::drill::state::Moment;

    fn report() -> Report {
        Report {
            schema_version: 2,
            scenario_id: "s".into(),
            scenario_title: "Login <down>".into(),
            seed: 42,
            started: Moment {
                wall_ms: 1_000,
                sim_ms: 0,
            },
            ended: Some(Moment {
                wall_ms: 61_000,
                sim_ms: 120_000,
            }),
            facilitator: String::new(),
            attendees: vec![],
            timeline: vec![ReportLine {
                sim_ms: 60_000,
                wall_ms: 30_000,
                text: "Note: <b>".into(),
            }],
            decisions: vec![DecisionScore {
                decision: "d".into(),
                prompt: "Which & why?".into(),
                outcome: Outcome::Missed,
                chosen: None,
                expected: "Restore".into(),
                runbook: "full-restore#steps".into(),
                runbook_title: "Full <restore>: Steps".into(),
                critical_miss: true,
                time_to_decision: Some(Took {
                    sim_ms: 60_000,
                    wall_ms: 1_000,
                }),
            }],
            met: 0,
            missed: 1,
            critical_misses: 1,
            went_well: vec![],
            to_improve: vec![],
            discussion: vec![],
            notes: vec![],
            actions: vec![],
        }
    }

    #[test]
    fn the_summary_says_everything_escaped_with_links_into_the_runbook() {
        let href = |slug: &str, anchor: Option<&str>| format!("/r/docs/{slug}#{}", anchor.unwrap_or(""));
        let html = summary(&report(), &href);
        assert!(html.contains("<dd class=\"summary-list__value\">Login &lt;down&gt;</dd>"));
        assert!(html.contains("<code class=\"code\">42</code>"));
        assert!(html.contains(">02:00 simulated, 01:00 real<"));
        assert!(html.contains("data-testid=\"report-score\">0 met, 1 missed, 1 critical miss</dd>"));
        assert!(html.contains("<td class=\"table__cell drill-num\">01:00</td><td class=\"table__cell drill-num\">00:30</td><td class=\"table__cell\">Note: &lt;b&gt;</td>"));
        assert!(html.contains("<td class=\"table__cell\">Which &amp; why?</td><td class=\"table__cell\">–</td>"));
        assert!(html.contains(
            "Restore (<a class=\"link\" href=\"/r/docs/full-restore#steps\">Full &lt;restore&gt;: Steps</a>)"
        ));
        assert!(html.contains("data-testid=\"report-started\">1 January 1970, 00:00 UTC</dd>"));
        assert!(html.contains("<strong class=\"drill-tag drill-tag--red\">Missed (critical)</strong>"));
        assert!(html.contains("<td class=\"table__cell drill-num\">01:00 / 00:01</td>"));
        let mut r = report();
        r.ended = None;
        assert!(summary(&r, &href).contains(">Not ended yet<"));
        // A file without the runbook's titles links with the reference.
        r.decisions[0].runbook_title.clear();
        assert!(summary(&r, &href).contains(">full-restore#steps</a>"));
        // Decisions the drill ended before are said beside the score.
        r.decisions[0].outcome = Outcome::EndedEarly;
        r.decisions[0].critical_miss = false;
        let html = summary(&r, &href);
        assert!(html.contains("0 met, 1 missed, 1 critical miss; 1 not reached (the drill ended early)</dd>"));
        assert!(html.contains("<strong class=\"drill-tag\">Not reached (ended early)</strong>"));
    }

    #[test]
    fn who_took_part_and_the_discussion_escaped() {
        let html = people("", &[]);
        assert!(html.contains("data-testid=\"report-facilitator\">Not recorded yet</dd>"));
        assert!(html.contains("No attendees recorded yet."));
        let html = people(
            "Ada <lead>",
            &[Attendee {
                name: "Bo & co".into(),
                role: "<Developer>".into(),
            }],
        );
        assert!(html.contains(">Ada &lt;lead&gt;</dd>"));
        assert!(
            html.contains("<td class=\"table__cell\">Bo &amp; co</td><td class=\"table__cell\">&lt;Developer&gt;</td>")
        );
        assert!(html.contains(
            "data-remove-attendee=\"0\">Remove<span class=\"visually-hidden\"> attendee: Bo &amp; co</span>"
        ));
        assert!(discussion(&[]).contains("no discussion prompts"));
        let html = discussion(&[Discussion {
            prompt: "Who <knows>?".into(),
            answer: "</textarea><b>".into(),
        }]);
        assert!(html.contains("<label class=\"label\" for=\"discussion-0\">1. Who &lt;knows&gt;?</label>"));
        assert!(html.contains("<textarea class=\"textarea\" id=\"discussion-0\" rows=\"4\" data-control>&lt;/textarea&gt;&lt;b&gt;</textarea>"));
        assert!(html.contains("data-form=\"discussion\""));
    }

    #[test]
    fn lists_notes_and_actions_each_have_a_way_to_remove_an_item() {
        let html = list_items(ReportList::ToImprove, &["a <b>".into(), "c".into()]);
        assert!(html.starts_with("<li>a &lt;b&gt; <button type=\"button\" class=\"drill-link-button drill-print-hide\" data-remove=\"to-improve:0\">Remove<span class=\"visually-hidden\"> “a &lt;b&gt;”</span></button></li>"));
        assert!(html.contains("data-remove=\"to-improve:1\""));
        assert_eq!(notes(&[]), "<p class=\"body\">No notes were taken.</p>");
        let html = notes(&[ReportLine {
            sim_ms: 0,
            wall_ms: 0,
            text: "x&y".into(),
        }]);
        assert!(html.contains("<li>x&amp;y <span class=\"drill-num\">(simulated 00:00, real 00:00)</span></li>"));
        assert_eq!(actions(&[]), "<p class=\"body\">No action items yet.</p>");
        let html = actions(&[ActionItem {
            what: "Time <it>".into(),
            owner: "Ops".into(),
            due: Date::new(2026, 7, 1),
        }]);
        assert!(html.contains("<td class=\"table__cell\">Time &lt;it&gt;</td><td class=\"table__cell\">Ops</td><td class=\"table__cell\">2026-07-01</td>"));
        assert!(html.contains(
            "data-remove-action=\"0\">Remove<span class=\"visually-hidden\"> action: Time &lt;it&gt;</span>"
        ));
    }

    #[test]
    fn the_page_and_editor_have_every_part_and_form() {
        let page = page();
        for part in [
            "recovery",
            "edits-recovery",
            "unsaved",
            "running",
            "imported",
            "none",
            "editor",
            "import-summary",
        ] {
            assert!(page.contains(&format!("data-part=\"{part}\"")), "{part}");
        }
        assert!(page.contains("data-form=\"import\""));
        let editor = editor();
        for part in [
            "summary",
            "people",
            "went-well",
            "to-improve",
            "discussion",
            "notes",
            "actions",
        ] {
            assert!(editor.contains(&format!("data-part=\"{part}\"")), "{part}");
        }
        for form in ["facilitator", "attendee", "went-well", "to-improve", "action"] {
            assert!(editor.contains(&format!("data-form=\"{form}\"")), "{form}");
        }
        assert!(editor.contains("<label class=\"label\" for=\"to-improve-new\">Add to “What to improve”</label>"));
        assert!(editor.contains("<p class=\"hint\" id=\"action-due-hint\">For example, 2026-07-01</p><input class=\"input\" type=\"text\" id=\"action-due\" autocomplete=\"off\" aria-describedby=\"action-due-hint\" data-control>"));
    }

    #[test]
    fn notices_escape_what_they_are_given() {
        assert!(running("/r/drill/facilitator?a=\"b\"").contains("href=\"/r/drill/facilitator?a=&quot;b&quot;\""));
        assert!(none("/r/drills").contains("<a class=\"link\" href=\"/r/drills\">Choose a drill</a>"));
        assert!(import_summary("Bad <json>")
            .contains("<a class=\"error-summary__link\" href=\"#report-json\">Bad &lt;json&gt;</a>"));
        assert!(unsaved().contains("role=\"alert\""));
    }
}
