//! Building a `BTreeMap` or `BTreeSet` from an iterator without `collect()`, a short list in
//! order without `sort`, and a map without a B-tree ([`SmallMap`]).
//!
//! `collect()` into a B-tree gathers the items in a `Vec` and sorts them first, and every
//! element type sorted brings its own copy of the standard library's sort into the browser:
//! about 21 KB of the commands app's wasm before compression, 6 KB after (README,
//! "Benchmarks and budgets"). Inserting one by one needs only the insertion the maps use
//! anyway. The result is the same: for a repeated key, the last value wins. For the same
//! reason the drill windows' short lists (a scenario's injects) are put in order by
//! insertion ([`in_order_by_key`]) rather than with `sort_by_key`.

mod small_map;

pub use small_map::SmallMap;

use std::collections::{BTreeMap, BTreeSet};

pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}

pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

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
    fn the_same_as_collect_with_the_last_value_winning() {
        let pairs = [("b", 2), ("a", 1), ("b", 3), ("c", 0)];
        assert_eq!(map_of(pairs), pairs.into_iter().collect::<BTreeMap<_, _>>());
        assert_eq!(map_of(pairs)["b"], 3);
        let items = ["z", "a", "z", "m"];
        assert_eq!(set_of(items), items.into_iter().collect::<BTreeSet<_>>());
        assert!(map_of(Vec::<(u8, u8)>::new()).is_empty());
    }

    #[test]
    fn in_order_is_a_stable_sort() {
        let items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f'), (3, 'g')];
        let mut sorted = items.to_vec();
        sorted.sort_by_key(|(k, _)| *k);
        assert_eq!(in_order_by_key(items, |(k, _)| *k), sorted);
        assert!(in_order_by_key(Vec::<u8>::new(), |x| *x).is_empty());
    }
}
