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
}
