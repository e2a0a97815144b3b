//! One public component per file, named after it.

mod code_block;
mod copy_button;
mod doc_body;
mod generator_error_summary;
mod generator_field;
mod generator_form;
mod generator_output;
mod generator_values_in_use;
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
pub use generator_error_summary::GeneratorErrorSummary;
pub use generator_field::GeneratorField;
pub use generator_form::GeneratorForm;
pub use generator_output::GeneratorOutput;
pub use generator_values_in_use::GeneratorValuesInUse;
pub use page_contents::PageContents;
pub use page_link_list::PageLinkList;
pub use page_neighbours::PageNeighbours;
pub use review_notice::ReviewNotice;
pub use section_heading::SectionHeading;
pub use side_nav::SideNav;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
