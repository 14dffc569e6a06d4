//! Text to speech in the running box (flite compiled into the binary): a `media` document
//! with a text-to-speech source gets spoken audio when saved, a SIPp caller on a `tts`
//! callflow node hears speech for about as long as the text takes to say, the conference
//! greeting (a text-to-speech media played before the conference) reaches the caller, and
//! bad input gets 400s naming the field.

mod common;

use std::net::UdpSocket;
use std::time::{Duration, Instant};

use common::sipp::{SippDir, free_port, register_from, uac};
use common::{Client, Pbx};
use serde_json::{Value, json};

const GREETING: &str = "Thank you for calling Acme. Please hold while we connect you.";

/// G.711 µ-law to linear.
fn ulaw(b: u8) -> i16 {
    let b = !b;
    let exp = (b >> 4) & 7;
    let mantissa = i32::from(b & 0x0f);
    let magnitude = (((mantissa << 3) + 0x84) << exp) - 0x84;
    (if b & 0x80 != 0 { -magnitude } else { magnitude }) as i16
}

fn rms(samples: &[i16]) -> f64 {
    let sum: f64 = samples.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
    (sum / samples.len().max(1) as f64).sqrt()
}

/// A 20 ms frame louder than this is speech (flite speaks at an RMS of a few thousand).
const VOICED_RMS: f64 = 300.0;

/// The µ-law bytes of a WAV file's `data` chunk (the box stores speech as 8 kHz µ-law).
fn wav_ulaw(file: &[u8]) -> Vec<u8> {
    assert_eq!(&file[0..4], b"RIFF", "not a WAV file");
    let mut at = 12;
    let mut format = None;
    while at + 8 <= file.len() {
        let id = &file[at..at + 4];
        let len = u32::from_le_bytes(file[at + 4..at + 8].try_into().unwrap()) as usize;
        let body = &file[at + 8..(at + 8 + len).min(file.len())];
        if id == b"fmt " {
            format = Some((
                u16::from_le_bytes([body[0], body[1]]),
                u32::from_le_bytes(body[4..8].try_into().unwrap()),
            ));
        }
        if id == b"data" {
            assert_eq!(format, Some((7, 8000)), "expected 8 kHz µ-law");
            return body.to_vec();
        }
        at += 8 + len + (len & 1);
    }
    panic!("WAV without a data chunk");
}

fn put_media(admin: &Client, doc: Value) -> common::Resp {
    admin.put(&admin.url("media"), doc)
}

fn tts_media(text: &str, voice: Option<&str>, language: Option<&str>) -> Value {
    let mut doc = json!({"name": "greeting", "media_source": "tts", "tts": {"text": text}});
    if let Some(v) = voice {
        doc["tts"]["voice"] = json!(v);
    }
    if let Some(l) = language {
        doc["language"] = json!(l);
    }
    doc
}

fn raw(admin: &Client, id: &str) -> Vec<u8> {
    let r = admin.get(&admin.url(&format!("media/{id}/raw")));
    assert_eq!(r.status, 200, "raw: {}", r.text());
    r.body
}

/// Asserts a 400 whose error names `field`.
fn refused(r: &common::Resp, field: &str) {
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.data().get(field).is_some(),
        "400 without {field}: {}",
        r.text()
    );
}

#[test]
fn a_text_to_speech_media_gets_speech_when_saved_and_again_when_its_text_changes() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = put_media(&admin, tts_media(GREETING, Some("female"), Some("en-us")));
    assert_eq!(r.status, 201, "{}", r.text());
    let doc = r.data();
    let id = doc["id"].as_str().unwrap().to_string();
    let render = &doc["tts_render"];
    assert_eq!(render["voice"], "cmu_us_kal", "{doc}");
    assert!(
        render["note"].as_str().unwrap().contains("female"),
        "says that no female voice was used: {render}"
    );
    let duration_ms = render["duration_ms"].as_u64().unwrap();
    // About 10 words at 2-4 words a second.
    assert!((2500..=7000).contains(&duration_ms), "{duration_ms} ms");

    let audio = wav_ulaw(&raw(&admin, &id));
    assert_eq!(audio.len() as u64 / 8, duration_ms, "length as reported");
    let frames: Vec<f64> = audio
        .chunks(160)
        .map(|f| rms(&f.iter().map(|&b| ulaw(b)).collect::<Vec<_>>()))
        .collect();
    let voiced = frames.iter().filter(|&&r| r > VOICED_RMS).count();
    assert!(
        voiced * 2 > frames.len(),
        "{voiced} of {} frames carry speech",
        frames.len()
    );

    // Saved again unchanged (as the Monster UI does when other fields change): same audio.
    let mut same = doc.clone();
    same["name"] = json!("renamed");
    let r = admin.post(&admin.url(&format!("media/{id}")), same.clone());
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["tts_render"], doc["tts_render"]);
    assert_eq!(wav_ulaw(&raw(&admin, &id)), audio);

    // New words: rendered again.
    same["tts"]["text"] = json!("Goodbye.");
    let r = admin.post(&admin.url(&format!("media/{id}")), same);
    assert_eq!(r.status, 200, "{}", r.text());
    let short = wav_ulaw(&raw(&admin, &id));
    assert!(short.len() * 3 < audio.len(), "{} bytes", short.len());

    // A language without a voice: English, and the document says so.
    let r = put_media(&admin, tts_media("Guten Tag", None, Some("de-de")));
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.data()["tts_render"]["language"], "en-us");
    assert!(
        r.data()["tts_render"]["note"]
            .as_str()
            .unwrap()
            .contains("de-de")
    );
}

#[test]
fn bad_text_to_speech_input_is_refused_or_read_as_plain_text() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    refused(&put_media(&admin, tts_media("", None, None)), "tts.text");
    refused(
        &put_media(&admin, tts_media(&"word ".repeat(20_000), None, None)),
        "tts.text",
    );
    refused(
        &put_media(
            &admin,
            tts_media("1001 chars".repeat(101).as_str(), None, None),
        ),
        "tts.text",
    );
    refused(
        &put_media(&admin, tts_media("Hello", Some("robot"), None)),
        "tts.voice",
    );
    refused(
        &put_media(&admin, json!({"name": "x", "media_source": "tts"})),
        "tts.text",
    );
    // Nothing speakable once control characters are taken out.
    refused(
        &put_media(&admin, tts_media("\u{7}\u{1b}\u{0}", None, None)),
        "tts.text",
    );
    // SSML-like markup is never interpreted: the tags are dropped, the words read.
    let plain = put_media(&admin, tts_media("Hello there", None, None));
    let markup = put_media(
        &admin,
        tts_media(
            "<speak><audio src=\"http://192.0.2.1/x.wav\"/>Hello <break time=\"10s\"/>there</speak>",
            None,
            None,
        ),
    );
    assert_eq!(markup.status, 201, "{}", markup.text());
    let (a, b) = (plain.data(), markup.data());
    assert_eq!(
        a["tts_render"]["duration_ms"],
        b["tts_render"]["duration_ms"]
    );
    assert_eq!(
        raw(&admin, a["id"].as_str().unwrap()),
        raw(&admin, b["id"].as_str().unwrap())
    );
    // The box still works.
    assert_eq!(admin.get(&admin.url("media")).status, 200);
}

/// What a listening SIPp caller received: the PCMU payloads, in order.
fn listen(pbx: &Pbx, number: &str) -> Vec<u8> {
    let admin = pbx.admin();
    let dev = json!({"name": "phone", "sip": {"username": "3000", "password": "pw3000"}});
    let r = admin.put(&admin.url("devices"), dev);
    assert!(r.status == 201 || r.status == 400, "{}", r.text());
    let dir = SippDir::new();
    register_from(&dir, pbx, "3000", free_port());
    let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
    sink.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let sink_port = sink.local_addr().unwrap().port().to_string();
    let mut caller = uac(
        &dir,
        pbx,
        "uac_listen.xml",
        "3000",
        number,
        &["-set", "sink", &sink_port],
    );
    let mut audio = Vec::new();
    let mut buf = [0u8; 2048];
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut idle = 0;
    // Until the call's audio stops (1 s without a packet after the first).
    while Instant::now() < deadline && (audio.is_empty() || idle < 5) {
        match sink.recv_from(&mut buf) {
            Ok((n, _)) if n > 12 && buf[0] >> 6 == 2 && buf[1] & 0x7f == 0 => {
                idle = 0;
                audio.extend_from_slice(&buf[12..n]);
            }
            Ok(_) => {}
            Err(_) => idle += 1,
        }
    }
    caller.expect_ok(Duration::from_secs(15));
    audio
}

/// First and last 20 ms frame with speech in µ-law audio, in ms from its start.
fn speech_span_ms(audio: &[u8]) -> Option<(usize, usize)> {
    let voiced: Vec<usize> = audio
        .chunks(160)
        .enumerate()
        .filter(|(_, f)| rms(&f.iter().map(|&b| ulaw(b)).collect::<Vec<_>>()) > VOICED_RMS)
        .map(|(i, _)| i * 20)
        .collect();
    Some((*voiced.first()?, *voiced.last()?))
}

#[test]
fn a_caller_on_a_tts_node_hears_the_text_spoken() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    // How long the box takes to say it, from a media document with the same text.
    let r = put_media(&admin, tts_media(GREETING, None, None));
    assert_eq!(r.status, 201, "{}", r.text());
    let expected = r.data()["tts_render"]["duration_ms"].as_u64().unwrap() as usize;
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["500"], "flow": {"module": "tts", "data": {"text": GREETING}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let audio = listen(&pbx, "500");
    let (first, last) = speech_span_ms(&audio).expect("the caller heard no speech");
    let heard = last - first + 20;
    eprintln!("tts node: speech from {first} ms to {last} ms, rendering is {expected} ms long");
    // Rendered in the background: the first words after at most a few polls of silence.
    assert!(first < 1500, "speech began after {first} ms");
    assert!(
        heard * 10 >= expected * 6 && heard <= expected + 200,
        "heard {heard} ms of speech, the text takes {expected} ms"
    );
}

#[test]
fn the_conference_greeting_plays_before_the_caller_joins() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    // As the SmartPBX conference greeting is stored: a tts media played before the room.
    let r = put_media(
        &admin,
        tts_media("Welcome to the Acme conference line.", None, None),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let media = r.data()["id"].as_str().unwrap().to_string();
    let greeting = wav_ulaw(&raw(&admin, &media));
    let r = admin.put(&admin.url("conferences"), json!({"name": "Main"}));
    assert_eq!(r.status, 201, "{}", r.text());
    let conf = r.data()["id"].as_str().unwrap().to_string();
    let flow = json!({"module": "play", "data": {"id": media}, "children": {
        "_": {"module": "conference", "data": {"id": conf}, "children": {}}}});
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["600"], "flow": flow, "type": "conference"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let audio = listen(&pbx, "600");
    // A voiced 50 ms of the stored greeting arrives sample for sample (PCMU end to end).
    let voiced_at = greeting
        .chunks(400)
        .position(|w| rms(&w.iter().map(|&b| ulaw(b)).collect::<Vec<_>>()) > 2.0 * VOICED_RMS)
        .expect("a voiced part of the greeting")
        * 400;
    let window: Vec<i32> = greeting[voiced_at..voiced_at + 400]
        .iter()
        .map(|&b| i32::from(ulaw(b)))
        .collect();
    let heard: Vec<i32> = audio.iter().map(|&b| i32::from(ulaw(b))).collect();
    let found = heard
        .windows(window.len())
        .any(|w| w.iter().zip(&window).all(|(a, b)| (a - b).abs() <= 8));
    assert!(found, "the greeting's audio never reached the caller");
}
