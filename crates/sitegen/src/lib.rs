//! Build tooling, IO at the edge: reads `content/` from disk and hands the text to the core
//! crate's compilers, then writes the static site around the apps (`postbuild`). Used by the
//! `sitegen` command, which `make dist` runs.

pub mod data_files;
pub mod floor;
pub mod frame;
pub mod load;
pub mod offline;
pub mod onefile;
pub mod pages;
pub mod postbuild;
pub mod scaffold;
pub mod schemas;
pub mod search_file;
pub mod serve;
pub mod shell;
pub mod synth;
pub mod wizard_paths;

pub use load::{load_content, Compiled};
