//! One file per route.

pub mod command_page;
pub mod doc_page;
pub mod drill_facilitator_page;
pub mod drill_participant_page;
pub mod drill_report_page;
pub mod incident_page;
mod not_found_page;
pub mod wizard_page;

pub mod search_page;

pub use not_found_page::NotFoundPage;
