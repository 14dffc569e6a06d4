use std::path::Path;
use std::sync::mpsc::{self, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use redb::{Database, ReadableDatabase};
use serde_json::Value;

pub use crate::cache::Collection;
use crate::cache::{Cache, is_cached};
use crate::index::IndexName;
use crate::keys;
use crate::schema::{self, Plan, Schema};
use crate::tx::{BLOBS, DOCS, INDEX, META};
use crate::writer::{self, Job, TypedJob};
use crate::{StoreError, Tx};

/// Writes waiting for the writer beyond this many make callers block (back-pressure).
const QUEUE_DEPTH: usize = 4096;
const REDB_CACHE_BYTES: usize = 4 * 1024 * 1024;

/// A handle to the store; cheap to clone and shared by every part of the PBX.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    db: Arc<Database>,
    cache: Arc<Cache>,
    jobs: Mutex<Option<SyncSender<Box<dyn Job>>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

impl Store {
    /// Opens (or creates) the store file; redb repairs it if the last run did not close it.
    /// Migrates it to this binary's schema (see `schema`).
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with_schema(path, &schema::CURRENT)
    }

    /// `open` with a given schema (tests play older and newer binaries with it).
    pub fn open_with_schema(path: &Path, schema: &Schema) -> Result<Store, StoreError> {
        let db = Store::open_db(path)?;
        let db = match schema::plan(schema::read(&db)?, schema) {
            Plan::Use => db,
            Plan::Create => {
                schema::create(&db, schema)?;
                db
            }
            Plan::Migrate { from } => {
                let snapshot = schema::snapshot_path(path, from);
                crate::backup::write_snapshot(&db.begin_read()?, &snapshot)?;
                let now = schema::migrate(&db, from, schema)?;
                tracing::info!(from, to = now.version, snapshot = %snapshot.display(), "store schema migrated");
                db
            }
            Plan::RollBack { found } => {
                drop(db);
                schema::roll_back(path, found, schema.version)?;
                let db = Store::open_db(path)?;
                match schema::plan(schema::read(&db)?, schema) {
                    Plan::Use => db,
                    other => {
                        return Err(StoreError::Io(format!(
                            "the restored snapshot is not usable either ({other:?})"
                        )));
                    }
                }
            }
        };
        Store::start(db)
    }

    fn open_db(path: &Path) -> Result<Database, StoreError> {
        // Reads are served from the document cache, so redb's own page cache only needs to
        // hold the B-tree pages of the current transactions (its default is 1 GiB).
        let db = Database::builder()
            .set_cache_size(REDB_CACHE_BYTES)
            .create(path)?;
        {
            // Create the tables so read transactions never meet a missing one.
            let txn = db.begin_write()?;
            txn.open_table(DOCS)?;
            txn.open_table(INDEX)?;
            txn.open_table(BLOBS)?;
            txn.open_table(META)?;
            txn.commit()?;
        }
        Ok(db)
    }

    fn start(db: Database) -> Result<Store, StoreError> {
        let db = Arc::new(db);
        let cache = Arc::new(Cache::default());
        let (tx, rx) = mpsc::sync_channel(QUEUE_DEPTH);
        let writer = {
            let (db, cache) = (db.clone(), cache.clone());
            std::thread::Builder::new()
                .name("store-writer".into())
                .spawn(move || writer::run(db, cache, rx))?
        };
        Ok(Store {
            inner: Arc::new(Inner {
                db,
                cache,
                jobs: Mutex::new(Some(tx)),
                writer: Mutex::new(Some(writer)),
            }),
        })
    }

    /// Runs `f` in a write transaction and returns once its effects are durable on disk.
    /// `f` may run more than once, so it must not consume what it captures.
    pub fn write<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        F: FnMut(&mut Tx) -> Result<R, StoreError> + Send + 'static,
        R: Send + 'static,
    {
        let (reply, answer) = mpsc::sync_channel(1);
        let job: Box<dyn Job> = Box::new(TypedJob {
            f,
            result: None,
            reply,
        });
        let sender = self
            .inner
            .jobs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        sender
            .ok_or(StoreError::Closed)?
            .send(job)
            .map_err(|_| StoreError::Closed)?;
        answer.recv().map_err(|_| StoreError::Closed)?
    }

    /// One document, private fields included.
    pub fn get(
        &self,
        account: &str,
        kind: &str,
        id: &str,
    ) -> Result<Option<Arc<Value>>, StoreError> {
        if is_cached(kind) {
            return Ok(self.collection(account, kind)?.get(id).cloned());
        }
        let txn = self.inner.db.begin_read()?;
        let table = txn.open_table(DOCS)?;
        let key = keys::doc_key(account, kind, id);
        match table.get(key.as_str())? {
            Some(v) => Ok(Some(Arc::new(serde_json::from_slice(v.value())?))),
            None => Ok(None),
        }
    }

    /// A snapshot of a whole collection, ordered by id.
    pub fn collection(&self, account: &str, kind: &str) -> Result<Collection, StoreError> {
        let name = keys::collection_prefix(account, kind);
        loop {
            if let Some(c) = self.inner.cache.get(&name) {
                return Ok(c);
            }
            let generation = self.inner.cache.generation();
            let docs: Collection = Arc::new(
                self.scan(account, kind, None)?
                    .into_iter()
                    .map(|(id, doc)| (id, Arc::new(doc)))
                    .collect(),
            );
            if !is_cached(kind)
                || self
                    .inner
                    .cache
                    .install(name.clone(), docs.clone(), generation)
            {
                return Ok(docs);
            }
        }
    }

    /// Documents of a collection read straight from disk, ordered by id, from `start` on.
    pub fn scan(
        &self,
        account: &str,
        kind: &str,
        start: Option<&str>,
    ) -> Result<Vec<(String, Value)>, StoreError> {
        let txn = self.inner.db.begin_read()?;
        let table = txn.open_table(DOCS)?;
        let prefix = keys::collection_prefix(account, kind);
        let from = format!("{prefix}{}", start.unwrap_or(""));
        let end = keys::prefix_end(&prefix);
        let mut out = Vec::new();
        for row in table.range(from.as_str()..end.as_str())? {
            let (k, v) = row?;
            let id = k.value()[prefix.len()..].to_string();
            match serde_json::from_slice(v.value()) {
                Ok(doc) => out.push((id, doc)),
                Err(e) => {
                    tracing::error!(key = %k.value().replace('\0', "/"), %e, "unreadable document skipped")
                }
            }
        }
        Ok(out)
    }

    /// Looks a value up in an index.
    pub fn index_get(
        &self,
        index: IndexName,
        account: &str,
        value: &str,
    ) -> Result<Option<String>, StoreError> {
        let txn = self.inner.db.begin_read()?;
        let table = txn.open_table(INDEX)?;
        let key = keys::index_key(index.scope(account), index.as_str(), value);
        Ok(table.get(key.as_str())?.map(|v| v.value().to_string()))
    }

    /// Every (value, id) pair of an index within an account, ordered by value.
    pub fn index_entries(
        &self,
        index: IndexName,
        account: &str,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let txn = self.inner.db.begin_read()?;
        let table = txn.open_table(INDEX)?;
        let prefix = format!("{}\0{}\0", index.scope(account), index.as_str());
        let end = keys::prefix_end(&prefix);
        let mut out = Vec::new();
        for row in table.range(prefix.as_str()..end.as_str())? {
            let (k, v) = row?;
            out.push((k.value()[prefix.len()..].to_string(), v.value().to_string()));
        }
        Ok(out)
    }

    pub fn blob_get(
        &self,
        account: &str,
        kind: &str,
        id: &str,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let txn = self.inner.db.begin_read()?;
        let table = txn.open_table(BLOBS)?;
        let key = keys::doc_key(account, kind, id);
        Ok(table.get(key.as_str())?.map(|v| v.value().to_vec()))
    }

    pub fn meta_get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let txn = self.inner.db.begin_read()?;
        let table = txn.open_table(META)?;
        Ok(table.get(key)?.map(|v| v.value().to_vec()))
    }

    /// Writes a consistent snapshot of the whole store to `path` (a new redb file).
    pub fn backup(&self, path: &Path) -> Result<(), StoreError> {
        let txn = self.inner.db.begin_read()?;
        crate::backup::write_snapshot(&txn, path)
    }

    /// Replaces the whole content of the store with the snapshot at `path`, in one transaction.
    pub fn restore(&self, path: &Path) -> Result<(), StoreError> {
        self.restore_snapshot(Store::read_snapshot(path)?)
    }

    /// Reads and checks the snapshot at `path` (an error says why it is not one), changing
    /// nothing: the first half of [`Store::restore`].
    pub fn read_snapshot(path: &Path) -> Result<crate::backup::Snapshot, StoreError> {
        crate::backup::open_snapshot(path)
    }

    /// Replaces the whole content of the store with a checked snapshot, in one transaction.
    pub fn restore_snapshot(&self, snapshot: crate::backup::Snapshot) -> Result<(), StoreError> {
        self.write(move |tx| crate::backup::restore_into(tx, &snapshot))
    }

    /// Stops taking writes, lets queued writes commit, and waits for the writer to end.
    /// Readers keep working until the last handle is dropped.
    pub fn close(&self) {
        self.inner
            .jobs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(handle) = self
            .inner
            .writer
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            let _ = handle.join();
        }
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.jobs
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(handle) = self
            .writer
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            let _ = handle.join();
        }
    }
}
