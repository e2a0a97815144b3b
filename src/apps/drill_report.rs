//! A drill's after-action report: edit it, export it or print it. It reads the drill saved
//! in localStorage (`drill_store`), so it needs neither window's code.

use crate::pages::drill_report_page;
use crate::{page_files, Damaged, Page, SiteApp};
use runbook::page_data::DataFile;
use runbook::route::Route;

pub struct DrillReport;

impl SiteApp for DrillReport {
    fn files(_route: &Route) -> Vec<DataFile> {
        page_files::files_for_drill_window(None)
    }

    fn keep(file: &DataFile, bytes: &[u8]) -> Result<(), Damaged> {
        match file {
            DataFile::Scenario(_) => page_files::keep_scenario(bytes),
            _ => Ok(()),
        }
    }

    fn open(route: Route) -> Option<Page> {
        match route {
            Route::DrillReport => {
                drill_report_page::wire();
                None
            }
            _ => None,
        }
    }
}
