//! End to end with a real SIP user agent: two baresip agents register with the box, one
//! over UDP and one over TLS, and call each other through it (both ways). Each plays a
//! known tone sequence as its microphone and records what it hears; the tones must come
//! out on the other side, in order, well above the neighbouring frequencies.

mod common;

use std::time::{Duration, Instant};

use common::baresip::{Agent, BLOCK, Detection, RATE, detect, read_wav, tone_samples};
use common::{Client, Pbx, id_of};
use serde_json::{Value, json};

const PASSWORD_UDP: &str = "udp-secret-1000";
const PASSWORD_TLS: &str = "tls-secret-1001";
/// What each agent says: two tones of 1.2 s, then silence long enough that the file never
/// runs out during a call (baresip hangs up when its `aufile` source ends).
const UDP_TONES: [f64; 2] = [1000.0, 1800.0];
const TLS_TONES: [f64; 2] = [1500.0, 600.0];
const TONE_SECS: f64 = 1.2;
/// How long a call stays up after both sides say it is established.
const TALK: Duration = Duration::from_millis(3500);
const WAIT: Duration = Duration::from_secs(10);
/// A tone counts as heard when it stands out for this long without a break.
const MIN_RUN_SECS: f64 = 0.8;

fn tones(freqs: [f64; 2]) -> Vec<i16> {
    tone_samples(&[(freqs[0], TONE_SECS), (freqs[1], TONE_SECS), (0.0, 8.0)])
}

fn create_device(admin: &Client, number: &str, password: &str) -> String {
    let device = id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": format!("baresip {number}"), "sip": {"username": number, "password": password}}),
    ));
    id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": [number], "flow": {"module": "device", "data": {"id": device}, "children": {}}}),
    ));
    device
}

fn check<T>(r: Result<T, String>) -> T {
    r.unwrap_or_else(|e| panic!("{e}"))
}

/// Waits until the API says both devices are registered.
fn wait_registered(admin: &Client, devices: &[&str]) {
    let deadline = Instant::now() + WAIT;
    loop {
        let r = admin.get(&admin.url("devices/status"));
        assert_eq!(r.status, 200, "{}", r.text());
        let rows = r.data();
        let registered = |id: &str| {
            rows.as_array()
                .into_iter()
                .flatten()
                .any(|row| row["device_id"] == json!(id) && row["registered"] == json!(true))
        };
        if devices.iter().all(|d| registered(d)) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "devices not all registered per the API: {rows}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let r = admin.get(&format!("{}?with_status=true", admin.url("devices")));
    assert_eq!(r.status, 200, "{}", r.text());
    for d in devices {
        let row = r
            .data()
            .as_array()
            .and_then(|rows| rows.iter().find(|row| row["id"] == json!(d)).cloned())
            .unwrap_or_else(|| panic!("device {d} missing from the listing"));
        assert_eq!(row["registered"], json!(true), "{row}");
    }
}

/// Asserts the recording holds `expected` (in that order) and none of `absent`.
fn assert_heard(who: &str, samples: &[i16], expected: [f64; 2], absent: [f64; 2]) {
    let all: Vec<f64> = expected.iter().chain(&absent).copied().collect();
    let found: Vec<Detection> = expected
        .iter()
        .map(|&f| {
            let mut refs = vec![f - 250.0, f + 250.0];
            refs.extend(all.iter().copied().filter(|x| *x != f));
            detect(samples, f, &refs)
        })
        .collect();
    for d in &found {
        eprintln!(
            "{who}: {} Hz: {} blocks of 50 ms above the references, longest run {:.2} s, ratio to the strongest reference: median {:.1} dB, min {:.1} dB",
            d.freq,
            d.blocks,
            d.seconds(),
            d.median_ratio_db,
            d.min_ratio_db
        );
        assert!(
            d.seconds() >= MIN_RUN_SECS,
            "{who}: {} Hz not heard for {MIN_RUN_SECS} s (recording {:.2} s): {d:?}",
            d.freq,
            samples.len() as f64 / f64::from(RATE)
        );
    }
    assert!(
        found[0].first < found[1].first,
        "{who}: tones out of order: {found:?}"
    );
    for f in absent {
        let mut refs = vec![f - 250.0, f + 250.0];
        refs.extend(all.iter().copied().filter(|x| *x != f));
        let d = detect(samples, f, &refs);
        assert!(
            d.blocks * BLOCK < RATE as usize / 5,
            "{who}: hears its own {f} Hz tone: {d:?}"
        );
    }
}

/// One call from `caller` to `number` (answered by `callee`), kept up for `TALK`, hung up
/// by the caller; then each side's recording must hold the other's tones.
fn call(
    caller: &mut Agent,
    callee: &mut Agent,
    number: &str,
    caller_tones: [f64; 2],
    callee_tones: [f64; 2],
) {
    caller.command(&format!("/dial {number}"));
    check(callee.wait_for("Call established", Some("terminated"), WAIT));
    check(caller.wait_for("Call established", Some("terminated"), WAIT));
    std::thread::sleep(TALK);
    caller.command("/hangup");
    check(caller.wait_for("terminated", None, WAIT));
    check(callee.wait_for("terminated", None, WAIT));
    // The recordings are complete once the call's audio is torn down.
    std::thread::sleep(Duration::from_millis(300));
    for (agent, expected, absent) in [
        (&*callee, caller_tones, callee_tones),
        (&*caller, callee_tones, caller_tones),
    ] {
        let path = agent.last_recording().unwrap_or_else(|| {
            panic!(
                "{}: no recording announced:\n{}",
                agent.name,
                agent.output()
            )
        });
        let samples = check(read_wav(&path));
        eprintln!(
            "{}: recorded {:.2} s of received audio",
            agent.name,
            samples.len() as f64 / f64::from(RATE)
        );
        assert_heard(&agent.name, &samples, expected, absent);
        std::fs::remove_file(&path).ok();
    }
}

#[test]
fn two_baresip_agents_udp_and_tls_call_with_audio() {
    let started = Instant::now();
    // Fails here, with what to install, when baresip is missing.
    common::baresip::module_dir();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let dev_udp = create_device(&admin, "1000", PASSWORD_UDP);
    let dev_tls = create_device(&admin, "1001", PASSWORD_TLS);

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
            "<sip:1001@127.0.0.1:{};transport=tls>;auth_pass={PASSWORD_TLS};regint=600",
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
