//! The compiled content, embedded at build time by `build.rs` and decoded on first use.
//!
//! Each kind is its own embedded file, so an app carries only what its pages read: the
//! linker drops the files (and their decoders) an app never asks for. The docs themselves
//! are not embedded: doc pages are static HTML (crates/sitegen/src/frame.rs).
//!
//! The files are postcard, not JSON: the data was written by the same types in the same
//! build, so it needs no self-description, and postcard's decoders are a fraction of the
//! size of JSON's (see README, "Benchmarks and budgets"). A decode failure would be a build
//! defect; it still degrades to empty content rather than a panic.

use runbook::command::Generator;
use runbook::drill::model::Listing;
use runbook::drill::Scenario;
use runbook::wizard::Wizard;
use std::sync::OnceLock;

macro_rules! embedded {
    ($(#[$doc:meta])* $name:ident: $ty:ty = $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static $ty {
            static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/", $file));
            static VALUE: OnceLock<$ty> = OnceLock::new();
            VALUE.get_or_init(|| postcard::from_bytes(BYTES).unwrap_or_default())
        }
    };
}

embedded!(
    /// The command generators.
    generators: Vec<Generator> = "generators.bin"
);
embedded!(
    /// The decision wizards.
    wizards: Vec<Wizard> = "wizards.bin"
);
embedded!(
    /// The tabletop drill scenarios, whole: for the drill's own windows, which replay it.
    drills: Vec<Scenario> = "drills.bin"
);
embedded!(
    /// Each scenario's id and title: for the list of drills and the briefings, whose
    /// text is static HTML.
    drill_listings: Vec<Listing> = "drill-listings.bin"
);

pub fn generator(id: &str) -> Option<&'static Generator> {
    generators().iter().find(|g| g.id == id)
}

pub fn wizard(id: &str) -> Option<&'static Wizard> {
    wizards().iter().find(|w| w.id == id)
}

pub fn drill_listing(id: &str) -> Option<&'static Listing> {
    drill_listings().iter().find(|d| d.id == id)
}
