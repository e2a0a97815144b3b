//! The messages for the contact groups. Their list and each message's page are static HTML
//! (sitegen's `pages/messages.rs`, drawn by the site's components); on a draft's page the app
//! brings the form to life (`crate::message`): a live preview, checks and Copy. A page that
//! says not to send anything stays as the build wrote it.

use crate::{message, page_files, static_page, Damaged, Page, SiteApp};
use runbook::page_data::DataFile;
use runbook::route::Route;

pub struct Messages;

impl SiteApp for Messages {
    fn files(route: &Route) -> Vec<DataFile> {
        page_files::files_for_page(route)
    }

    fn keep(file: &DataFile, bytes: &[u8]) -> Result<(), Damaged> {
        match file {
            DataFile::Message(_) => page_files::keep_message(bytes),
            _ => Ok(()),
        }
    }

    fn open(route: Route) -> Option<Page> {
        if let Route::Message(id) = route {
            // Only a draft's page has the slot; its data file is this message.
            if let (Some(m), Some(slot)) = (
                page_files::message(&id),
                static_page::element_by_id("message-form-slot"),
            ) {
                message::mount(slot, m, &crate::location::search());
            }
        }
        None
    }
}
