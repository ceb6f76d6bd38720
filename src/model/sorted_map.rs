//! [`SortedMap`]: a small map kept as one vector sorted by key.

use serde::Deserialize;

/// Entries in key order, each key once, in one vector: what a `BTreeMap` would hold, without a
/// node allocation per few entries, and cheaper to walk in order.
///
/// A table of a data file is read into one (a catalog load reads one per rule and two per
/// condition), and an [`Assessment`](crate::Assessment) keeps its answers to findings in one (a
/// triage walks them all). Many entries are gathered first and sorted once
/// ([`SortedMap::from_entries`], `O(n log n)`); one entry is added in place
/// ([`SortedMap::insert`], a binary search and a shift).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SortedMap<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K, V> SortedMap<K, V> {
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// The map of these entries, in reading order: sorted by key, a later entry with the same
    /// key replacing the earlier one.
    pub(crate) fn from_entries(mut v: Vec<(K, V)>) -> Self {
        // Stable: equal keys stay in reading order, and the last one's value wins.
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v.dedup_by(|later, earlier| {
            if later.0 == earlier.0 {
                std::mem::swap(&mut later.1, &mut earlier.1);
                true
            } else {
                false
            }
        });
        SortedMap(v)
    }

    fn find(&self, key: &K) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.cmp(key))
    }

    /// The value of `key`, if any.
    pub(crate) fn get(&self, key: &K) -> Option<&V> {
        self.find(key)
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub(crate) fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value of `key`, replacing any value it had.
    pub(crate) fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(i) => {
                if let Some(slot) = self.0.get_mut(i) {
                    slot.1 = value;
                }
            }
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    /// Sets the value of `key` unless it has one.
    pub(crate) fn insert_if_absent(&mut self, key: K, value: V) {
        if let Err(i) = self.find(&key) {
            self.0.insert(i, (key, value));
        }
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de> for SortedMap<K, V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor<K, V>(std::marker::PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> serde::de::Visitor<'de>
            for Visitor<K, V>
        {
            type Value = SortedMap<K, V>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut v: Vec<(K, V)> = Vec::with_capacity(map.size_hint().unwrap_or(8).min(64));
                while let Some(entry) = map.next_entry()? {
                    v.push(entry);
                }
                Ok(SortedMap::from_entries(v))
            }
        }
        d.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::SortedMap;

    /// A `SortedMap` holds what a `BTreeMap` holds, in the same order, duplicates included.
    #[test]
    fn sorted_map_reads_like_a_btree_map() {
        for text in [
            "{}",
            r#"{"b": 2, "a": 1, "c": 3}"#,
            r#"{"b": 2, "a": 1, "b": 5, "a": 7, "b": 9}"#,
        ] {
            let sorted: SortedMap<String, u8> = serde_json::from_str(text).unwrap();
            let tree: BTreeMap<String, u8> = serde_json::from_str(text).unwrap();
            assert_eq!(sorted.0, tree.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }

    /// Entries added one at a time, as an interview adds answers, give what a `BTreeMap`
    /// gives: the same order, the same replacements, the same look-ups.
    #[test]
    fn entries_added_in_place_keep_the_order_and_the_last_value_of_a_btree_map() {
        let keys = [
            "muscle_spasm",
            "fever_or_chills",
            "saddle_numbness",
            "a",
            "zz",
        ];
        let mut tree = BTreeMap::new();
        let mut sorted = SortedMap::default();
        for (k, key) in keys.iter().chain(keys.iter().rev()).enumerate() {
            tree.insert(*key, k);
            sorted.insert(*key, k);
        }
        tree.entry("new_one").or_insert(100);
        sorted.insert_if_absent("new_one", 100);
        sorted.insert_if_absent("a", 200);
        assert_eq!(sorted.0, tree.clone().into_iter().collect::<Vec<_>>());
        assert_eq!(sorted.get(&"a"), tree.get(&"a"));
        assert_eq!(sorted.get(&"absent"), None);
        assert!(sorted.contains_key(&"new_one") && !sorted.contains_key(&"absent"));
        assert!(!sorted.is_empty() && SortedMap::<u8, u8>::default().is_empty());
        assert_eq!(SortedMap::from_entries(sorted.0.clone()), sorted);
    }
}
