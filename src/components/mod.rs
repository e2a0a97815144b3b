//! One public component per file, named after it.

mod code_block;
mod copy_button;
mod doc_body;
mod drill_clocks;
mod drill_decision_form;
mod drill_inject;
mod drill_past_list;
mod drill_recovery;
mod drill_report_summary;
mod page_contents;
mod page_link_list;
mod page_neighbours;
mod review_notice;
mod section_heading;
mod side_nav;
mod site_footer;
mod site_header;
mod skip_link;

pub use code_block::CodeBlock;
pub use copy_button::CopyButton;
pub use doc_body::DocBody;
pub use drill_clocks::DrillClocks;
pub use drill_decision_form::DrillDecisionForm;
pub use drill_inject::DrillInject;
pub use drill_past_list::DrillPastList;
pub use drill_recovery::DrillRecovery;
pub use drill_report_summary::DrillReportSummary;
pub use page_contents::PageContents;
pub use page_link_list::PageLinkList;
pub use page_neighbours::PageNeighbours;
pub use review_notice::ReviewNotice;
pub use section_heading::SectionHeading;
pub use side_nav::SideNav;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
