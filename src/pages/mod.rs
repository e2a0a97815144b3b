//! One file per route.

mod command_page;
mod commands_page;
mod doc_page;
mod home_page;
mod not_found_page;
mod wizard_page;
mod wizards_page;

pub use command_page::CommandPage;
pub use commands_page::CommandsPage;
pub use doc_page::DocPage;
pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
pub use wizard_page::WizardPage;
pub use wizards_page::WizardsPage;
