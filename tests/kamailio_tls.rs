//! Outbound TCP and TLS to a provider: Kamailio (with Debian's kamailio-tls-modules and a
//! certificate of a test CA the box trusts through `EDGEPBX_SIP_CA`) challenges the box's
//! REGISTERs over TCP and over TLS; a gateway written as an address the certificate does not
//! name fails with the TLS reason in the API; a phone's call out goes over the TLS
//! connection to Kamailio, which sends it on to a SIPp "PSTN" over UDP; a PSTN call to the
//! DID registered over TLS comes in over TLS and rings a phone.

mod common;

use std::time::{Duration, Instant};

use common::kamailio::{Kamailio, TestCa};
use common::sipp::{SippDir, devices, free_port, uac};
use common::{Client, Pbx, id_of};
use serde_json::{Value, json};

/// Kamailio's address for UDP, TCP and the TLS listener whose certificate does not name it.
const PROVIDER: &str = "127.0.0.13";
const PSTN: &str = "127.0.0.12";
/// Phones call from here: 127.0.0.1 is `localhost`, the TLS gateway's name (a carrier).
const PHONE: &str = "127.0.0.14";
const DID_TCP: &str = "+14155550143";
const DID_TLS: &str = "+14155550144";

fn gateway(server: &str, port: u16, transport: &str, did: &str) -> Value {
    json!({"server": server, "port": port, "transport": transport, "register": true,
        "username": did, "auth_username": "trunkuser", "password": "trunkpass",
        "realm": "provider.test", "expire_seconds": 600})
}

/// Polls a gateway's status (bounded) until `done` accepts it.
fn wait_status(
    admin: &Client,
    resource: &str,
    kamailio: &Kamailio,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let r = admin.get(&admin.url(&format!("resources/{resource}/status")));
        let gw = r.data()["gateways"][0].clone();
        if done(&gw) {
            return gw;
        }
        assert!(
            Instant::now() < deadline,
            "gateway of {resource}: {gw}\n{}",
            kamailio.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_box_registers_over_tcp_and_tls_and_calls_out_over_tls() {
    let dir = tempfile::tempdir().unwrap();
    let ca = TestCa::new(dir.path(), &["localhost"]);
    let (port, tls_port, pstn_port) = (free_port(), free_port(), free_port());
    let kamailio_port = port;
    let kamailio = Kamailio::start(
        &[
            format!("udp:{PROVIDER}:{port}"),
            format!("tcp:{PROVIDER}:{port}"),
            format!("tls:127.0.0.1:{tls_port}"),
            format!("tls:{PROVIDER}:{tls_port}"),
        ],
        Some(&ca),
        Some(&format!("sip:{PSTN}:{pstn_port}")),
    );
    let pbx = Pbx::start_env(
        &dir.path().join("data"),
        &[],
        &[("EDGEPBX_SIP_CA", ca.ca.to_str().unwrap())],
    );
    let admin = pbx.admin();
    let put = |name: &str, weight: u32, rules: Value, gw: Value| {
        let r = admin.put(
            &admin.url("resources"),
            json!({"name": name, "weight_cost": weight, "rules": rules, "gateways": [gw]}),
        );
        id_of(&r)
    };
    let tcp = put(
        "over tcp",
        90,
        json!([]),
        gateway(PROVIDER, port, "tcp", DID_TCP),
    );
    let tls = put(
        "over tls",
        10,
        json!([]),
        gateway("localhost", tls_port, "tls", DID_TLS),
    );
    // The certificate names `localhost`, not the address this gateway is written as.
    let wrong = put(
        "wrong name",
        50,
        json!(["^none$"]),
        gateway(PROVIDER, tls_port, "tls", "+14155550145"),
    );

    for resource in [&tcp, &tls] {
        wait_status(&admin, resource, &kamailio, |gw| {
            gw["state"] == "registered"
        });
    }
    let gw = wait_status(&admin, &wrong, &kamailio, |gw| gw["state"] == "failed");
    let reason = gw["last_error"]["reason"].as_str().unwrap_or_default();
    assert_eq!(gw["last_error"]["code"], 503, "{gw}");
    assert!(
        reason.contains(&format!("TLS with {PROVIDER}")) && reason.contains("certificate"),
        "{gw}"
    );
    let log = kamailio.log();
    assert!(
        log.contains(&format!("register sip:{DID_TCP}@provider.test proto=tcp")),
        "{log}"
    );
    assert!(
        log.contains(&format!("register sip:{DID_TLS}@provider.test proto=tls")),
        "{log}"
    );

    // A call out takes the cheapest gateway, over its TLS connection.
    devices(&admin, &["2300"], 20);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["no_match"], "flow": {"module": "offnet", "data": {}}}),
    );
    id_of(&r);
    let sipp = SippDir::new();
    let (port, media) = (pstn_port.to_string(), free_port().to_string());
    let mut pstn = sipp.spawn(&[
        "-sf",
        "uas_echo.xml",
        "-i",
        PSTN,
        "-p",
        &port,
        "-mi",
        PSTN,
        "-mp",
        &media,
        "-m",
        "1",
    ]);
    let mut caller = uac(
        &sipp,
        &pbx,
        "uac_auth_rtp.xml",
        "2300",
        "+14155550123",
        &["-i", PHONE, "-mi", PHONE, "-d", "1000"],
    );
    if caller.wait(Duration::from_secs(30)) != Some(0) {
        panic!("call out failed: {}\n{}", caller.errors(), kamailio.log());
    }
    pstn.expect_ok(Duration::from_secs(10));
    assert!(
        kamailio.log().contains("invite +14155550123 proto=tls"),
        "{}",
        kamailio.log()
    );

    // A PSTN call to the DID registered over TLS reaches the box over that TLS contact and
    // rings the phone of the number it names in To (provider_call.xml's +14155550142).
    let phone = devices(&admin, &["2301"], 20).remove(0);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["+14155550142"], "flow": {"module": "device", "data": {"id": phone}}}),
    );
    id_of(&r);
    let phone_port = free_port().to_string();
    let csv = sipp.users("phone-2301.csv", &[("2301", "pw2301")]);
    let target = pbx.sip.to_string();
    sipp.run_ok(&[
        "-sf",
        "register_auth.xml",
        "-inf",
        csv.to_str().unwrap(),
        "-i",
        PHONE,
        "-p",
        &phone_port,
        "-m",
        "1",
        &target,
    ]);
    let media = free_port().to_string();
    let mut answering = sipp.spawn(&[
        "-sf",
        "uas_echo.xml",
        "-i",
        PHONE,
        "-p",
        &phone_port,
        "-mi",
        PHONE,
        "-mp",
        &media,
        "-m",
        "1",
    ]);
    let (port, media) = (free_port().to_string(), free_port().to_string());
    let kamailio_udp = format!("{PROVIDER}:{kamailio_port}");
    let mut pstn_call = sipp.spawn(&[
        "-sf",
        "provider_call.xml",
        "-s",
        DID_TLS,
        "-i",
        PSTN,
        "-p",
        &port,
        "-mi",
        PSTN,
        "-mp",
        &media,
        "-m",
        "1",
        &kamailio_udp,
    ]);
    if pstn_call.wait(Duration::from_secs(30)) != Some(0) {
        panic!(
            "DID call failed: {}\n{}",
            pstn_call.errors(),
            kamailio.log()
        );
    }
    answering.expect_ok(Duration::from_secs(10));
    let log = kamailio.log();
    let routed = log
        .lines()
        .find(|l| l.contains("to the registered contact"))
        .unwrap_or_default();
    assert!(routed.contains("transport=tls"), "{log}");
}

#[test]
fn a_provider_domain_is_found_by_naptr_and_srv_and_a_name_without_records_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    // RFC 5922: the certificate names the provider's domain, not the SRV target.
    let ca = TestCa::new(dir.path(), &["provider.test"]);
    let (port, tls_port) = (free_port(), free_port());
    let kamailio = Kamailio::start(
        &[
            format!("udp:{PROVIDER}:{port}"),
            format!("tls:127.0.0.1:{tls_port}"),
        ],
        Some(&ca),
        None,
    );
    let dns = common::dnsmasq::Dnsmasq::start(
        "provider.test",
        &[
            "--naptr-record=provider.test,10,10,S,SIPS+D2T,,_sips._tcp.provider.test".into(),
            "--naptr-record=provider.test,20,10,S,SIP+D2U,,_sip._udp.provider.test".into(),
            format!("--srv-host=_sips._tcp.provider.test,sip1.provider.test,{tls_port},10,10"),
            "--host-record=sip1.provider.test,127.0.0.1".into(),
        ],
    );
    let pbx = Pbx::start_env(
        &dir.path().join("data"),
        &[],
        &[
            ("EDGEPBX_SIP_CA", ca.ca.to_str().unwrap()),
            ("EDGEPBX_DNS_SERVER", &dns.addr),
        ],
    );
    let admin = pbx.admin();
    let put = |gw: Value| {
        id_of(&admin.put(
            &admin.url("resources"),
            json!({"name": "p", "gateways": [gw]}),
        ))
    };
    // No transport, no port: NAPTR picks TLS, SRV gives the server and port.
    let found = put(
        json!({"server": "provider.test", "register": true, "username": DID_TLS,
        "auth_username": "trunkuser", "password": "trunkpass", "expire_seconds": 600}),
    );
    let nowhere = put(json!({"server": "nowhere.provider.test", "register": true,
        "username": DID_TCP, "password": "p"}));
    let gw = wait_status(&admin, &found, &kamailio, |gw| gw["state"] == "registered");
    assert_eq!(gw["registrar"], format!("127.0.0.1:{tls_port}"), "{gw}");
    assert!(
        kamailio
            .log()
            .contains(&format!("register sip:{DID_TLS}@provider.test proto=tls")),
        "{}",
        kamailio.log()
    );
    let gw = wait_status(&admin, &nowhere, &kamailio, |gw| gw["state"] == "failed");
    assert_eq!(
        gw["last_error"]["reason"], "server address not resolved",
        "{gw}"
    );
    // Asked once (retried every 30 s), however often the registration looks again.
    assert_eq!(
        dns.queries("A", "nowhere.provider.test"),
        1,
        "{}",
        dns.log()
    );
    assert_eq!(dns.queries("NAPTR", "provider.test"), 1, "{}", dns.log());
}
