//! Settings of the whole box in headless Chromium (`tests/web/settings-box.mjs`): a test-made
//! certificate installed from files (a key of another certificate refused at its field) and
//! its names and expiry shown; ban thresholds saved; a backup downloaded in the panel, a user
//! deleted, the downloaded file restored and the user back; the dashboard's last backup is
//! that download. The box's own state is checked through the API afterwards.

mod common;

use common::panel::{browse, make, past_first_boot, tools_present};
use common::{ADMIN_PASSWORD, Pbx};
use serde_json::json;

/// A certificate for `name` valid until the end of 2031, and its key, as PEM.
fn certificate(name: &str) -> (String, String) {
    let mut params = rcgen::CertificateParams::new(vec![name.into()]).unwrap();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, name);
    params.not_after = rcgen::date_time_ymd(2031, 12, 31);
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = params.self_signed(&key).unwrap();
    (cert.pem(), key.serialize_pem())
}

#[test]
fn backup_restore_certificate_and_thresholds_in_the_panel() {
    if !tools_present() {
        return;
    }
    let pbx = Pbx::start();
    let admin = pbx.admin();
    past_first_boot(&admin);
    make(
        &admin,
        "users",
        json!({"first_name": "Rita", "last_name": "Restore", "username": "rita", "password": "Rita-Password-77"}),
    );
    let pems = tempfile::tempdir().unwrap();
    let (cert, key) = certificate("pbx.office.test");
    let (_, other_key) = certificate("other.test");
    let write = |name: &str, text: &str| {
        let path = pems.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let (cert, key, other_key) = (
        write("cert.pem", &cert),
        write("key.pem", &key),
        write("other-key.pem", &other_key),
    );

    let seen = browse(
        &pbx,
        "settings-box.mjs",
        "web-settings-box-screenshots",
        &[
            ("PANEL_PASSWORD", ADMIN_PASSWORD),
            ("PANEL_CERT", &cert),
            ("PANEL_KEY", &key),
            ("PANEL_OTHER_KEY", &other_key),
        ],
    );
    assert_eq!(seen["cert_before"], "rcgen self signed cert", "{seen}");
    assert!(
        seen["key_error"].as_str().unwrap_or_default().len() > 5,
        "the refusal at the key: {seen}"
    );
    assert_eq!(seen["kept"], true, "{seen}");
    assert_eq!(seen["cert_after"]["subject"], "pbx.office.test", "{seen}");
    assert_eq!(seen["cert_after"]["issuer"], "pbx.office.test", "{seen}");
    let expiry = seen["cert_after"]["expiry"].as_str().unwrap_or_default();
    assert!(expiry.starts_with("2031-12-31 (in "), "{seen}");
    assert_eq!(
        seen["threshold_error"], "A whole number from 0 to 100",
        "{seen}"
    );
    assert_eq!(seen["threshold_saved"], "Saved.", "{seen}");
    let name = seen["download_name"].as_str().unwrap_or_default();
    assert!(
        name.starts_with("edgepbx-backup-") && name.ends_with(".bin"),
        "{seen}"
    );
    assert!(
        seen["bad_restore"]
            .as_str()
            .unwrap_or_default()
            .contains("not an edgepbx backup"),
        "{seen}"
    );
    assert!(
        seen["restored"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Restored from a backup of"),
        "{seen}"
    );
    assert_eq!(seen["rita_back"], true, "{seen}");
    assert!(
        seen["last_backup"]
            .as_str()
            .unwrap_or_default()
            .ends_with(" UTC"),
        "{seen}"
    );

    // What the box did: the certificate is served, the thresholds apply, Rita is stored.
    let status = admin.get("/v2/system_status").data();
    assert_eq!(status["certificate"]["subject"], "pbx.office.test");
    assert_eq!(status["last_backup"]["file"], name);
    assert_eq!(
        admin.get("/v2/system/sip_security").data(),
        json!({"failures": 5, "window_seconds": 300, "ban_seconds": 900, "login_failures": 8, "login_ban_seconds": 300, "configured": true})
    );
    let users = admin.get(&admin.url("users")).data();
    assert!(
        users
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["username"] == "rita"),
        "{users}"
    );
}
