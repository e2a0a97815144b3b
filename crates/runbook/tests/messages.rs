//! The project's own `content/messages/*.toml` compile against the real pages and contact
//! groups; every group has a message or the runbook's reason not to send one; and the form's
//! view model fills the preview in as values are typed.
#![cfg(feature = "compile")]

mod common;

use runbook::command::Values;
use runbook::content::known::Known;
use runbook::content::SourceFile;
use runbook::message::view::{live, template, AdviceView, Control};
use runbook::message::{compile_messages, Advice, Message, Span};
use std::path::Path;

fn known() -> Known {
    let mut known = common::real_known();
    let site = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/site.toml");
    let file = SourceFile::new("content/site.toml", std::fs::read_to_string(site).unwrap());
    let service = runbook::service::compile(&file, &known).expect("content/site.toml compiles");
    known.contacts = service
        .contacts
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    known
}

fn messages() -> Vec<Message> {
    compile_messages(&common::content_files("messages", "toml"), &known()).unwrap_or_else(|d| {
        panic!(
            "content/messages has errors:\n{}",
            d.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
        )
    })
}

fn message(id: &str) -> Message {
    messages()
        .into_iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no message {id}"))
}

#[test]
fn every_contact_group_has_a_message_or_a_reason_not_to_send_one() {
    let all = messages();
    for group in known().contacts.keys() {
        assert!(all.iter().any(|m| m.is_for_group(group)), "nothing for {group}");
    }
}

#[test]
fn each_scenario_the_runbook_names_groups_for_has_its_messages() {
    let all = messages();
    let has = |scenario: &str, group: &str, draft: bool| {
        all.iter().any(|m| {
            m.is_for_scenario(scenario) && m.is_for_group(group) && matches!(m.advice, Advice::Draft(_)) == draft
        })
    };
    for group in ["schools", "appropriate-bodies", "lead-providers"] {
        assert!(has("database-deleted", group, true), "database-deleted: {group}");
    }
    for group in ["schools", "appropriate-bodies", "support-team"] {
        assert!(has("trs-api-down", group, true), "trs-api-down: {group}");
    }
    assert!(has("notify-down", "support-team", true));
    assert!(has("azure-down", "support-team", true));
    // Where the runbook says not to send, or that we cannot.
    for group in ["schools", "appropriate-bodies"] {
        assert!(has("dfe-sign-in-down", group, false), "dfe-sign-in-down: {group}");
        assert!(has("azure-down", group, false), "azure-down: {group}");
        assert!(has("notify-down", group, false), "notify-down: {group}");
    }
    assert!(has("notify-down", "admins", false));
    // The banners: the incident banner and DfE Sign-in's, the maintenance banner.
    let banners: Vec<&str> = all
        .iter()
        .filter(|m| {
            m.draft()
                .is_some_and(|d| d.channel == runbook::message::Channel::Banner)
        })
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(
        banners,
        [
            "dfe-sign-in-down-incident-banner",
            "dfe-sign-in-service-banner",
            "maintenance-banner"
        ]
    );
}

#[test]
fn a_do_not_send_message_gives_the_runbook_s_reason() {
    let m = message("dfe-sign-in-down-schools-and-appropriate-bodies");
    let AdviceView::DoNotSend { reason } = live(&m, &Values::default(), false).advice else {
        panic!("a draft");
    };
    assert!(reason.html("").contains("DfE Sign-in will have plans in place"));
    assert!(reason.html("").contains("href=\"/docs/dfe-sign-in-down#contact\""));
}

fn values(pairs: &[(&str, &str)]) -> Values {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn the_build_s_form_shows_defaults_and_a_placeholder_for_each_value_to_give() {
    let m = message("trs-api-down-schools-and-appropriate-bodies");
    let view = template(&m);
    assert_eq!(view.prefix, "msg-trs-api-down-schools-and-appropriate-bodies");
    assert_eq!(
        view.groups,
        ["Schools and their induction tutors (SITs)", "Appropriate bodies"]
    );
    let AdviceView::Draft(draft) = view.advice else {
        panic!("do not send")
    };
    assert!(draft.problems.is_empty());
    assert_eq!(draft.preview.copy, None);
    assert_eq!(
        draft.send_with.as_ref().map(|d| d.slug.as_str()),
        Some("contacting-users")
    );
    let text: String = draft
        .preview
        .body
        .iter()
        .map(|s| match s {
            Span::Text(t) | Span::Value { text: t, .. } => t.clone(),
            Span::Missing { placeholder, .. } => placeholder.clone(),
        })
        .collect();
    assert_eq!(
        text,
        "Since <SINCE>, you have not been able to register new early career teachers in Register early career teachers. This is because a service it relies on is not working.\n\nWe've closed the service until this is fixed.\n\nWe'll email you again by <NEXT_UPDATE>."
    );
    let service = draft.fields.iter().find(|f| f.name == "service").unwrap();
    assert_eq!(service.text, "closed");
    assert!(
        matches!(&service.control, Control::Radios(r) if r.len() == 2 && r[0].id == format!("{}-service-0", "msg-trs-api-down-schools-and-appropriate-bodies"))
    );
}

#[test]
fn the_live_form_fills_the_preview_and_offers_copy_once_complete() {
    let m = message("database-deleted-schools-and-appropriate-bodies");
    let mut v = values(&[
        ("since", "2026-05-22 13:30"),
        ("restore-point", "2026-05-22 08:00Z"),
        ("next-update", "not a time"),
        ("meanwhile", "You do not need to do anything."),
    ]);
    let AdviceView::Draft(draft) = live(&m, &v, false).advice else {
        panic!()
    };
    assert_eq!(draft.problems.len(), 1);
    assert!(draft.problems[0]
        .message
        .starts_with("When we'll send the next update should look like"));
    assert_eq!(
        draft.problems[0].target,
        "msg-database-deleted-schools-and-appropriate-bodies-next-update"
    );
    let since = &draft.fields[0];
    assert_eq!(
        since.note.as_deref(),
        Some("Reads as 2:30pm UK time on Friday 22 May 2026")
    );
    assert_eq!(draft.preview.copy, None);
    assert!(draft.preview.pending.is_some());
    v.insert("next-update".into(), "2026-05-22 16:00".into());
    let AdviceView::Draft(draft) = live(&m, &v, true).advice else {
        panic!()
    };
    assert_eq!(
        draft.preview.copy.as_deref(),
        Some(
            "Subject: Register early career teachers is unavailable\n\n\
             Register early career teachers has been unavailable since 2:30pm UK time on Friday 22 May 2026.\n\n\
             We're restoring its data. This will take several hours.\n\n\
             Any changes made in the service after 9am UK time on Friday 22 May 2026 will need to be made again once it's back.\n\n\
             You do not need to do anything.\n\n\
             We'll email you again by 5pm UK time on Friday 22 May 2026."
        )
    );
    // A field emptied is an error only once the person tries to copy.
    v.insert("meanwhile".into(), " ".into());
    let AdviceView::Draft(draft) = live(&m, &v, false).advice else {
        panic!()
    };
    assert!(draft.problems.is_empty());
    let AdviceView::Draft(draft) = live(&m, &v, true).advice else {
        panic!()
    };
    assert_eq!(draft.problems[0].message, "Enter what users should do meanwhile");
}

#[test]
fn every_draft_is_complete_with_its_examples() {
    for m in messages() {
        let Some(d) = m.draft() else { continue };
        let v: Values = d.fields.iter().map(|f| (f.name.clone(), f.example.clone())).collect();
        let preview = runbook::message::render(d, &v);
        assert!(preview.complete, "{}", m.id);
        assert!(!preview.text().contains('{'), "{}: {}", m.id, preview.text());
    }
}
