//! The five apps, one per area of the site. Each maps the routes it serves to pages; any
//! other route is not its business (`sitegen postbuild` gives every route the HTML of the app
//! `runbook::route::Route::app` names), so it shows "Page not found".

pub mod commands;
pub mod docs;
pub mod drills;
pub mod search;
pub mod wizards;
