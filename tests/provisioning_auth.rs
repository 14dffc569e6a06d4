//! Per-device provisioning credentials: a device with `provision.http_auth` gets its files
//! only after HTTP digest (curl as the phone's HTTP client), wrong answers are refused and
//! count against the source address like failed logins, and bad credentials are refused at
//! the API naming the field.

mod common;

use common::provision::{fetch_from, fetch_https_with, key_values};
use common::{Pbx, id_of};
use serde_json::json;

const UA: &str = "Yealink SIP-T54W 96.86.0.100 00:15:65:ab:cd:01";

#[test]
fn a_device_with_credentials_needs_the_digest() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let id = id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "Desk", "mac_address": "001565abcd01",
               "sip": {"username": "221", "password": "pw-221-secret"},
               "provision": {"endpoint_brand": "yealink", "endpoint_model": "T54W",
                             "http_auth": {"username": "desk01", "password": "Prov-Pass-1"}}}),
    ));

    // No credentials: 401 with digest challenges (MD5 for phone firmware, and SHA-256).
    let (status, head) = fetch_https_with(
        &pbx,
        "001565abcd01.cfg",
        UA,
        &["-D", "-", "-o", "/dev/null"],
    );
    assert_eq!(status, 401, "{head}");
    let challenges: Vec<&str> = head
        .lines()
        .filter(|l| l.to_ascii_lowercase().starts_with("www-authenticate:"))
        .collect();
    assert_eq!(challenges.len(), 2, "{head}");
    assert!(
        challenges[0].contains(r#"Digest realm="edgepbx-provisioning""#),
        "{head}"
    );
    assert!(challenges[0].contains("algorithm=MD5") && challenges[0].contains(r#"qop="auth""#));
    assert!(challenges[1].contains("algorithm=SHA-256"), "{head}");

    // The right answer (MD5 digest, as a phone sends it): the file, with the SIP account.
    let (status, body) = fetch_https_with(
        &pbx,
        "001565abcd01.cfg",
        UA,
        &["--digest", "-u", "desk01:Prov-Pass-1"],
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(key_values(&body)["account.1.password"], "pw-221-secret");

    // A wrong password or user name: 401, logged for the device.
    for user in ["desk01:wrong", "other:Prov-Pass-1"] {
        let (status, body) =
            fetch_https_with(&pbx, "001565abcd01.cfg", UA, &["--digest", "-u", user]);
        assert_eq!(status, 401, "{user}: {body}");
        assert!(!body.contains("pw-221-secret"));
    }
    let rows = admin
        .get(&admin.url(&format!("devices/{id}/provisioning")))
        .data();
    assert_eq!(rows[0]["status"], 401);

    // A malformed Authorization header: 400.
    let (status, body) = fetch_https_with(
        &pbx,
        "001565abcd01.cfg",
        UA,
        &["-H", "Authorization: Digest garbage"],
    );
    assert_eq!(status, 400, "{body}");

    // Guessing from one address is banned like failed logins; other addresses are not.
    let mut last = 0;
    for _ in 0..40 {
        let r = fetch_from(&pbx, "127.0.0.9", "001565abcd01.cfg", UA);
        assert_ne!(r.status, 200);
        let guess = common::provision::fetch_from_with(
            &pbx,
            "127.0.0.9",
            "001565abcd01.cfg",
            UA,
            &[(
                "Authorization",
                r#"Digest username="desk01", realm="edgepbx-provisioning", nonce="00", algorithm=MD5, uri="/provision/001565abcd01.cfg", response="00000000000000000000000000000000""#,
            )],
        );
        last = guess.status;
        if last == 429 {
            break;
        }
        assert_eq!(last, 401, "{}", guess.text());
    }
    assert_eq!(last, 429, "guessing was not throttled");

    // A device without credentials still gets its files without any.
    id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "Open", "mac_address": "001565abcd02",
               "sip": {"username": "222", "password": "pw-222-secret"},
               "provision": {"endpoint_brand": "yealink", "endpoint_model": "T54W"}}),
    ));
    let (status, body) = fetch_https_with(
        &pbx,
        "001565abcd02.cfg",
        "Yealink SIP-T54W 96.86.0.100 00:15:65:ab:cd:02",
        &[],
    );
    assert_eq!(status, 200, "{body}");
}

#[test]
fn bad_credentials_are_refused_naming_the_field() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    for (auth, field) in [
        (json!({"username": "desk"}), "provision.http_auth.password"),
        (
            json!({"username": "de\"sk", "password": "x"}),
            "provision.http_auth.username",
        ),
        (json!("desk:pw"), "provision.http_auth.username"),
    ] {
        let r = admin.put(
            &admin.url("devices"),
            json!({"name": "Desk", "provision": {"endpoint_brand": "yealink", "http_auth": auth}}),
        );
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(r.text().contains(field), "{field}: {}", r.text());
    }
    // Credentials are per device: an account's provision settings do not take them.
    let r = admin.patch(
        &admin.url(""),
        json!({"provision": {"http_auth": {"username": "a", "password": "b"}}}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("provision.http_auth"), "{}", r.text());
}
