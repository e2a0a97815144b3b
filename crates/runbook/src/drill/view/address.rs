//! What the drill pages read from their address, and what in it they could not use, said
//! plainly (`govuk::address_notices`), as a wizard's and a generator's addresses are: a
//! mistyped or damaged link never changes a drill page in silence.
//!
//! - the list of drills (`/drills`) reads nothing;
//! - a briefing (`/drills/<id>`) reads `seed` (the wheel's pick; the start form checks it);
//! - the facilitator's window (`/drill/facilitator`) reads nothing;
//! - the players' window (`/drill/participant`) reads `role` (whose brief it shows),
//!   `view=present` (presentation mode, for a projector), and `drill` and `seed`: the join
//!   link of a player on another device (`remote::Join`).

use crate::address;
use crate::drill::remote::Join;
use crate::wizard::query::QueryProblem;

/// Which drill page an address is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrillPage {
    List,
    Briefing,
    Facilitator,
    Players,
}

impl DrillPage {
    fn keys(self) -> &'static [&'static str] {
        match self {
            DrillPage::List | DrillPage::Facilitator => &[],
            DrillPage::Briefing => &["seed"],
            DrillPage::Players => &["role", "view", "drill", "seed"],
        }
    }
}

/// The value of `view` that puts the players' window in presentation mode.
pub const PRESENT: &str = "present";

/// What a drill page's address says, and a sentence for each part of it that was ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DrillAddress {
    /// The briefing's seed, as typed (the start form says if it is not a whole number).
    pub seed: Option<String>,
    /// The players' window's role; empty is none.
    pub role: Option<String>,
    /// The players' window is in presentation mode.
    pub present: bool,
    /// The drill a players' window on another device joined (its join link).
    pub join: Option<Join>,
    pub ignored: Vec<String>,
}

/// Reads `query` (with or without its `?`) for `page`.
pub fn read(page: DrillPage, query: &str) -> DrillAddress {
    let mut out = DrillAddress::default();
    let mut seen: Vec<String> = Vec::new();
    for (piece, decoded) in address::pieces(query) {
        let Some((key, value)) = decoded else {
            out.ignored.push(QueryProblem::Malformed(piece.to_string()).to_string());
            continue;
        };
        if !page.keys().contains(&key.as_str()) {
            out.ignored.push(format!(
                "The address mentions “{key}”, which this page does not use, so it was ignored."
            ));
            continue;
        }
        if seen.contains(&key) {
            out.ignored
                .push(format!("The address gives “{key}” more than once. The first was used."));
            continue;
        }
        seen.push(key.clone());
        match key.as_str() {
            "seed" => out.seed = Some(value),
            "role" => out.role = Some(value).filter(|r| !r.is_empty()),
            "drill" => {
                out.join = Some(Join {
                    scenario_id: value,
                    seed: 0,
                })
            }
            _ if value == PRESENT => out.present = true,
            _ => out.ignored.push(QueryProblem::UnknownView(value).to_string()),
        }
    }
    if page == DrillPage::Players {
        out.join = join(out.join.take(), out.seed.take(), &mut out.ignored);
    }
    out
}

/// A join link's drill and seed, both or neither: a link missing one, or with a seed that is
/// not a whole number, joins nothing and says so.
fn join(drill: Option<Join>, seed: Option<String>, ignored: &mut Vec<String>) -> Option<Join> {
    const AGAIN: &str = "so this window did not join a drill. Ask the facilitator for the join link again.";
    match (drill, seed) {
        (None, None) => None,
        (Some(d), None) if d.scenario_id.is_empty() => None,
        (Some(_), None) => {
            ignored.push(format!("The join link has no seed, {AGAIN}"));
            None
        }
        (None, Some(_)) => {
            ignored.push(format!("The join link names no drill, {AGAIN}"));
            None
        }
        (Some(d), Some(_))
            if !d
                .scenario_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
        {
            ignored.push(format!(
                "The join link names a drill “{}” that no runbook has, {AGAIN}",
                d.scenario_id
            ));
            None
        }
        (Some(d), Some(seed)) => match seed.trim().parse::<u64>() {
            Ok(seed) if !d.scenario_id.is_empty() => Some(Join { seed, ..d }),
            Ok(_) => {
                ignored.push(format!("The join link names no drill, {AGAIN}"));
                None
            }
            Err(_) => {
                ignored.push(format!("The join link's seed “{seed}” is not a whole number, {AGAIN}"));
                None
            }
        },
    }
}

/// The players' window's query: the drill it joined (on another device), `role` and
/// presentation mode.
pub fn players_query(role: Option<&str>, present: bool, join: Option<&Join>) -> String {
    let mut parts = Vec::new();
    if let Some(join) = join {
        parts.push(join.query().trim_start_matches('?').to_string());
    }
    if let Some(role) = role {
        parts.push(format!("role={}", address::encode(role)));
    }
    if present {
        parts.push(format!("view={PRESENT}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_reads_its_own_keys_and_says_what_it_ignored() {
        let players = read(
            DrillPage::Players,
            "?role=developer&view=present&utm_source=x&role=lead",
        );
        assert_eq!(players.role.as_deref(), Some("developer"));
        assert!(players.present);
        assert_eq!(
            players.ignored,
            [
                "The address mentions “utm_source”, which this page does not use, so it was ignored.",
                "The address gives “role” more than once. The first was used.",
            ]
        );
        let odd = read(DrillPage::Players, "view=cinema&%zz=1&role=");
        assert!(!odd.present && odd.role.is_none());
        assert_eq!(
            odd.ignored,
            [
                "The address asks for the view “cinema”, which does not exist, so it was ignored.",
                "Part of the address (“%zz=1”) could not be read, so it was ignored.",
            ]
        );
        let briefing = read(DrillPage::Briefing, "?seed=42&role=lead");
        assert_eq!(briefing.seed.as_deref(), Some("42"));
        assert_eq!(briefing.ignored.len(), 1);
        assert_eq!(
            read(DrillPage::List, "?seed=1").ignored.len(),
            1,
            "the list reads no seed"
        );
        assert_eq!(read(DrillPage::Facilitator, "?x").ignored.len(), 1);
        assert_eq!(read(DrillPage::Players, ""), DrillAddress::default());
    }

    #[test]
    fn a_join_link_is_read_back_as_the_drill_it_names() {
        let join = Join {
            scenario_id: "db-outage_2".into(),
            seed: 42,
        };
        let read_back = read(DrillPage::Players, &format!("{}&role=lead", join.query()));
        assert_eq!(read_back.join, Some(join));
        assert_eq!(read_back.role.as_deref(), Some("lead"));
        assert!(read_back.ignored.is_empty() && read_back.seed.is_none());
        for (query, problem) in [
            ("?drill=s", "The join link has no seed, "),
            ("?seed=4", "The join link names no drill, "),
            ("?drill=&seed=4", "The join link names no drill, "),
            ("?drill=s&seed=-1", "The join link's seed “-1” is not a whole number, "),
            (
                "?drill=../x&seed=1",
                "The join link names a drill “../x” that no runbook has, ",
            ),
        ] {
            let got = read(DrillPage::Players, query);
            assert_eq!(got.join, None, "{query}");
            assert_eq!(
                got.ignored,
                [format!(
                    "{problem}so this window did not join a drill. Ask the facilitator for the join link again."
                )],
                "{query}"
            );
        }
        assert_eq!(read(DrillPage::Players, "?drill="), DrillAddress::default());
    }

    #[test]
    fn the_players_address_keeps_role_and_mode() {
        assert_eq!(players_query(None, false, None), "");
        assert_eq!(players_query(None, true, None), "?view=present");
        assert_eq!(players_query(Some("a b"), true, None), "?role=a%20b&view=present");
        let join = Join {
            scenario_id: "s".into(),
            seed: 7,
        };
        let joined = players_query(Some("lead"), false, Some(&join));
        assert_eq!(joined, "?drill=s&seed=7&role=lead");
        let read_back = read(DrillPage::Players, &joined);
        assert_eq!((read_back.join, read_back.role), (Some(join), Some("lead".into())));
    }
}
