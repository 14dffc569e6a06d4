//! In-memory copy-on-write cache of parsed documents, one map per (account, kind).
//!
//! Readers take an `Arc` snapshot of a collection and iterate it without holding a lock. The
//! writer applies each commit's changes under the lock; `Arc::make_mut` copies a collection
//! only while a reader still holds the previous snapshot.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use serde_json::Value;

/// One collection: document id -> stored document (private fields included).
pub type Collection = Arc<BTreeMap<String, Arc<Value>>>;

/// A change made by a committed transaction.
pub struct CacheChange {
    pub collection: String,
    pub id: String,
    pub doc: Option<Arc<Value>>,
}

#[derive(Default)]
pub struct Cache {
    collections: RwLock<HashMap<String, Collection>>,
    /// Bumped on every applied commit, so a loader can tell that its disk read may be stale.
    generation: AtomicU64,
}

/// Kinds that grow without bound (call records, messages) are read from disk, not cached.
pub fn is_cached(kind: &str) -> bool {
    !matches!(kind, "cdrs" | "vm_messages")
}

impl Cache {
    pub fn get(&self, collection: &str) -> Option<Collection> {
        self.read().get(collection).cloned()
    }

    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Installs a collection loaded from disk, unless a commit happened since `generation`.
    pub fn install(&self, collection: String, docs: Collection, generation: u64) -> bool {
        let mut map = self.write();
        if self.generation.load(Ordering::Acquire) != generation {
            return false;
        }
        map.entry(collection).or_insert(docs);
        true
    }

    pub fn apply(&self, changes: Vec<CacheChange>, invalidate_all: bool) {
        let mut map = self.write();
        self.generation.fetch_add(1, Ordering::AcqRel);
        if invalidate_all {
            map.clear();
            return;
        }
        for change in changes {
            // A collection nobody has read yet is loaded from disk on first use.
            let Some(collection) = map.get_mut(&change.collection) else {
                continue;
            };
            let docs = Arc::make_mut(collection);
            match change.doc {
                Some(doc) => docs.insert(change.id, doc),
                None => docs.remove(&change.id),
            };
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, Collection>> {
        // A panic while holding the lock leaves the map itself consistent.
        self.collections.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<String, Collection>> {
        self.collections.write().unwrap_or_else(|e| e.into_inner())
    }
}
