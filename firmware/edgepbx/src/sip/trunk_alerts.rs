//! Mails `trunk_down` when an outside line stays down past its account's threshold
//! (`/notifications/trunk_down` `down_after_seconds`, default 5 minutes), once per outage,
//! and logs when it is back up (KAZOO has no "trunk up" template, so that is not mailed).
//! A thread of its own reads the registrations' statuses once a second, holding the
//! engine's lock only to copy them; the store and the mailer are used after it is released.

use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use edgepbx_callflow::flow::{Notice, TrunkDownNotice};
use edgepbx_sip::engine::Engine;
use edgepbx_sip::engine::uplink::UplinkKey;
use edgepbx_store::Store;
use serde_json::Value;

use super::clock::Clock;
use super::supervise::lock_engine;
use super::trunk_watch::{Event, TrunkWatch};
use crate::mail::{Mailer, trunk_down};

const LOOK_EVERY: Duration = Duration::from_secs(1);

pub fn start(store: Store, mailer: Mailer, engine: &Arc<Mutex<Engine>>, clock: Clock) {
    let engine: Weak<Mutex<Engine>> = Arc::downgrade(engine);
    let spawned = super::supervise::spawn_supervised("trunk-alerts", move || {
        let mut watch = TrunkWatch::default();
        loop {
            std::thread::sleep(LOOK_EVERY);
            // The engine is gone: the box is stopping.
            let Some(engine) = engine.upgrade() else {
                return;
            };
            let statuses = lock_engine(&engine).uplink_statuses();
            drop(engine);
            let now = clock.now().unix;
            let mut threshold = |account: &str| trunk_down::down_after_secs(&store, account);
            for event in watch.observe(now, &statuses, &mut threshold) {
                match event {
                    Event::Down {
                        key,
                        down_since_unix,
                        reason,
                    } => mail(&store, &mailer, key, down_since_unix, reason),
                    Event::Up { key, down_secs } => tracing::info!(
                        alert = "trunk_up",
                        account = %key.0,
                        resource = %key.1,
                        gateway = key.2,
                        down_secs,
                        "the outside line is registered again"
                    ),
                }
            }
        }
    });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "no trunk alert thread: outside lines down are not mailed");
    }
}

/// Queues the mail in the store (so it survives a restart) and hands it to the mailer.
fn mail(store: &Store, mailer: &Mailer, key: UplinkKey, down_since_unix: u64, reason: String) {
    let (account, resource_id, gateway) = key;
    let to = trunk_down::recipients(store, &account);
    if to.is_empty() {
        tracing::warn!(%account, resource = %resource_id, "an outside line is down and nobody can be mailed: the account has no administrator with an email and trunk_down lists no addresses");
        return;
    }
    let resource_name = store
        .get(&account, "resources", &resource_id)
        .ok()
        .flatten()
        .and_then(|d| d.get("name").and_then(Value::as_str).map(str::to_string))
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| resource_id.clone());
    let notice = Notice::TrunkDown(TrunkDownNotice {
        to,
        resource_id,
        resource_name,
        gateway,
        reason,
        down_since_unix,
    });
    let id = edgepbx_store::new_id();
    let (qid, qaccount, qnotice) = (id.clone(), account.clone(), notice.clone());
    let queued = store.write(move |tx| crate::mail::queue::put(tx, &qid, &qaccount, &qnotice, 0));
    match queued {
        Ok(()) => {
            tracing::warn!(alert = "trunk_down", %account, "an outside line is down: mailing its administrators");
            mailer.send(id, &account, notice);
        }
        Err(e) => tracing::error!(%account, error = %e, "the trunk-down mail was not queued"),
    }
}
