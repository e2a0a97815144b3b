//! A tabletop drill's components: the list of drills' wheel, start form and past drills,
//! the facilitator's page before a drill is found, and recovery from saved data that cannot
//! be read.

mod no_drill_in_progress;
mod past_damaged;
mod past_list;
mod recovery;
mod seed_field;
mod start_errors;
mod start_form;
mod wheel;

pub use no_drill_in_progress::NoDrillInProgress;
pub use past_damaged::DrillPastDamaged;
pub use past_list::DrillPastList;
pub use recovery::DrillRecovery;
pub use seed_field::{DrillSeedField, SEED_ERROR};
pub use start_errors::DrillStartErrors;
pub use start_form::{DrillStartForm, StartErrors};
pub use wheel::DrillWheel;
