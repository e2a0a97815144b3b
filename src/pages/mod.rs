//! One file per route.

mod doc_page;
mod drill_briefing_page;
mod drill_facilitator_page;
mod drill_participant_page;
mod drill_report_page;
mod drills_page;
mod home_page;
mod not_found_page;

pub use doc_page::DocPage;
pub use drill_briefing_page::DrillBriefingPage;
pub use drill_facilitator_page::DrillFacilitatorPage;
pub use drill_participant_page::DrillParticipantPage;
pub use drill_report_page::DrillReportPage;
pub use drills_page::DrillsPage;
pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
