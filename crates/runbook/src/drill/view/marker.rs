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
/// scenario's params (the generator's defaults fill the rest) and marked, with today's date
/// left for the browser to fill in. Run when scenarios compile, so a command that cannot
/// be shown fails the build; `Err` is the sentences saying why.
pub fn dated_command(
    generator: &crate::command::Generator,
    params: &crate::command::Values,
) -> Result<crate::command::dated::DatedText, Vec<String>> {
    crate::command::dated::render_dated(generator, params).map(|text| text.map_start(mark_command))
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
                example: false,
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
                text: "# DRILL: do not run\npsql".into(),
                example: false,
            }
        );
    }

    #[test]
    fn inject_commands_render_over_defaults_and_are_marked() {
        use crate::command::testing::generator;
        use crate::command::{Arg, Command, Output, Param, ParamKind, Values, Word};
        use crate::date::Date;
        let param = |name: &str, default: &str, kind: ParamKind| Param {
            name: name.into(),
            label: name.into(),
            help: String::new(),
            example: "x".into(),
            default: Some(default.into()),
            kind,
            remember: None,
            warn_unless: None,
        };
        let generator = generator(
            vec![
                param(
                    "server",
                    "default-server",
                    ParamKind::Text {
                        pattern: None,
                        error: None,
                    },
                ),
                param("day", "today", ParamKind::Date),
            ],
            Output::Shell {
                steps: vec![Command {
                    title: None,
                    env: vec![],
                    program: "psql".into(),
                    args: vec![Arg::Word(Word::param("server")), Arg::Word(Word::param("day"))],
                    stdin: None,
                    stdout: None,
                }],
            },
        );
        let values =
            |pairs: &[(&str, &str)]| -> Values { pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() };
        let today = Date::new(2025, 6, 15).unwrap();
        let shown = |pairs: &[(&str, &str)]| dated_command(&generator, &values(pairs)).map(|t| t.on(today));
        assert_eq!(
            shown(&[]),
            Ok("# DRILL: do not run\npsql default-server 2025-06-15".into())
        );
        assert_eq!(
            shown(&[("server", "pd-pg")]),
            Ok("# DRILL: do not run\npsql pd-pg 2025-06-15".into())
        );
        assert_eq!(
            shown(&[("server", "pd pg")]),
            Ok("# DRILL: do not run\npsql 'pd pg' 2025-06-15".into())
        );
        assert_eq!(
            shown(&[("day", "2026-02-30")]),
            Err(vec!["day: “2026-02-30” is not a real calendar date.".to_string()])
        );
    }
}
