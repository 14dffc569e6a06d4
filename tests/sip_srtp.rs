//! SRTP with SDES keys end to end against baresip (its `srtp` module, libre's own SRTP):
//! a phone that requires SRTP (`mediaenc=srtp-mand`, RTP/SAVP) registered on a device with
//! `media.encryption: {methods: ["srtp"], enforce_security: true}` calls a plain-RTP phone
//! and is called by it. The box opens SRTP from one leg and sends plain RTP on the other (each
//! leg its own keys), and the tones each phone plays must come out on the other side. A phone
//! offering DTLS-SRTP only gets `488 DTLS-SRTP Not Supported`.

mod common;

use std::time::{Duration, Instant};

use common::baresip::{Agent, call, check, create_device, tone_samples, wait_registered};
use common::{Pbx, id_of};
use serde_json::json;

const SECURE_TONES: [f64; 2] = [1000.0, 1800.0];
const PLAIN_TONES: [f64; 2] = [1500.0, 600.0];
const WAIT: Duration = Duration::from_secs(10);

fn tones(freqs: [f64; 2]) -> Vec<i16> {
    tone_samples(&[(freqs[0], 1.2), (freqs[1], 1.2), (0.0, 8.0)])
}

#[test]
fn an_srtp_phone_talks_both_ways_with_a_plain_phone_and_dtls_gets_488() {
    let started = Instant::now();
    common::baresip::module_dir();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let port = pbx.sip.port();
    // The secure phone's device asks for SRTP and refuses anything else.
    let secure_dev = id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": "srtp phone", "sip": {"username": "2000", "password": "srtp-secret-2000"},
               "media": {"encryption": {"methods": ["srtp"], "enforce_security": true}}}),
    ));
    id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["2000"], "flow": {"module": "device", "data": {"id": secure_dev}, "children": {}}}),
    ));
    let plain_dev = create_device(&admin, "2001", "plain-secret-2001");
    let dtls_dev = create_device(&admin, "2002", "dtls-secret-2002");

    let mut secure = Agent::start(
        "srtp-2000",
        &format!(
            "<sip:2000@127.0.0.1:{port}>;auth_pass=srtp-secret-2000;regint=600;mediaenc=srtp-mand"
        ),
        &tones(SECURE_TONES),
        &["srtp.so"],
    );
    let mut plain = Agent::start(
        "plain-2001",
        &format!("<sip:2001@127.0.0.1:{port}>;auth_pass=plain-secret-2001;regint=600"),
        &tones(PLAIN_TONES),
        &[],
    );
    let mut dtls = Agent::start(
        "dtls-2002",
        &format!(
            "<sip:2002@127.0.0.1:{port}>;auth_pass=dtls-secret-2002;regint=600;mediaenc=dtls_srtp"
        ),
        &tones(PLAIN_TONES),
        &["dtls_srtp.so"],
    );
    for agent in [&mut secure, &mut plain, &mut dtls] {
        check(agent.wait_for("registered successfully", Some("failed"), WAIT));
    }
    wait_registered(&admin, &[&secure_dev, &plain_dev, &dtls_dev]);

    // The secure phone calls (its SRTP offer is answered with the box's own key), then is
    // called (the box offers it RTP/SAVP with both suites).
    call(&mut secure, &mut plain, "2001", SECURE_TONES, PLAIN_TONES);
    call(&mut plain, &mut secure, "2000", PLAIN_TONES, SECURE_TONES);
    // (srtp-mand makes baresip refuse a plain-RTP offer or answer, so both calls being
    // established with the tones heard means SRTP ran on the secure phone's leg.)

    // DTLS-SRTP only: refused with the reason, nothing rung.
    dtls.command("/dial 2001");
    let line = check(dtls.wait_for("488", Some("established"), WAIT));
    assert!(line.contains("DTLS-SRTP Not Supported"), "{line}");

    drop(secure);
    drop(plain);
    drop(dtls);
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
    let took = started.elapsed();
    eprintln!("whole test took {took:?}");
    assert!(took < Duration::from_secs(60), "took {took:?}");
}
