//! Build tooling, IO at the edge: reads `content/` from disk and hands the text to the core
//! crate's compilers. Used by the site's `build.rs` and by the `sitegen` command.

pub mod floor;
pub mod frame;
pub mod load;
pub mod offline;
pub mod onefile;
pub mod pages;
pub mod postbuild;
pub mod search_file;
pub mod shell;
pub mod synth;

pub use load::{load_content, Compiled};
