//! An outside line that stays down is mailed to the account's administrators: a SIPp
//! registrar refusing the box's REGISTER (403), the account's `trunk_down` threshold set
//! short by the test, and aiosmtpd as the account's relay. One mail per outage: the
//! registrar's second refusal (after the 30 s backoff) sends no second mail.

mod common;

use std::time::{Duration, Instant};

use common::sipp::{SippDir, free_port};
use common::smtp::SmtpServer;
use common::{Client, id_of};
use serde_json::{Value, json};

const REGISTRAR: &str = "127.0.0.11";

/// A 400 whose `data` names `field`.
fn refused(admin: &Client, body: Value, field: &str) {
    let r = admin.post(&admin.url("notifications/trunk_down"), body);
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.data().get(field).is_some(), "names {field}: {}", r.text());
}

fn trunk_down_logs(admin: &Client) -> Vec<Value> {
    let r = admin.get(&admin.url("notifications/smtplog"));
    assert_eq!(r.status, 200, "{}", r.text());
    r.data()
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["template_id"] == "trunk_down")
        .cloned()
        .collect()
}

#[test]
fn a_trunk_down_past_the_threshold_is_mailed_to_the_admins_once_per_outage() {
    let pbx = common::Pbx::start();
    let admin = pbx.admin();
    let smtp = SmtpServer::start();
    let r = admin.put(
        &admin.url("configs/smtp_client"),
        json!({"relay": "127.0.0.1", "port": smtp.port, "tls": "never", "from": "pbx@office.example"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // The administrator has an email address; a plain user with one is not told.
    let r = admin.patch(
        &admin.url(&format!("users/{}", admin.owner_id)),
        json!({"email": "boss@office.example"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": "Plain", "last_name": "User", "email": "plain@office.example", "priv_level": "user"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());

    // Bad settings are refused, naming the field; then a 3 s threshold.
    refused(
        &admin,
        json!({"down_after_seconds": 0}),
        "down_after_seconds",
    );
    refused(
        &admin,
        json!({"down_after_seconds": "soon"}),
        "down_after_seconds",
    );
    refused(&admin, json!({"to": {"type": "everyone"}}), "to.type");
    refused(
        &admin,
        json!({"to": {"type": "specified", "email_addresses": ["not an address"]}}),
        "to.email_addresses.0",
    );
    let r = admin.post(
        &admin.url("notifications/trunk_down"),
        json!({"down_after_seconds": 3}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["down_after_seconds"], 3);

    // The registrar refuses the first REGISTER and the retry 30 s later.
    let dir = SippDir::new();
    let port = free_port();
    let mut registrar = dir.spawn(&[
        "-sf",
        "provider_refuse_twice.xml",
        "-i",
        REGISTRAR,
        "-p",
        &port.to_string(),
        "-m",
        "1",
    ]);
    let r = admin.put(
        &admin.url("resources"),
        json!({"name": "Main trunk", "gateways": [{"server": REGISTRAR, "port": port,
               "register": true, "username": "+14155550100", "password": "secret"}]}),
    );
    let resource = id_of(&r);
    let status_url = admin.url(&format!("resources/{resource}/status"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while admin.get(&status_url).data()["gateways"][0]["state"] != "failed" {
        assert!(Instant::now() < deadline, "the registration fails");
        std::thread::sleep(Duration::from_millis(100));
    }
    // Down, but not for 3 s yet: no mail.
    assert!(smtp.messages().is_empty(), "mailed before the threshold");

    let mails = smtp.wait_for(1, Duration::from_secs(15));
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert!(mail.contains("To: boss@office.example"), "{mail}");
    assert!(!mail.contains("plain@office.example"), "{mail}");
    assert!(
        mail.contains("Subject: Outside line Main trunk is down"),
        "{mail}"
    );
    assert!(mail.contains("403 Account Suspended"), "{mail}");

    // The retry after the backoff is refused too: the same outage, no second mail.
    registrar.expect_ok(Duration::from_secs(45));
    let deadline = Instant::now() + Duration::from_secs(4);
    while Instant::now() < deadline {
        assert_eq!(smtp.messages().len(), 1, "one mail per outage");
        std::thread::sleep(Duration::from_millis(200));
    }
    let logs = trunk_down_logs(&admin);
    assert_eq!(logs.len(), 1, "{logs:?}");
    assert_eq!(logs[0]["to"], json!(["boss@office.example"]));
    assert!(logs[0].get("error").is_none(), "{logs:?}");
}
