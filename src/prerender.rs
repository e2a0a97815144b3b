//! The pages the build draws with the apps' own components (server-side rendering, feature
//! `ssr`, called by `sitegen`), so a page shows and works before its app has loaded. The app
//! then draws the same components in its place (`static_page::take_over`, `generator::mount`).
//! A wizard's walk through every step is drawn here only: it works as it stands.

use crate::components::drill::PlayersWaiting;
use crate::components::drill_report::ReportWaiting;
use crate::components::generator::{GeneratorForm, GeneratorTemplate};
use crate::components::message::{MessageList, MessagePage};
use crate::components::print::{MessageTemplate, RoleCards, ScenarioBriefing, ScenarioMessages};
use crate::components::search::SearchPage;
use crate::components::wizard::{WizardPage, WizardWalk};
use crate::components::NoDrillInProgress;
use leptos::prelude::*;
use runbook::command::{self, Generator};
use runbook::drill::briefing::{self, BriefingView};
use runbook::drill::Scenario;
use runbook::message::{self, Message};
use runbook::wizard::page;
use runbook::wizard::view::{self, Context};
use runbook::wizard::walk;
use runbook::wizard::Wizard;

/// A wizard's page at its address without answers: its first question, for a site served
/// under `root` (`""` or `/runbook`). `now` is the build's clock, in minutes since the Unix
/// epoch (UTC); a first question does not turn on it.
pub fn wizard(wizard: &Wizard, root: &str, now: i64) -> String {
    Owner::new().with(|| {
        let screen = page::screen(wizard, "", Some(now));
        // The first question links to no other wizard and has no tree drawn; the origin is
        // only in an outcome's decision record.
        let cx = Context {
            root,
            origin: "",
            now,
            wizard_title: &|_| None,
            drawing: None,
        };
        let first = view::page(wizard, &screen, &cx);
        let screen = RwSignal::new(first);
        view! { <WizardPage screen=screen.into() on_answer=Callback::new(|_| {})/> }.to_html()
    })
}

/// A command generator's form as the build draws it on the generator's page: each field
/// with its default and the output as a template, with a placeholder for each value still
/// to give (`runbook::command::view::template`). It reads, and can be filled in, before the
/// app has loaded and without JavaScript; the app then draws the live form in its place,
/// keeping what was typed (`generator::mount`).
pub fn generator(generator: &Generator) -> String {
    Owner::new().with(|| {
        let form = RwSignal::new(command::view::template(generator));
        let copy_status = RwSignal::new(None);
        let confirm_error = RwSignal::new(false);
        view! {
            <GeneratorForm
                form=form.into()
                heading_level=2
                copy_status=copy_status.into()
                confirm_error=confirm_error.into()
                on_event=Callback::new(|_| {})
            />
        }
        .to_html()
    })
}

/// Every step of a wizard on one page, each answer a link (`runbook::wizard::walk`), for a
/// site served under `root`: the wizard for readers without JavaScript. `wizard_title` gives
/// the titles of the other wizards its outcomes suggest.
pub fn wizard_walk(wizard: &Wizard, root: &str, wizard_title: &dyn Fn(&str) -> Option<String>) -> String {
    Owner::new().with(|| {
        let view = walk::walk(wizard, root, wizard_title);
        view! { <WizardWalk view=view/> }.to_html()
    })
}

/// A wizard in the one-file runbook (`walk::Place::OneFile`, for a site under `root`): its
/// title and summary, then its every step as on its own page, each anchor after the
/// wizard's prefix and each link into the docs, the generators and the other wizards
/// inside the file.
pub fn wizard_in_file(wizard: &Wizard, root: &str, wizard_title: &dyn Fn(&str) -> Option<String>) -> String {
    Owner::new().with(|| {
        let view = walk::walk_at(wizard, walk::Place::OneFile { root }, wizard_title);
        let id = runbook::one_file::wizard(&wizard.id);
        let title_id = format!("{id}--title");
        let labelled = title_id.clone();
        let title = wizard.title.clone();
        let summary = wizard.summary.clone();
        view! {
            <section class="wizard-in-file" id=id aria-labelledby=labelled>
                <h3 class="heading-l" id=title_id>{title}</h3>
                <p class="lead">{summary}</p>
                <WizardWalk view=view/>
            </section>
        }
        .to_html()
    })
}

/// A command generator in the one-file runbook: a template to fill in by hand
/// (`runbook::command::in_file`), for a site under `root`.
pub fn generator_in_file(generator: &Generator, root: &str) -> String {
    Owner::new().with(|| {
        let view = command::in_file::template(generator, root);
        view! { <GeneratorTemplate view=view/> }.to_html()
    })
}

/// A drill scenario in the one-file runbook: its briefing and every role's card, each
/// starting a printed page, for a site under `root`.
pub fn drill_in_file(scenario: &Scenario, root: &str) -> String {
    Owner::new().with(|| {
        let view = briefing::briefing(scenario, briefing::Place::OneFile { root });
        view! { <ScenarioBriefing view=view/> }.to_html()
    })
}

/// A message's page (`/messages/<id>`) as the build draws it, for a site under `root`: whom
/// it is for, then its form with each default and the message with a `<FIELD>` placeholder
/// for each value still to give (`runbook::message::view::template`), which reads and can be
/// filled in before the app has loaded; or the runbook's reason not to send one.
pub fn message_page(message: &Message, root: &str) -> String {
    Owner::new().with(|| {
        let view = message::view::template(message);
        let links = message::view::page_links(message, root);
        let kind = message::view::kind_label(message);
        let reason_html = match &message.advice {
            message::Advice::DoNotSend { reason } => reason.html(root),
            message::Advice::Draft(_) => String::new(),
        };
        let id = message.id.clone();
        view! { <MessagePage view=view links=links kind=kind id=id reason_html=reason_html/> }.to_html()
    })
}

/// The list of every message by scenario (`/messages`), for a site under `root`; `order` is
/// the site's pages in navigation order.
pub fn message_list(messages: &[Message], order: &[&str], root: &str) -> String {
    Owner::new().with(|| {
        let view = message::view::list(messages, order, root);
        view! { <MessageList view=view/> }.to_html()
    })
}

/// What a scenario's doc page shows in its Contact section: a link to each of its messages'
/// pages on a site under `root`. Nothing when it has none.
pub fn scenario_messages_on_site(messages: &[Message], slug: &str, root: &str) -> String {
    message::view::for_scenario_on_site(messages, slug, root)
        .map(|view| Owner::new().with(|| view! { <ScenarioMessages view=view/> }.to_html()))
        .unwrap_or_default()
}

/// A message in the one-file runbook (`runbook::message::in_file`): its draft with a
/// placeholder for each value to give, or the runbook's reason not to send one.
pub fn message_in_file(message: &Message) -> String {
    Owner::new().with(|| {
        let view = message::in_file::template(message);
        view! { <MessageTemplate view=view/> }.to_html()
    })
}

/// What a scenario's doc page ends with in the one-file runbook: a link to each message for
/// it, in the same file. Nothing when it has none.
pub fn scenario_messages_in_file(messages: &[Message], slug: &str) -> String {
    message::in_file::for_scenario(messages, slug)
        .map(|view| Owner::new().with(|| view! { <ScenarioMessages view=view/> }.to_html()))
        .unwrap_or_default()
}

/// A scenario's role cards page on the site served under `root` (`/drills/<id>/roles`):
/// every role's card, each printed on a page of its own, to hand out for a drill without
/// screens.
pub fn role_cards(scenario: &Scenario, root: &str) -> String {
    Owner::new().with(|| {
        let BriefingView {
            title,
            cards,
            briefing,
            ..
        } = briefing::briefing(scenario, briefing::Place::Site { root });
        let heading = format!("Role cards: {title}");
        view! {
            <div class="drill role-cards">
                <a class="back-link" href=briefing>"The scenario's briefing"</a>
                <h1 class="heading-xl">{heading}</h1>
                <p class="lead role-cards__intro">
                    "Print this page for a drill without screens: each role's card prints on a page of its own,                      to give to the player who takes that role. Each card holds that role's private brief."
                </p>
                <RoleCards cards=cards scenario=title level=2/>
            </div>
        }
        .to_html()
    })
}

/// The facilitator's page as the build draws it, before the app has looked for a drill in
/// this browser: where the console opens, and the way to the list of drills (under `root`).
pub fn drill_facilitator(root: &str) -> String {
    let drills = format!("{root}/drills");
    Owner::new().with(|| view! { <NoDrillInProgress drills=drills known=false/> }.to_html())
}

/// The search page as the build draws it, for a site served under `root`: its form, which
/// takes typing before the app has loaded, and the way to find words without the search.
/// The app then draws the same page in place, keeping what was typed.
pub fn search(root: &str) -> String {
    let action = format!("{root}/search");
    let all = format!("{root}/all");
    Owner::new().with(|| {
        let shown = Signal::stored(runbook::search::view::before_the_app(all));
        view! {
            <SearchPage
                action=action
                query=Signal::stored(String::new())
                notices=Signal::stored(Vec::new())
                view=shown
                on_query=Callback::new(|_| {})
            />
        }
        .to_html()
    })
}

/// The players' window as the build draws it, before the app has looked for a drill in this
/// browser: what the window shows, and the way to the list of drills (under `root`).
pub fn drill_participant(root: &str) -> String {
    let drills = format!("{root}/drills");
    Owner::new().with(|| view! { <PlayersWaiting drills=drills known=false/> }.to_html())
}

/// The incident page as the build draws it: what the record is, and the form that starts
/// one, with the runbook's scenarios to choose from (`runbook::incident::form::scenarios`)
/// and a note that the record needs JavaScript. The app draws it again in place, keeping
/// what was typed, and takes the scenarios from its select.
pub fn incident(scenarios: Vec<runbook::incident::ScenarioRef>) -> String {
    use crate::components::incident::IncidentStartForm;
    Owner::new().with(|| {
        view! {
            <IncidentStartForm
                scenarios=scenarios
                started=String::new()
                errors=Signal::stored(Vec::new())
                failed=Signal::stored(None)
                on_action=Callback::new(|_| false)
                before_the_app=true
            />
        }
        .to_html()
    })
}

/// The report's page as the build draws it, before the app has looked for a drill in this
/// browser: where the report opens, and the way to the list of drills (under `root`).
pub fn drill_report(root: &str) -> String {
    let drills = format!("{root}/drills");
    Owner::new().with(|| {
        view! {
            <div class="drill drill--report">
                <span class="caption-l">"Tabletop drill"</span>
                <h1 class="heading-xl">"After-action report"</h1>
                <ReportWaiting drills=drills known=false/>
            </div>
        }
        .to_html()
    })
}
