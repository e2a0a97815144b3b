//! One public component per file, named after it. `govuk/` holds the GOV.UK Design System's
//! components; `wizard/` a decision wizard's pages.

mod copy_button;
mod data_problem;
mod drill_past_damaged;
mod drill_past_list;
mod drill_recovery;
mod drill_seed_field;
mod drill_start_errors;
mod drill_start_form;
mod drill_wheel;
pub mod generator;
pub mod govuk;
mod no_drill_in_progress;
mod review_overdue;
mod update_banner;
pub mod wizard;

pub use copy_button::CopyButton;
pub use data_problem::DataProblem;
pub use drill_past_damaged::DrillPastDamaged;
pub use drill_past_list::DrillPastList;
pub use drill_recovery::DrillRecovery;
pub use drill_seed_field::{DrillSeedField, SEED_ERROR};
pub use drill_start_errors::DrillStartErrors;
pub use drill_start_form::{DrillStartForm, StartErrors};
pub use drill_wheel::DrillWheel;
pub use govuk::{NotificationBanner, Tone, WarningText};
pub use no_drill_in_progress::NoDrillInProgress;
pub use review_overdue::ReviewOverdue;
pub use update_banner::UpdateBanner;
