//! The `move` feature code with real SIP user agents: baresip C (another phone) calls the
//! user's phone A, which answers; the user then dials 6683 from their other phone B, and the
//! call moves there. B and C now talk (each records the other's tones), A is hung up (its
//! tones, sent only after the move, reach nobody), and A's leg's call record says it was
//! moved and to which device.

mod common;

use std::time::{Duration, Instant};

use common::baresip::{
    Agent, BLOCK, RATE, check, create_device, detect, read_wav, tone_samples, wait_registered,
};
use common::{Pbx, id_of};
use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(10);
/// Long tones: the two parties now meet in a room on the media server, which (a debug build
/// on the shared 2-core machine at a load average of 11-15) dropped 0.3-1.2 s of audio in
/// about one run in three; a tone counts when heard for [`HEARD_SECS`] in all.
const TONE_SECS: f64 = 2.5;
const HEARD_SECS: f64 = 0.8;
const A_TONES: [f64; 2] = [1000.0, 1800.0];
const B_TONES: [f64; 2] = [700.0, 2200.0];
const C_TONES: [f64; 2] = [1500.0, 600.0];

fn account(pbx: &Pbx, user: &str) -> String {
    format!(
        "<sip:{user}@127.0.0.1:{}>;auth_pass=pw-{user}-secret;regint=600",
        pbx.sip.port()
    )
}

/// `tones` after `silence` seconds, then silence long enough that the file never loops.
fn speaks(tones: [f64; 2], silence: f64) -> Vec<i16> {
    tone_samples(&[
        (0.0, silence),
        (tones[0], TONE_SECS),
        (tones[1], TONE_SECS),
        (0.0, 12.0),
    ])
}

#[test]
fn a_call_moves_to_the_users_other_phone_with_the_move_code() {
    let started = Instant::now();
    common::baresip::module_dir();
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let devices: Vec<String> = ["3001", "3002", "3003"]
        .iter()
        .map(|n| create_device(&admin, n, &format!("pw-{n}-secret")))
        .collect();
    // A (3001) and B (3002) are one user's two phones; C (3003) is somebody else's.
    let user = id_of(&admin.put(
        &admin.url("users"),
        json!({"first_name": "Mia", "last_name": "Mover", "username": "mia"}),
    ));
    for device in &devices[..2] {
        let r = admin.patch(
            &admin.url(&format!("devices/{device}")),
            json!({"owner_id": user}),
        );
        assert_eq!(r.status, 200, "{}", r.text());
    }
    // The account's default move code is on and run by the box.
    let codes = admin.get(&admin.url("feature_codes"));
    let moving = codes
        .data()
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["name"] == "move").cloned())
        .expect("the move code is listed");
    assert_eq!(
        (&moving["number"], &moving["enabled"], &moving["handled"]),
        (&json!("6683"), &json!(true), &json!(true)),
        "{moving}"
    );

    // A would speak 3 s into its call, after it has been moved away: nobody may hear it.
    // B speaks 1 s after the box answers its 6683; C from 4 s into its call (after the move).
    let mut a = Agent::start("a-3001", &account(&pbx, "3001"), &speaks(A_TONES, 3.0), &[]);
    let mut b = Agent::start("b-3002", &account(&pbx, "3002"), &speaks(B_TONES, 1.0), &[]);
    let mut c = Agent::start("c-3003", &account(&pbx, "3003"), &speaks(C_TONES, 4.0), &[]);
    for agent in [&mut a, &mut b, &mut c] {
        check(agent.wait_for("registered successfully", Some("failed"), WAIT));
    }
    let ids: Vec<&str> = devices.iter().map(String::as_str).collect();
    wait_registered(&admin, &ids);

    c.command("/dial 3001");
    check(a.wait_for("Call established", Some("terminated"), WAIT));
    check(c.wait_for("Call established", Some("terminated"), WAIT));
    std::thread::sleep(Duration::from_millis(1000));
    b.command("/dial 6683");
    check(b.wait_for("Call established", Some("terminated"), WAIT));
    check(a.wait_for("terminated", None, WAIT));
    // C's tones end 9 s into its call; B's 6 s after its answer.
    std::thread::sleep(Duration::from_millis(8800));
    c.command("/hangup");
    check(c.wait_for("terminated", None, WAIT));
    check(b.wait_for("terminated", None, WAIT));
    std::thread::sleep(Duration::from_millis(300));

    for (agent, expected) in [(&b, C_TONES), (&c, B_TONES)] {
        let path = agent
            .last_recording()
            .unwrap_or_else(|| panic!("{}: no recording:\n{}", agent.name, agent.output()));
        let samples = check(read_wav(&path));
        eprintln!(
            "{}: recorded {:.2} s",
            agent.name,
            samples.len() as f64 / f64::from(RATE)
        );
        // Each hears the other's tones in order, and neither the phone the call moved from.
        let all: Vec<f64> = expected.iter().chain(&A_TONES).copied().collect();
        let heard = |f: f64| {
            let mut refs = vec![f - 250.0, f + 250.0];
            refs.extend(all.iter().copied().filter(|x| *x != f));
            let d = detect(&samples, f, &refs);
            eprintln!(
                "{}: {f} Hz in {} blocks of 50 ms, first {:?}",
                agent.name, d.blocks, d.first
            );
            d
        };
        let [first, second] = expected.map(heard);
        for d in [&first, &second] {
            let secs = (d.blocks * BLOCK) as f64 / f64::from(RATE);
            assert!(secs >= HEARD_SECS, "{}: {d:?}", agent.name);
        }
        assert!(
            first.first < second.first,
            "{}: tones out of order",
            agent.name
        );
        for d in A_TONES.map(heard) {
            assert!(
                d.blocks <= 2,
                "{} hears the moved-away phone: {d:?}",
                agent.name
            );
        }
    }

    // A's leg's record says it was moved, and to B.
    let deadline = Instant::now() + WAIT;
    let moved = loop {
        let r = admin.get(&admin.url("cdrs"));
        assert_eq!(r.status, 200, "{}", r.text());
        let rows = r.data().as_array().cloned().unwrap_or_default();
        let found = rows
            .iter()
            .find(|row: &&Value| row["custom_channel_vars"]["authorizing_id"] == json!(devices[0]))
            .cloned();
        if let Some(row) = found {
            break row;
        }
        assert!(
            Instant::now() < deadline,
            "no record of A's leg: {}",
            json!(rows)
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(moved["hangup_cause"], "PICKED_OFF", "{moved}");
    assert_eq!(
        moved["custom_channel_vars"]["moved_to_device_id"],
        json!(devices[1]),
        "{moved}"
    );
    drop((a, b, c));
    assert!(pbx.stop(), "edgepbx did not stop cleanly");
    eprintln!("whole test took {:?}", started.elapsed());
}
