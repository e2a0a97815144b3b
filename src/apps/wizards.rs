//! The decision wizards. Their list is static HTML (sitegen's `pages/wizards.rs`); each
//! wizard's page is drawn here from the wizard's data file (`content`).

use crate::pages::wizard_page;
use crate::{page_files, Damaged, Page, SiteApp};
use runbook::page_data::DataFile;
use runbook::route::Route;

pub struct Wizards;

impl SiteApp for Wizards {
    fn files(route: &Route) -> Vec<DataFile> {
        page_files::files_for_page(route)
    }

    fn keep(file: &DataFile, bytes: &[u8]) -> Result<(), Damaged> {
        match file {
            DataFile::Wizard(_) => page_files::keep_wizard(bytes),
            DataFile::WizardTree(_) => page_files::keep_wizard_drawing(bytes),
            _ => Ok(()),
        }
    }

    fn open(route: Route) -> Option<Page> {
        match route {
            Route::Wizard(id) => {
                wizard_page::wire(id);
                None
            }
            _ => None,
        }
    }
}
