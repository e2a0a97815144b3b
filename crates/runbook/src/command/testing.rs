//! A generator and parameters for the unit tests that render or check one.

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

/// A parameter `name` of `kind`, labelled "The `name`", with the example `x`.
pub fn param(name: &str, default: Option<&str>, kind: ParamKind) -> Param {
    Param {
        name: name.into(),
        label: format!("The {name}"),
        help: String::new(),
        example: "x".into(),
        default: default.map(str::to_string),
        kind,
        remember: None,
        warn_unless: None,
    }
}

/// A text parameter `name`, with no default, that must match `pattern` if given.
pub fn text_param(name: &str, pattern: Option<&str>) -> Param {
    let kind = ParamKind::Text {
        pattern: pattern.map(|p| Pattern::parse(p).unwrap()),
        error: None,
    };
    param(name, None, kind)
}
