//! The command generators, and the doc pages that embed one. Their list and their pages are
//! static HTML (sitegen's `pages/commands.rs`) with slots for a generator's form and the
//! values this browser remembers.

use crate::pages::{command_page, doc_page};
use crate::{generator, page_files, Damaged, Page, SiteApp};
use runbook::page_data::DataFile;
use runbook::route::Route;

pub struct Commands;

impl SiteApp for Commands {
    fn files(route: &Route) -> Vec<DataFile> {
        page_files::files_for_page(route)
    }

    fn keep(file: &DataFile, bytes: &[u8]) -> Result<(), Damaged> {
        match file {
            DataFile::Generator(_) => page_files::keep_generator(bytes),
            DataFile::ParamLabels => page_files::keep_param_labels(bytes),
            _ => Ok(()),
        }
    }

    fn open(route: Route) -> Option<Page> {
        match route {
            Route::Commands => {
                generator::values_in_use::mount_into_slot();
                None
            }
            Route::Command(id) => {
                command_page::wire(&id);
                None
            }
            Route::Doc(_) => {
                doc_page::wire();
                doc_page::wire_generators();
                None
            }
            _ => None,
        }
    }
}
