//! The TLS certificate (HTTPS and SIP over TLS) is replaced through the API and used at once.

mod common;

use std::process::{Command, Stdio};

use common::Pbx;
use serde_json::json;

/// The subject of the certificate a TLS server presents (via the openssl command line).
fn served_subject(addr: std::net::SocketAddr) -> String {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "openssl s_client -connect {addr} </dev/null 2>/dev/null | openssl x509 -noout -subject"
        ))
        .stderr(Stdio::null())
        .output()
        .expect("openssl");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_new_certificate_is_checked_stored_and_served_on_https_and_sips() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let url = admin.url("tls_certificate");

    let r = admin.put(&url, json!({"private_key": "x"}));
    assert_eq!(r.status, 400);
    assert!(
        r.json()["data"]["certificate"]["required"].is_object(),
        "{}",
        r.text()
    );
    let r = admin.put(
        &url,
        json!({"certificate": "garbage", "private_key": "garbage"}),
    );
    assert_eq!(r.status, 400);
    assert!(
        r.json()["data"]["certificate"]["invalid"].is_object(),
        "{}",
        r.text()
    );

    let dir = tempfile::tempdir().unwrap();
    let (cert, key) = (dir.path().join("c.pem"), dir.path().join("k.pem"));
    let ok = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-days",
            "30",
            "-subj",
            "/CN=pbx.replaced.example",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stderr(Stdio::null())
        .status()
        .expect("openssl");
    assert!(ok.success());
    let (cert, key) = (
        std::fs::read_to_string(cert).unwrap(),
        std::fs::read_to_string(key).unwrap(),
    );

    // A key that does not belong to the certificate is refused, and nothing changes.
    let other = Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
        ])
        .output()
        .unwrap();
    let r = admin.put(
        &url,
        json!({"certificate": cert, "private_key": String::from_utf8_lossy(&other.stdout)}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.json()["data"]["private_key"]["invalid"].is_object(),
        "{}",
        r.text()
    );
    assert!(!served_subject(pbx.sips).contains("replaced"));

    let r = admin.put(&url, json!({"certificate": cert, "private_key": key}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(served_subject(pbx.sips).contains("pbx.replaced.example"));
    assert!(served_subject(pbx.https.unwrap()).contains("pbx.replaced.example"));
    assert_eq!(
        std::fs::read_to_string(pbx.data.join("tls/cert.pem")).unwrap(),
        cert
    );

    // Only administrators may do this.
    let user = pbx.user_client(&admin, "plain", "user");
    let r = user.put(
        &user.url("tls_certificate"),
        json!({"certificate": cert, "private_key": key}),
    );
    assert_eq!(r.status, 403, "{}", r.text());
}

#[test]
fn an_expired_certificate_is_refused_at_its_field_and_the_names_are_shown() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let before = admin.get("/v2/system_status").data()["certificate"].clone();
    assert_eq!(before["subject"], "rcgen self signed cert", "{before}");
    let mut params = rcgen::CertificateParams::new(vec!["old.example".into()]).unwrap();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "old.example");
    params.not_before = rcgen::date_time_ymd(2020, 1, 1);
    params.not_after = rcgen::date_time_ymd(2021, 1, 1);
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = params.self_signed(&key).unwrap();
    let r = admin.put(
        &admin.url("tls_certificate"),
        json!({"certificate": cert.pem(), "private_key": key.serialize_pem()}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    let why = &r.json()["data"]["certificate"]["invalid"]["message"];
    assert_eq!(why, "the certificate has expired", "{}", r.text());
    let after = admin.get("/v2/system_status").data()["certificate"].clone();
    assert_eq!(after["subject"], before["subject"], "nothing changed");
    assert_eq!(after["expires_unix"], before["expires_unix"]);
}
