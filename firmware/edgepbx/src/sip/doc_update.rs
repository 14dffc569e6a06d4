//! How the call flows' document edits ([`Edit`]) reach the store: read-modify-write inside
//! a store transaction, against the revision stored at that moment, never a blind overwrite.

use edgepbx_callflow::flow::Edit;
use edgepbx_store::{StoreError, Tx};
use serde_json::{Value, json};

/// Applies `edits`, in order, to the document as stored now and writes it once,
/// revision-checked, with `pvt_modified`. Ok(false): no edit changed anything (or the
/// document is gone and no edit creates it).
pub fn apply(
    tx: &mut Tx,
    account: &str,
    kind: &str,
    id: &str,
    edits: &[&Edit],
    now_gregorian: u64,
) -> Result<bool, StoreError> {
    let stamped = |doc: &mut Value| {
        let mut changed = false;
        for edit in edits {
            changed |= edit(doc);
        }
        changed && {
            if let Some(map) = doc.as_object_mut() {
                map.insert("pvt_modified".into(), json!(now_gregorian));
            }
            true
        }
    };
    Ok(tx.edit(account, kind, id, &stamped)?.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use edgepbx_store::Store;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.redb")).unwrap();
        (dir, store)
    }

    fn push(n: i64) -> Edit {
        Box::new(move |d: &mut Value| {
            d.is_object() && { d["list"].as_array_mut().map(|l| l.push(json!(n))).is_some() }
        })
    }

    #[test]
    fn edits_apply_to_the_stored_document_not_a_copy() {
        let (_dir, store) = store();
        store
            .write(|tx| {
                tx.create("a", "vmboxes", "b", json!({"list": []}))
                    .map(|_| ())
            })
            .unwrap();
        // Two edits made from the same earlier copy both survive.
        let (e1, e2) = (push(1), push(2));
        store
            .write(move |tx| {
                apply(tx, "a", "vmboxes", "b", &[&e1], 5)?;
                apply(tx, "a", "vmboxes", "b", &[&e2], 6)
            })
            .unwrap();
        let doc = store.get("a", "vmboxes", "b").unwrap().unwrap();
        assert_eq!(doc["list"], json!([1, 2]));
        assert_eq!(doc["pvt_modified"], 6);
    }

    #[test]
    fn edits_of_one_document_are_applied_together_in_order() {
        let (_dir, store) = store();
        store
            .write(|tx| {
                tx.create("a", "vmboxes", "b", json!({"list": [0]}))
                    .map(|_| ())
            })
            .unwrap();
        let nothing: Edit = Box::new(|_: &mut Value| false);
        let (e1, e2) = (push(1), push(2));
        let changed = store
            .write(move |tx| apply(tx, "a", "vmboxes", "b", &[&e1, &nothing, &e2], 9))
            .unwrap();
        assert!(changed);
        let doc = store.get("a", "vmboxes", "b").unwrap().unwrap();
        assert_eq!(doc["list"], json!([0, 1, 2]));
        assert_eq!(doc["_rev"].as_str().unwrap().split('-').next(), Some("2"));
    }

    #[test]
    fn a_missing_document_is_left_alone_unless_the_edit_creates_it() {
        let (_dir, store) = store();
        let e = push(1);
        let changed = store
            .write(move |tx| apply(tx, "a", "vmboxes", "gone", &[&e], 1))
            .unwrap();
        assert!(!changed);
        assert!(store.get("a", "vmboxes", "gone").unwrap().is_none());
        let create: Edit = Box::new(|d: &mut Value| {
            *d = json!({"status": "busy"});
            true
        });
        store
            .write(move |tx| apply(tx, "a", "presence", "1001", &[&create], 1))
            .unwrap();
        let doc = store.get("a", "presence", "1001").unwrap().unwrap();
        assert_eq!(doc["status"], "busy");
    }

    #[test]
    fn an_edit_that_leaves_a_non_document_is_an_error_not_a_write() {
        let (_dir, store) = store();
        let bad: Edit = Box::new(|d: &mut Value| {
            *d = json!(42);
            true
        });
        let r = store.write(move |tx| apply(tx, "a", "devices", "d", &[&bad], 1));
        assert!(r.is_err());
        assert!(store.get("a", "devices", "d").unwrap().is_none());
    }
}
