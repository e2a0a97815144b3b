use crate::browser;
use leptos::prelude::*;
use runbook::content::{Review, ReviewStatus};

/// Who owns the page and when it was checked; a warning when the review date has passed,
/// because stale instructions during an incident can make things worse.
#[component]
pub fn ReviewNotice(
    /// The page's review details.
    review: Review,
) -> impl IntoView {
    let overdue = match review.status(browser::today()) {
        ReviewStatus::Overdue { days } => Some(days),
        ReviewStatus::Current => None,
    };
    view! {
        {overdue.map(|days| {
            let days_text = if days == 1 { "1 day".to_string() } else { format!("{days} days") };
            view! {
                <div class="notification-banner" role="region" aria-labelledby="review-banner-title" data-testid="review-overdue">
                    <div class="notification-banner__header">
                        <h2 class="notification-banner__title" id="review-banner-title">"Review overdue"</h2>
                    </div>
                    <div class="notification-banner__content">
                        <p class="notification-banner__heading">
                            {format!("This page was due for review on {} ({days_text} ago). Check each step still matches our systems, and tell {} if anything has changed.", review.review_by, review.owner)}
                        </p>
                    </div>
                </div>
            }
        })}
        <dl class="review-meta">
            <div class="review-meta__row">
                <dt>"Owner"</dt>
                <dd>{review.owner.clone()}</dd>
            </div>
            <div class="review-meta__row">
                <dt>"Last reviewed"</dt>
                <dd>{review.last_reviewed.to_string()}</dd>
            </div>
            <div class="review-meta__row">
                <dt>"Review by"</dt>
                <dd>{review.review_by.to_string()}</dd>
            </div>
        </dl>
    }
}
