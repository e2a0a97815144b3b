//! The list of command generators: known at build time, so static HTML, with a slot for
//! the values this browser remembers, which the commands app fills
//! (`src/components/generator_values_in_use.rs`).

use runbook::bundle::Runbook;
use runbook::command::Environment;
use runbook::doc::html::escape;
use runbook::doc::{plain_text, Block};

pub const TITLE: &str = "Command generators";

pub fn list(runbook: &Runbook, root: &str) -> String {
    let items: String = runbook
        .generators
        .iter()
        .map(|g| {
            let summary = g
                .description
                .blocks
                .iter()
                .find_map(|b| match b {
                    Block::Paragraph(content) => Some(plain_text(content)),
                    _ => None,
                })
                .map(|s| format!("<p class=\"page-list__summary\">{}</p>", escape(&s)))
                .unwrap_or_default();
            let production = if g.touches == Environment::Production {
                "<strong class=\"tag tag--red\">Production</strong> "
            } else {
                ""
            };
            format!(
                "<li class=\"page-list__item generator-list__item\"><a class=\"link page-list__title\" href=\"{root}/commands/{id}\">{title}</a>{summary}<p class=\"page-list__summary\">Acts on: {production}{environment}</p></li>",
                id = escape(&g.id),
                title = escape(&g.title),
                environment = escape(&g.describe_environment()),
            )
        })
        .collect();
    format!(
        "<h1 class=\"heading-xl\">{TITLE}</h1>\
         <p class=\"lead\">Fill in the values and copy a command that is quoted safely and checked before you run it.</p>\
         <ul class=\"page-list\" data-testid=\"generator-list\">{items}</ul>\
         <div id=\"values-in-use-slot\"><noscript><p class=\"body\">The values this browser remembers for the generators are listed here when JavaScript runs.</p></noscript></div>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_generator_with_where_it_acts() {
        let runbook = crate::pages::tests::real_runbook();
        let html = list(&runbook, "/runbook");
        for g in &runbook.generators {
            assert!(
                html.contains(&format!("href=\"/runbook/commands/{}\">{}</a>", g.id, escape(&g.title))),
                "{}",
                g.id
            );
            assert!(html.contains(&escape(&g.describe_environment())), "{}", g.id);
        }
        assert_eq!(html.matches("<li ").count(), runbook.generators.len());
        assert!(runbook.generators.iter().any(|g| g.touches == Environment::Production));
        assert_eq!(
            html.matches("tag--red\">Production</strong>").count(),
            runbook
                .generators
                .iter()
                .filter(|g| g.touches == Environment::Production)
                .count()
        );
        assert!(html.contains("id=\"values-in-use-slot\""));
    }
}
