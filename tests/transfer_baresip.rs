//! A blind transfer with real SIP user agents: baresip A calls B, B transfers A to C with
//! REFER (`/transfer`), the box answers A itself, rings C, and A and C then talk: each
//! records the other's tones. B is released with NOTIFY and BYE. A is shown whom it now
//! talks to: baresip 1.0 lists no UPDATE, so the box re-INVITEs it with C's identity in
//! P-Asserted-Identity (A's SIP trace is on to see it). C starts its tone as it answers and
//! A hears all of it: no audio gap after the transfer (about 1 s was reported once; measured
//! here 0-50 ms, one detection block).

mod common;

use std::time::{Duration, Instant};

use common::Pbx;
use common::baresip::{
    Agent, RATE, assert_heard, check, create_device, detect, read_wav, tone_samples,
    wait_registered,
};
use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(10);
const TONE_SECS: f64 = 1.2;
const A_TONES: [f64; 2] = [1000.0, 1800.0];
const B_TONES: [f64; 2] = [700.0, 2200.0];
const C_TONES: [f64; 2] = [1500.0, 600.0];

fn account(pbx: &Pbx, user: &str) -> String {
    format!(
        "<sip:{user}@127.0.0.1:{}>;auth_pass=pw-{user}-secret;regint=600",
        pbx.sip.port()
    )
}

#[test]
fn a_callee_transfers_the_caller_blind_and_the_caller_talks_to_the_new_party() {
    let started = Instant::now();
    common::baresip::module_dir();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let devices: Vec<String> = ["2000", "2001", "2002"]
        .iter()
        .map(|n| create_device(&admin, n, &format!("pw-{n}-secret")))
        .collect();

    // A speaks only after the transfer (about 2 s in); B and C as soon as they answer.
    let a_audio = tone_samples(&[
        (0.0, 3.0),
        (A_TONES[0], TONE_SECS),
        (A_TONES[1], TONE_SECS),
        (0.0, 8.0),
    ]);
    // B waits 1 s before its tones; C, the transfer's new party, starts 20 ms after it
    // answers, so a gap while the media is re-pointed to it would cut its first tone.
    let answerer = |tones: [f64; 2], silence: f64| {
        tone_samples(&[
            (0.0, silence),
            (tones[0], TONE_SECS),
            (tones[1], TONE_SECS),
            (0.0, 12.0),
        ])
    };
    let mut a = Agent::start_traced("a-2000", &account(&pbx, "2000"), &a_audio, &[], true);
    let mut b = Agent::start(
        "b-2001",
        &account(&pbx, "2001"),
        &answerer(B_TONES, 1.0),
        &[],
    );
    let mut c = Agent::start(
        "c-2002",
        &account(&pbx, "2002"),
        &answerer(C_TONES, 0.02),
        &[],
    );
    for agent in [&mut a, &mut b, &mut c] {
        check(agent.wait_for("registered successfully", Some("failed"), WAIT));
    }
    let ids: Vec<&str> = devices.iter().map(String::as_str).collect();
    wait_registered(&admin, &ids);

    a.command("/dial 2001");
    check(b.wait_for("Call established", Some("terminated"), WAIT));
    check(a.wait_for("Call established", Some("terminated"), WAIT));
    std::thread::sleep(Duration::from_millis(1500));
    b.command(&format!("/transfer sip:2002@127.0.0.1:{}", pbx.sip.port()));
    check(c.wait_for("Call established", Some("terminated"), WAIT));
    check(b.wait_for("terminated", None, WAIT));
    // A speaks from 3 s on for 2.4 s; C's tones came 1 s after it answered.
    std::thread::sleep(Duration::from_millis(5500));
    a.command("/hangup");
    check(a.wait_for("terminated", None, WAIT));
    check(c.wait_for("terminated", None, WAIT));
    std::thread::sleep(Duration::from_millis(300));

    for (agent, expected, absent) in [(&a, C_TONES, A_TONES), (&c, A_TONES, C_TONES)] {
        let path = agent
            .last_recording()
            .unwrap_or_else(|| panic!("{}: no recording:\n{}", agent.name, agent.output()));
        let samples = check(read_wav(&path));
        eprintln!(
            "{}: recorded {:.2} s",
            agent.name,
            samples.len() as f64 / f64::from(RATE)
        );
        assert_heard(&agent.name, &samples, expected, absent);
        if agent.name.starts_with("a-") {
            // All of C's first tone but at most 100 ms (two 50 ms blocks).
            let refs = [
                C_TONES[0] - 250.0,
                C_TONES[0] + 250.0,
                C_TONES[1],
                A_TONES[0],
            ];
            let heard = detect(&samples, C_TONES[0], &refs).seconds();
            assert!(
                heard >= TONE_SECS - 0.1,
                "A heard {heard:.2} s of C's {TONE_SECS} s first tone: audio lost after the transfer"
            );
        }
    }

    // B's leg left the call early; A's call then went on to C: every leg has its record.
    let deadline = Instant::now() + WAIT;
    loop {
        let r = admin.get(&admin.url("cdrs"));
        assert_eq!(r.status, 200, "{}", r.text());
        let rows = r.data().as_array().cloned().unwrap_or_default();
        let has = |direction: &str, device: &str| {
            rows.iter().any(|row: &Value| {
                row["call_direction"] == json!(direction)
                    && row["custom_channel_vars"]["authorizing_id"] == json!(device)
            })
        };
        if has("outbound", &devices[1])
            && has("outbound", &devices[2])
            && has("inbound", &devices[0])
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "missing call records: {}",
            json!(rows)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let shown = "P-Asserted-Identity: \"baresip 2002\" <sip:2002@";
    assert!(
        a.output().contains(shown),
        "A was not shown C after the transfer:\n{}",
        a.output()
    );
    drop((a, b, c));
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
    eprintln!("whole test took {:?}", started.elapsed());
}
