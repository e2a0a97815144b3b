//! A tabletop drill's components: the list of drills' wheel, start form and past drills,
//! the facilitator's console and its page before a drill is found, the players' window (its clocks,
//! decisions and injects), players on other devices (the join link and sync code, and the
//! form that takes a code), and the drill's saved data that cannot be read (with
//! `SavedDataRecovery`).

mod clocks;
mod console;
mod console_controls;
mod console_decision;
mod console_event;
mod decision_deadline;
mod follow_live;
mod inject_card;
mod no_drill_in_progress;
mod past_damaged;
mod past_list;
mod past_not_filed;
mod players_joined;
mod players_view;
mod players_waiting;
mod remote_players;
mod seed_field;
mod start_errors;
mod start_form;
mod sync_code_form;
mod wheel;

pub use clocks::DrillClocks;
pub use console::{ConsoleFixed, ConsoleStatus, DrillConsole, ENDED_ID, OPEN_ID};
pub use console_controls::{ConsoleControls, END_ID, KEEP_GOING_ID};
pub use console_decision::ConsoleDecision;
pub use console_event::ConsoleEvent;
pub use decision_deadline::DecisionDeadline;
pub use follow_live::{FollowLive, LiveFollow};
pub use inject_card::DrillInjectCard;
pub use no_drill_in_progress::NoDrillInProgress;
pub use past_damaged::DrillPastDamaged;
pub use past_list::DrillPastList;
pub use past_not_filed::{Filing, PastNotFiled};
pub use players_joined::PlayersJoined;
pub use players_view::{FullScreen, PlayersLinks, PlayersView};
pub use players_waiting::PlayersWaiting;
pub use remote_players::{LiveLinks, RemotePlayers};
pub use seed_field::{DrillSeedField, SEED_ERROR};
pub use start_errors::DrillStartErrors;
pub use start_form::{DrillStartForm, StartErrors};
pub use sync_code_form::{SyncCodeForm, SyncStatus, SYNC_FIELD_ID};
pub use wheel::DrillWheel;
