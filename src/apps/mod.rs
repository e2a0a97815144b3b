//! The nine apps, one per area of the site and one per window of a drill in progress. Each
//! `open`s the routes it serves: it wires the static page's islands and returns the page to
//! mount into `<main>`, if it renders one. `sitegen postbuild` gives every route the shell of
//! the app `runbook::route::Route::app` names, so an app only meets its own routes (and the
//! docs app the 404 page's).

pub mod commands;
pub mod docs;
pub mod drill_facilitator;
pub mod drill_participant;
pub mod drill_report;
pub mod drills;
pub mod incident;
pub mod messages;
pub mod search;
pub mod wizards;
