//! End to end with a real SIP user agent: two baresip agents register with the box, one
//! over UDP and one over TLS, and call each other through it (both ways). Each plays a
//! known tone sequence as its microphone and records what it hears; the tones must come
//! out on the other side, in order, well above the neighbouring frequencies. The TLS phone
//! has a mixed-case SIP user name, as SmartPBX generates them.

mod common;

use std::time::{Duration, Instant};

use common::Pbx;
use common::baresip::{
    Agent, call, check, create_device, create_device_named, tone_samples, wait_registered,
};
use serde_json::{Value, json};

const PASSWORD_UDP: &str = "udp-secret-1000";
const PASSWORD_TLS: &str = "tls-secret-1001";
/// What each agent says: two tones of 1.2 s, then silence long enough that the file never
/// runs out during a call (baresip hangs up when its `aufile` source ends).
const UDP_TONES: [f64; 2] = [1000.0, 1800.0];
const TLS_TONES: [f64; 2] = [1500.0, 600.0];
const TONE_SECS: f64 = 1.2;
const WAIT: Duration = Duration::from_secs(10);

fn tones(freqs: [f64; 2]) -> Vec<i16> {
    tone_samples(&[(freqs[0], TONE_SECS), (freqs[1], TONE_SECS), (0.0, 8.0)])
}

#[test]
fn two_baresip_agents_udp_and_tls_call_with_audio() {
    let started = Instant::now();
    // Fails here, with what to install, when baresip is missing.
    common::baresip::module_dir();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let dev_udp = create_device(&admin, "1000", PASSWORD_UDP);
    let dev_tls = create_device_named(&admin, "1001", "user_TlsPhoneK9", PASSWORD_TLS);

    let mut udp = Agent::start(
        "udp-1000",
        &format!(
            "<sip:1000@127.0.0.1:{}>;auth_pass={PASSWORD_UDP};regint=600",
            pbx.sip.port()
        ),
        &tones(UDP_TONES),
        // A wide offer: the box must pass on only what it relays (G.722, G.711).
        &["opus.so", "g722.so", "gsm.so"],
    );
    let mut tls = Agent::start(
        "tls-1001",
        &format!(
            "<sip:user_TlsPhoneK9@127.0.0.1:{};transport=tls>;auth_pass={PASSWORD_TLS};regint=600",
            pbx.sips.port()
        ),
        &tones(TLS_TONES),
        &[],
    );
    for agent in [&mut udp, &mut tls] {
        let line = check(agent.wait_for("registered successfully", Some("failed"), WAIT));
        eprintln!("{}: {line}", agent.name);
    }
    wait_registered(&admin, &[&dev_udp, &dev_tls]);

    // UDP calls TLS, then TLS calls UDP.
    call(&mut udp, &mut tls, "1001", UDP_TONES, TLS_TONES);
    call(&mut tls, &mut udp, "1000", TLS_TONES, UDP_TONES);

    // Both calls left call records: an inbound and an outbound leg each.
    let deadline = Instant::now() + WAIT;
    let rows = loop {
        let r = admin.get(&admin.url("cdrs"));
        assert_eq!(r.status, 200, "{}", r.text());
        let rows = r.data().as_array().cloned().unwrap_or_default();
        let answered = |dialed: &str| {
            rows.iter().any(|row: &Value| {
                row["call_direction"] == json!("inbound")
                    && row["dialed_number"] == json!(dialed)
                    && row["billing_seconds"].as_u64().is_some_and(|s| s >= 2)
            })
        };
        let cleared = rows
            .iter()
            .all(|row| row["hangup_cause"] == json!("NORMAL_CLEARING"));
        if answered("1001") && answered("1000") && rows.len() == 4 && cleared {
            break rows;
        }
        assert!(
            Instant::now() < deadline,
            "missing call records: {}",
            json!(rows)
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    for row in &rows {
        eprintln!(
            "cdr: {} {} -> {} billing {}s {}",
            row["call_direction"],
            row["calling_from"],
            row["dialed_number"],
            row["billing_seconds"],
            row["hangup_cause"]
        );
    }
    drop(udp);
    drop(tls);
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
    let took = started.elapsed();
    eprintln!("whole test took {took:?}");
    assert!(took < Duration::from_secs(60), "took {took:?}");
}
