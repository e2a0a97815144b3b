//! A generator for the unit tests that render one.

use super::{Environment, Generator, Output, Param};
use crate::doc::Doc;

/// The generator `g`: local, with no description and no links into the runbook.
pub fn generator(params: Vec<Param>, output: Output) -> Generator {
    Generator {
        id: "g".into(),
        title: "G".into(),
        description: Doc::default(),
        touches: Environment::Local,
        production_when: None,
        docs: vec![],
        params,
        output,
        source: "content/commands/g.toml".into(),
    }
}
