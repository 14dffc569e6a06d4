//! Deleted voicemail messages are kept for the account's retention (`voicemail.
//! message_retention_duration` in days on the account document, default 30), counted from
//! when they were deleted; then they are removed from their box and their audio is freed.
//! A background thread runs it at start and every hour; the work itself takes the time
//! as input.

use std::time::Duration;

use edgepbx_store::{GLOBAL, GREGORIAN_OFFSET, Store, StoreError, lenient, vmbox};
use serde_json::Value;

pub const DEFAULT_RETENTION_DAYS: u64 = 30;
const DAY: u64 = 86_400;
const EVERY: Duration = Duration::from_secs(3600);

pub fn start(store: Store, clock: super::clock::Clock) {
    let _ = std::thread::Builder::new()
        .name("vm-purge".into())
        .spawn(move || {
            loop {
                match purge(&store, clock.now().unix) {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(messages = n, "old deleted voicemail purged"),
                    Err(StoreError::Closed) => return,
                    Err(e) => tracing::warn!(error = %e, "voicemail purge failed"),
                }
                std::thread::sleep(EVERY);
            }
        });
}

fn retention_days(account: &Value) -> u64 {
    account
        .pointer("/voicemail/message_retention_duration")
        .and_then(lenient::as_u64)
        .unwrap_or(DEFAULT_RETENTION_DAYS)
}

/// Purges every account's boxes as of `now_unix`; how many messages went.
pub fn purge(store: &Store, now_unix: u64) -> Result<usize, StoreError> {
    let now = now_unix + GREGORIAN_OFFSET;
    let mut purged = 0;
    for (account, doc) in store.collection(GLOBAL, "accounts")?.iter() {
        let before = now.saturating_sub(retention_days(doc) * DAY);
        for (id, b) in store.collection(account, "vmboxes")?.iter() {
            if vmbox::purge(&mut (**b).clone(), before).is_empty() {
                continue;
            }
            let (account, id) = (account.clone(), id.clone());
            purged += store.write(move |tx| {
                let Some(mut current) = tx.get(&account, "vmboxes", &id)? else {
                    return Ok(0);
                };
                let gone = vmbox::purge(&mut current, before);
                tx.edit(&account, "vmboxes", &id, &|d| {
                    !vmbox::purge(d, before).is_empty()
                })?;
                // Only voicemail audio ids: a message naming another media's id (an
                // administrator's import) never frees that media's audio.
                for media in gone.iter().filter(|m| edgepbx_store::is_month_id(m)) {
                    tx.blob_delete(&account, "media", media)?;
                }
                Ok(gone.len())
            })?;
        }
    }
    Ok(purged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn old_deleted_messages_go_with_their_audio_by_the_accounts_retention() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.redb")).unwrap();
        let now_unix = 1_800_000_000;
        let g = now_unix + GREGORIAN_OFFSET;
        store
            .write(move |tx| {
                tx.create(GLOBAL, "accounts", "a", json!({"name": "a"}))?;
                tx.create(
                    GLOBAL,
                    "accounts",
                    "b",
                    json!({"voicemail": {"message_retention_duration": "7"}}),
                )?;
                for acct in ["a", "b"] {
                    tx.create(
                        acct,
                        "vmboxes",
                        "box",
                        json!({"messages": [
                            {"media_id": "202601-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "folder": "deleted", "deleted_at": g - 10 * DAY},
                            {"media_id": "202601-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "folder": "deleted", "deleted_at": g - 40 * DAY},
                            {"media_id": "202601-cccccccccccccccccccccccccccccccc", "folder": "new", "timestamp": g - 400 * DAY},
                            {"media_id": "greeting", "folder": "deleted", "deleted_at": 0},
                            "junk"
                        ]}),
                    )?;
                    tx.blob_put(acct, "media", "greeting", b"RIFF")?;
                    for m in ["202601-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "202601-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "202601-cccccccccccccccccccccccccccccccc"] {
                        tx.blob_put(acct, "media", m, b"RIFF")?;
                    }
                }
                Ok(())
            })
            .unwrap();
        assert_eq!(purge(&store, now_unix).unwrap(), 5);
        assert!(
            store.blob_get("a", "media", "greeting").unwrap().is_some(),
            "an id that is not a message's keeps its audio"
        );
        let left = |acct: &str| -> Vec<String> {
            let b = store.get(acct, "vmboxes", "box").unwrap().unwrap();
            vmbox::messages(&b)
                .filter_map(|m| vmbox::media_id(m).map(str::to_string))
                .collect()
        };
        assert_eq!(
            left("a"),
            [
                "202601-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "202601-cccccccccccccccccccccccccccccccc"
            ]
        );
        assert_eq!(left("b"), ["202601-cccccccccccccccccccccccccccccccc"]);
        assert!(
            store
                .blob_get("a", "media", "202601-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
                .unwrap()
                .is_none()
        );
        assert!(
            store
                .blob_get("a", "media", "202601-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                .unwrap()
                .is_some()
        );
        assert!(
            store
                .blob_get("b", "media", "202601-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                .unwrap()
                .is_none()
        );
        assert!(
            store
                .blob_get("b", "media", "202601-cccccccccccccccccccccccccccccccc")
                .unwrap()
                .is_some()
        );
        assert_eq!(purge(&store, now_unix).unwrap(), 0, "nothing twice");
    }
}
