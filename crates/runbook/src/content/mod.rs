//! The compiled runbook: pages, navigation and review status.
//!
//! [`compile`] (feature `compile`) turns the files of `content/` into a [`Site`]; the site
//! embeds the result and never parses Markdown or TOML itself.

#[cfg(feature = "compile")]
pub mod compile;
#[cfg(feature = "compile")]
mod front_matter;
pub mod known;
#[cfg(feature = "compile")]
mod nav;
#[cfg(feature = "compile")]
pub mod schema;
#[cfg(feature = "compile")]
pub mod toml;

use crate::date::Date;
use crate::doc::Doc;
use serde::{Deserialize, Serialize};

/// A file handed to the compiler: its path (for diagnostics) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
        }
    }
}

/// The whole runbook, validated.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Site {
    /// Navigation sections, in the order `content/nav.toml` gives.
    pub nav: Vec<NavSection>,
    /// Every page, in navigation order.
    pub pages: Vec<Page>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NavSection {
    pub title: String,
    /// Slugs of the section's pages, in order.
    pub pages: Vec<String>,
}

/// Who looks after a page and when it was last checked against reality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub owner: String,
    pub last_reviewed: Date,
    pub review_by: Date,
}

/// Whether a page's review is due, as of a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStatus {
    Current,
    /// The review-by date has passed by this many days.
    Overdue {
        days: i64,
    },
}

impl Review {
    /// A page is overdue from the day after its review-by date.
    pub fn status(&self, today: Date) -> ReviewStatus {
        ReviewStatus::of(self.review_by, today)
    }
}

impl ReviewStatus {
    /// The status, as of `today`, of a page to be reviewed by `review_by`.
    pub fn of(review_by: Date, today: Date) -> ReviewStatus {
        let days = today.days_since_epoch() - review_by.days_since_epoch();
        if days > 0 {
            ReviewStatus::Overdue { days }
        } else {
            ReviewStatus::Current
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub review: Review,
    /// The file it came from, for "edit this page" and diagnostics.
    pub source: String,
    pub doc: Doc,
}

impl Site {
    pub fn page(&self, slug: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.slug == slug)
    }

    /// The pages before and after `slug` in navigation order.
    pub fn neighbours(&self, slug: &str) -> (Option<&Page>, Option<&Page>) {
        let Some(i) = self.pages.iter().position(|p| p.slug == slug) else {
            return (None, None);
        };
        (i.checked_sub(1).and_then(|j| self.pages.get(j)), self.pages.get(i + 1))
    }

    /// The navigation section a page belongs to.
    pub fn section_of(&self, slug: &str) -> Option<&NavSection> {
        self.nav.iter().find(|s| s.pages.iter().any(|p| p == slug))
    }

    /// Pages whose review date has passed as of `today`, most overdue first.
    pub fn overdue(&self, today: Date) -> Vec<(&Page, i64)> {
        let mut out: Vec<_> = self
            .pages
            .iter()
            .filter_map(|p| match p.review.status(today) {
                ReviewStatus::Overdue { days } => Some((p, days)),
                ReviewStatus::Current => None,
            })
            .collect();
        out.sort_by_key(|(p, days)| (-days, p.slug.clone()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(by: &str) -> Review {
        Review {
            owner: "Team".into(),
            last_reviewed: Date::parse("2026-01-01").unwrap(),
            review_by: Date::parse(by).unwrap(),
        }
    }

    #[test]
    fn review_is_overdue_from_the_day_after() {
        let today = Date::parse("2026-06-01").unwrap();
        assert_eq!(review("2026-06-01").status(today), ReviewStatus::Current);
        assert_eq!(review("2026-05-31").status(today), ReviewStatus::Overdue { days: 1 });
        assert_eq!(review("2026-05-02").status(today), ReviewStatus::Overdue { days: 30 });
    }

    fn page(slug: &str, by: &str) -> Page {
        Page {
            slug: slug.into(),
            title: slug.into(),
            summary: String::new(),
            review: review(by),
            source: String::new(),
            doc: Doc::default(),
        }
    }

    #[test]
    fn neighbours_and_overdue() {
        let site = Site {
            nav: vec![NavSection {
                title: "S".into(),
                pages: vec!["a".into(), "b".into(), "c".into()],
            }],
            pages: vec![
                page("a", "2026-01-01"),
                page("b", "2030-01-01"),
                page("c", "2025-01-01"),
            ],
        };
        let (prev, next) = site.neighbours("b");
        assert_eq!((prev.unwrap().slug.as_str(), next.unwrap().slug.as_str()), ("a", "c"));
        assert_eq!(site.neighbours("a").0, None);
        assert_eq!(site.neighbours("zzz"), (None, None));
        let overdue: Vec<_> = site
            .overdue(Date::parse("2026-02-01").unwrap())
            .into_iter()
            .map(|(p, _)| p.slug.as_str())
            .collect();
        assert_eq!(overdue, vec!["c", "a"]);
        assert_eq!(site.section_of("c").unwrap().title, "S");
    }
}
