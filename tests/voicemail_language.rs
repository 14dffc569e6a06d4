//! A second prompt language through the running box: the committed German pack
//! (`firmware/media/packs/de.json`, rendered by scripts/media-prompts-de.sh) installed with
//! the API call README gives (bad packs refused naming the file) is what a caller of a box
//! whose `language` is `de-de` hears as its greeting (baresip records the call; the pack's
//! German "not available" prompt is found in it by correlation), while a box in English on
//! the same box plays the built-in English prompt (the German one is not in that recording).
//! Outside voicemail, a menu in an account whose `language` is German speaks the pack's
//! prompt too.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use common::baresip::{Agent, RATE, check, create_device, read_wav, tone_samples, wav_bytes};
use common::{Client, Pbx, id_of};
use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(30);
const PACKS: &str = "/v2/system/prompt_packs";

fn b64_wav(samples: &[i16]) -> String {
    B64.encode(wav_bytes(samples))
}

/// The committed German pack: the request body an administrator sends.
fn committed_pack() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("firmware/media/packs/de.json");
    let text = std::fs::read_to_string(&path).expect("firmware/media/packs/de.json");
    serde_json::from_str(&text).expect("the pack is JSON")
}

/// One prompt of the pack as 8 kHz samples (its WAV is µ-law).
fn pack_prompt(pack: &Value, id: &str) -> Vec<i16> {
    let wav = B64
        .decode(pack["data"]["prompts"][id].as_str().expect(id))
        .unwrap();
    let at = wav
        .windows(4)
        .position(|w| w == b"data")
        .expect("data chunk")
        + 8;
    let mut out = vec![0i16; wav.len() - at];
    edgepbx_media::codec::g711::decode_ulaw(&wav[at..], &mut out);
    out
}

/// Normalised correlation of `probe` with `heard` at each lag (1.0: the same samples;
/// speech that is not the probe stays far below).
fn correlations(heard: &[f64], probe: &[f64]) -> Vec<f64> {
    let norm = probe.iter().map(|x| x * x).sum::<f64>().sqrt();
    let Some(lags) = heard.len().checked_sub(probe.len()) else {
        return vec![];
    };
    let mut energy: f64 = heard[..probe.len()].iter().map(|x| x * x).sum();
    (0..=lags)
        .map(|lag| {
            if lag > 0 {
                let (gone, new) = (heard[lag - 1], heard[lag + probe.len() - 1]);
                energy = (energy - gone * gone + new * new).max(0.0);
            }
            if energy <= 1.0 {
                return 0.0;
            }
            let window = &heard[lag..lag + probe.len()];
            let dot: f64 = window.iter().zip(probe).map(|(a, b)| a * b).sum();
            dot / (energy.sqrt() * norm)
        })
        .collect()
}

/// How well `probe` is found anywhere in `heard`: the lags where its first 50 ms match best
/// are candidates, and the whole probe is scored there (the full scan is slow unoptimised).
fn best_match(heard: &[i16], probe: &[i16]) -> f64 {
    let h: Vec<f64> = heard.iter().map(|&s| f64::from(s)).collect();
    let p: Vec<f64> = probe.iter().map(|&s| f64::from(s)).collect();
    let head = &p[..400.min(p.len())];
    let mut lags: Vec<(usize, f64)> = correlations(&h, head).into_iter().enumerate().collect();
    lags.sort_by(|a, b| b.1.total_cmp(&a.1));
    lags.iter()
        .take(16)
        .filter(|(lag, _)| lag + p.len() <= h.len())
        .map(|(lag, _)| correlations(&h[*lag..*lag + p.len()], &p)[0])
        .fold(0.0, f64::max)
}

/// Calls `number` as 3000, stays silent and returns what it heard until the box hung up.
fn call_and_record(pbx: &Pbx, number: &str) -> Vec<i16> {
    let account = format!(
        "<sip:3000@127.0.0.1:{}>;auth_pass=pw-3000-secret;regint=0",
        pbx.sip.port()
    );
    let mut caller = Agent::start("caller-3000", &account, &tone_samples(&[(0.0, 6.0)]), &[]);
    caller.command(&format!("/dial {number}"));
    check(caller.wait_for("Call established", Some("terminated"), WAIT));
    // Greeting, beep, then the caller's silence ends the recording and the box hangs up.
    check(caller.wait_for("terminated", None, WAIT));
    let path = caller.last_recording().expect("a recording of the call");
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match read_wav(&path) {
            Ok(s) if s.len() >= 3 * RATE as usize => return s,
            other if Instant::now() > deadline => panic!("recording: {:?}", other.map(|s| s.len())),
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

fn refuses_bad_packs(admin: &Client) {
    let good = b64_wav(&tone_samples(&[(1000.0, 1.5)]));
    // Bad packs: each refusal names the prompt (file) at fault, or the language.
    let mut sixteen_khz = wav_bytes(&tone_samples(&[(1000.0, 0.5)]));
    sixteen_khz[24..28].copy_from_slice(&16_000u32.to_le_bytes());
    for (body, field) in [
        (
            json!({"prompts": {"vm_not_available": good, "vm_leave_message": "%%%"}}),
            "prompts.vm_leave_message",
        ),
        (
            json!({"prompts": {"vm_not_available": B64.encode(b"ID3 an mp3")}}),
            "prompts.vm_not_available",
        ),
        (
            json!({"prompts": {"vm_not_available": B64.encode(&sixteen_khz)}}),
            "prompts.vm_not_available",
        ),
        (json!({"prompts": {"../x": good}}), "prompts.../x"),
        (json!({"prompts": {}}), "prompts"),
    ] {
        let r = admin.put(&format!("{PACKS}/de"), body);
        assert_eq!(r.status, 400, "{field}: {}", r.text());
        assert!(r.data().get(field).is_some(), "{field}: {}", r.text());
    }
    let r = admin.put(
        &format!("{PACKS}/deutsch"),
        json!({"prompts": {"vm_not_available": good}}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.data().get("language").is_some(), "{}", r.text());
    assert_eq!(admin.get(&format!("{PACKS}/de")).status, 404);
}

#[test]
fn a_box_in_german_greets_callers_with_the_committed_german_pack() {
    common::baresip::module_dir();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    refuses_bad_packs(&admin);

    // README's install: PUT the committed file as it is.
    let pack = committed_pack();
    let r = admin.put(&format!("{PACKS}/de"), pack["data"].clone());
    assert_eq!(r.status, 200, "{}", r.text());
    let count = pack["data"]["prompts"].as_object().unwrap().len();
    let list = admin.get(PACKS);
    assert_eq!(list.data()[0]["language"], "de", "{}", list.text());
    assert_eq!(list.data()[0]["prompts"], count, "{}", list.text());

    create_device(&admin, "3000", "pw-3000-secret");
    for (number, language) in [("700", "de-de"), ("701", "en-us")] {
        let vmbox = id_of(&admin.put(
            &admin.url("vmboxes"),
            json!({"name": "Vertrieb", "mailbox": number, "language": language}),
        ));
        let flow = json!({"module": "voicemail", "data": {"id": vmbox}, "children": {}});
        let r = admin.put(
            &admin.url("callflows"),
            json!({"numbers": [number], "flow": flow}),
        );
        assert_eq!(r.status, 201, "{}", r.text());
    }

    // Half a second from the middle of "Der gewünschte Gesprächspartner ist nicht erreichbar".
    let german = pack_prompt(&pack, "vm_not_available");
    let probe = &german[german.len() / 2 - 2000..german.len() / 2 + 2000];
    // `de-de` finds the `de` pack by its primary tag.
    let heard = call_and_record(&pbx, "700");
    let t = Instant::now();
    let score = best_match(&heard, probe);
    eprintln!(
        "German box: best match {score:.3} over {} samples ({:?})",
        heard.len(),
        t.elapsed()
    );
    assert!(score > 0.9, "the German prompt matches only {score:.2}");
    let heard = call_and_record(&pbx, "701");
    let score = best_match(&heard, probe);
    eprintln!("English box: best match {score:.3}");
    assert!(score < 0.6, "an English box played German ({score:.2})");

    // Outside voicemail: a menu's built-in prompt in the account's language.
    let r = admin.patch(&admin.url(""), json!({"language": "de-de"}));
    assert_eq!(r.status, 200, "{}", r.text());
    let menu = json!({"module": "menu", "data": {"retries": 1, "timeout": 1000}, "children": {}});
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["702"], "flow": menu}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let german = pack_prompt(&pack, "ivr_enter_extension");
    let probe = &german[german.len() / 2 - 2000..german.len() / 2 + 2000];
    let score = best_match(&call_and_record(&pbx, "702"), probe);
    eprintln!("menu in a German account: best match {score:.3}");
    assert!(
        score > 0.9,
        "the German menu prompt matches only {score:.2}"
    );

    // Removed, the pack is gone from the list.
    assert_eq!(admin.delete(&format!("{PACKS}/de")).status, 200);
    assert_eq!(admin.get(PACKS).data(), json!([]));
}
