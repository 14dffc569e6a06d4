//! The write side: one redb write transaction shared by a batch of jobs.

use std::sync::Arc;

use redb::{ReadableTable, TableDefinition, WriteTransaction};
use serde_json::Value;

use crate::cache::{CacheChange, is_cached};
use crate::index::{self, IndexEntry};
use crate::keys;
use crate::{StoreError, new_revision};

pub(crate) const DOCS: TableDefinition<&str, &[u8]> = TableDefinition::new("docs");
pub(crate) const INDEX: TableDefinition<&str, &str> = TableDefinition::new("index");
pub(crate) const BLOBS: TableDefinition<&str, &[u8]> = TableDefinition::new("blobs");
pub(crate) const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");

/// A transaction handed to write jobs. Every mutating method checks everything it needs
/// before it writes, so a method that fails has written nothing.
pub struct Tx<'a> {
    txn: &'a WriteTransaction,
    pub(crate) changes: Vec<CacheChange>,
    pub(crate) invalidate_all: bool,
    /// Number of writes made so far; the writer uses it to tell a clean failure from a dirty one.
    pub(crate) writes: usize,
}

impl<'a> Tx<'a> {
    pub(crate) fn new(txn: &'a WriteTransaction) -> Self {
        Tx {
            txn,
            changes: Vec::new(),
            invalidate_all: false,
            writes: 0,
        }
    }

    pub(crate) fn txn(&self) -> &WriteTransaction {
        self.txn
    }

    /// The stored document, private fields included.
    pub fn get(&self, account: &str, kind: &str, id: &str) -> Result<Option<Value>, StoreError> {
        let table = self.txn.open_table(DOCS)?;
        let key = keys::doc_key(account, kind, id);
        match table.get(key.as_str())? {
            Some(bytes) => Ok(Some(serde_json::from_slice(bytes.value())?)),
            None => Ok(None),
        }
    }

    /// Every document of a collection, ordered by id.
    pub fn list(&self, account: &str, kind: &str) -> Result<Vec<(String, Value)>, StoreError> {
        let table = self.txn.open_table(DOCS)?;
        let prefix = keys::collection_prefix(account, kind);
        let end = keys::prefix_end(&prefix);
        let mut out = Vec::new();
        for row in table.range(prefix.as_str()..end.as_str())? {
            let (k, v) = row?;
            let id = k.value()[prefix.len()..].to_string();
            out.push((id, serde_json::from_slice(v.value())?));
        }
        Ok(out)
    }

    /// Creates a document; fails if the id is taken. Returns the stored document.
    pub fn create(
        &mut self,
        account: &str,
        kind: &str,
        id: &str,
        doc: Value,
    ) -> Result<Value, StoreError> {
        if self.get(account, kind, id)?.is_some() {
            return Err(StoreError::AlreadyExists);
        }
        self.write_doc(account, kind, id, None, doc)
    }

    /// Replaces an existing document. With `expected_rev`, a different stored revision is a conflict.
    pub fn update(
        &mut self,
        account: &str,
        kind: &str,
        id: &str,
        doc: Value,
        expected_rev: Option<&str>,
    ) -> Result<Value, StoreError> {
        let old = self.get(account, kind, id)?.ok_or(StoreError::NotFound)?;
        check_revision(&old, expected_rev)?;
        self.write_doc(account, kind, id, Some(old), doc)
    }

    /// Creates or replaces a document without a revision check.
    pub fn upsert(
        &mut self,
        account: &str,
        kind: &str,
        id: &str,
        doc: Value,
    ) -> Result<Value, StoreError> {
        let old = self.get(account, kind, id)?;
        self.write_doc(account, kind, id, old, doc)
    }

    /// Deletes a document and its index entries; returns the deleted document.
    pub fn delete(
        &mut self,
        account: &str,
        kind: &str,
        id: &str,
        expected_rev: Option<&str>,
    ) -> Result<Value, StoreError> {
        let old = self.get(account, kind, id)?.ok_or(StoreError::NotFound)?;
        check_revision(&old, expected_rev)?;
        let old_entries = index::entries(kind, &old);
        self.writes += 1;
        {
            let mut idx = self.txn.open_table(INDEX)?;
            for e in &old_entries {
                idx.remove(entry_key(account, e).as_str())?;
            }
            let mut docs = self.txn.open_table(DOCS)?;
            docs.remove(keys::doc_key(account, kind, id).as_str())?;
        }
        self.record(account, kind, id, None);
        Ok(old)
    }

    /// Deletes every document (with its index entries) and blob of an account.
    pub fn delete_account_data(&mut self, account: &str) -> Result<usize, StoreError> {
        let prefix = format!("{account}\0");
        let end = keys::prefix_end(&prefix);
        let mut docs = Vec::new();
        {
            let table = self.txn.open_table(DOCS)?;
            for row in table.range(prefix.as_str()..end.as_str())? {
                let (k, _) = row?;
                let mut parts = k.value()[prefix.len()..].splitn(2, '\0');
                if let (Some(kind), Some(id)) = (parts.next(), parts.next()) {
                    docs.push((kind.to_string(), id.to_string()));
                }
            }
        }
        for (kind, id) in &docs {
            self.delete(account, kind, id, None)?;
        }
        self.writes += 1;
        let mut blobs = self.txn.open_table(BLOBS)?;
        blobs.retain_in(prefix.as_str()..end.as_str(), |_, _| false)?;
        Ok(docs.len())
    }

    /// The document id an index maps `value` to.
    pub fn index_get(
        &self,
        index: index::IndexName,
        account: &str,
        value: &str,
    ) -> Result<Option<String>, StoreError> {
        let table = self.txn.open_table(INDEX)?;
        let key = keys::index_key(index.scope(account), index.as_str(), value);
        Ok(table.get(key.as_str())?.map(|v| v.value().to_string()))
    }

    pub fn blob_get(
        &self,
        account: &str,
        kind: &str,
        id: &str,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let table = self.txn.open_table(BLOBS)?;
        let key = keys::doc_key(account, kind, id);
        Ok(table.get(key.as_str())?.map(|v| v.value().to_vec()))
    }

    pub fn blob_put(
        &mut self,
        account: &str,
        kind: &str,
        id: &str,
        bytes: &[u8],
    ) -> Result<(), StoreError> {
        self.writes += 1;
        let mut table = self.txn.open_table(BLOBS)?;
        table.insert(keys::doc_key(account, kind, id).as_str(), bytes)?;
        Ok(())
    }

    pub fn blob_delete(&mut self, account: &str, kind: &str, id: &str) -> Result<bool, StoreError> {
        self.writes += 1;
        let mut table = self.txn.open_table(BLOBS)?;
        Ok(table
            .remove(keys::doc_key(account, kind, id).as_str())?
            .is_some())
    }

    pub fn meta_get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let table = self.txn.open_table(META)?;
        Ok(table.get(key)?.map(|v| v.value().to_vec()))
    }

    pub fn meta_put(&mut self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.writes += 1;
        let mut table = self.txn.open_table(META)?;
        table.insert(key, value)?;
        Ok(())
    }

    fn write_doc(
        &mut self,
        account: &str,
        kind: &str,
        id: &str,
        old: Option<Value>,
        mut doc: Value,
    ) -> Result<Value, StoreError> {
        let old_rev = old
            .as_ref()
            .and_then(|o| o.get("_rev"))
            .and_then(Value::as_str);
        let rev = new_revision(old_rev);
        if let Some(map) = doc.as_object_mut() {
            map.insert("_rev".into(), Value::String(rev));
            map.insert("_id".into(), Value::String(id.to_string()));
        }
        let old_entries = old
            .as_ref()
            .map(|o| index::entries(kind, o))
            .unwrap_or_default();
        let new_entries = index::entries(kind, &doc);
        // Check every unique value before writing anything.
        for e in new_entries.iter().filter(|e| !old_entries.contains(e)) {
            if let Some(owner) = self.index_get(e.index, account, &e.value)?
                && owner != id
            {
                return Err(StoreError::Unique {
                    index: e.index.as_str(),
                    field: e.index.field(),
                    value: e.value.clone(),
                    owner,
                });
            }
        }
        let bytes = serde_json::to_vec(&doc)?;
        self.writes += 1;
        {
            let mut idx = self.txn.open_table(INDEX)?;
            for e in old_entries.iter().filter(|e| !new_entries.contains(e)) {
                idx.remove(entry_key(account, e).as_str())?;
            }
            for e in new_entries.iter().filter(|e| !old_entries.contains(e)) {
                idx.insert(entry_key(account, e).as_str(), id)?;
            }
            let mut docs = self.txn.open_table(DOCS)?;
            docs.insert(keys::doc_key(account, kind, id).as_str(), bytes.as_slice())?;
        }
        self.record(account, kind, id, Some(doc.clone()));
        Ok(doc)
    }

    fn record(&mut self, account: &str, kind: &str, id: &str, doc: Option<Value>) {
        if is_cached(kind) {
            self.changes.push(CacheChange {
                collection: keys::collection_prefix(account, kind),
                id: id.to_string(),
                doc: doc.map(Arc::new),
            });
        }
    }
}

fn entry_key(account: &str, e: &IndexEntry) -> String {
    keys::index_key(e.index.scope(account), e.index.as_str(), &e.value)
}

fn check_revision(stored: &Value, expected: Option<&str>) -> Result<(), StoreError> {
    let current = stored
        .get("_rev")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match expected {
        Some(rev) if rev != current => Err(StoreError::Conflict {
            current: current.to_string(),
        }),
        _ => Ok(()),
    }
}
