//! A message for a contact group, drawn from the core's view model (`runbook::message::view`):
//! the same form and preview in the build (every field with its default, the message with a
//! placeholder for each value still to give: static HTML that reads without JavaScript) and
//! in the browser (the live form, its preview and Copy); the page around it and the list of
//! every message, which only the build draws.

mod message_field;
mod message_form;
#[cfg(feature = "ssr")]
mod message_list;
#[cfg(feature = "ssr")]
mod message_page;
mod message_preview;

pub use message_form::{MessageEvent, MessageForm};
#[cfg(feature = "ssr")]
pub use message_list::MessageList;
#[cfg(feature = "ssr")]
pub use message_page::MessagePage;
