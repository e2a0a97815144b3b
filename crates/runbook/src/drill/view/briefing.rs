//! A scenario's briefing and its role cards, for a drill run on paper: what everyone is told,
//! and each role's private brief on a card of its own, printed one to a page. The site's
//! role cards page (`/drills/<id>/roles`) and the one-file runbook both show it, drawn by the
//! site's components. Nothing the facilitator alone may see (notes, expected answers,
//! injects) has a field here, so no drawing can print it.

use crate::doc::Prose;
use crate::drill::model::Scenario;
use crate::one_file;
use crate::route::Route;

/// Where a briefing is shown, which decides its anchors and how its text links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// The role cards page on the site served under `root` (`""` or `/runbook`).
    Site { root: &'a str },
    /// Inside the one-file runbook, built for a site under `root`.
    OneFile { root: &'a str },
}

/// A scenario's briefing, with every role's card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefingView {
    /// The id of the briefing's section.
    pub anchor: String,
    pub title: String,
    pub summary: String,
    pub difficulty: &'static str,
    pub objectives: Vec<String>,
    /// What everyone is told at the start, rendered for where it is shown.
    pub situation_html: String,
    pub cards: Vec<RoleCard>,
    /// The scenario's briefing on the site, where a drill is started (with JavaScript).
    pub briefing: String,
    /// The scenario's role cards page on the site, to print them one to a page.
    pub print: String,
}

/// One role's card: the role, the scenario it is for, and the brief only its player reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleCard {
    /// The id of the card's section.
    pub anchor: String,
    pub role: String,
    pub brief_html: String,
}

/// `scenario`'s briefing and role cards as shown at `place`.
pub fn briefing(scenario: &Scenario, place: Place) -> BriefingView {
    let (root, in_file) = match place {
        Place::Site { root } => (root, false),
        Place::OneFile { root } => (root, true),
    };
    let anchor = if in_file {
        one_file::drill(&scenario.id)
    } else {
        "briefing".to_string()
    };
    let card_anchor = |role: &str| {
        if in_file {
            one_file::role_card(&scenario.id, role)
        } else {
            format!("role-{role}")
        }
    };
    // In the file, under the scenario's `<h3>` and a card's `<h4>`: the text's `##` below.
    let prose = |p: &Prose, anchor: &str| {
        if in_file {
            p.in_file(&format!("{anchor}."), 3)
        } else {
            p.html(root)
        }
    };
    let cards = scenario
        .roles
        .iter()
        .map(|r| {
            let anchor = card_anchor(&r.id);
            RoleCard {
                brief_html: prose(&r.brief, &anchor),
                anchor,
                role: r.name.clone(),
            }
        })
        .collect();
    BriefingView {
        situation_html: prose(&scenario.situation, &anchor),
        anchor,
        title: scenario.title.clone(),
        summary: scenario.summary.clone(),
        difficulty: scenario.difficulty.label(),
        objectives: scenario.objectives.clone(),
        cards,
        briefing: format!("{root}{}", Route::DrillBriefing(scenario.id.clone()).path()),
        print: format!("{root}{}", Route::DrillRoles(scenario.id.clone()).path()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::testing::scenario;

    #[test]
    fn every_role_has_a_card_with_its_own_brief_and_nothing_only_the_facilitator_sees() {
        let s = scenario("s");
        assert!(s.roles.len() > 1, "a scenario with roles");
        for place in [Place::Site { root: "/r" }, Place::OneFile { root: "/r" }] {
            let view = briefing(&s, place);
            assert_eq!(view.cards.len(), s.roles.len());
            for (card, role) in view.cards.iter().zip(&s.roles) {
                assert_eq!(card.role, role.name);
                assert!(!card.brief_html.is_empty());
                assert!(
                    !view.situation_html.contains(&card.brief_html),
                    "a brief is its role's alone"
                );
            }
            assert_eq!(view.briefing, "/r/drills/s");
            assert_eq!(view.print, "/r/drills/s/roles");
            let everything = format!("{view:?}");
            let notes = s.facilitator_notes.html("/r");
            assert!(
                !notes.is_empty() && !everything.contains(&notes),
                "no facilitator notes"
            );
        }
        let on_site = briefing(&s, Place::Site { root: "/r" });
        assert_eq!(on_site.anchor, "briefing");
        assert_eq!(on_site.cards[0].anchor, format!("role-{}", s.roles[0].id));
        let in_file = briefing(&s, Place::OneFile { root: "/r" });
        assert_eq!(in_file.anchor, "drill.s");
        assert_eq!(in_file.cards[0].anchor, format!("drill.s.role.{}", s.roles[0].id));
        let anchors: std::collections::BTreeSet<&str> = in_file.cards.iter().map(|c| c.anchor.as_str()).collect();
        assert_eq!(anchors.len(), in_file.cards.len(), "each card's anchor is its own");
    }
}
