//! The store's schema version, forward migrations, and what happens after a rollback.
//!
//! The `meta` table holds `schema` = `{"version": N, "readable_by": M}`: the data is in
//! schema N, and a binary whose own schema is at least M can use it. A migration that only
//! adds (new fields, new kinds) keeps `readable_by`, so the previous binary still runs on the
//! migrated data after an A/B rollback. A migration that changes what old code would misread
//! raises `readable_by`; for that case every migration first writes a snapshot of the store
//! as it was (`<store>.pre-schema-<old version>`), and a binary that finds data it cannot read
//! puts that snapshot back (keeping the newer file as `<store>.schema-<N>-rolled-back`):
//! what was written after the update is lost, everything from before it is kept.

use std::path::{Path, PathBuf};

use redb::{Database, ReadableDatabase, ReadableTable, WriteTransaction};
use serde::{Deserialize, Serialize};

use crate::StoreError;
use crate::tx::{DOCS, META};

const KEY: &str = "schema";

/// One step forward: brings data of version `to - 1` to `to`.
#[derive(Clone, Copy)]
pub struct Migration {
    pub to: u32,
    /// The oldest schema that can read the result.
    pub readable_by: u32,
    pub run: fn(&WriteTransaction) -> Result<(), StoreError>,
}

/// The schema this binary writes, with the migrations that lead to it.
pub struct Schema {
    pub version: u32,
    pub migrations: &'static [Migration],
}

/// Version 1: the documents as wave 1 wrote them; the migration only records the version, so
/// stores made before versions existed (version 0) read as they are.
pub const CURRENT: Schema = Schema {
    version: 1,
    migrations: &[Migration {
        to: 1,
        readable_by: 0,
        run: |_| Ok(()),
    }],
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub version: u32,
    pub readable_by: u32,
}

pub fn snapshot_path(store: &Path, version: u32) -> PathBuf {
    with_suffix(store, &format!("pre-schema-{version}"))
}

fn with_suffix(store: &Path, suffix: &str) -> PathBuf {
    let mut name = store.as_os_str().to_owned();
    name.push(format!(".{suffix}"));
    PathBuf::from(name)
}

pub fn read(db: &Database) -> Result<Option<Stored>, StoreError> {
    let txn = db.begin_read()?;
    let meta = txn.open_table(META)?;
    if let Some(bytes) = meta.get(KEY)? {
        return serde_json::from_slice(bytes.value())
            .map(Some)
            .map_err(|e| StoreError::Io(format!("schema version unreadable: {e}")));
    }
    // Before schema versions: version 0 if it holds documents, else a new store.
    let empty = txn.open_table(DOCS)?.first()?.is_none();
    Ok((!empty).then_some(Stored {
        version: 0,
        readable_by: 0,
    }))
}

/// What `open` must do with a store whose schema is `stored`.
#[derive(Debug, PartialEq, Eq)]
pub enum Plan {
    /// Readable as it is (same version, or newer but still readable by us).
    Use,
    /// Record the current version in a new store.
    Create,
    /// Snapshot, then migrate forward.
    Migrate { from: u32 },
    /// Too new for this binary: restore the snapshot taken before it was migrated.
    RollBack { found: Stored },
}

pub fn plan(stored: Option<Stored>, schema: &Schema) -> Plan {
    match stored {
        None => Plan::Create,
        Some(s) if s.readable_by > schema.version => Plan::RollBack { found: s },
        Some(s) if s.version < schema.version => Plan::Migrate { from: s.version },
        Some(_) => Plan::Use,
    }
}

/// Runs the migrations after `from` and records the new version, in one transaction.
pub fn migrate(db: &Database, from: u32, schema: &Schema) -> Result<Stored, StoreError> {
    let txn = db.begin_write()?;
    let mut stored = Stored {
        version: from,
        readable_by: 0,
    };
    for m in schema.migrations.iter().filter(|m| m.to > from) {
        (m.run)(&txn)?;
        stored = Stored {
            version: m.to,
            readable_by: stored.readable_by.max(m.readable_by),
        };
    }
    stored.version = schema.version;
    write(&txn, stored)?;
    txn.commit()?;
    Ok(stored)
}

pub fn create(db: &Database, schema: &Schema) -> Result<(), StoreError> {
    let readable_by = schema
        .migrations
        .iter()
        .map(|m| m.readable_by)
        .max()
        .unwrap_or(0);
    let txn = db.begin_write()?;
    write(
        &txn,
        Stored {
            version: schema.version,
            readable_by,
        },
    )?;
    txn.commit()?;
    Ok(())
}

fn write(txn: &WriteTransaction, stored: Stored) -> Result<(), StoreError> {
    let bytes = serde_json::to_vec(&stored)?;
    txn.open_table(META)?.insert(KEY, bytes.as_slice())?;
    Ok(())
}

/// Puts back the snapshot taken before the store left `ours`; the newer file is kept aside.
pub fn roll_back(store: &Path, found: Stored, ours: u32) -> Result<(), StoreError> {
    let snapshot = snapshot_path(store, ours);
    if !snapshot.exists() {
        return Err(StoreError::Io(format!(
            "the store is in schema {} (readable by {} and later) and this binary knows {ours}; \
             no snapshot {} to go back to",
            found.version,
            found.readable_by,
            snapshot.display()
        )));
    }
    let aside = with_suffix(store, &format!("schema-{}-rolled-back", found.version));
    std::fs::rename(store, &aside)?;
    std::fs::copy(&snapshot, store)?;
    std::fs::File::open(store)?.sync_all()?;
    tracing::warn!(
        schema = found.version,
        restored = %snapshot.display(),
        kept = %aside.display(),
        "store schema too new for this binary (a rollback?): restored the snapshot from before the migration"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use serde_json::json;

    /// A later binary whose migration only adds: the previous one still reads the result.
    const ADDITIVE: Schema = Schema {
        version: 2,
        migrations: &[
            CURRENT.migrations[0],
            Migration {
                to: 2,
                readable_by: 1,
                run: |_| Ok(()),
            },
        ],
    };
    /// A later binary whose migration the previous one cannot read.
    const BREAKING: Schema = Schema {
        version: 2,
        migrations: &[
            CURRENT.migrations[0],
            Migration {
                to: 2,
                readable_by: 2,
                run: |_| Ok(()),
            },
        ],
    };

    fn put(store: &Store, id: &'static str) {
        store
            .write(move |tx| tx.upsert("acc", "users", id, json!({"username": id})))
            .unwrap();
    }

    fn ids(store: &Store) -> Vec<String> {
        store
            .collection("acc", "users")
            .unwrap()
            .keys()
            .map(|id| id.to_string())
            .collect()
    }

    fn stored(store: &Store) -> Stored {
        serde_json::from_slice(&store.meta_get(KEY).unwrap().unwrap()).unwrap()
    }

    #[test]
    fn new_store_records_the_current_version() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        assert_eq!(
            stored(&store),
            Stored {
                version: 1,
                readable_by: 0
            }
        );
    }

    #[test]
    fn additive_migration_keeps_the_old_binary_running_on_new_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let old = Store::open(&path).unwrap();
        put(&old, "before");
        old.close();
        drop(old);
        let new = Store::open_with_schema(&path, &ADDITIVE).unwrap();
        assert_eq!(
            stored(&new),
            Stored {
                version: 2,
                readable_by: 1
            }
        );
        assert!(snapshot_path(&path, 1).exists());
        put(&new, "after");
        new.close();
        drop(new);
        // Rolled back: the old binary opens the newer data as it is; nothing is lost.
        let old = Store::open(&path).unwrap();
        assert_eq!(ids(&old), ["after", "before"]);
        assert_eq!(stored(&old).version, 2);
    }

    #[test]
    fn breaking_migration_is_undone_from_the_snapshot_after_a_rollback() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let old = Store::open(&path).unwrap();
        put(&old, "before");
        old.close();
        drop(old);
        let new = Store::open_with_schema(&path, &BREAKING).unwrap();
        put(&new, "after");
        new.close();
        drop(new);
        let old = Store::open(&path).unwrap();
        assert_eq!(ids(&old), ["before"]);
        assert_eq!(
            stored(&old),
            Stored {
                version: 1,
                readable_by: 0
            }
        );
        assert!(with_suffix(&path, "schema-2-rolled-back").exists());
        old.close();
        drop(old);
        // Updated again: migrates again from the restored data.
        let new = Store::open_with_schema(&path, &BREAKING).unwrap();
        assert_eq!(ids(&new), ["before"]);
    }

    #[test]
    fn too_new_without_a_snapshot_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let new = Store::open_with_schema(&path, &BREAKING).unwrap();
        new.close();
        drop(new);
        let err = Store::open(&path).err().unwrap().to_string();
        assert!(
            err.contains("schema 2") && err.contains("no snapshot"),
            "{err}"
        );
        // Nothing was moved.
        assert!(path.exists());
    }

    #[test]
    fn store_without_a_version_is_version_zero_and_migrates() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = Store::open(&path).unwrap();
        put(&store, "old");
        store
            .write(|tx| tx.meta_put(KEY, b"{\"version\":0,\"readable_by\":0}"))
            .unwrap();
        store.close();
        drop(store);
        let store = Store::open(&path).unwrap();
        assert_eq!(stored(&store).version, 1);
        assert!(snapshot_path(&path, 0).exists());
        assert_eq!(ids(&store), ["old"]);
    }
}
