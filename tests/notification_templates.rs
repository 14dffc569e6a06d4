//! Per-language notification templates and KAZOO's `/notifications/{id}/preview` through
//! the running box, with aiosmtpd as the relay: a German subject and text set with
//! `?language=de-de`, a preview mailed with sample data in German, and a voicemail left in a
//! box whose `language` is `de-de` mailed with the German templates.

mod common;

use std::time::Duration;

use common::sipp::{SippDir, devices, uac};
use common::smtp::SmtpServer;
use common::{Client, Pbx, id_of, pcap};
use serde_json::{Value, json};

#[test]
fn german_templates_are_previewed_and_used_for_a_german_box() {
    let smtp = SmtpServer::start();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("configs/smtp_client"),
        json!({"relay": "127.0.0.1", "port": smtp.port, "tls": "never", "from": "pbx@office.example.com"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());

    let url = admin.url("notifications/voicemail_to_email");
    let de = format!("{url}?language=de-de");
    let r = admin.post(
        &de,
        json!({"subject": "Neue Sprachnachricht von {{ caller_id.number }}"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["languages"], json!(["de-de"]));
    let text = b"Hallo,\r\nneue Nachricht von {{ caller_id.number }}.\r\n";
    let r = admin.request("POST", &de, &[("Content-Type", "text/plain")], Some(text));
    assert_eq!(r.status, 200, "{}", r.text());
    // Bad input: a template that does not compile, a language that is not one.
    let r = admin.request(
        "POST",
        &de,
        &[("Content-Type", "text/plain")],
        Some(b"{{ oops"),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.data().get("text").is_some(), "{}", r.text());
    let r = admin.post(&format!("{url}?language=german"), json!({"subject": "x"}));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.data().get("language").is_some(), "{}", r.text());
    // Each language reads its own; English stays the built-in one.
    assert!(
        admin.get(&de).data()["subject"]
            .as_str()
            .unwrap()
            .starts_with("Neue")
    );
    assert!(
        admin.get(&url).data()["subject"]
            .as_str()
            .unwrap()
            .starts_with("New voicemail")
    );
    let plain = admin.request("GET", &de, &[("Accept", "text/plain")], None);
    assert_eq!(plain.body, text);

    // The preview: sample data, German templates, mailed to the address given.
    let preview = format!("{url}/preview");
    for bad in [
        json!({}),
        json!({"to": "not an address"}),
        json!({"to": []}),
    ] {
        let r = admin.post(&preview, bad);
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(r.data().get("to").is_some(), "{}", r.text());
    }
    let r = admin.post(
        &preview,
        json!({"to": "boss@example.com", "language": "de-de"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let mail = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert!(mail[0].contains("boss@example.com"), "{}", mail[0]);
    assert!(
        mail[0].contains("Subject: Neue Sprachnachricht von Caller ID number"),
        "{}",
        mail[0]
    );
    // The preview is in the smtp log (written once the relay has answered).
    let logged = wait_log(&admin, |l| l["preview"] == true).expect("the preview in the smtp log");
    assert_eq!(logged["template_id"], "voicemail_to_email", "{logged}");
    assert_eq!(logged["to"], json!(["boss@example.com"]), "{logged}");
    assert!(
        logged["subject"]
            .as_str()
            .is_some_and(|s| s.starts_with("Neue Sprachnachricht von Caller ID number")),
        "{logged}"
    );
    assert!(logged.get("error").is_none(), "{logged}");

    // A message left in a German box is mailed in German.
    devices(&admin, &["6104"], 20);
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Vertrieb", "mailbox": "700", "skip_greeting": true, "language": "de-de",
               "notify_email_addresses": ["vertrieb@example.com"]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let vmbox = id_of(&r);
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["700"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    let dir = SippDir::new();
    pcap::talk(&dir.path().join("dtmf.pcap"), 1500);
    uac(&dir, &pbx, "uac_dtmf.xml", "6104", "700", &["-d", "2000"])
        .expect_ok(Duration::from_secs(20));
    let mail = smtp.wait_for(2, Duration::from_secs(20));
    let box_mail = mail
        .iter()
        .find(|m| m.contains("vertrieb@example.com"))
        .unwrap_or_else(|| panic!("no mail for the box: {mail:?}"));
    assert!(
        box_mail.contains("Subject: Neue Sprachnachricht von 6104"),
        "{box_mail}"
    );
    assert!(box_mail.contains("neue Nachricht von 6104."), "{box_mail}");

    // A preview the relay never takes (nothing listens) is logged with its error.
    let r = admin.put(
        &admin.url("configs/smtp_client"),
        json!({"relay": "127.0.0.1", "port": SmtpServer::free_port(), "tls": "never"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.post(&preview, json!({"to": "down@example.com"}));
    assert_eq!(r.status, 200, "{}", r.text());
    let failed = wait_log(&admin, |l| l["to"] == json!(["down@example.com"]))
        .expect("the failed preview in the smtp log");
    assert_eq!(failed["preview"], true, "{failed}");
    assert!(
        failed["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{failed}"
    );
}

/// The first smtp log entry `wanted` picks, once written (after the relay answered;
/// bounded wait).
fn wait_log(admin: &Client, wanted: impl Fn(&Value) -> bool) -> Option<Value> {
    for _ in 0..100 {
        let r = admin.get(&admin.url("notifications/smtplog"));
        assert_eq!(r.status, 200, "{}", r.text());
        let logs = r.data().as_array().cloned().unwrap_or_default();
        if let Some(l) = logs.into_iter().find(|l| wanted(l)) {
            return Some(l);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}
