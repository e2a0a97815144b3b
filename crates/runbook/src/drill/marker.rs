//! The `# DRILL: do not run` marker on every command shown during a drill.
//!
//! A drill shows real production commands; someone will paste one. The marker is a shell
//! comment on its own first line, so a pasted command is visibly a drill and does nothing
//! more than the command itself would (which is why the facilitator says not to run it).

pub const DRILL_MARKER: &str = "# DRILL: do not run";

/// Prefixes command text with the marker, once.
pub fn mark_command(text: &str) -> String {
    if text.starts_with(DRILL_MARKER) {
        text.to_string()
    } else {
        format!("{DRILL_MARKER}\n{text}")
    }
}

/// Marks every code block in a drill document (applied when scenarios compile, so the
/// browser never shows an unmarked one).
pub fn mark_code_blocks(blocks: &mut [crate::doc::Block]) {
    use crate::doc::Block;
    for block in blocks {
        match block {
            Block::Code { text, .. } => *text = mark_command(text),
            Block::List { items, .. } => items.iter_mut().for_each(|i| mark_code_blocks(i)),
            Block::Callout { blocks, .. } | Block::Quote(blocks) => mark_code_blocks(blocks),
            _ => {}
        }
    }
}

/// An inject's command as the drill shows it: rendered by its generator with the
/// scenario's params (the generator's defaults fill the rest), then marked. `Err` is a sentence for
/// the facilitator when the generator is missing or its values do not render; content is
/// checked at build time, so that means a build defect rather than a typo.
pub fn render_command(
    generators: &[crate::command::Generator],
    command: &super::model::CommandRef,
    now: crate::command::datetime::DateTime,
) -> Result<String, String> {
    let generator = generators
        .iter()
        .find(|g| g.id == command.generator)
        .ok_or_else(|| format!("The command generator `{}` is not in this build.", command.generator))?;
    // The generator fills its own defaults (including `today`, from `now`).
    match crate::command::render(generator, &command.params, now) {
        Ok(rendered) => Ok(mark_command(&rendered.text)),
        Err(errors) => Err(format!(
            "The command `{}` could not be shown: {}",
            generator.title,
            errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Block;

    fn check(input: &str, expected: &str) {
        assert_eq!(mark_command(input), expected);
    }

    #[test]
    fn marks_once() {
        check("make install-konduit", "# DRILL: do not run\nmake install-konduit");
        check("# DRILL: do not run\npsql", "# DRILL: do not run\npsql");
    }

    #[test]
    fn marks_nested_code_blocks() {
        let mut blocks = vec![Block::List {
            start: None,
            tight: true,
            items: vec![vec![Block::Code {
                lang: None,
                text: "psql".into(),
            }]],
        }];
        mark_code_blocks(&mut blocks);
        let Block::List { items, .. } = &blocks[0] else {
            panic!()
        };
        assert_eq!(
            items[0][0],
            Block::Code {
                lang: None,
                text: "# DRILL: do not run\npsql".into()
            }
        );
    }

    #[test]
    fn inject_commands_render_over_defaults_and_are_marked() {
        use super::super::model::CommandRef;
        use crate::command::datetime::DateTime;
        use crate::command::{Arg, Command, Environment, Generator, Output, Param, ParamKind, Word};
        use crate::doc::Doc;
        let param = Param {
            name: "server".into(),
            label: "Server".into(),
            help: String::new(),
            example: "x".into(),
            default: Some("default-server".into()),
            kind: ParamKind::Text {
                pattern: None,
                error: None,
            },
        };
        let generator = Generator {
            id: "g".into(),
            title: "Connect".into(),
            description: Doc::default(),
            touches: Environment::Local,
            production_when: None,
            docs: vec![],
            params: vec![
                param,
                Param {
                    name: "day".into(),
                    label: "Day".into(),
                    help: String::new(),
                    example: "2026-01-01".into(),
                    default: Some("today".into()),
                    kind: ParamKind::Date,
                },
            ],
            output: Output::Shell {
                steps: vec![Command {
                    title: None,
                    env: vec![],
                    program: "psql".into(),
                    args: vec![Arg::Word(Word::param("server")), Arg::Word(Word::param("day"))],
                    stdin: None,
                    stdout: None,
                }],
            },
            source: "g.toml".into(),
        };
        let now = DateTime::from_unix_seconds(1_750_000_000);
        let cmd = |params: &[(&str, &str)]| CommandRef {
            generator: "g".into(),
            params: params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        };
        let gens = [generator];
        assert_eq!(
            render_command(&gens, &cmd(&[]), now),
            Ok("# DRILL: do not run\npsql default-server 2025-06-15".into())
        );
        assert_eq!(
            render_command(&gens, &cmd(&[("server", "pd-pg")]), now),
            Ok("# DRILL: do not run\npsql pd-pg 2025-06-15".into())
        );
        let missing = CommandRef {
            generator: "nope".into(),
            params: Default::default(),
        };
        assert_eq!(
            render_command(&gens, &missing, now),
            Err("The command generator `nope` is not in this build.".into())
        );
    }
}
