//! A memo of what was worked out for a word or name from a document, bounded in size: the
//! term check's verdicts and the parsed names. Each thread keeps its own, so no lock is taken.

use compact_str::CompactString;

use super::hash::SeededWordHasher;

/// Values by the text they were worked out from. The text comes from documents, so the
/// table hashes with [`SeededWordHasher`]; a key of up to 24 bytes is held inline. When the
/// memo reaches its limit it is emptied, so its memory stays bounded however many documents
/// pass.
#[derive(Debug)]
pub struct Memo<V> {
    map: std::collections::HashMap<CompactString, V, SeededWordHasher>,
    limit: usize,
}

impl<V> Memo<V> {
    /// An empty memo that holds at most `limit` values.
    pub fn with_limit(limit: usize) -> Self {
        Memo {
            map: std::collections::HashMap::default(),
            limit,
        }
    }

    /// The value remembered for `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.map.get(key)
    }

    /// Remembers `value` for `key`, first emptying the memo when it is full.
    pub fn insert(&mut self, key: &str, value: V) {
        if self.map.len() >= self.limit {
            self.map.clear();
        }
        self.map.insert(CompactString::new(key), value);
    }

    /// How many values the memo holds.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the memo holds nothing.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl<V: Clone> Memo<V> {
    /// The value for `key`: remembered, or made by `make` and remembered.
    pub fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> V {
        if let Some(known) = self.map.get(key) {
            return known.clone();
        }
        let value = make();
        self.insert(key, value.clone());
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_memo_starts_afresh() {
        let mut memo = Memo::with_limit(2);
        assert_eq!(memo.get_or_insert_with("raad", || 1), 1);
        assert_eq!(memo.get_or_insert_with("raad", || 9), 1, "remembered");
        memo.insert("college", 2);
        assert_eq!(memo.len(), 2);
        memo.insert("griffie", 3);
        assert_eq!(memo.len(), 1, "emptied before the third");
        assert_eq!(memo.get("raad"), None);
        assert_eq!(memo.get("griffie"), Some(&3));
    }
}
