//! Whole answers over an in-memory set of documents.

use std::sync::Arc;

use edgepbx_provision::{Data, Error, Request, Site, answer};
use serde_json::{Value, json};

struct Docs;

const ACCOUNT: &str = "a0000000000000000000000000000001";
const SUB: &str = "a0000000000000000000000000000002";

impl Data for Docs {
    fn device_by_mac(&self, mac: &str) -> Option<(String, String, Arc<Value>)> {
        let (brand, model) = match mac {
            "001565aabbcc" => ("yealink", "T54W"),
            "0004f2aabbcc" => ("polycom", "VVX_450"),
            "000b82aabbcc" => ("grandstream", "GXP2170"),
            "001565000001" => ("yealink", "T99X"),
            "001565000002" => ("yealink", "T54W"),
            _ => return None,
        };
        let doc = json!({"name": "Desk 101", "sip": {"username": "user101", "password": "s3cret"},
            "owner_id": "u1",
            "provision": {"endpoint_brand": brand, "endpoint_model": model,
                "feature_keys": {"0": {"type": "presence", "value": "u2"}, "1": {"type": "speed_dial", "value": "5551234", "label": "Shop"}}}});
        let account = if mac == "001565000002" { SUB } else { ACCOUNT };
        Some((account.into(), "d1".into(), Arc::new(doc)))
    }
    fn account(&self, account: &str) -> Option<Arc<Value>> {
        if account == SUB {
            return Some(Arc::new(
                json!({"realm": "shop.example", "pvt_tree": [ACCOUNT]}),
            ));
        }
        Some(Arc::new(
            json!({"timezone": "Europe/Berlin", "realm": "office.example", "provision": {"ntp_server": "ntp.office.example"}}),
        ))
    }
    fn doc(&self, _: &str, kind: &str, id: &str) -> Option<Arc<Value>> {
        match (kind, id) {
            ("users", "u1") => Some(Arc::new(json!({"first_name": "Ann", "last_name": "Lee"}))),
            ("users", "u2") => Some(Arc::new(
                json!({"first_name": "Bob", "last_name": "Ray", "presence_id": "102"}),
            )),
            _ => None,
        }
    }
    fn users(&self, _: &str) -> Vec<Arc<Value>> {
        ["u1", "u2"]
            .into_iter()
            .filter_map(|id| self.doc(ACCOUNT, "users", id))
            .collect()
    }
    fn directories(&self, _: &str) -> Vec<(String, Arc<Value>)> {
        Vec::new()
    }
}

fn site(https: bool) -> Site {
    Site {
        host: "192.0.2.10".into(),
        sip_port: 5060,
        sips_port: 5061,
        https_url: https.then(|| "https://192.0.2.10:8443/provision/".into()),
        http_url: "http://192.0.2.10:8000/provision/".into(),
        secret: b"box-secret".to_vec(),
        polycom_client_certs: false,
    }
}

fn get(file: &str, ua: &str, secure: bool, https: bool) -> Result<edgepbx_provision::File, Error> {
    let req = Request {
        file,
        user_agent: ua,
        source: "192.0.2.23".parse().unwrap(),
        now: 1_768_478_400,
        secure,
        client_cert: None,
    };
    answer(&req, &site(https), &Docs)
}

const YEALINK_UA: &str = "Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cc";

#[test]
fn yealink_gets_account_codecs_and_keys() {
    let f = get("001565aabbcc.cfg", YEALINK_UA, false, false).unwrap();
    assert!(f.body.starts_with("#!version:1.0.0.1\n"), "{}", f.body);
    for line in [
        "account.1.user_name = user101",
        "account.1.password = s3cret",
        "account.1.display_name = Ann Lee",
        "account.1.sip_server.1.address = 192.0.2.10",
        "account.1.codec.g722.priority = 1",
        "account.1.codec.pcmu.priority = 2",
        "account.1.codec.pcma.priority = 3",
        "linekey.2.type = 16",
        "linekey.2.value = 102",
        "linekey.2.label = Bob Ray",
        "linekey.3.value = 5551234",
        "local_time.time_zone = +1",
        "local_time.ntp_server1 = ntp.office.example",
        "voice_mail.number.1 = *97",
    ] {
        assert!(
            f.body.lines().any(|l| l == line),
            "{line} missing in\n{}",
            f.body
        );
    }
    assert_eq!(f.device, Some((ACCOUNT.into(), "d1".into())));
}

#[test]
fn plain_http_with_https_on_hides_secrets() {
    let f = get("001565aabbcc.cfg", YEALINK_UA, false, true).unwrap();
    assert!(f.bootstrap);
    assert!(!f.body.contains("s3cret"));
    assert!(
        f.body
            .contains("static.auto_provision.server.url = https://192.0.2.10:8443/provision/")
    );
    let f = get("001565aabbcc.cfg", YEALINK_UA, true, true).unwrap();
    assert!(f.body.contains("s3cret"));
}

#[test]
fn polycom_and_grandstream() {
    let ua = "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018";
    let master = get("0004f2aabbcc.cfg", ua, false, false).unwrap();
    assert!(
        master
            .body
            .contains("CONFIG_FILES=\"0004f2aabbcc_reg.cfg\"")
    );
    let reg = get("0004f2aabbcc_reg.cfg", ua, false, false).unwrap();
    assert!(
        reg.body.contains("reg.1.auth.password=\"s3cret\""),
        "{}",
        reg.body
    );
    assert!(
        reg.body
            .contains("attendant.resourceList.1.address=\"102\"")
    );
    let gs = get(
        "cfg000b82aabbcc.xml",
        "Grandstream Model HW GXP2170 SW 1.0.11.3 DevId 000b82aabbcc",
        false,
        false,
    )
    .unwrap();
    assert!(gs.body.contains("<P34>s3cret</P34>"), "{}", gs.body);
    assert!(gs.body.contains("<P323>1</P323>"));
    assert!(gs.body.contains("<P303>102</P303>"));
}

#[test]
fn bad_requests_get_clear_errors() {
    assert!(matches!(
        get(
            "001565aabbcc.cfg",
            "Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cd",
            false,
            false
        ),
        Err(Error::MacMismatch { .. })
    ));
    assert!(
        matches!(get("001565ffffff.cfg", "Yealink SIP-T54W 96.86.0.100", false, false), Err(Error::UnknownMac { model: Some(m), .. }) if m == "T54W")
    );
    assert!(
        matches!(get("001565000001.cfg", "", false, false), Err(Error::UnknownModel(m)) if m.contains("T99X"))
    );
    assert!(matches!(
        get("../../etc/passwd", "", false, false),
        Err(Error::BadPath(_))
    ));
    assert!(matches!(
        get("cfg000b82aabbcc.xml", YEALINK_UA, false, false),
        Err(Error::MacMismatch { .. })
    ));
    assert_eq!(
        get("001565aabbcc.cfg", &"x".repeat(5000), false, false)
            .unwrap_err()
            .status(),
        400
    );
}

#[test]
fn a_sub_accounts_phone_registers_to_its_realm_through_the_box() {
    let f = get("001565000002.cfg", "", true, true).unwrap();
    for line in [
        "account.1.sip_server.1.address = shop.example",
        "account.1.outbound_proxy_enabled = 1",
        "account.1.outbound_proxy.1.address = 192.0.2.10",
        "account.1.outbound_proxy.1.port = 5060",
    ] {
        assert!(
            f.body.lines().any(|l| l == line),
            "{line} missing in\n{}",
            f.body
        );
    }
    // The top-level account's phones use the box's address directly.
    let f = get("001565aabbcc.cfg", YEALINK_UA, true, true).unwrap();
    assert!(!f.body.contains("outbound_proxy"));
}

/// A certificate naming `cn` (the listener has verified its chain before it gets here).
fn phone_cert(cn: &str) -> Vec<u8> {
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, cn);
    let key = rcgen::KeyPair::generate().unwrap();
    params.self_signed(&key).unwrap().der().to_vec()
}

#[test]
fn polycom_client_certificates_must_name_the_mac_when_the_vendor_ca_is_set() {
    let polycom = "FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018";
    let mut checked = site(true);
    checked.polycom_client_certs = true;
    let ours = phone_cert("0004F2AABBCC");
    let theirs = phone_cert("0004f2000001");
    let fetch = |file: &str, ua: &str, secure: bool, cert: Option<&[u8]>| {
        let req = Request {
            file,
            user_agent: ua,
            source: "192.0.2.23".parse().unwrap(),
            now: 1_768_478_400,
            secure,
            client_cert: cert,
        };
        answer(&req, &checked, &Docs)
    };
    let f = fetch("0004f2aabbcc_reg.cfg", polycom, true, Some(&ours)).unwrap();
    assert!(f.body.contains("s3cret"));
    for (file, cert) in [
        ("0004f2aabbcc_reg.cfg", Some(theirs.as_slice())),
        ("0004f2aabbcc_reg.cfg", None),
        ("0004f2aabbcc.cfg", None),
        ("0004f2aabbcc-directory.xml", None),
    ] {
        let err = fetch(file, polycom, true, cert).unwrap_err();
        assert_eq!(err.status(), 403, "{file}: {err}");
    }
    // The common file, plain HTTP's bootstrap and other brands need none.
    assert!(fetch("000000000000.cfg", polycom, true, None).is_ok());
    assert!(
        fetch("0004f2aabbcc_reg.cfg", polycom, false, None)
            .unwrap()
            .bootstrap
    );
    assert!(fetch("001565aabbcc.cfg", YEALINK_UA, true, None).is_ok());
    // Without the vendor CA nothing is asked.
    assert!(get("0004f2aabbcc_reg.cfg", polycom, true, true).is_ok());
}
