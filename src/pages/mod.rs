//! One file per route.

mod all_page;
mod doc_page;
mod home_page;
mod not_found_page;
mod search_page;

pub use all_page::AllPage;
pub use doc_page::DocPage;
pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
pub use search_page::SearchPage;
