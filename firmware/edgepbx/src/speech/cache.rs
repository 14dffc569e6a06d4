//! The renderings calls reuse: least recently used go first once either the entry count or
//! the audio bytes exceed their bound.

use std::collections::HashMap;
use std::sync::Arc;

use super::Key;

pub struct Cache {
    entries: HashMap<Key, (Arc<[i16]>, u64)>,
    max_entries: usize,
    max_bytes: usize,
    bytes: usize,
    /// Use counter: an entry's stamp is the value at its last use.
    clock: u64,
}

impl Cache {
    pub fn new(max_entries: usize, max_bytes: usize) -> Cache {
        Cache {
            entries: HashMap::new(),
            max_entries,
            max_bytes,
            bytes: 0,
            clock: 0,
        }
    }

    pub fn get(&mut self, key: &Key) -> Option<Arc<[i16]>> {
        self.clock += 1;
        let (audio, used) = self.entries.get_mut(key)?;
        *used = self.clock;
        Some(audio.clone())
    }

    /// Stores a rendering; one larger than the whole budget is not kept.
    pub fn insert(&mut self, key: Key, audio: Arc<[i16]>) {
        let size = audio.len() * 2;
        if size > self.max_bytes {
            return;
        }
        self.clock += 1;
        if let Some((old, _)) = self.entries.insert(key, (audio, self.clock)) {
            self.bytes -= old.len() * 2;
        }
        self.bytes += size;
        while self.entries.len() > self.max_entries || self.bytes > self.max_bytes {
            // Linear scan: the cache holds a few hundred entries and inserts are rare
            // (one per rendering, milliseconds of CPU each).
            let Some(oldest) = self
                .entries
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            if let Some((gone, _)) = self.entries.remove(&oldest) {
                self.bytes -= gone.len() * 2;
            }
        }
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}
