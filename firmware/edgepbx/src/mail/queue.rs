//! The mail queue kept in the store, so notices not sent yet (the relay down, a retry
//! pending) survive a restart: a `mail_queue` document per notice (account, notice, tries),
//! written in the same commit as what the notice tells of, until it is sent, refused for
//! good or given up. A crash
//! between the relay's acceptance and the removal sends that mail again after the restart
//! (at least once, never lost).

use edgepbx_callflow::flow::Notice;
use edgepbx_store::{GLOBAL, Store, StoreError, Tx};
use serde_json::{Value, json};

const KIND: &str = "mail_queue";

/// Queues a notice inside a write transaction (the flows' writer stores it with the
/// message it tells of, in one commit).
pub fn put(
    tx: &mut Tx,
    id: &str,
    account: &str,
    notice: &Notice,
    tries: usize,
) -> Result<(), StoreError> {
    let doc = json!({"account": account, "notice": notice, "tries": tries});
    tx.upsert(GLOBAL, KIND, id, doc).map(drop)
}

pub fn save(store: &Store, id: &str, account: &str, notice: &Notice, tries: usize) {
    let (id, account, notice) = (id.to_string(), account.to_string(), notice.clone());
    if let Err(e) = store.write(move |tx| put(tx, &id, &account, &notice, tries)) {
        tracing::warn!(error = %e, "mail queue entry not stored");
    }
}

pub fn remove(store: &Store, id: &str) {
    let id = id.to_string();
    let removed = store.write(move |tx| match tx.delete(GLOBAL, KIND, &id, None) {
        Ok(_) | Err(edgepbx_store::StoreError::NotFound) => Ok(()),
        Err(e) => Err(e),
    });
    if let Err(e) = removed {
        tracing::warn!(error = %e, "mail queue entry not removed");
    }
}

/// What was queued when the box stopped: (id, account, notice, tries).
pub fn load(store: &Store) -> Vec<(String, String, Notice, usize)> {
    let Ok(entries) = store.collection(GLOBAL, KIND) else {
        return Vec::new();
    };
    entries
        .iter()
        .filter_map(|(id, d)| {
            let account = d.get("account")?.as_str()?.to_string();
            let notice = serde_json::from_value(d.get("notice")?.clone()).ok()?;
            let tries = d.get("tries").and_then(Value::as_u64).unwrap_or(0) as usize;
            Some((id.clone(), account, notice, tries))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queued_notices_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.redb");
        let notice = Notice::MissedCall {
            to: vec!["a@example.com".into()],
            caller_name: "A".into(),
            caller_number: "1".into(),
            dialled: "2".into(),
            at_unix: 3,
        };
        {
            let store = Store::open(&path).unwrap();
            save(&store, "q1", "acct", &notice, 1);
            save(&store, "q2", "acct", &notice, 0);
            remove(&store, "q2");
            store.close();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(
            load(&store),
            [("q1".to_string(), "acct".to_string(), notice, 1)]
        );
    }
}
