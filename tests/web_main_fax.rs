//! The main fax number and a receptionist menu's greeting, set on the Main number screen in
//! headless Chromium (`tests/web/main-fax.mjs`): bad input named at its fields (the box's 400
//! for a number in use too), then the documents the panel wrote, a SIPp call to the fax
//! number ringing the fax machine (a registered SIPp device) and a busy fax machine ending
//! the call (never a voicemail box), the main number's caller hearing the spoken menu
//! greeting, and the fax number removed.

mod common;

use std::net::UdpSocket;
use std::time::Duration;

use common::panel::{browse, make, one_second_wav, past_first_boot, start_box, tools_present};
use common::sipp::{SippDir, free_port, hear_pcmu, register_from, uac, uas};
use common::{Client, Pbx};
use serde_json::{Value, json};

const FAX: &str = "+14155550188";
const GREETING: &str = "Thank you for calling the office. Press one for sales or two for support.";

/// The one document of `kind` named `name` (`filter` narrows the list), in full.
fn named(admin: &Client, kind: &str, filter: &str, name: &str) -> Option<Value> {
    let list = admin
        .get(&admin.url(&format!("{kind}?paginate=false{filter}")))
        .data();
    let found = list
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == name)?;
    let id = found["id"].as_str().unwrap();
    Some(admin.get(&admin.url(&format!("{kind}/{id}"))).data())
}

/// Calls `number` from 6101 while the fax machine (6190, registered from `port`) answers
/// with `fax_scenario`; the caller's scenario `caller` must end as it expects.
fn call_fax(pbx: &Pbx, dir: &SippDir, port: u16, fax_scenario: &str, caller: &str) {
    let mut fax = uas(dir, fax_scenario, port, &["-d", "1000"]);
    let mut call = uac(dir, pbx, caller, "6101", FAX, &[]);
    call.expect_ok(Duration::from_secs(30));
    fax.expect_ok(Duration::from_secs(10));
}

/// First and last voiced 20 ms frame of `audio` (8 kHz), in ms.
fn speech_span_ms(audio: &[i16]) -> Option<(usize, usize)> {
    let voiced = |f: &[i16]| {
        let energy: f64 = f.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
        (energy / f.len() as f64).sqrt() > 300.0
    };
    let frames: Vec<usize> = audio
        .chunks(160)
        .enumerate()
        .filter(|(_, f)| voiced(f))
        .map(|(i, _)| i * 20)
        .collect();
    Some((*frames.first()?, *frames.last()?))
}

#[test]
fn the_main_fax_number_rings_the_fax_machine_and_the_menu_speaks_its_greeting() {
    if !tools_present() {
        return;
    }
    let (dir, _data, pbx) = start_box(&[], &[]);
    let admin = pbx.admin();
    past_first_boot(&admin);
    make(
        &admin,
        "devices",
        json!({"name": "caller", "sip": {"username": "6101", "password": "pw6101"}}),
    );
    // The fax machine's owner has a voicemail box: a fax call must still never reach it.
    let owner = make(
        &admin,
        "users",
        json!({"first_name": "Fay", "last_name": "Office", "username": "fay",
               "password": "Office-Fax-2027-x", "priv_level": "user"}),
    );
    let vmbox = make(
        &admin,
        "vmboxes",
        json!({"name": "Fay", "mailbox": "6190", "owner_id": owner}),
    );
    let fax_device = make(
        &admin,
        "devices",
        json!({"name": "Fax machine", "owner_id": owner,
               "sip": {"username": "6190", "password": "pw6190"}}),
    );
    // A spare number of the account, offered as the fax number.
    let r = admin.put(&admin.url("phone_numbers/%2B14155550188"), json!({}));
    assert_eq!(r.status, 201, "{}", r.text());
    let wav = dir.path().join("greeting.wav");
    std::fs::write(&wav, one_second_wav()).unwrap();
    let txt = dir.path().join("greeting.txt");
    std::fs::write(&txt, "not audio").unwrap();
    let password = common::ADMIN_PASSWORD;
    let seen = browse(
        &pbx,
        "main-fax.mjs",
        "web-main-fax",
        &[
            ("PANEL_PASSWORD", password),
            ("PANEL_MODE", "setup"),
            ("PANEL_FAX_DEVICE", "Fax machine"),
            ("PANEL_WAV", wav.to_str().unwrap()),
            ("PANEL_TXT", txt.to_str().unwrap()),
            ("PANEL_GREETING", GREETING),
        ],
    );
    assert_eq!(seen["fax_offered"], json!([FAX]));
    assert_eq!(
        seen["fax_bad_number"],
        "A number of 2 to 15 digits, optionally starting with +"
    );
    assert_eq!(seen["fax_no_device"], "Pick the fax machine");
    assert_eq!(seen["fax_taken"], "+14155550100 is already in use");
    assert_eq!(seen["fax_kept"], "12a", "a refused save keeps the input");
    assert_eq!(seen["fax_saved"], "Saved.");
    assert_eq!(
        seen["menu_bad"],
        json!({"retries": "From 1 to 10", "timeout": "From 1 to 60 seconds",
               "digits": "From 1 to 6 digits", "text": "Type the greeting"})
    );
    assert_eq!(seen["menu_kept"], "0");
    assert_eq!(seen["menu_not_audio"], "Pick a WAV or MP3 file");
    assert_eq!(
        seen["upload_hint"],
        "A greeting is set; a new file replaces it."
    );
    assert_eq!(
        seen["reloaded"],
        json!({"kind": "tts", "text": GREETING, "timeout": "5", "fax": FAX})
    );
    assert_eq!(
        seen["overflow_390"], false,
        "a phone screen must not scroll sideways"
    );

    // The fax callflow: the number to the device, nothing after it.
    let cf = named(&admin, "callflows", "&filter_type=mainFax", "MainFaxNumber")
        .expect("the MainFaxNumber callflow");
    assert_eq!(cf["numbers"], json!([FAX]));
    assert_eq!(
        cf["flow"],
        json!({"module": "device", "data": {"id": fax_device}, "children": {}})
    );

    // The open-hours menu: the options and the spoken greeting, what SmartPBX made kept.
    let menu = named(&admin, "menus", "", "MainOpenHoursMenu").expect("the menu");
    assert_eq!(
        (
            &menu["retries"],
            &menu["timeout"],
            &menu["max_extension_length"]
        ),
        (&json!(2), &json!(5000), &json!(3))
    );
    assert_eq!(menu["media"]["exit_media"], true, "{menu}");
    assert!(menu["record_pin"].is_string(), "{menu}");
    let media_id = menu["media"]["greeting"].as_str().expect("a greeting");
    let media = admin.get(&admin.url(&format!("media/{media_id}"))).data();
    assert_eq!(media["media_source"], "tts");
    assert_eq!(
        media["tts"],
        json!({"text": GREETING, "voice": "female/en-US"})
    );
    let rendered = media["tts_render"]["duration_ms"].as_u64().unwrap() as usize;
    let raw = admin.get(&admin.url(&format!("media/{media_id}/raw")));
    assert_eq!(raw.status, 200);
    assert!(raw.body.starts_with(b"RIFF"), "the greeting renders as WAV");
    // The uploaded file it replaced is gone: one media document left.
    let all = admin.get(&admin.url("media?paginate=false")).data();
    assert_eq!(all.as_array().unwrap().len(), 1, "{all}");

    // The fax number rings the fax machine, which answers...
    let sipp = SippDir::new();
    let port = free_port();
    register_from(&sipp, &pbx, "6190", port);
    call_fax(
        &pbx,
        &sipp,
        port,
        "uas_answer_hangup.xml",
        "uac_wait_bye.xml",
    );
    // ... and a busy fax machine ends the call: no voicemail answers it.
    call_fax(&pbx, &sipp, port, "uas_busy.xml", "uac_busy.xml");
    let messages = admin
        .get(&admin.url(&format!("vmboxes/{vmbox}/messages")))
        .data();
    assert_eq!(messages, json!([]));

    // The main number (24 hours open: the open-hours menu) speaks the greeting.
    let dir = SippDir::new();
    let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
    let sink_port = sink.local_addr().unwrap().port().to_string();
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_listen.xml",
        "6101",
        "0",
        &["-set", "sink", &sink_port],
    );
    let (audio, _) = hear_pcmu(&sink, Duration::from_secs(12));
    caller.wait(Duration::from_secs(15));
    let (first, last) = speech_span_ms(&audio).expect("the caller heard no speech");
    let heard = last - first + 20;
    eprintln!("menu greeting: speech {first}..{last} ms, rendered {rendered} ms");
    assert!(
        heard * 10 >= rendered * 6 && heard <= rendered + 200,
        "heard {heard} ms of speech, the greeting takes {rendered} ms"
    );

    // Removed: the callflow goes and the fax number no longer routes.
    let seen = browse(
        &pbx,
        "main-fax.mjs",
        "web-main-fax",
        &[("PANEL_PASSWORD", password), ("PANEL_MODE", "remove")],
    );
    assert_eq!(seen["fax_number_before"], FAX);
    assert_eq!(seen["removed"], "Fax number removed.");
    assert_eq!(seen["fax_number_after"], "");
    assert!(named(&admin, "callflows", "&filter_type=mainFax", "MainFaxNumber").is_none());
}
