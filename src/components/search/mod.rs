//! The search page: its form, the status line, a message when the search cannot help, and
//! the results with the words found marked. Drawn by the build with nothing searched yet
//! (`prerender::search`), then by the search app as the reader types (`pages::search_page`).

mod marked_text;
mod search_message;
mod search_page;
mod search_results;

pub use marked_text::MarkedText;
pub use search_message::SearchMessage;
pub use search_page::{SearchPage, INPUT_ID};
pub use search_results::SearchResults;
