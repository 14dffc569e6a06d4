//! Backup and restore: a snapshot is a redb file holding the same four tables, taken from one
//! read transaction (so it is consistent while writes go on) and restored in one write
//! transaction (so a failed restore changes nothing).

use std::path::Path;

use redb::{
    Database, ReadOnlyDatabase, ReadTransaction, ReadableDatabase, ReadableTable, TableDefinition,
};

use crate::tx::{BLOBS, DOCS, INDEX, META};
use crate::{StoreError, Tx};

const FORMAT_KEY: &str = "snapshot_format";
const FORMAT: &[u8] = b"edgepbx-store-1";

type Rows<V> = Vec<(String, V)>;

/// A snapshot read fully into memory, checked before anything is replaced.
pub struct Snapshot {
    docs: Rows<Vec<u8>>,
    index: Rows<String>,
    blobs: Rows<Vec<u8>>,
    meta: Rows<Vec<u8>>,
}

pub fn write_snapshot(txn: &ReadTransaction, path: &Path) -> Result<(), StoreError> {
    let tmp = path.with_extension("partial");
    let _ = std::fs::remove_file(&tmp);
    {
        let out = Database::create(&tmp)?;
        let w = out.begin_write()?;
        copy_bytes(txn, &w, DOCS)?;
        copy_bytes(txn, &w, BLOBS)?;
        copy_bytes(txn, &w, META)?;
        {
            let src = txn.open_table(INDEX)?;
            let mut dst = w.open_table(INDEX)?;
            for row in src.iter()? {
                let (k, v) = row?;
                dst.insert(k.value(), v.value())?;
            }
            let mut meta = w.open_table(META)?;
            meta.insert(FORMAT_KEY, FORMAT)?;
        }
        w.commit()?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}

fn copy_bytes(
    src: &ReadTransaction,
    dst: &redb::WriteTransaction,
    table: TableDefinition<&str, &[u8]>,
) -> Result<(), StoreError> {
    let from = src.open_table(table)?;
    let mut to = dst.open_table(table)?;
    for row in from.iter()? {
        let (k, v) = row?;
        to.insert(k.value(), v.value())?;
    }
    Ok(())
}

pub fn open_snapshot(path: &Path) -> Result<Snapshot, StoreError> {
    let db = ReadOnlyDatabase::open(path)
        .map_err(|e| StoreError::Io(format!("{}: not a snapshot ({e})", path.display())))?;
    let txn = db.begin_read()?;
    let read_bytes = |t: TableDefinition<&str, &[u8]>| -> Result<Rows<Vec<u8>>, StoreError> {
        let table = txn.open_table(t)?;
        let mut rows = Vec::new();
        for row in table.iter()? {
            let (k, v) = row?;
            rows.push((k.value().to_string(), v.value().to_vec()));
        }
        Ok(rows)
    };
    let meta = read_bytes(META)?;
    if !meta.iter().any(|(k, v)| k == FORMAT_KEY && v == FORMAT) {
        return Err(StoreError::Io(format!(
            "{}: not an edgepbx snapshot",
            path.display()
        )));
    }
    let docs = read_bytes(DOCS)?;
    for (key, bytes) in &docs {
        if serde_json::from_slice::<serde_json::Value>(bytes).is_err() {
            return Err(StoreError::Io(format!(
                "snapshot document {} is corrupt",
                key.replace('\0', "/")
            )));
        }
    }
    let blobs = read_bytes(BLOBS)?;
    let index = {
        let table = txn.open_table(INDEX)?;
        let mut rows = Vec::new();
        for row in table.iter()? {
            let (k, v) = row?;
            rows.push((k.value().to_string(), v.value().to_string()));
        }
        rows
    };
    Ok(Snapshot {
        docs,
        index,
        blobs,
        meta: meta.into_iter().filter(|(k, _)| k != FORMAT_KEY).collect(),
    })
}

pub fn restore_into(tx: &mut Tx, snapshot: &Snapshot) -> Result<(), StoreError> {
    tx.writes += 1;
    tx.invalidate_all = true;
    let txn = tx.txn();
    replace_bytes(txn, DOCS, &snapshot.docs)?;
    replace_bytes(txn, BLOBS, &snapshot.blobs)?;
    replace_bytes(txn, META, &snapshot.meta)?;
    let mut index = txn.open_table(INDEX)?;
    index.retain(|_, _| false)?;
    for (k, v) in &snapshot.index {
        index.insert(k.as_str(), v.as_str())?;
    }
    Ok(())
}

fn replace_bytes(
    txn: &redb::WriteTransaction,
    table: TableDefinition<&str, &[u8]>,
    rows: &Rows<Vec<u8>>,
) -> Result<(), StoreError> {
    let mut t = txn.open_table(table)?;
    t.retain(|_, _| false)?;
    for (k, v) in rows {
        t.insert(k.as_str(), v.as_slice())?;
    }
    Ok(())
}
