//! Measurement (ignored test; run with `cargo test --release --bin edgepbx deposit_rate --
//! --ignored --nocapture`): voicemail messages deposited per second into one box by
//! concurrent calls through the flows' write path (audio + revision-checked append),
//! none lost, against the store's own durable write rate (one commit per write) on the
//! same disk in the same run.

use std::sync::Arc;
use std::time::{Duration, Instant};

use edgepbx_callflow::flow::{Data, edit_existing};
use edgepbx_store::{Store, vmbox};
use serde_json::{Value, json};

use super::flow_data::{Registered, StoreData};

const CALLS: usize = 8;
const PER_CALL: usize = 250;

#[test]
#[ignore]
fn deposit_rate() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.redb")).unwrap();
    store
        .write(|tx| {
            tx.create("a", "vmboxes", "b", json!({"messages": []}))
                .map(drop)
        })
        .unwrap();

    // The store alone: one durable commit per write, one writer waiting for each.
    let n = 200;
    let t = Instant::now();
    for i in 0..n {
        store
            .write(move |tx| {
                tx.upsert("a", "devices", &format!("d{i}"), json!({"i": i}))
                    .map(drop)
            })
            .unwrap();
    }
    let durable = n as f64 / t.elapsed().as_secs_f64();

    let mailer = crate::mail::Mailer::start(store.clone()).unwrap();
    let data = Arc::new(StoreData::new(
        store.clone(),
        Registered::default(),
        mailer,
        Arc::new(super::carrier_hosts::CarrierHosts::default()),
        super::media_cache::DecodedMedia::start(store.clone()),
    ));
    let audio: Arc<[i16]> = Arc::from(vec![1000i16; 8000]); // 1 s of a message
    let t = Instant::now();
    let calls: Vec<_> = (0..CALLS)
        .map(|c| {
            let (data, audio) = (data.clone(), audio.clone());
            std::thread::spawn(move || {
                for i in 0..PER_CALL {
                    let id = format!("c{c}-m{i}");
                    data.store_audio("a", &id, audio.clone());
                    let message = json!({"media_id": id, "folder": "new"});
                    let append = move |b: &mut Value| vmbox::append(b, message.clone());
                    data.update("a", "vmboxes", "b", edit_existing(append));
                }
            })
        })
        .collect();
    calls.into_iter().for_each(|c| c.join().unwrap());
    let total = CALLS * PER_CALL;
    let deadline = Instant::now() + Duration::from_secs(120);
    let kept = loop {
        let b = store.get("a", "vmboxes", "b").unwrap().unwrap();
        let kept = vmbox::messages(&b).count();
        if kept == total || Instant::now() > deadline {
            break kept;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let deposits = total as f64 / t.elapsed().as_secs_f64();
    println!(
        "deposits into one box from {CALLS} concurrent calls: {deposits:.0}/s ({kept} of {total} kept); \
store's durable write rate (one commit each): {durable:.0}/s; ratio {:.1}",
        deposits / durable
    );
    assert_eq!(kept, total, "no message lost");
}
