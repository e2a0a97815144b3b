//! Collections for code that reaches the browser, where every generic instance is code to
//! download: a map without a B-tree ([`SmallMap`]), and a short list in order without
//! `sort` ([`in_order_by_key`]).
//!
//! Each element type sorted with the standard library's sort brings its own copy of it (a
//! `BTreeMap` built with `collect()` sorts first too): about 21 KB of the commands app's wasm
//! before compression, 6 KB after. A B-tree's node code was 10 KB of the wizards app's and
//! 14 KB of the commands app's. The maps and lists here hold tens of entries, where neither
//! gains anything (README, "Benchmarks and budgets").

mod small_map;

pub use small_map::SmallMap;

/// The items in order of `key`, items with equal keys in their original order: what
/// `sort_by_key` gives. Each is inserted in place, which is quadratic: for lists of tens.
pub fn in_order_by_key<T, K: Ord>(items: impl IntoIterator<Item = T>, key: impl Fn(&T) -> K) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in items {
        let k = key(&item);
        let at = out.partition_point(|x| key(x) <= k);
        out.insert(at, item);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_order_is_a_stable_sort() {
        let items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f'), (3, 'g')];
        let mut sorted = items.to_vec();
        sorted.sort_by_key(|(k, _)| *k);
        assert_eq!(in_order_by_key(items, |(k, _)| *k), sorted);
        assert!(in_order_by_key(Vec::<u8>::new(), |x| *x).is_empty());
    }
}
