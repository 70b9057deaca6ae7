//! Where each distinct key first appeared in a list: a hash table of
//! places (indices) into a `Vec` the caller keeps, rather than of keys and
//! values. A slot is a word and a control byte, half the size of a
//! `HashMap<&K, usize>` slot, so for large inputs more of the table stays
//! in the cache; keys are compared only when their hashes' tags match.

use std::hash::{BuildHasher, BuildHasherDefault, Hash};

use hashbrown::hash_table::{Entry, HashTable};

use rustc_hash::FxHasher;

/// The places of the distinct keys of a list kept by the caller.
pub(crate) struct Places {
    table: HashTable<usize>,
    hasher: BuildHasherDefault<FxHasher>,
}

impl Places {
    /// Room for `n` distinct keys before the table grows.
    pub(crate) fn with_capacity(n: usize) -> Self {
        Self { table: HashTable::with_capacity(n), hasher: BuildHasherDefault::default() }
    }

    /// The place in `list` of the item whose key (by `key_of`) is `key`,
    /// pushing `make()` onto `list` first if there is none.
    pub(crate) fn find_or_push<T, K: Hash + Eq + ?Sized>(
        &mut self,
        key: &K,
        list: &mut Vec<T>,
        key_of: impl Fn(&T) -> &K,
        make: impl FnOnce() -> T,
    ) -> usize {
        let hasher = &self.hasher;
        let hash = hasher.hash_one(key);
        let at = |n: &usize| list.get(*n).map(&key_of);
        match self.table.entry(hash, |n| at(n) == Some(key), |n| at(n).map_or(0, |k| hasher.hash_one(k))) {
            Entry::Occupied(place) => *place.get(),
            Entry::Vacant(slot) => {
                let n = list.len();
                slot.insert(n);
                list.push(make());
                n
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Places;

    #[test]
    fn finds_each_key_where_it_was_first_pushed() {
        let mut places = Places::with_capacity(1);
        let mut list: Vec<(String, u32)> = Vec::new();
        let words = ["b", "a", "b", "c", "a", "b"];
        let found: Vec<usize> = words
            .iter()
            .map(|&w| places.find_or_push(w, &mut list, |(k, _)| k.as_str(), || (w.to_owned(), 0)))
            .collect();
        assert_eq!(found, [0, 1, 0, 2, 1, 0]);
        assert_eq!(list.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["b", "a", "c"]);
    }

    /// The table grows past its first capacity and still finds every key.
    #[test]
    fn keeps_finding_keys_as_it_grows() {
        let mut places = Places::with_capacity(0);
        let mut list: Vec<String> = Vec::new();
        for round in 0..2 {
            for n in 0..10_000 {
                let key = format!("phase-{n}");
                let at = places.find_or_push(key.as_str(), &mut list, String::as_str, || key.clone());
                assert_eq!((round, at), (round, n));
            }
        }
        assert_eq!(list.len(), 10_000);
    }
}
