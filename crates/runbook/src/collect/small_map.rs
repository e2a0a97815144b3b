//! A map kept as a `Vec` sorted by key: for maps of a few tens of entries that reach the
//! browser (a wizard's answers, a generator's values, a command link's values). `BTreeMap` is the same map with
//! more code: its node handling was 10 KB of the wizards app's wasm before compression, and
//! a map this small gains nothing from it. Iteration is in key order, as a `BTreeMap`'s, so
//! an address built from one reads the same.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SmallMap<K, V> {
    /// Sorted by key, each key once.
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        SmallMap { entries: Vec::new() }
    }
}

impl<K: Ord, V> SmallMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`, giving back the value it replaced.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    /// Keeps only the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

impl<K, V> SmallMap<K, V> {
    /// The entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// As `BTreeMap`'s: for a repeated key, the last value wins.
impl<K: Ord, V> FromIterator<(K, V)> for SmallMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = SmallMap::new();
        map.extend(pairs);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for SmallMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, pairs: I) {
        for (k, v) in pairs {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for SmallMap<K, V> {
    fn from(pairs: [(K, V); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl<K, V> IntoIterator for SmallMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a SmallMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for SmallMap<K, V> {
    type Output = V;
    /// Panics when the key is absent, as `BTreeMap`'s does: for tests and known keys.
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry for this key")
    }
}

/// Written as its entries in order; read back through [`SmallMap::insert`], so a map read
/// from any source is sorted, each key once.
impl<K: Serialize, V: Serialize> Serialize for SmallMap<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.entries.serialize(s)
    }
}

impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for SmallMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<(K, V)>::deserialize(d).map(SmallMap::from_iter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Every operation against `BTreeMap` on the same sequence of changes.
    #[test]
    fn behaves_as_a_btree_map() {
        let ops: [(&str, Option<u8>); 10] = [
            ("m", Some(1)),
            ("c", Some(2)),
            ("x", Some(3)),
            ("c", Some(4)),
            ("a", None),
            ("m", None),
            ("b", Some(5)),
            ("m", Some(6)),
            ("x", None),
            ("zz", Some(7)),
        ];
        let mut small = SmallMap::new();
        let mut btree = BTreeMap::new();
        for (key, op) in ops {
            match op {
                Some(v) => assert_eq!(small.insert(key.to_string(), v), btree.insert(key.to_string(), v)),
                None => assert_eq!(small.remove(key), btree.remove(key)),
            }
            assert!(small.iter().eq(btree.iter()));
            assert_eq!((small.len(), small.is_empty()), (btree.len(), btree.is_empty()));
            for probe in ["a", "b", "c", "m", "x", "zz", "q"] {
                assert_eq!(small.get(probe), btree.get(probe));
                assert_eq!(small.contains_key(probe), btree.contains_key(probe));
            }
        }
        assert!(small.keys().eq(btree.keys()) && small.values().eq(btree.values()));
        assert_eq!(small["zz"], 7);
    }

    #[test]
    fn collecting_keeps_the_last_value_for_a_key() {
        let pairs = [("b", 2), ("a", 1), ("b", 3)];
        let small: SmallMap<_, _> = pairs.into_iter().collect();
        let btree: BTreeMap<_, _> = pairs.into_iter().collect();
        assert!(small.into_iter().eq(btree));
    }

    #[test]
    fn reads_back_sorted_whatever_order_it_was_written_in() {
        let written = postcard::to_allocvec(&vec![("b", 1u8), ("a", 2), ("b", 3)]).unwrap();
        let read: SmallMap<String, u8> = postcard::from_bytes(&written).unwrap();
        assert_eq!(read, SmallMap::from([("a".to_string(), 2), ("b".to_string(), 3)]));
        let map = SmallMap::from([("q".to_string(), 1u8), ("p".to_string(), 2)]);
        let round: SmallMap<String, u8> = postcard::from_bytes(&postcard::to_allocvec(&map).unwrap()).unwrap();
        assert_eq!(round, map);
    }

    /// Values a browser remembered when they were a `BTreeMap` read back the same: postcard
    /// writes a map and a list of pairs alike.
    #[test]
    fn reads_what_a_btree_map_wrote() {
        let btree: BTreeMap<String, String> = [("namespace", "cpd-production"), ("app", "ecf")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let small: SmallMap<String, String> = btree.clone().into_iter().collect();
        assert_eq!(
            postcard::to_allocvec(&small).unwrap(),
            postcard::to_allocvec(&btree).unwrap()
        );
        let read: SmallMap<String, String> = postcard::from_bytes(&postcard::to_allocvec(&btree).unwrap()).unwrap();
        assert_eq!(read, small);
    }
}
