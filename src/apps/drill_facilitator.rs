//! A drill in progress, the facilitator's window: the controls, both clocks, expected answers
//! and notes. Each window of a drill is its own app, so none loads another's page; they share
//! the drill through `drill_store` and `drill_sync`.

use crate::pages::drill_facilitator_page;
use crate::{page_files, Damaged, Page, SiteApp};
use runbook::page_data::DataFile;
use runbook::route::Route;

pub struct DrillFacilitator;

impl SiteApp for DrillFacilitator {
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
        // A drill this one replaced goes to the past drills: only this window has the scenarios
        // to score it (see `drill_store::keep_replaced`).
        let filing = crate::drill_store::file_replaced();
        match route {
            Route::DrillFacilitator => {
                drill_facilitator_page::wire(filing);
                None
            }
            _ => None,
        }
    }
}
