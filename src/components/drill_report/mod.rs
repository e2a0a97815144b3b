//! The after-action report's components: they draw the core's `ReportView`
//! (`runbook::drill::report::view`) and say what the reader asks as a [`ReportEvent`];
//! the page (`src/pages/drill_report_page.rs`) answers through the core. The forms are
//! drawn once per report, so what is typed in one and where focus is survive every edit;
//! only the lists an edit changes are drawn again.

mod report_actions;
mod report_editor;
mod report_event;
mod report_export;
mod report_import;
mod report_items;
mod report_notices;
mod report_people;
mod report_summary;
mod report_text_field;
mod report_waiting;

pub use report_actions::ReportActions;
pub use report_editor::ReportEditor;
pub use report_event::{Export, ReportEvent};
pub use report_export::{ExportStatus, ReportExport};
pub use report_import::ReportImport;
pub use report_items::ReportItems;
pub use report_notices::{ReportNotices, ReportShown};
pub use report_people::ReportPeople;
pub use report_summary::ReportSummary;
pub use report_text_field::{FieldErrors, FieldValues, ReportTextField};
pub use report_waiting::ReportWaiting;
