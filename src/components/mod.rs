//! One public component per file, named after it.

mod code_block;
mod copy_button;
mod doc_body;
mod page_contents;
mod page_link_list;
mod page_neighbours;
mod review_notice;
mod search_box;
mod search_results;
mod section_heading;
mod side_nav;
mod site_footer;
mod site_header;
mod skip_link;
mod update_banner;

pub use code_block::CodeBlock;
pub use copy_button::CopyButton;
pub use doc_body::DocBody;
pub use page_contents::PageContents;
pub use page_link_list::PageLinkList;
pub use page_neighbours::PageNeighbours;
pub use review_notice::ReviewNotice;
pub use search_box::SearchBox;
pub use search_results::{focus_result, SearchResults};
pub use section_heading::SectionHeading;
pub use side_nav::SideNav;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use update_banner::UpdateBanner;
