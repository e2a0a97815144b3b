//! The seed's part in a drill: which scenario ("spin the wheel"), when timed injects land
//! and which complications happen. Same seed, same drill.

use crate::collect::SmallMap;
use crate::drill::clock::MINUTE_MS;
use crate::drill::model::{Scenario, Trigger};
use crate::drill::rng::Rng;
use serde::{Deserialize, Serialize};

/// Picks a scenario from the list (scenarios, or their listings: the pick depends only on
/// the seed and the list's length). `None` only when there are none.
pub fn spin<T>(seed: u64, scenarios: &[T]) -> Option<&T> {
    let i = Rng::for_purpose(seed, "wheel").below(scenarios.len() as u64);
    scenarios.get(usize::try_from(i).ok()?)
}

/// The seeds [`new_seed`] gives: six digits, short enough to write down and read out.
/// Any whole number is a seed, so the longer ones given before still work, in addresses
/// and past drills, and pick what they always picked.
pub const NEW_SEEDS: std::ops::RangeInclusive<u64> = 100_000..=999_999;

/// A fresh seed from something that changes (the UI passes the wall time): the seed is
/// then shown and can be typed back in to repeat the drill.
pub fn new_seed(entropy: u64) -> u64 {
    let (low, high) = (*NEW_SEEDS.start(), *NEW_SEEDS.end());
    low + Rng::new(entropy).below(high - low + 1)
}

/// Reads a seed typed by a person: decimal digits, spaces and underscores ignored.
pub fn parse_seed(text: &str) -> Option<u64> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace() && *c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The seed's decisions for one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Plan {
    /// Inject id -> simulated ms at which a timed inject is due (after jitter).
    pub due_ms: SmallMap<String, i64>,
    /// Injects this drill leaves out (complications the seed did not pick).
    pub left_out: Vec<String>,
}

impl Plan {
    /// Draws in the scenario's inject order, so a scenario edit that adds an inject at the
    /// end keeps earlier injects' timing.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        let mut rng = Rng::for_purpose(seed, &format!("plan:{}", scenario.id));
        let mut plan = Plan::default();
        for inject in &scenario.injects {
            let jitter = rng.jitter(inject.jitter_minutes);
            let included = !inject.complication || rng.coin();
            if !included {
                plan.left_out.push(inject.id.clone());
                continue;
            }
            if let Trigger::AtMinute(m) = inject.trigger {
                let minute = (i64::from(m) + jitter).max(0);
                plan.due_ms.insert(inject.id.clone(), minute * MINUTE_MS);
            }
        }
        plan
    }

    pub fn includes(&self, inject: &str) -> bool {
        !self.left_out.iter().any(|i| i == inject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::testing::scenario;

    #[test]
    fn the_same_seed_spins_the_same_scenario() {
        let all = vec![scenario("a"), scenario("b"), scenario("c")];
        for seed in [0, 1, 99, u64::MAX] {
            assert_eq!(spin(seed, &all).map(|s| &s.id), spin(seed, &all).map(|s| &s.id));
        }
        let picked: std::collections::BTreeSet<_> =
            (0..50).filter_map(|s| spin(s, &all)).map(|s| s.id.clone()).collect();
        assert_eq!(picked.len(), 3, "every scenario comes up");
        assert!(spin::<Scenario>(1, &[]).is_none());
        // The list page spins the listings: the same seed picks the same scenario.
        let listings: Vec<_> = all.iter().map(Scenario::listing).collect();
        for seed in 0..50 {
            assert_eq!(spin(seed, &listings).map(|l| &l.id), spin(seed, &all).map(|s| &s.id));
        }
    }

    #[test]
    fn jitter_and_complications_follow_the_seed() {
        let s = scenario("a");
        assert_eq!(Plan::new(&s, 7), Plan::new(&s, 7));
        let plans: Vec<Plan> = (0..40).map(|seed| Plan::new(&s, seed)).collect();
        assert!(plans.iter().any(|p| p.includes("complication")));
        assert!(plans.iter().any(|p| !p.includes("complication")));
        let jittered: std::collections::BTreeSet<i64> = plans.iter().map(|p| p.due_ms["tickets"]).collect();
        assert!(jittered.len() > 1, "a jittered inject moves");
        assert!(jittered.iter().all(|ms| (8 * MINUTE_MS..=12 * MINUTE_MS).contains(ms)));
    }

    #[test]
    fn new_seeds_are_six_digits_and_the_sequence_is_pinned() {
        // The seeds offered follow the fixed generator too.
        assert_eq!([0, 1, 1_780_000_000_000].map(new_seed), [894_979, 609_905, 504_296]);
        for entropy in 0..2_000 {
            let seed = new_seed(entropy);
            assert!(NEW_SEEDS.contains(&seed), "{seed}");
            assert_eq!(seed.to_string().len(), 6);
        }
        // What a seed picks is fixed, for short seeds and the long ones given before: if these
        // change, the seeds people wrote down pick other drills.
        let nine: Vec<u32> = (0..9).collect();
        let picks = [42, 12_345, 100_000, 999_999, 4_711_123_456_789, u64::MAX].map(|seed| spin(seed, &nine).copied());
        assert_eq!(picks, [7, 5, 0, 1, 8, 8].map(Some));
        let s = scenario("a");
        assert_eq!(Plan::new(&s, 123_456).due_ms["tickets"], 11 * MINUTE_MS);
    }

    #[test]
    fn seeds_are_typed_as_digits() {
        assert_eq!(parse_seed(" 12_345 "), Some(12_345));
        assert_eq!(parse_seed("18446744073709551615"), Some(u64::MAX));
        assert_eq!(parse_seed("abc"), None);
        assert_eq!(parse_seed(""), None);
        assert_eq!(parse_seed("18446744073709551616"), None);
    }
}
