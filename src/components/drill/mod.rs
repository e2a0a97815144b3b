//! A tabletop drill's components: the list of drills' wheel, start form and past drills,
//! the facilitator's page before a drill is found, the players' window (its clocks,
//! decisions and injects), and recovery from saved data that cannot be read.

mod clocks;
mod decision_deadline;
mod inject_card;
mod no_drill_in_progress;
mod past_damaged;
mod past_list;
mod players_view;
mod players_waiting;
mod recovery;
mod seed_field;
mod start_errors;
mod start_form;
mod wheel;

pub use clocks::DrillClocks;
pub use decision_deadline::DecisionDeadline;
pub use inject_card::DrillInjectCard;
pub use no_drill_in_progress::NoDrillInProgress;
pub use past_damaged::DrillPastDamaged;
pub use past_list::DrillPastList;
pub use players_view::{FullScreen, PlayersLinks, PlayersView};
pub use players_waiting::PlayersWaiting;
pub use recovery::DrillRecovery;
pub use seed_field::{DrillSeedField, SEED_ERROR};
pub use start_errors::DrillStartErrors;
pub use start_form::{DrillStartForm, StartErrors};
pub use wheel::DrillWheel;
