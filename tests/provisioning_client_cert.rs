//! Polycom client certificates (mutual TLS against the vendor CA, `polycom_ca`): a throw-away
//! CA made here stands in for Polycom's; curl presents the phones' certificates.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::provision::{fetch_http, fetch_https, xml};
use common::{Client, Pbx, id_of};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use serde_json::json;

const UA: &str = "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018";
const MAC: &str = "0004f2aabbcc";

fn ca(name: &str) -> (CertificateParams, KeyPair) {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.distinguished_name = rcgen::DistinguishedName::new();
    params.distinguished_name.push(DnType::CommonName, name);
    (params, KeyPair::generate().unwrap())
}

/// A phone's certificate naming `mac` as its common name, from `ca`; written as
/// `{file}.pem` and `{file}.key` for curl.
fn phone_cert(dir: &Path, file: &str, mac: &str, ca: &(CertificateParams, KeyPair)) -> PathBuf {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::OrganizationName, "Polycom Inc.");
    params.distinguished_name.push(DnType::CommonName, mac);
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    let key = KeyPair::generate().unwrap();
    let issuer = Issuer::from_params(&ca.0, &ca.1);
    let cert = params.signed_by(&key, &issuer).unwrap();
    let base = dir.join(file);
    std::fs::write(base.with_extension("pem"), cert.pem()).unwrap();
    std::fs::write(base.with_extension("key"), key.serialize_pem()).unwrap();
    base
}

/// A fetch over HTTPS presenting `cert` (status 0: curl got no answer, e.g. the handshake
/// was refused).
fn fetch_with_cert(pbx: &Pbx, file: &str, cert: &Path) -> (u16, String) {
    let pem = cert.with_extension("pem");
    let key = cert.with_extension("key");
    common::provision::fetch_https_with(
        pbx,
        file,
        UA,
        &[
            "--cert",
            pem.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
    )
}

fn device(admin: &Client, mac: &str, brand: &str, model: &str, user: &str) -> String {
    let r = admin.put(
        &admin.url("devices"),
        json!({"name": format!("Desk {user}"), "mac_address": mac,
               "sip": {"username": user, "password": format!("pw-{user}-secret")},
               "provision": {"endpoint_brand": brand, "endpoint_model": model}}),
    );
    id_of(&r)
}

#[test]
fn polycom_files_need_a_certificate_from_the_vendor_ca_naming_the_mac() {
    let dir = tempfile::tempdir().unwrap();
    let vendor = ca("Test Polycom Root CA");
    let other = ca("Some Other CA");
    let ca_file = dir.path().join("polycom-ca.pem");
    std::fs::write(&ca_file, vendor.0.self_signed(&vendor.1).unwrap().pem()).unwrap();
    let right = phone_cert(dir.path(), "right", MAC, &vendor);
    let wrong_mac = phone_cert(dir.path(), "wrong-mac", "0004f2000001", &vendor);
    let forged = phone_cert(dir.path(), "forged", MAC, &other);

    let pbx = Pbx::start_env(
        &dir.path().join("data"),
        &[],
        &[("EDGEPBX_POLYCOM_CA", ca_file.to_str().unwrap())],
    );
    let admin = pbx.admin();
    let polycom = device(&admin, MAC, "polycom", "VVX_450", "301");
    device(&admin, "001565aabbcc", "yealink", "T54W", "302");
    let reg = format!("{MAC}_reg.cfg");

    // The phone's own certificate: its files, secrets included.
    let (status, body) = fetch_with_cert(&pbx, &reg, &right);
    assert_eq!(status, 200, "{body}");
    assert_eq!(xml(&body)["reg.1.auth.password"], "pw-301-secret");
    let (status, body) = fetch_with_cert(&pbx, &format!("{MAC}.cfg"), &right);
    assert_eq!(status, 200, "{body}");

    // Another phone's certificate, or none: 403 naming why.
    let (status, body) = fetch_with_cert(&pbx, &reg, &wrong_mac);
    assert_eq!(status, 403, "{body}");
    assert!(
        body.contains("0004f2000001") && !body.contains("pw-301"),
        "{body}"
    );
    let (status, body) = fetch_https(&pbx, &reg, UA);
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("client certificate"), "{body}");
    let (status, body) = fetch_https(&pbx, &format!("{MAC}-directory.xml"), UA);
    assert_eq!(status, 403, "{body}");

    // A certificate from another CA ends the handshake: no answer at all.
    let (status, body) = fetch_with_cert(&pbx, &reg, &forged);
    assert_eq!(status, 0, "{body}");

    // The refusals are in the device's fetch log.
    let r = admin.get(&admin.url(&format!("devices/{polycom}/provisioning")));
    assert_eq!(r.status, 200, "{}", r.text());
    let statuses: Vec<u64> = r
        .data()
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|row| row["status"].as_u64())
        .collect();
    assert_eq!(statuses, [403, 403, 403, 200, 200], "{}", r.text());

    // The common file has no secrets and needs none; other brands are not asked.
    let (status, body) = fetch_https(&pbx, "000000000000.cfg", UA);
    assert_eq!(status, 200, "{body}");
    let (status, body) = fetch_https(
        &pbx,
        "001565aabbcc.cfg",
        "Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cc",
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("pw-302-secret"), "{body}");

    // Plain HTTP stays the bootstrap without secrets.
    let r = fetch_http(&pbx, &reg, UA);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(!r.text().contains("pw-301"), "{}", r.text());
}

#[test]
fn an_unusable_vendor_ca_file_stops_the_start_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let not_pem = dir.path().join("not-a-ca.pem");
    std::fs::write(&not_pem, "hello\n").unwrap();
    for (path, says) in [
        (not_pem, "no CERTIFICATE block"),
        (dir.path().join("missing.pem"), "missing.pem"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
            .args(["run", "--http", "127.0.0.1:0", "--https", "127.0.0.1:0"])
            .args(["--sip", "127.0.0.1:0", "--sips", "127.0.0.1:0", "--data"])
            .arg(dir.path().join("data"))
            .env("EDGEPBX_POLYCOM_CA", &path)
            .env("EDGEPBX_ADMIN_PASSWORD", "admin-password-1")
            .env_remove("EDGEPBX_CONFIG")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{stderr}");
        assert!(
            stderr.contains("polycom_ca") && stderr.contains(says),
            "{stderr}"
        );
    }
}
