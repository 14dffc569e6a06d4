//! Voicemail through the running box with SIPp callers: messages left at the same moment
//! into one box are all kept, and their audio is fetched through the messages API.

mod common;

use std::time::Duration;

use common::sipp::{SippDir, devices, free_port, register_from, uac, uas};
use common::smtp::SmtpServer;
use common::{Client, Pbx, id_of, pcap};
use serde_json::{Value, json};

/// A box with mailbox `700` reached by dialling 700 (no greeting, straight to the beep).
fn voicemail_office(admin: &Client) -> String {
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Sales", "mailbox": "700", "skip_greeting": true}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let vmbox = id_of(&r);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["700"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    vmbox
}

/// The box's messages once there are `n` (bounded wait).
fn messages(admin: &Client, vmbox: &str, n: usize) -> Vec<Value> {
    let mut got = Vec::new();
    for _ in 0..100 {
        let r = admin.get(&admin.url(&format!("vmboxes/{vmbox}")));
        got = r.data()["messages"].as_array().cloned().unwrap_or_default();
        if got.len() >= n {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    got
}

#[test]
fn two_callers_leaving_messages_in_one_box_at_the_same_moment_are_both_kept() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["6101", "6104"], 20);
    let vmbox = voicemail_office(&admin);
    let dir = SippDir::new();
    // Each caller talks for 2.5 s after the beep, then hangs up (the message is kept).
    pcap::talk(&dir.path().join("dtmf.pcap"), 2500);
    let mut a = uac(&dir, &pbx, "uac_dtmf.xml", "6101", "700", &["-d", "3000"]);
    let mut b = uac(&dir, &pbx, "uac_dtmf.xml", "6104", "700", &["-d", "3000"]);
    a.expect_ok(Duration::from_secs(20));
    b.expect_ok(Duration::from_secs(20));
    let got = messages(&admin, &vmbox, 2);
    let mut callers: Vec<&str> = got
        .iter()
        .map(|m| m["caller_id_number"].as_str().unwrap_or(""))
        .collect();
    callers.sort();
    assert_eq!(callers, ["6101", "6104"], "{got:?}");
    assert!(got.iter().all(|m| m["folder"] == "new"));
    // Each message's audio is served as a WAV about as long as the caller talked.
    for m in &got {
        let mid = m["media_id"].as_str().unwrap();
        let r = admin.get(&admin.url(&format!("vmboxes/{vmbox}/messages/{mid}/raw")));
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(r.header("content-type"), Some("audio/wav"));
        let wav = edgepbx_media::wav::read(&r.body).expect("a WAV file");
        let ms = wav.samples.len() as u64 * 1000 / u64::from(wav.rate);
        assert!(ms >= 1000, "{ms} ms of audio");
        // A player seeking asks for a range; `Accept: audio/*` on the message is the audio too.
        let path = admin.url(&format!("vmboxes/{vmbox}/messages/{mid}/raw"));
        let part = admin.request("GET", &path, &[("Range", "bytes=0-43")], None);
        assert_eq!(part.status, 206, "{}", part.text());
        assert_eq!(part.body, r.body[..44]);
        let total = r.body.len();
        assert_eq!(
            part.header("content-range"),
            Some(format!("bytes 0-43/{total}").as_str())
        );
        let past = admin.request("GET", &path, &[("Range", "bytes=99999999-")], None);
        assert_eq!(past.status, 416);
        let path = admin.url(&format!("vmboxes/{vmbox}/messages/{mid}"));
        let audio = admin.request("GET", &path, &[("Accept", "audio/wav")], None);
        assert_eq!(audio.body, r.body);
    }
    // The box list counts them.
    let list = admin.get(&admin.url("vmboxes"));
    assert_eq!(list.data()[0]["messages"], 2, "{}", list.text());
}

/// Waits (bounded) until a SIPp message log whose name starts with `prefix` shows `text`.
fn wait_for_log(dir: &SippDir, prefix: &str, text: &str) {
    for _ in 0..100 {
        let found = std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .any(|log| log.contains(text));
        if found {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no SIPp log {prefix}* shows {text:?}");
}

/// Waits (bounded) until the box has sent the `message-summary` subscription to `target`
/// its `n`th NOTIFY.
fn wait_for_notify(admin: &Client, target: &str, n: u64) {
    let mut seen = String::new();
    for _ in 0..100 {
        let r = admin.get(&admin.url("presence"));
        let subs = &r.data()["subscriptions"][target]["message-summary"];
        let version = subs
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(|s| s["version"].as_u64());
        if version >= Some(n) {
            return;
        }
        seen = r.text();
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no NOTIFY {n} to {target}: {seen}");
}

#[test]
fn the_message_waiting_lamp_follows_new_heard_and_deleted() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["6101", "6104"], 20);
    let vmbox = voicemail_office(&admin);
    let dir = SippDir::new();
    let mut lamp = uac(&dir, &pbx, "uac_mwi.xml", "6101", "700", &[]);
    wait_for_notify(&admin, "700", 1);

    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    uac(&dir, &pbx, "uac_dtmf.xml", "6104", "700", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
    let got = messages(&admin, &vmbox, 1);
    let mid = got[0]["media_id"].as_str().unwrap();
    wait_for_notify(&admin, "700", 2);

    let message = admin.url(&format!("vmboxes/{vmbox}/messages/{mid}"));
    assert_eq!(admin.post(&message, json!({"folder": "saved"})).status, 200);
    wait_for_notify(&admin, "700", 3);
    assert_eq!(admin.delete(&message).status, 200);
    lamp.expect_ok(Duration::from_secs(20));
}

#[test]
fn a_phone_that_does_not_subscribe_is_told_of_its_owners_voicemail() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["6104"], 20);
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Dana", "last_name": "Desk"}),
    );
    let dana = id_of(&r);
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": "Dana's desk", "owner_id": dana, "sip": {"username": "6105", "password": "pw6105"}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Dana", "mailbox": "710", "owner_id": dana, "skip_greeting": true}),
    );
    let vmbox = id_of(&r);
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["710"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    let dir = SippDir::new();
    let port = free_port();
    register_from(&dir, &pbx, "6105", port);
    let mut phone = uas(&dir, "uas_mwi.xml", port, &["-m", "2"]);

    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    uac(&dir, &pbx, "uac_dtmf.xml", "6104", "710", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
    let got = messages(&admin, &vmbox, 1);
    let mid = got[0]["media_id"].as_str().unwrap();
    // Heard once the phone has been told of the new message (so it sees both states).
    wait_for_log(&dir, "uas_mwi_", "Voice-Message: 1/0");
    let message = admin.url(&format!("vmboxes/{vmbox}/messages/{mid}"));
    assert_eq!(admin.post(&message, json!({"folder": "saved"})).status, 200);
    phone.expect_ok(Duration::from_secs(20));
}

/// A box 720 owned by Erin (erin@example.com) that also notifies desk@example.com and
/// deletes a message once mailed (and has the `extra` fields), the account's relay on
/// `port`; a message is left in it.
fn leave_a_mailed_message(pbx: &Pbx, port: u16, extra: Value) -> String {
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("configs/smtp_client"),
        json!({"relay": "127.0.0.1", "port": port, "tls": "never", "from": "pbx@office.example.com"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    devices(&admin, &["6104"], 20);
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Erin", "last_name": "E", "email": "erin@example.com"}),
    );
    let erin = id_of(&r);
    let mut doc = json!({"name": "Erin", "mailbox": "720", "owner_id": erin, "skip_greeting": true,
           "notify_email_addresses": ["desk@example.com", "not an address"],
           "delete_after_notify": true});
    doc.as_object_mut()
        .unwrap()
        .extend(extra.as_object().cloned().unwrap_or_default());
    let r = admin.put(&admin.url("vmboxes"), doc);
    let vmbox = id_of(&r);
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["720"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    let dir = SippDir::new();
    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    uac(&dir, pbx, "uac_dtmf.xml", "6104", "720", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
    vmbox
}

/// The folder of the box's only message once it is `want` (bounded wait).
fn wait_for_folder(admin: &Client, vmbox: &str, want: &str) -> Value {
    let mut folder = Value::Null;
    for _ in 0..100 {
        folder = messages(admin, vmbox, 1)[0]["folder"].clone();
        if folder == want {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    folder
}

#[test]
fn a_message_is_mailed_with_its_audio_then_deleted_as_the_box_asks() {
    let smtp = SmtpServer::start();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let vmbox = leave_a_mailed_message(&pbx, smtp.port, json!({}));

    let mail = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(mail.len(), 1, "one mail: {mail:?}");
    let m = &mail[0];
    for want in [
        "From: pbx@office.example.com",
        "To: desk@example.com, erin@example.com",
        "Subject: New voicemail from phone 6104 (6104)",
        "Hi Erin,",
        "Content-Type: audio/x-wav",
        "=\"phone_6104_",
    ] {
        assert!(m.contains(want), "{want:?} in {m}");
    }
    // The attachment is the message's WAV (base64 in the mail).
    let b64: String = m
        .split("Content-Transfer-Encoding: base64")
        .nth(1)
        .expect("a base64 attachment")
        .split("\n--")
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    use base64::Engine as _;
    let wav = base64::engine::general_purpose::STANDARD
        .decode(&b64)
        .expect("base64");
    edgepbx_media::wav::read(&wav).expect("the attachment is a WAV file");
    // Accepted by the relay: the message moved to deleted.
    assert_eq!(wait_for_folder(&admin, &vmbox, "deleted"), "deleted");
    let log = smtp_log(&admin, 1);
    assert_eq!(log[0]["template_id"], "voicemail_to_email");
    assert_eq!(
        log[0]["to"],
        json!(["desk@example.com", "erin@example.com"])
    );
    assert_eq!(log[0]["subject"], "New voicemail from phone 6104 (6104)");
    assert!(log[0].get("error").is_none(), "{log:?}");
}

/// The account's smtp log once it has `n` entries (bounded wait; written after the send).
fn smtp_log(admin: &Client, n: usize) -> Vec<Value> {
    let mut log = Vec::new();
    for _ in 0..50 {
        let r = admin.get(&admin.url("notifications/smtplog"));
        assert_eq!(r.status, 200, "{}", r.text());
        log = r.data().as_array().cloned().unwrap_or_default();
        if log.len() >= n {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    log
}

#[test]
fn a_relay_that_is_down_at_first_gets_the_mail_later_once() {
    let port = SmtpServer::free_port();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let vmbox = leave_a_mailed_message(&pbx, port, json!({}));
    // The first try finds nobody: the message stays new (not deleted unmailed).
    assert_eq!(messages(&admin, &vmbox, 1)[0]["folder"], "new");
    let smtp = SmtpServer::start_on(port);
    // The mailer tries again after 30 s.
    let mail = smtp.wait_for(1, Duration::from_secs(60));
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert!(
        mail[0].contains("Subject: New voicemail from"),
        "{}",
        mail[0]
    );
    assert_eq!(wait_for_folder(&admin, &vmbox, "deleted"), "deleted");
    assert_eq!(
        smtp.wait_for(2, Duration::from_secs(2)).len(),
        1,
        "mailed once"
    );
    let log = smtp_log(&admin, 1);
    assert_eq!(
        (log.len(), log[0]["tries"].clone()),
        (1, json!(2)),
        "{log:?}"
    );
}

#[test]
fn a_mail_not_sent_before_a_restart_is_sent_after_it() {
    let port = SmtpServer::free_port();
    let data = tempfile::tempdir().unwrap();
    let pbx = Pbx::start_with(data.path(), &[]);
    let vmbox = leave_a_mailed_message(&pbx, port, json!({}));
    // The relay is down: the first try fails and the mail waits in the queue.
    let admin = pbx.admin();
    assert_eq!(messages(&admin, &vmbox, 1)[0]["folder"], "new");
    assert!(pbx.stop());
    let smtp = SmtpServer::start_on(port);
    let pbx = Pbx::start_with(data.path(), &[]);
    let mail = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert!(
        mail[0].contains("Subject: New voicemail from"),
        "{}",
        mail[0]
    );
    assert_eq!(wait_for_folder(&pbx.admin(), &vmbox, "deleted"), "deleted");
}

#[test]
fn the_owner_deletes_a_message_from_the_phone() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Fay", "last_name": "F"}),
    );
    let fay = id_of(&r);
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": "Fay's desk", "owner_id": fay, "sip": {"username": "6106", "password": "pw6106"}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let mid = "202701-0123456789abcdef0123456789abcdef";
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Fay", "mailbox": "730", "owner_id": fay, "is_setup": true,
               "messages": [{"media_id": mid, "folder": "new", "caller_id_number": "6104"}]}),
    );
    let vmbox = id_of(&r);
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["730"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    let dir = SippDir::new();
    // The owner reaches the main menu without a PIN: 1 (new messages), 7 (delete).
    pcap::talk_then_keys(&dir.path().join("dtmf.pcap"), 100, "17");
    uac(&dir, &pbx, "uac_dtmf.xml", "6106", "730", &["-d", "4000"])
        .expect_ok(Duration::from_secs(20));
    assert_eq!(wait_for_folder(&admin, &vmbox, "deleted"), "deleted");
}

/// Fay's box 740 reached by dialling 740, and her desk phone 6107; `set_up` false leaves
/// `is_setup` at the API's default (false). Returns (box id, user id).
fn fays_new_box(admin: &Client, set_up: bool) -> (String, String) {
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Fay", "last_name": "F"}),
    );
    let fay = id_of(&r);
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": "Fay's desk", "owner_id": fay, "sip": {"username": "6107", "password": "pw6107"}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Fay", "mailbox": "740", "owner_id": fay, "pin": "0000"}),
    );
    assert_eq!(r.data()["is_setup"], false, "{}", r.text());
    if set_up {
        let r = admin.patch(
            &admin.url(&format!("vmboxes/{}", id_of(&r))),
            json!({"is_setup": true}),
        );
        assert_eq!(r.status, 200, "{}", r.text());
    }
    let vmbox = id_of(&r);
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["740"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    (vmbox, fay)
}

/// The box document once `ready` says it is (bounded wait).
fn wait_for_box(admin: &Client, vmbox: &str, ready: impl Fn(&Value) -> bool) -> Value {
    let mut doc = Value::Null;
    for _ in 0..100 {
        doc = admin
            .get(&admin.url(&format!("vmboxes/{vmbox}")))
            .data()
            .clone();
        if ready(&doc) {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    doc
}

#[test]
fn the_owners_first_call_sets_up_pin_name_and_greeting() {
    use pcap::Part::{Keys, Quiet, Talk};
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let (vmbox, fay) = fays_new_box(&admin, false);
    let dir = SippDir::new();
    // By the clock of the prompts (the audio starts 1.5 s after the answer): the new PIN
    // twice, the name after its prompt and beep, 1 keeps it, the greeting likewise.
    pcap::script(
        &dir.path().join("dtmf.pcap"),
        &[
            Keys("1357#"),
            Quiet(700),
            Keys("1357#"),
            Quiet(7300),
            Talk(1500),
            Keys("#"),
            Quiet(1200),
            Keys("1"),
            Quiet(5700),
            Talk(2000),
            Keys("#"),
            Quiet(1000),
            Keys("1"),
            Quiet(2000),
        ],
    );
    uac(&dir, &pbx, "uac_dtmf.xml", "6107", "740", &["-d", "27000"])
        .expect_ok(Duration::from_secs(45));
    let doc = wait_for_box(&admin, &vmbox, |b| b["is_setup"] == true);
    assert_eq!(doc["is_setup"], true, "{doc}");
    assert_eq!(doc["pin"], "1357");
    // The greeting is a media document of its own whose audio is what Fay said.
    let greeting = doc["media"]["unavailable"].as_str().expect("a greeting");
    let media = admin.get(&admin.url(&format!("media/{greeting}")));
    assert_eq!(media.status, 200, "{}", media.text());
    assert_eq!(media.data()["media_source"], "recording");
    let raw = admin.get(&admin.url(&format!("media/{greeting}/raw")));
    assert_eq!(raw.status, 200, "{}", raw.text());
    let wav = edgepbx_media::wav::read(&raw.body).expect("a WAV file");
    let ms = wav.samples.len() as u64 * 1000 / u64::from(wav.rate);
    assert!((1500..6000).contains(&ms), "{ms} ms of greeting");
    // The name went to Fay's user document, as KAZOO keeps it.
    let user = admin.get(&admin.url(&format!("users/{fay}")));
    let name = user.data()["media"]["name"]
        .as_str()
        .expect("a name")
        .to_string();
    assert_eq!(
        admin.get(&admin.url(&format!("media/{name}/raw"))).status,
        200
    );
}

#[test]
fn nine_calls_the_caller_of_a_message_back() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Gil", "last_name": "G"}),
    );
    let gil = id_of(&r);
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": "Gil's desk", "owner_id": gil, "sip": {"username": "6108", "password": "pw6108"}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    devices(&admin, &["6104"], 20);
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Gil", "mailbox": "750", "owner_id": gil, "is_setup": true,
               "messages": [{"media_id": "202701-00000000000000000000000000000750",
                             "folder": "new", "caller_id_number": "6104"}]}),
    );
    let vmbox = id_of(&r);
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["750"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    let dir = SippDir::new();
    // 6104 (who left the message) rings when Gil presses 1 (new messages), then 9.
    let port = free_port();
    register_from(&dir, &pbx, "6104", port);
    let mut ringing = uas(&dir, "uas_ring.xml", port, &[]);
    pcap::talk_then_keys(&dir.path().join("dtmf.pcap"), 100, "19");
    uac(&dir, &pbx, "uac_dtmf.xml", "6108", "750", &["-d", "5000"])
        .expect_ok(Duration::from_secs(20));
    ringing.expect_ok(Duration::from_secs(10));
}

#[test]
fn the_owner_records_a_temporary_greeting_in_the_settings_menu() {
    use pcap::Part::{Keys, Quiet, Talk};
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let (vmbox, _) = fays_new_box(&admin, true);
    let dir = SippDir::new();
    // 5 (settings), 4 (temporary greeting), speech after the prompt and beep, # then 1 keeps it.
    pcap::script(
        &dir.path().join("dtmf.pcap"),
        &[
            Keys("5"),
            Quiet(500),
            Keys("4"),
            Quiet(5400),
            Talk(2000),
            Keys("#"),
            Quiet(1000),
            Keys("1"),
            Quiet(1500),
        ],
    );
    uac(&dir, &pbx, "uac_dtmf.xml", "6107", "740", &["-d", "13000"])
        .expect_ok(Duration::from_secs(30));
    let doc = wait_for_box(&admin, &vmbox, |b| {
        b["media"]["temporary_unavailable"].is_string()
    });
    let greeting = doc["media"]["temporary_unavailable"]
        .as_str()
        .unwrap_or_else(|| panic!("a temporary greeting: {doc}"));
    let raw = admin.get(&admin.url(&format!("media/{greeting}/raw")));
    let wav = edgepbx_media::wav::read(&raw.body).expect("a WAV file");
    let ms = wav.samples.len() as u64 * 1000 / u64::from(wav.rate);
    assert!((1500..6000).contains(&ms), "{ms} ms of greeting");
}

#[test]
fn a_caller_ending_with_pound_records_again_and_keeps_the_second_take() {
    use pcap::Part::{Keys, Quiet, Talk};
    let pbx = Pbx::start();
    let admin = pbx.admin();
    devices(&admin, &["6104"], 20);
    let vmbox = voicemail_office(&admin);
    let dir = SippDir::new();
    // A short first take, # (review), 3 (again), a long second take, #, 1 (save).
    pcap::script(
        &dir.path().join("dtmf.pcap"),
        &[
            Talk(500),
            Keys("#"),
            Quiet(800),
            Keys("3"),
            Quiet(800),
            Talk(4000),
            Keys("#"),
            Quiet(800),
            Keys("1"),
            Quiet(1500),
        ],
    );
    uac(&dir, &pbx, "uac_dtmf.xml", "6104", "700", &["-d", "9500"])
        .expect_ok(Duration::from_secs(30));
    let got = messages(&admin, &vmbox, 1);
    assert_eq!(got.len(), 1, "{got:?}");
    let ms = got[0]["length"].as_u64().unwrap();
    assert!(ms >= 4000, "the second take: {ms} ms");
}

/// The account's speech-to-text service set to `url`; a bad URL or timeout is refused
/// naming the field.
fn set_transcription(admin: &Client, url: &str, timeout_ms: u64) {
    let config = admin.url("configs/transcription");
    for (bad, field) in [
        (json!({"url": "ftp://x"}), "url"),
        (json!({"url": url, "timeout_ms": 50}), "timeout_ms"),
    ] {
        let r = admin.put(&config, bad);
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(r.json()["data"].get(field).is_some(), "{}", r.text());
    }
    let r = admin.put(
        &config,
        json!({"url": url, "api_key": "test-key", "timeout_ms": timeout_ms}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // The key is never shown back, and a write leaving it out keeps it (the service checks it).
    let r = admin.put(&config, json!({"url": url, "timeout_ms": timeout_ms}));
    assert_eq!(r.status, 200, "{}", r.text());
    let shown = admin.get(&config);
    assert!(shown.data().get("api_key").is_none(), "{}", shown.text());
    assert_eq!(shown.data()["api_key_set"], true, "{}", shown.text());
}

#[test]
fn a_transcribed_message_has_its_text_in_the_message_and_the_mail() {
    let stt = common::stt::SpeechService::start(false);
    let smtp = SmtpServer::start();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    set_transcription(&admin, &stt.url, 1500);
    let vmbox = leave_a_mailed_message(&pbx, smtp.port, json!({"transcribe": true}));
    let mail = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(mail.len(), 1, "one mail: {mail:?}");
    assert!(mail[0].contains(common::stt::TRANSCRIPT), "{}", mail[0]);
    assert!(mail[0].contains("Content-Type: audio/x-wav"));
    let message = &messages(&admin, &vmbox, 1)[0];
    assert_eq!(
        message["transcription"],
        json!({"result": "success", "text": common::stt::TRANSCRIPT})
    );
}

#[test]
fn a_speech_service_that_hangs_delays_only_its_own_mail_which_goes_without_text() {
    let stt = common::stt::SpeechService::start(true);
    let smtp = SmtpServer::start();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    // The service's timeout is longer than the next caller's whole call.
    set_transcription(&admin, &stt.url, 15_000);
    let vmbox = leave_a_mailed_message(&pbx, smtp.port, json!({"transcribe": true}));
    // A message to another box, left while the first waits for its text, is mailed first.
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Front desk", "mailbox": "721", "skip_greeting": true,
               "notify_email_addresses": ["frontdesk@example.com"]}),
    );
    let other = id_of(&r);
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["721"], "flow": {"module": "voicemail", "data": {"id": other}, "children": {}}}),
    );
    let dir = SippDir::new();
    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    uac(&dir, &pbx, "uac_dtmf.xml", "6104", "721", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
    let first = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(first.len(), 1, "{first:?}");
    assert!(first[0].contains("frontdesk@example.com"), "{}", first[0]);
    let mail = smtp.wait_for(2, Duration::from_secs(40));
    assert_eq!(mail.len(), 2, "two mails: {mail:?}");
    let erins: Vec<_> = mail
        .iter()
        .filter(|m| m.contains("erin@example.com"))
        .collect();
    assert_eq!(erins.len(), 1, "{mail:?}");
    assert!(!erins[0].contains("Transcription"), "{}", erins[0]);
    assert!(erins[0].contains("Content-Type: audio/x-wav"));
    assert!(
        messages(&admin, &vmbox, 1)[0]
            .get("transcription")
            .is_none()
    );
}
