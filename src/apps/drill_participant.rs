//! A drill in progress, the players' window (the shared screen): only what the players may
//! see, kept in step with the facilitator's window through `drill_sync`.

use crate::pages::drill_participant_page;
use crate::{page_files, Damaged, Page, SiteApp};
use runbook::drill::address::{read, DrillPage};
use runbook::page_data::DataFile;
use runbook::route::Route;

pub struct DrillParticipant;

impl SiteApp for DrillParticipant {
    fn files(_route: &Route) -> Vec<DataFile> {
        let address = read(DrillPage::Players, &crate::location::search());
        page_files::files_for_drill_window(address.join.map(|j| j.scenario_id))
    }

    fn keep(file: &DataFile, bytes: &[u8]) -> Result<(), Damaged> {
        match file {
            DataFile::Scenario(_) => page_files::keep_scenario(bytes),
            _ => Ok(()),
        }
    }

    fn open(route: Route) -> Option<Page> {
        if route == Route::DrillParticipant {
            drill_participant_page::wire();
        }
        None
    }
}
