//! A generator for the unit tests that render or check one.

use super::{Environment, Generator, Output, Param, ParamKind, Pattern};
use crate::doc::Prose;

/// The generator `g`: local, with no description and no links into the runbook.
pub fn generator(params: Vec<Param>, output: Output) -> Generator {
    Generator {
        id: "g".into(),
        title: "G".into(),
        description: Prose::default(),
        summary: String::new(),
        touches: Environment::Local,
        production_when: None,
        docs: vec![],
        params,
        output,
        source: "content/commands/g.toml".into(),
    }
}

/// A text parameter `name`, labelled "The `name`", that must match `pattern` if given.
pub fn text_param(name: &str, pattern: Option<&str>) -> Param {
    Param {
        name: name.into(),
        label: format!("The {name}"),
        help: String::new(),
        example: "x".into(),
        default: None,
        kind: ParamKind::Text {
            pattern: pattern.map(|p| Pattern::parse(p).unwrap()),
            error: None,
        },
    }
}
