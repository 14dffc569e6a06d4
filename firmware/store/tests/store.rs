use std::sync::Arc;

use edgepbx_store::{IndexName, Store, StoreError};
use serde_json::{Value, json};

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.redb")).unwrap();
    (dir, store)
}

fn put(
    store: &Store,
    kind: &'static str,
    id: &'static str,
    doc: Value,
) -> Result<Value, StoreError> {
    store.write(move |tx| tx.upsert("acct", kind, id, doc.clone()))
}

#[test]
fn create_update_conflict_delete() {
    let (_d, store) = open();
    let created = store
        .write(|tx| {
            tx.create(
                "acct",
                "users",
                "u1",
                json!({"first_name": "A", "ui_metadata": {"x": 1}}),
            )
        })
        .unwrap();
    let rev = created["_rev"].as_str().unwrap().to_string();
    assert!(rev.starts_with("1-"));
    assert_eq!(
        store.write(|tx| tx.create("acct", "users", "u1", json!({}))),
        Err(StoreError::AlreadyExists)
    );
    let stale = "1-0000".to_string();
    let r = store.write(move |tx| {
        tx.update(
            "acct",
            "users",
            "u1",
            json!({"first_name": "B"}),
            Some(&stale),
        )
    });
    assert!(matches!(r, Err(StoreError::Conflict { .. })));
    let good = rev.clone();
    let updated = store
        .write(move |tx| {
            tx.update(
                "acct",
                "users",
                "u1",
                json!({"first_name": "B"}),
                Some(&good),
            )
        })
        .unwrap();
    assert!(updated["_rev"].as_str().unwrap().starts_with("2-"));
    assert_eq!(
        store.get("acct", "users", "u1").unwrap().unwrap()["first_name"],
        "B"
    );
    assert_eq!(store.collection("acct", "users").unwrap().len(), 1);
    store
        .write(|tx| tx.delete("acct", "users", "u1", None))
        .unwrap();
    assert!(store.get("acct", "users", "u1").unwrap().is_none());
    assert_eq!(
        store.write(|tx| tx.delete("acct", "users", "u1", None)),
        Err(StoreError::NotFound)
    );
}

#[test]
fn unique_indexes_and_normalised_numbers() {
    let (_d, store) = open();
    put(
        &store,
        "callflows",
        "c1",
        json!({"numbers": ["4155550100", "1000"]}),
    )
    .unwrap();
    assert_eq!(
        store
            .index_get(IndexName::CallflowNumber, "acct", "+14155550100")
            .unwrap()
            .as_deref(),
        Some("c1")
    );
    let err = put(
        &store,
        "callflows",
        "c2",
        json!({"numbers": ["+14155550100"]}),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Unique {
                field: "numbers",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        store.get("acct", "callflows", "c2").unwrap().is_none(),
        "failed write left nothing"
    );
    // Moving a number between documents works once it is released.
    put(&store, "callflows", "c1", json!({"numbers": ["1000"]})).unwrap();
    put(
        &store,
        "callflows",
        "c2",
        json!({"numbers": ["4155550100"]}),
    )
    .unwrap();
    assert_eq!(
        store
            .index_get(IndexName::CallflowNumber, "acct", "+14155550100")
            .unwrap()
            .as_deref(),
        Some("c2")
    );
    store
        .write(|tx| tx.delete("acct", "callflows", "c2", None))
        .unwrap();
    assert_eq!(
        store
            .index_get(IndexName::CallflowNumber, "acct", "+14155550100")
            .unwrap(),
        None
    );
    put(
        &store,
        "devices",
        "d1",
        json!({"mac_address": "00:04:f2:ab:cd:01", "sip": {"username": "Bob"}}),
    )
    .unwrap();
    assert_eq!(
        store
            .index_get(IndexName::Mac, "other", "0004f2abcd01")
            .unwrap()
            .as_deref(),
        Some("d1")
    );
    assert_eq!(
        store
            .index_get(IndexName::SipUsername, "acct", "bob")
            .unwrap()
            .as_deref(),
        Some("d1")
    );
}

#[test]
fn a_failing_job_in_a_batch_does_not_disturb_the_others() {
    let (_d, store) = open();
    put(&store, "callflows", "taken", json!({"numbers": ["200"]})).unwrap();
    let store = Arc::new(store);
    let threads: Vec<_> = (0..32)
        .map(|i| {
            let store = store.clone();
            std::thread::spawn(move || {
                store.write(move |tx| {
                    // Every 4th job writes one doc, then fails on a taken number: a dirty failure.
                    tx.upsert("acct", "users", &format!("u{i}"), json!({"n": i}))?;
                    if i % 4 == 0 {
                        tx.upsert(
                            "acct",
                            "callflows",
                            &format!("c{i}"),
                            json!({"numbers": ["200"]}),
                        )?;
                    }
                    Ok(i)
                })
            })
        })
        .collect();
    let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    for (i, r) in results.iter().enumerate() {
        let exists = store
            .get("acct", "users", &format!("u{i}"))
            .unwrap()
            .is_some();
        if i % 4 == 0 {
            assert!(r.is_err() && !exists, "job {i} must fail whole");
        } else {
            assert_eq!(r.as_ref().ok(), Some(&i));
            assert!(exists);
        }
    }
}

#[test]
fn backup_and_restore_round_trip() {
    let (dir, store) = open();
    put(&store, "users", "u1", json!({"first_name": "Kept"})).unwrap();
    store
        .write(|tx| tx.blob_put("acct", "media", "m1", b"RIFF...."))
        .unwrap();
    let snap = dir.path().join("snap.redb");
    store.backup(&snap).unwrap();
    put(&store, "users", "u2", json!({"first_name": "Later"})).unwrap();
    store
        .write(|tx| tx.delete("acct", "users", "u1", None).map(|_| ()))
        .unwrap();
    store.restore(&snap).unwrap();
    assert!(store.get("acct", "users", "u1").unwrap().is_some());
    assert!(store.get("acct", "users", "u2").unwrap().is_none());
    assert_eq!(
        store.blob_get("acct", "media", "m1").unwrap().unwrap(),
        b"RIFF...."
    );
    // A file that is not a snapshot is refused and changes nothing.
    let junk = dir.path().join("junk");
    std::fs::write(&junk, b"not a database").unwrap();
    assert!(store.restore(&junk).is_err());
    assert!(store.get("acct", "users", "u1").unwrap().is_some());
}

#[test]
fn reopen_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.redb");
    {
        let store = Store::open(&path).unwrap();
        put(
            &store,
            "users",
            "u1",
            json!({"first_name": "A", "unknown": {"deep": [1, 2]}}),
        )
        .unwrap();
        store.close();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.get("acct", "users", "u1").unwrap().unwrap()["unknown"]["deep"][1],
        2
    );
}
