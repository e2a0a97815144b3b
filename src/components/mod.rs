//! One public component per file, named after it, by area: `govuk/` holds the GOV.UK Design System's
//! components; `wizard/` a decision wizard's pages, `generator/` a command generator, `drill/`
//! a tabletop drill's pieces, `message/` a message for a contact group, `search/` the
//! search page; `form_field` is the GOV.UK field a generator's and a message's forms share.

mod code_block;
mod copy_button;
mod data_problem;
pub mod drill;
pub mod drill_report;
pub(crate) mod form_field;
pub mod generator;
pub mod govuk;
mod heading;
pub mod incident;
pub mod message;
// Drawn only by the build (`prerender`): no app draws them.
#[cfg(feature = "ssr")]
pub mod print;
pub mod qr_code;
mod review_overdue;
mod saved_data_recovery;
pub mod search;
mod update_banner;
pub mod wizard;

pub use code_block::CodeBlock;
pub use copy_button::CopyButton;
pub use data_problem::DataProblem;
pub use drill::{
    DrillPastDamaged, DrillPastList, DrillSeedField, DrillStartErrors, DrillStartForm, DrillWheel, NoDrillInProgress,
    StartErrors, SEED_ERROR,
};
pub use govuk::{NotificationBanner, Tone, WarningText};
pub use heading::Heading;
pub use review_overdue::ReviewOverdue;
pub use saved_data_recovery::SavedDataRecovery;
pub use update_banner::UpdateBanner;
