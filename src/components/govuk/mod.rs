//! The GOV.UK Design System's components, one per file, drawn the same way by the build
//! (server-side rendering in `sitegen`) and in the browser. Every text goes in as text, so
//! Leptos escapes it; nothing here takes markup.

mod back_link;
mod error_message;
mod error_summary;
mod inset_text;
mod notification_banner;
mod summary_list;
mod warning_text;

pub use back_link::BackLink;
pub use error_message::ErrorMessage;
pub use error_summary::{ErrorSummary, Problem};
pub use inset_text::InsetText;
pub use notification_banner::{AddressNotices, NotificationBanner, Tone};
pub use summary_list::{SummaryList, SummaryRow};
pub use warning_text::WarningText;
