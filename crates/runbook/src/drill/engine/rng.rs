//! A tiny seeded random number generator (SplitMix64).
//!
//! Written here rather than taken from a crate so the sequence is fixed forever: the same
//! seed must give the same drill on native and wasm, this year and next. `rand_core` has no
//! SplitMix64 to offer, and `rand_pcg`'s generators are other algorithms: either would play
//! every saved drill seed differently. The one copy in the project (the quoting property
//! test uses it too); the tests below pin its sequence.

use crate::hash::fnv1a;

/// SplitMix64: small, fast and good enough for picking scenarios and jitter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// A generator for one purpose (`"wheel"`, `"plan:azure-down"`), so adding a new use of
    /// randomness never shifts the numbers an existing use sees.
    pub fn for_purpose(seed: u64, purpose: &str) -> Self {
        Self::new(seed ^ fnv1a(purpose.as_bytes()))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `0` when `n` is `0`. Uses the widening multiply, which has no
    /// modulo bias worth measuring at these sizes.
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// A number in `-spread..=spread`.
    pub fn jitter(&mut self, spread: u32) -> i64 {
        let width = u64::from(spread) * 2 + 1;
        self.below(width) as i64 - i64::from(spread)
    }

    pub fn coin(&mut self) -> bool {
        self.next_u64() >> 63 == 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_is_fixed() {
        // Reference values of SplitMix64 for seed 0: if these change, every saved drill does.
        let mut rng = Rng::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(rng.next_u64(), 0x06C4_5D18_8009_454F);
        // The published reference sequence (Vigna's splitmix64.c) for seed 1234567.
        let mut rng = Rng::new(1_234_567);
        let first: Vec<u64> = (0..5).map(|_| rng.next_u64()).collect();
        assert_eq!(
            first,
            [
                6_457_827_717_110_365_317,
                3_203_168_211_198_807_973,
                9_817_491_932_198_370_423,
                4_593_380_528_125_082_431,
                16_408_922_859_458_223_821
            ]
        );
        // What a drill draws: a purpose's generator, and numbers below a bound.
        assert_eq!(Rng::for_purpose(1, "wheel").next_u64(), 0x9822_2870_71DF_9938);
        let mut rng = Rng::new(42);
        let below: Vec<u64> = (0..8).map(|_| rng.below(10)).collect();
        assert_eq!(below, [7, 1, 2, 3, 0, 8, 2, 8]);
    }

    #[test]
    fn below_and_jitter_stay_in_range() {
        let mut rng = Rng::new(42);
        for _ in 0..1000 {
            assert!(rng.below(7) < 7);
            assert!((-3..=3).contains(&rng.jitter(3)));
        }
        assert_eq!(rng.below(0), 0);
        assert_eq!(rng.jitter(0), 0);
    }

    #[test]
    fn purposes_are_independent() {
        assert_ne!(
            Rng::for_purpose(1, "wheel").next_u64(),
            Rng::for_purpose(1, "plan").next_u64()
        );
        assert_eq!(Rng::for_purpose(1, "wheel"), Rng::for_purpose(1, "wheel"));
    }
}
