//! JSON Schemas of the content's TOML, generated from the types the compilers read each file
//! into (`Raw…`, with `schemars`), so they say what the build accepts: every key, whether it
//! is required, its type, and the sentence documenting it. `sitegen schemas` writes them to
//! `schemas/`, and `.taplo.toml` hands them to Taplo (and Even Better TOML), which complete
//! and check keys as a file is edited.
//!
//! A schema checks the shape of one file. What only the build can check (a link's target, a
//! wizard's graph, a value matching its pattern) stays the build's: a file the schema
//! accepts may still fail `make check`.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

/// One kind of content file and its schema.
pub struct ContentSchema {
    /// The schema's file name without `.schema.json`.
    pub name: &'static str,
    /// The files it describes, as globs from the project's root (for `.taplo.toml`); none
    /// for front matter, which is TOML inside Markdown that no TOML editor sees.
    pub files: &'static [&'static str],
    pub schema: Schema,
}

/// Every kind of content file's schema.
pub fn all() -> Vec<ContentSchema> {
    vec![
        ContentSchema {
            name: "site",
            files: &["content/site.toml"],
            schema: crate::service::json_schema(),
        },
        ContentSchema {
            name: "nav",
            files: &["content/nav.toml"],
            schema: super::nav::json_schema(),
        },
        ContentSchema {
            name: "command",
            files: &["content/commands/*.toml"],
            schema: crate::command::compile::json_schema(),
        },
        ContentSchema {
            name: "wizard",
            files: &["content/wizards/*.toml"],
            schema: crate::wizard::compile::json_schema(),
        },
        ContentSchema {
            name: "drill",
            files: &["content/drills/*.toml"],
            schema: crate::drill::compile::json_schema(),
        },
        ContentSchema {
            name: "message",
            files: &["content/messages/*.toml"],
            schema: crate::message::compile::json_schema(),
        },
        ContentSchema {
            name: "front-matter",
            files: &[],
            schema: super::front_matter::json_schema(),
        },
    ]
}

/// The schema of `T`, in JSON Schema draft 7: the newest draft Taplo reads in full.
pub(crate) fn of<T: JsonSchema>() -> Schema {
    SchemaSettings::draft07().into_generator().into_root_schema_for::<T>()
}
