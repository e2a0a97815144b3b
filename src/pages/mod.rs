//! One file per route.

mod doc_page;
mod home_page;
mod not_found_page;
mod wizard_page;
mod wizards_page;

pub use doc_page::DocPage;
pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
pub use wizard_page::WizardPage;
pub use wizards_page::WizardsPage;
