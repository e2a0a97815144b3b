//! FNV-1a (64-bit): the one stable hash of the project. std's hashers may change between
//! Rust releases; this one may not, because what it names is kept: the drill seed each
//! purpose derives from (`drill::rng::Rng::for_purpose`) and, in sitegen, the cache-busting
//! names of built files. Six lines, so no crate: `fnv` would add a `Hasher` whose output
//! also depends on how a type feeds it, not only on the bytes.

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::fnv1a;

    #[test]
    fn the_hash_is_fixed() {
        // The reference vectors of FNV-1a 64, and a purpose the drills use: if these change,
        // every saved drill seed plays differently.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(fnv1a(b"wheel"), 0x374f_8288_93a7_023c);
    }
}
