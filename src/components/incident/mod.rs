//! The incident record's pieces: the start form, the record with its forms, the past
//! incidents, and the banner every page shows while an incident is open. They draw the
//! core's view models (`runbook::incident::view`); the page (`pages::incident_page`)
//! answers their [`IncidentAction`]s through the core.

mod action;
mod banner;
mod field;
mod import_form;
mod past_list;
mod priority_fields;
mod record;
mod start_form;

pub use action::{ActionError, IncidentAction, Place};
pub use banner::IncidentBanner;
pub use field::IncidentField;
pub use import_form::IncidentImportForm;
pub use past_list::PastIncidentsList;
pub use priority_fields::PriorityFieldset;
pub use record::IncidentRecord;
pub use start_form::IncidentStartForm;
