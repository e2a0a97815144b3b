use crate::paths;
use leptos::prelude::*;
use runbook::incident::BannerView;

/// The slim banner every page shows while a real incident is open: its name, the time since
/// it started, the way to add a note, and, when the reminder says so, that an update is due
/// with the message drafts a click away. Labelled as a real incident, as a drill's windows
/// are labelled as a drill. `None` shows nothing.
#[component]
pub fn IncidentBanner(
    #[prop(into)] banner: Signal<Option<BannerView>>,
    /// The saved record could not be read: the banner says so and where to go.
    #[prop(into)]
    unreadable: Signal<bool>,
) -> impl IntoView {
    let record = paths::incident();
    let add_note = format!("{record}#add-note");
    move || {
        if unreadable.get() {
            let record = record.clone();
            return Some(
                view! {
                    <div class="incident-banner" role="region" aria-label="Real incident">
                        <div class="page-width incident-banner__inner">
                            <strong class="incident-banner__label">"Real incident"</strong>
                            " The saved incident record cannot be read. "
                            <a class="incident-banner__link" href=record>"Open the incident record"</a>
                        </div>
                    </div>
                }
                .into_any(),
            );
        }
        banner.get().map(|b| {
            let due = b.due_text.map(|text| {
                view! {
                    <span class="incident-banner__due">
                        <strong>"An update is due."</strong>
                        {format!(" {text}. ")}
                        <a class="incident-banner__link" href=paths::messages()>"Draft the update"</a>
                    </span>
                }
            });
            view! {
                <div class="incident-banner" role="region" aria-label="Real incident">
                    <div class="page-width incident-banner__inner">
                        <strong class="incident-banner__label">"Real incident"</strong>
                        " "
                        <a class="incident-banner__link incident-banner__name" href=record.clone()>{b.name}</a>
                        {format!(", open for {}. ", b.elapsed)}
                        <a class="incident-banner__link" href=add_note.clone()>"Add a note"</a>
                        " "
                        {due}
                    </div>
                </div>
            }
            .into_any()
        })
    }
}
