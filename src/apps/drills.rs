//! The tabletop drills: the list and each scenario's briefing are static HTML (sitegen's
//! `pages/drills.rs`); this app fills their slots with what needs the browser: the drill in
//! progress, the wheel, past drills and the form that starts a drill. It carries scenario
//! names only. A drill in progress is three apps, one per window: `drill_facilitator`,
//! `drill_participant` and `drill_report`.

use crate::components::{DrillPastList, DrillStartErrors, DrillStartForm, DrillWheel, StartErrors};
use crate::static_page;
use crate::{page_files, Damaged, Page, SiteApp};
use leptos::prelude::*;
use runbook::drill::address::{read, DrillPage};
use runbook::page_data::DataFile;
use runbook::route::Route;

pub struct Drills;

impl SiteApp for Drills {
    fn files(route: &Route) -> Vec<DataFile> {
        page_files::files_for_page(route)
    }

    fn keep(file: &DataFile, bytes: &[u8]) -> Result<(), Damaged> {
        match file {
            DataFile::DrillListings => page_files::keep_drill_listings(bytes),
            _ => Ok(()),
        }
    }

    fn open(route: Route) -> Option<Page> {
        // What the address asked for that the page could not use is said at its top.
        let page = match route {
            Route::Drills => Some(DrillPage::List),
            Route::DrillBriefing(_) => Some(DrillPage::Briefing),
            _ => None,
        };
        if let (Some(page), Some(main)) = (page, static_page::element_by_id("main-content")) {
            let ignored = read(page, &crate::location::search()).ignored;
            let _ = main.insert_adjacent_html(
                "afterbegin",
                &runbook::govuk::address_notices("drill-notices", &ignored),
            );
        }
        match route {
            Route::Drills => {
                static_page::mount_into("drill-wheel", DrillWheel);
                static_page::mount_into("drill-past", DrillPastList);
            }
            Route::DrillBriefing(id) => {
                // Two slots, one form: the summary at the top of the page, the fields at its end.
                let errors = StartErrors::new();
                static_page::mount_into(
                    "drill-start-errors",
                    move || view! { <DrillStartErrors errors=errors/> },
                );
                static_page::mount_into("drill-start", move || view! { <DrillStartForm id=id errors=errors/> });
            }
            _ => {}
        }
        // The page itself is static HTML.
        None
    }
}
