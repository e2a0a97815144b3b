//! The incident record (`/incident`): start an incident, keep its record, export, import,
//! print and close it. Its own app, because only this page links the JSON export
//! (serde_json); every other page shows the incident's banner from `static_page`.

use crate::pages::incident_page;
use crate::{Page, SiteApp};
use runbook::route::Route;

pub struct Incident;

impl SiteApp for Incident {
    fn open(route: Route) -> Option<Page> {
        if route == Route::Incident {
            incident_page::wire();
        }
        None
    }
}
