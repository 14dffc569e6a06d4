//! The callflow interpreter's view of the box ([`Data`]): documents from the store's
//! cache, writes queued to a background writer (a call never waits on the flash), stored
//! audio decoded to 8 kHz, the parking lot shared by all calls, and which devices are
//! registered (a snapshot the SIP thread refreshes, so no flow ever takes the engine lock).

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};

use edgepbx_callflow::flow::{Data, Notice, Parked};
use edgepbx_media::wav::{self, WavFormat};
use edgepbx_store::Store;

use super::carrier_hosts::CarrierHosts;
use super::media_cache::{self, DecodedMedia};
use crate::mail::Mailer;
use serde_json::Value;

/// (account, device id) pairs with a live registration.
pub type Registered = Arc<RwLock<HashSet<(String, String)>>>;

enum Write {
    Doc {
        account: String,
        kind: String,
        id: String,
        doc: Value,
    },
    Audio {
        account: String,
        id: String,
        wav: Vec<u8>,
    },
}

pub struct StoreData {
    store: Store,
    writes: Mutex<mpsc::Sender<Write>>,
    registered: Registered,
    parking: Mutex<HashMap<(String, String), Parked>>,
    mailer: Mailer,
    /// Carrier gateways' host names, resolved in the background.
    hosts: Arc<CarrierHosts>,
    /// Stored prompts decoded in the background.
    decoded: Arc<DecodedMedia>,
}

impl StoreData {
    pub fn new(
        store: Store,
        registered: Registered,
        mailer: Mailer,
        hosts: Arc<CarrierHosts>,
        decoded: Arc<DecodedMedia>,
    ) -> StoreData {
        StoreData {
            mailer,
            hosts,
            decoded,
            writes: Mutex::new(writer(store.clone())),
            store,
            registered,
            parking: Mutex::new(HashMap::new()),
        }
    }

    fn queue(&self, write: Write) {
        if let Ok(tx) = self.writes.lock() {
            let _ = tx.send(write);
        }
    }
}

/// One thread applies the flows' writes in order.
fn writer(store: Store) -> mpsc::Sender<Write> {
    let (tx, rx) = mpsc::channel::<Write>();
    let spawned = super::supervise::spawn_supervised("flow-writer", move || {
        while let Ok(write) = rx.recv() {
            let result = match write {
                Write::Doc {
                    account,
                    kind,
                    id,
                    doc,
                } => {
                    store.write(move |tx| tx.upsert(&account, &kind, &id, doc.clone()).map(|_| ()))
                }
                Write::Audio { account, id, wav } => {
                    store.write(move |tx| tx.blob_put(&account, "media", &id, &wav))
                }
            };
            if let Err(e) = result {
                tracing::error!(error = %e, "a callflow's write failed");
            }
        }
    });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "no callflow writer thread: callflows' writes are lost");
    }
    tx
}

impl Data for StoreData {
    fn doc(&self, account: &str, kind: &str, id: &str) -> Option<Arc<Value>> {
        self.store.get(account, kind, id).ok().flatten()
    }

    fn docs(&self, account: &str, kind: &str) -> Vec<(String, Arc<Value>)> {
        self.store
            .collection(account, kind)
            .map(|c| c.iter().map(|(id, d)| (id.clone(), d.clone())).collect())
            .unwrap_or_default()
    }

    fn account(&self, account: &str) -> Option<Arc<Value>> {
        self.store
            .get(edgepbx_store::GLOBAL, "accounts", account)
            .ok()
            .flatten()
    }

    fn lookup(&self, account: &str, number: &str) -> Option<(Arc<Value>, Vec<String>)> {
        super::lookup::find_callflow(
            &self.store,
            account,
            number,
            super::lookup::NoMatch::Allowed,
        )
    }

    fn is_registered(&self, account: &str, device_id: &str) -> bool {
        self.registered
            .read()
            .is_ok_and(|r| r.contains(&(account.to_string(), device_id.to_string())))
    }

    fn save(&self, account: &str, kind: &str, id: &str, doc: Value) {
        self.queue(Write::Doc {
            account: account.into(),
            kind: kind.into(),
            id: id.into(),
            doc,
        });
    }

    fn media(&self, account: &str, id: &str) -> Option<Arc<[i16]>> {
        // Costly formats (MP3, WAV not at 8 kHz) were decoded ahead by the media thread.
        if let Some(doc) = self.store.get(account, "media", id).ok().flatten()
            && let Some(audio) = self.decoded.get(account, id, &media_cache::stamp(&doc))
        {
            return Some(audio);
        }
        let bytes = self.store.blob_get(account, "media", id).ok().flatten()?;
        media_cache::decode(&bytes).map(Arc::from)
    }

    fn store_audio(&self, account: &str, id: &str, audio: Arc<[i16]>) {
        // 8 kHz µ-law: half the bytes of PCM, written once (flash wear).
        let wav = wav::write(WavFormat::Ulaw, 8000, &audio);
        self.queue(Write::Audio {
            account: account.into(),
            id: id.into(),
            wav,
        });
    }

    fn tts(&self, text: &str) -> Option<Arc<[i16]>> {
        edgepbx_media::tts::speak(text).ok().map(Arc::from)
    }

    fn park(&self, account: &str, slot: &str, call: Parked) -> bool {
        let Ok(mut lot) = self.parking.lock() else {
            return false;
        };
        let key = (account.to_string(), slot.to_string());
        if lot.contains_key(&key) {
            return false;
        }
        lot.insert(key, call);
        true
    }

    fn unpark(&self, account: &str, slot: &str) -> Option<Parked> {
        self.parking
            .lock()
            .ok()?
            .remove(&(account.to_string(), slot.to_string()))
    }

    fn parked(&self, account: &str) -> Vec<(String, Parked)> {
        self.parking
            .lock()
            .map(|lot| {
                lot.iter()
                    .filter(|((a, _), _)| a == account)
                    .map(|((_, slot), p)| (slot.clone(), p.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn resolve(&self, host: &str, port: u16) -> Option<SocketAddr> {
        // Runs under the engine lock: a host name comes from the resolver thread's answers.
        self.hosts.socket_addr(host, port)
    }

    fn notify(&self, account: &str, notice: Notice) {
        self.mailer.send(account, notice);
    }

    fn new_id(&self) -> String {
        let mut b = [0u8; 16];
        let _ = getrandom::fill(&mut b);
        b.iter().map(|x| format!("{x:02x}")).collect()
    }
}
