use leptos::prelude::*;
/// What a notification banner says: news, something done, or something wrong. The core's,
/// which writes the same banners for the plain-DOM pages (`runbook::govuk`).
pub use runbook::govuk::Tone;

/// A GOV.UK notification banner: a titled box the reader should see before the rest of the
/// page. Its title labels it. One that answers what the reader just did, or says something
/// went wrong as the page opened, is announced at once (`role="alert"`); the others are
/// labelled regions a screen reader user can find.
#[component]
pub fn NotificationBanner<C>(
    /// The id of its title.
    title_id: &'static str,
    /// Its title ("Important", "Review overdue", what went wrong).
    title: &'static str,
    /// News (blue), success (green) or warning (red).
    #[prop(optional)]
    tone: Tone,
    /// Announced at once, as an alert, rather than a region.
    #[prop(optional)]
    alert: bool,
    /// For the browser tests written before they found banners by role and title.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// What goes under the title.
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    let class = tone.banner_class();
    let children = children.into_inner();
    view! {
        <div class=class role=if alert { "alert" } else { "region" } aria-labelledby=title_id data-testid=testid>
            <div class="notification-banner__header">
                <h2 class="notification-banner__title" id=title_id>{title}</h2>
            </div>
            <div class="notification-banner__content">{children()}</div>
        </div>
    }
}

/// What a page's address asked for that could not be used, each said plainly, so a damaged
/// or mistyped link never changes the page in silence. Nothing when there is nothing to say.
#[component]
pub fn AddressNotices(
    /// The banner's `data-testid`.
    id: &'static str,
    /// Its title's id.
    title_id: &'static str,
    notices: Vec<String>,
) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        let items = notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view();
        view! {
            <NotificationBanner title_id=title_id title="Important" testid=id>
                <p class="notification-banner__heading">"Part of the address was ignored"</p>
                <ul class="list list--bullet address-notices__list">{items}</ul>
            </NotificationBanner>
        }
    })
}
