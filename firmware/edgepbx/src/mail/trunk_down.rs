//! The `trunk_down` mail (the box's own notification; KAZOO has no trunk alert): who it
//! goes to, after how long, and its macros. Recipients follow the account's
//! `/notifications/trunk_down` `to` as KAZOO's teletype does: `specified` addresses, else
//! the account's administrators (users with `priv_level: "admin"` and an `email`), else
//! the administrators of the nearest parent account that has some.

use edgepbx_api::notify::settings::{self, To};
use edgepbx_callflow::flow::TrunkDownNotice;
use edgepbx_store::{GLOBAL, Store, lenient};
use serde_json::{Value, json};

const ID: &str = "trunk_down";

fn stored(store: &Store, account: &str) -> Option<std::sync::Arc<Value>> {
    store
        .get(account, edgepbx_api::notify::KIND, ID)
        .ok()
        .flatten()
}

/// How long (seconds) a registration of `account` must keep failing before it is mailed.
pub fn down_after_secs(store: &Store, account: &str) -> u64 {
    settings::down_after_secs(stored(store, account).as_deref())
}

/// The addresses the account's trunk-down mail goes to (empty: nobody to tell).
pub fn recipients(store: &Store, account: &str) -> Vec<String> {
    match settings::to(stored(store, account).as_deref()) {
        To::Specified(addresses) => addresses,
        To::Admins => {
            let parents = store
                .get(GLOBAL, "accounts", account)
                .ok()
                .flatten()
                .and_then(|d| d.get("pvt_tree").cloned())
                .and_then(|t| serde_json::from_value::<Vec<String>>(t).ok())
                .unwrap_or_default();
            // The account itself, then its parents from the nearest up.
            std::iter::once(account.to_string())
                .chain(parents.into_iter().rev())
                .map(|a| admin_emails(store, &a))
                .find(|found| !found.is_empty())
                .unwrap_or_default()
        }
    }
}

fn admin_emails(store: &Store, account: &str) -> Vec<String> {
    let Ok(users) = store.collection(account, "users") else {
        return Vec::new();
    };
    let mut out: Vec<String> = users
        .iter()
        .filter(|(_, u)| {
            lenient::is_enabled(u) && u.get("priv_level").and_then(Value::as_str) == Some("admin")
        })
        .filter_map(|(_, u)| u.get("email").and_then(Value::as_str))
        .map(str::trim)
        .filter(|e| settings::is_address(e))
        .map(str::to_string)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The template macros (see the catalogue's `trunk_down`).
pub fn context(n: &TrunkDownNotice, office: &str, zone: &str) -> Value {
    json!({
        "account": {"name": office, "timezone": zone},
        "resource": {"name": n.resource_name, "reason": n.reason},
        "date": {"local": super::compose::when(n.down_since_unix, zone)},
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.redb")).unwrap();
        (dir, store)
    }

    fn put(store: &Store, account: &str, kind: &str, id: &str, doc: Value) {
        let (a, k, i) = (account.to_string(), kind.to_string(), id.to_string());
        store
            .write(move |tx| tx.upsert(&a, &k, &i, doc.clone()).map(drop))
            .unwrap();
    }

    #[test]
    fn admins_of_the_account_else_of_the_nearest_parent_else_the_specified_list() {
        let (_dir, store) = store();
        put(&store, GLOBAL, "accounts", "root", json!({"name": "Root"}));
        put(
            &store,
            GLOBAL,
            "accounts",
            "mid",
            json!({"pvt_tree": ["root"]}),
        );
        put(
            &store,
            GLOBAL,
            "accounts",
            "leaf",
            json!({"pvt_tree": ["root", "mid"]}),
        );
        put(
            &store,
            "root",
            "users",
            "r",
            json!({"priv_level": "admin", "email": "root@x.example"}),
        );
        put(
            &store,
            "mid",
            "users",
            "m1",
            json!({"priv_level": "admin", "email": "mid@x.example"}),
        );
        put(
            &store,
            "mid",
            "users",
            "m2",
            json!({"priv_level": "user", "email": "user@x.example"}),
        );
        put(
            &store,
            "mid",
            "users",
            "m3",
            json!({"priv_level": "admin", "email": "off@x.example", "enabled": false}),
        );
        put(&store, "leaf", "users", "l", json!({"priv_level": "admin"}));
        assert_eq!(recipients(&store, "leaf"), ["mid@x.example"]);
        assert_eq!(recipients(&store, "root"), ["root@x.example"]);
        put(
            &store,
            "leaf",
            edgepbx_api::notify::KIND,
            ID,
            json!({"to": {"type": "specified", "email_addresses": ["noc@x.example"]}, "down_after_seconds": 7}),
        );
        assert_eq!(recipients(&store, "leaf"), ["noc@x.example"]);
        assert_eq!(down_after_secs(&store, "leaf"), 7);
        assert_eq!(down_after_secs(&store, "mid"), 300);
    }
}
