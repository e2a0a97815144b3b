use crate::components::NotificationBanner;
use leptos::prelude::*;
use runbook::content::ReviewStatus;
use runbook::date::Date;

/// A warning when a page's review date has passed, because stale instructions during an
/// incident can make things worse. (The owner and dates themselves are static text.)
#[component]
pub fn ReviewOverdue(
    /// The page's review-by date.
    review_by: Date,
    /// Who to tell.
    owner: String,
    /// Today, from the browser's clock.
    today: Date,
) -> impl IntoView {
    let ReviewStatus::Overdue { days } = ReviewStatus::of(review_by, today) else {
        return None;
    };
    let days_text = if days == 1 {
        "1 day".to_string()
    } else {
        format!("{days} days")
    };
    Some(view! {
        <NotificationBanner title_id="review-banner-title" title="Review overdue" testid="review-overdue">
            <p class="notification-banner__heading">
                {format!("This page was due for review on {review_by} ({days_text} ago). Check each step still matches our systems, and tell {owner} if anything has changed.")}
            </p>
        </NotificationBanner>
    })
}
