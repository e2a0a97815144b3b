//! Where everything is in the one-file runbook (`runbook.html`, and the printable `/all`
//! page): the one place that names its in-file anchors, as [`crate::route`] names the
//! site's addresses.
//!
//! Doc pages keep the anchors they have always had there (`<slug>` and `<slug>--<anchor>`,
//! [`crate::doc::html::shared_id`]). Everything else is named with dots, which no slug has
//! ([`crate::doc::slug`]: letters, digits and hyphens), so no wizard, generator or drill can
//! take a doc page's anchor, whatever the content calls them.

use crate::doc::html::shared_id;

/// A doc page, or one of its sections.
pub fn doc(slug: &str, anchor: Option<&str>) -> String {
    match anchor {
        Some(a) => shared_id(slug, a),
        None => slug.to_string(),
    }
}

/// The part of the file that holds the wizards, the generators or the drills.
pub const WIZARDS: &str = "part.wizards";
pub const GENERATORS: &str = "part.generators";
pub const DRILLS: &str = "part.drills";
pub const MESSAGES: &str = "part.messages";

/// The level of a wizard step's heading in the file: under the part's `<h2>` and the
/// wizard's `<h3>`.
pub const WIZARD_STEP_HEADING: u8 = 4;

/// A wizard's section: its title, then its first question.
pub fn wizard(id: &str) -> String {
    format!("wizard.{id}")
}

/// What every anchor inside a wizard's walk starts with (the walk's own anchors,
/// `question-<id>` and `outcome-<id>`, follow it).
pub fn wizard_prefix(id: &str) -> String {
    format!("wizard.{id}.")
}

/// A command generator's template.
pub fn generator(id: &str) -> String {
    format!("generator.{id}")
}

/// A drill scenario's briefing.
pub fn drill(id: &str) -> String {
    format!("drill.{id}")
}

/// One role's card in a drill scenario.
pub fn role_card(drill: &str, role: &str) -> String {
    format!("drill.{drill}.role.{role}")
}

/// A message for a contact group: its draft, or the runbook's reason not to send one.
pub fn message(id: &str) -> String {
    format!("message.{id}")
}

/// The list, after a scenario's doc page, of the messages for it.
pub fn scenario_messages(slug: &str) -> String {
    format!("messages.{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::slug::slugify;

    #[test]
    fn no_anchor_of_a_wizard_generator_or_drill_can_be_a_doc_pages() {
        for id in [
            WIZARDS.to_string(),
            GENERATORS.to_string(),
            DRILLS.to_string(),
            MESSAGES.to_string(),
            message("a"),
            scenario_messages("a"),
            wizard("a"),
            format!("{}question-b", wizard_prefix("a")),
            generator("a"),
            drill("a"),
            role_card("a", "b"),
        ] {
            assert!(id.contains('.'), "{id}");
            assert_ne!(slugify(&id), id, "{id} is not a slug, so no doc page or heading has it");
        }
        assert_eq!(doc("a", Some("b")), "a--b");
        assert_eq!(doc("a", None), "a");
        assert_ne!(wizard("a"), generator("a"));
        assert_ne!(drill("a"), role_card("a", ""));
        assert_ne!(message("a"), scenario_messages("a"));
    }
}
