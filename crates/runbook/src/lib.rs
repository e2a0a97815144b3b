//! The runbook's domain, in plain Rust.
//!
//! This crate decides; the site only renders. It has no web dependency and does no IO:
//! callers hand it text and get back typed models or diagnostics. See ARCHITECTURE.md.
//!
//! - [`doc`]: the document model every page is compiled into, and [`doc::Prose`], the text an
//!   app shows as the build rendered it.
//! - [`collect`]: collections for code that reaches the browser (a map without a B-tree).
//! - [`content`]: the content compiler (feature `compile`): Markdown and TOML in, a validated
//!   [`content::Site`] or every [`Diagnostic`] at once out.
//! - [`service`]: who the runbook is for (`content/site.toml`): names, links, contact groups.
//! - [`bundle`]: the whole runbook as the site embeds it, compiled in dependency order.
//! - [`date`]: calendar dates for review status.
//! - [`command`]: command generators as data, and the shell quoting rules they render with.
//! - [`wizard`]: decision wizards: the model, the replay engine, URL state, diagrams and records.
//! - [`route`]: which page an address shows and which of the site's apps serves it.
//! - [`drill`]: tabletop drills: scenarios (compiled with feature `compile`) and the
//!   event-sourced engine that runs, scores and reports them.
//! - [`incident`]: incident mode: the event-sourced record of a real incident, its saved
//!   form, its views (the `/incident` page and the banner) and its exports.
//! - [`message`]: messages for the people an incident must tell (`content/messages/`), their
//!   form and live preview.
//! - [`govuk`]: GOV.UK pieces shared by the markup the core writes for the apps.
//! - [`json`]: a small JSON reader and writer, for the report file people export and import.
//! - [`one_file`]: where everything is in the one-file runbook: its in-file anchors.

pub mod address;
pub mod bundle;
pub mod collect;
pub mod command;
pub mod content;
pub mod date;
pub mod diagnostic;
pub mod doc;
pub mod drill;
pub mod govuk;
pub mod hash;
pub mod incident;
pub mod message;
pub mod one_file;
pub mod page_data;
pub mod qr;
pub mod route;
pub mod saved_text;
pub mod search;
pub mod service;
pub mod wizard;

pub use diagnostic::Diagnostic;
