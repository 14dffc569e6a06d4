//! The callflow interpreter's view of the box ([`Data`]): documents from the store's
//! cache, writes queued to a background writer (a call never waits on the flash), stored
//! audio and speech loaded by a worker (never under the engine's lock), the parking lot
//! shared by all calls, and which devices are
//! registered (a snapshot the SIP thread refreshes, so no flow ever takes the engine lock).

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};

use edgepbx_api::prompt_packs;
use edgepbx_callflow::flow::{Data, Edit, Notice, Parked, Speech, SpeechRequest};
use edgepbx_media::wav::{self, WavFormat};
use edgepbx_store::{GLOBAL, Store};

use super::carrier_hosts::CarrierHosts;
use super::media_cache::{self, DecodedMedia};
use super::media_loader::{MediaLoader, Source};
use crate::mail::Mailer;
use edgepbx_media::session::PendingAudio;
use serde_json::Value;

/// (account, device id) pairs with a live registration.
pub type Registered = Arc<RwLock<HashSet<(String, String)>>>;

enum Write {
    Doc {
        account: String,
        kind: String,
        id: String,
        edit: Edit,
    },
    Audio {
        account: String,
        id: String,
        wav: Vec<u8>,
    },
    /// A copy of stored audio under another id (a forwarded voicemail message).
    CopyAudio {
        account: String,
        from: String,
        to: String,
    },
    /// Handed to the mailer once the writes queued before it are committed (a voicemail
    /// mail reads the message and its audio from the store).
    Notice {
        account: String,
        notice: Box<Notice>,
    },
}

pub struct StoreData {
    store: Store,
    writes: Mutex<mpsc::Sender<Write>>,
    registered: Registered,
    parking: Mutex<HashMap<(String, String), Parked>>,
    /// Carrier gateways' host names, resolved in the background.
    hosts: Arc<CarrierHosts>,
    /// Stored prompts decoded in the background.
    decoded: Arc<DecodedMedia>,
    /// Audio a call is about to play, read or spoken off the engine's lock.
    loader: MediaLoader,
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
            hosts,
            decoded,
            loader: MediaLoader::start(load_from(store.clone())),
            writes: Mutex::new(writer(store.clone(), mailer)),
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

    /// The installed pack that records prompt `id` for `language`: the language's own pack,
    /// else its primary tag's (`de-at` -> `de`). Reads the pack document (cached), not audio.
    fn pack_with(&self, language: &str, id: &str) -> Option<String> {
        let primary = language.split('-').next().unwrap_or(language);
        [language, primary].into_iter().find_map(|l| {
            let doc = self
                .store
                .get(GLOBAL, prompt_packs::KIND, l)
                .ok()
                .flatten()?;
            doc.pointer(&format!("/prompts/{id}"))
                .map(|_| l.to_string())
        })
    }
}

/// How the loader gets audio: stored files decoded to 8 kHz.
fn load_from(store: Store) -> super::media_loader::Load {
    Box::new(move |source: &Source| match source {
        Source::Stored { account, id } => {
            let bytes = store.blob_get(account, "media", id).ok().flatten()?;
            media_cache::decode(&bytes)
        }
        Source::Prompt { language, id } => {
            let blob = prompt_packs::blob_id(language, id);
            let bytes = store
                .blob_get(GLOBAL, prompt_packs::KIND, &blob)
                .ok()
                .flatten()?;
            media_cache::decode(&bytes)
        }
    })
}

/// (account, kind, id) of a document.
type DocKey<'a> = (&'a str, &'a str, &'a str);

/// Most queued writes folded into one store transaction (one durable commit).
const MAX_BATCH: usize = 64;

/// One thread applies the flows' writes in order, every write that queued up meanwhile in
/// the same transaction: a burst of messages into one box costs one commit, not one each.
fn writer(store: Store, mailer: Mailer) -> mpsc::Sender<Write> {
    let (tx, rx) = mpsc::channel::<Write>();
    let spawned = super::supervise::spawn_supervised("flow-writer", move || {
        let clock = super::clock::Clock::new();
        while let Ok(first) = rx.recv() {
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH
                && let Ok(more) = rx.try_recv()
            {
                batch.push(more);
            }
            let now = clock.now().unix + edgepbx_store::GREGORIAN_OFFSET;
            // Notices are queued for the mailer in the store with the writes they tell
            // of, and handed to it once those are committed.
            let notices: Vec<(String, String, Notice)> = batch
                .iter()
                .filter_map(|w| match w {
                    Write::Notice { account, notice } => {
                        Some((edgepbx_store::new_id(), account.clone(), (**notice).clone()))
                    }
                    _ => None,
                })
                .collect();
            let queued = notices.clone();
            // Each write either succeeds or writes nothing, so one failing does not
            // undo the others; it is logged and the rest commit.
            let result = store.write(move |tx| {
                // Edits of one document are applied together, in order: one read and
                // one write however many calls changed it.
                let mut docs: Vec<(DocKey, Vec<&Edit>)> = Vec::new();
                for write in &batch {
                    match write {
                        Write::Doc {
                            account,
                            kind,
                            id,
                            edit,
                        } => {
                            let key = (account.as_str(), kind.as_str(), id.as_str());
                            match docs.iter_mut().find(|(k, _)| *k == key) {
                                Some((_, edits)) => edits.push(edit),
                                None => docs.push((key, vec![edit])),
                            }
                        }
                        Write::Audio { account, id, wav } => {
                            if let Err(e) = tx.blob_put(account, "media", id, wav) {
                                tracing::error!(error = %e, "a callflow's audio write failed");
                            }
                        }
                        Write::CopyAudio { account, from, to } => {
                            let copied = tx.blob_get(account, "media", from).and_then(|bytes| {
                                bytes.map_or(Ok(()), |b| tx.blob_put(account, "media", to, &b))
                            });
                            if let Err(e) = copied {
                                tracing::error!(error = %e, "a callflow's audio copy failed");
                            }
                        }
                        Write::Notice { .. } => {}
                    }
                }
                for (id, account, notice) in &queued {
                    if let Err(e) = crate::mail::queue::put(tx, id, account, notice, 0) {
                        tracing::error!(error = %e, "a notice was not queued");
                    }
                }
                for ((account, kind, id), edits) in &docs {
                    let r = super::doc_update::apply(tx, account, kind, id, edits, now);
                    if let Err(e) = r {
                        tracing::error!(error = %e, kind, id, "a callflow's write failed");
                    }
                }
                Ok(())
            });
            match result {
                Ok(()) => {
                    for (id, account, notice) in notices {
                        mailer.send(id, &account, notice);
                    }
                }
                Err(e) => tracing::error!(error = %e, "a batch of callflow writes failed"),
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

    fn owns_number(&self, account: &str, number: &str) -> bool {
        super::lookup::owns_number(&self.store, account, number)
    }

    fn is_registered(&self, account: &str, device_id: &str) -> bool {
        self.registered
            .read()
            .is_ok_and(|r| r.contains(&(account.to_string(), device_id.to_string())))
    }

    fn update(&self, account: &str, kind: &str, id: &str, edit: Edit) {
        self.queue(Write::Doc {
            account: account.into(),
            kind: kind.into(),
            id: id.into(),
            edit,
        });
    }

    fn media(&self, account: &str, id: &str) -> Option<PendingAudio> {
        // Costly formats (MP3, WAV not at 8 kHz) were decoded ahead by the media thread.
        if let Some(doc) = self.store.get(account, "media", id).ok().flatten()
            && let Some(audio) = self.decoded.get(account, id, &media_cache::stamp(&doc))
        {
            return Some(PendingAudio::ready(Some(audio)));
        }
        let source = Source::Stored {
            account: account.into(),
            id: id.into(),
        };
        Some(self.loader.load(source))
    }

    fn prompt(&self, language: &str, id: &str) -> Option<PendingAudio> {
        let pack = self.pack_with(language, id)?;
        Some(self.loader.load(Source::Prompt {
            language: pack,
            id: id.into(),
        }))
    }

    fn has_prompt(&self, language: &str, id: &str) -> bool {
        self.pack_with(language, id).is_some()
    }

    fn copy_audio(&self, account: &str, from: &str, to: &str) {
        self.queue(Write::CopyAudio {
            account: account.into(),
            from: from.into(),
            to: to.into(),
        });
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

    fn tts(&self, request: &SpeechRequest) -> Speech {
        crate::speech::shared().lookup(request)
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

    fn locate(
        &self,
        host: &str,
        transport: Option<edgepbx_sip::transaction::Transport>,
    ) -> Option<(edgepbx_sip::transaction::Transport, Vec<SocketAddr>)> {
        // Likewise: SRV answers the resolver thread keeps.
        self.hosts.located(host, transport)
    }

    fn notify(&self, account: &str, notice: Notice) {
        self.queue(Write::Notice {
            account: account.into(),
            notice: Box::new(notice),
        });
    }

    fn new_id(&self) -> String {
        let mut b = [0u8; 16];
        let _ = getrandom::fill(&mut b);
        b.iter().map(|x| format!("{x:02x}")).collect()
    }
}
