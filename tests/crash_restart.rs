//! After `kill -9` (a crash, a watchdog reset, a power cut) the box restarts on the same data
//! directory with its phones still registered, hangs up the calls it lost on both sides with
//! a call record, says that it crashed, and starts whatever its snapshot file holds.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::sipp::{
    SippDir, devices, free_port, register_from, register_users, registered, uac, uas,
};
use common::{Client, Pbx};
use serde_json::{Value, json};

const REGISTRATIONS: &str = "sip-registrations.json";
const CALLS: &str = "sip-calls.json";

/// Waits (bounded) until the snapshot file `name` holds `needle`.
fn wait_snapshot(data: &Path, name: &str, needle: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        let text = std::fs::read_to_string(data.join(name)).unwrap_or_default();
        if text.contains(needle) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{name} never held {needle}");
}

fn status(admin: &Client) -> Value {
    let r = admin.get("/v2/system_status");
    assert_eq!(r.status, 200, "{}", r.text());
    r.data()
}

/// The same box again, on the same data directory and SIP port.
fn restart(pbx: Pbx, data: &Path) -> Pbx {
    let sip = pbx.sip.to_string();
    pbx.kill9();
    Pbx::start_with(data, &["--sip", &sip])
}

#[test]
fn registrations_survive_kill_9_and_a_call_rings_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let ids = devices(&admin, &["3000", "3001"], 20);
    let dir = SippDir::new();
    let callee_port = free_port();
    register_from(&dir, &pbx, "3001", callee_port);
    wait_snapshot(&data, REGISTRATIONS, &ids[1]);

    let pbx = restart(pbx, &data);
    let admin = pbx.admin();
    assert_eq!(
        registered(&admin),
        vec![ids[1].clone()],
        "listed as registered"
    );
    let s = status(&admin);
    assert_eq!(s["last_stop"]["kind"], "unclean", "{s}");
    assert!(s["last_stop"]["time"].as_u64().is_some(), "{s}");
    assert_eq!(s["restored"]["registrations"], 1, "{s}");

    // No re-registration: the box reaches the phone where it registered before the crash.
    let started = Instant::now();
    let mut callee = uas(&dir, "uas_echo.xml", callee_port, &[]);
    let mut caller = uac(
        &dir,
        &pbx,
        "uac_auth_rtp.xml",
        "3000",
        "3001",
        &["-d", "500"],
    );
    caller.expect_ok(Duration::from_secs(20));
    callee.expect_ok(Duration::from_secs(10));
    assert!(started.elapsed() < Duration::from_secs(15));

    // A plain user may not read the box's status.
    let user = pbx.user_client(&admin, "clerk", "user");
    assert_eq!(user.get("/v2/system_status").status, 403);
}

#[test]
fn a_call_cut_by_kill_9_gets_bye_on_both_legs_and_a_record() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    devices(&admin, &["3100", "3101"], 20);
    let dir = SippDir::new();
    let callee_port = free_port();
    register_from(&dir, &pbx, "3101", callee_port);
    let mut callee = uas(&dir, "uas_echo.xml", callee_port, &[]);
    let mut caller = uac(&dir, &pbx, "uac_wait_bye.xml", "3100", "3101", &[]);
    // The journal holds the answered call (it is written within the snapshot interval).
    wait_snapshot(&data, CALLS, "answered_unix");

    let pbx = restart(pbx, &data);
    let ready = Instant::now();
    caller.expect_ok(Duration::from_secs(10));
    let caller_done = ready.elapsed();
    callee.expect_ok(Duration::from_secs(10));
    assert!(
        caller_done < Duration::from_secs(5),
        "the caller got its BYE {caller_done:?} after the restart"
    );

    let admin = pbx.admin();
    let deadline = Instant::now() + Duration::from_secs(10);
    let rows = loop {
        let r = admin.get(&admin.url("cdrs"));
        assert_eq!(r.status, 200, "{}", r.text());
        let rows: Vec<Value> = r
            .data()
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c["hangup_cause"] == "SYSTEM_RESTART")
            .collect();
        if rows.len() >= 2 || Instant::now() > deadline {
            break rows;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(rows.len(), 2, "one record per leg: {rows:?}");
    assert!(
        rows.iter().all(|c| c["billing_seconds"].as_u64().is_some()),
        "{rows:?}"
    );
    let s = status(&admin);
    assert_eq!(s["last_stop"]["kind"], "unclean", "{s}");
    assert_eq!(s["last_stop"]["calls_cut"], 1, "{s}");
}

#[test]
fn a_torn_or_stale_snapshot_does_not_stop_the_start() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let account = admin.account_id.clone();
    let kept = devices(&admin, &["3300"], 20).remove(0);
    assert_eq!(status(&admin)["last_stop"]["kind"], "none");
    assert!(pbx.stop(), "clean stop");

    // Torn in the middle of a write.
    std::fs::write(
        data.join(REGISTRATIONS),
        br#"{"format":"edgepbx-sip-registrations","version":1,"saved_unix":17"#,
    )
    .unwrap();
    std::fs::write(data.join(CALLS), b"").unwrap();
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let s = status(&admin);
    assert_eq!(s["last_stop"]["kind"], "clean", "{s}");
    assert_eq!(s["restored"]["registrations"], 0, "{s}");
    assert!(pbx.stop());

    // Whole, but naming a device that is gone, with one damaged row and a call of a deleted
    // account: the valid parts are used (a phone of an existing device), the rest is
    // dropped and counted.
    let far = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 600;
    let dialog = |port: u16| {
        json!({"call_id": format!("c{port}"), "local_tag": "l", "remote_tag": "r",
        "local_uri": "<sip:a@x>", "remote_uri": "<sip:b@x>", "remote_target": format!("sip:b@127.0.0.1:{port}"),
        "peer": format!("127.0.0.1:{port}"), "local_cseq": 1})
    };
    let registrations = json!({"format": "edgepbx-sip-registrations", "version": 1, "saved_unix": far - 600,
        "rows": [{"account": account, "bindings": [
            [kept, "sip:3300@127.0.0.1:9", "127.0.0.1:9", far - 600, far, 0, "y", 1, "", false],
            ["0123456789abcdef0123456789abcdef", "sip:9@127.0.0.1:9", "127.0.0.1:9", far - 600, far, 0, "x", 1, "", false],
            ["d", "sip:9@127.0.0.1:9", "not an address", far - 600, far, 0, "x", 1, "", false]]}]});
    let calls = json!({"format": "edgepbx-sip-calls", "version": 1, "saved_unix": far - 600,
        "rows": [{"account": "0123456789abcdef0123456789abcdef",
            "caller": {"device_id": "d", "owner_id": null, "name": "n", "number": "1"},
            "number": "2", "realm": "x", "a": dialog(free_port()), "b": null, "b_device": null,
            "created_unix": far - 700, "ringing_unix": null, "answered_unix": far - 690}]});
    std::fs::write(data.join(REGISTRATIONS), registrations.to_string()).unwrap();
    std::fs::write(data.join(CALLS), calls.to_string()).unwrap();
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let s = status(&admin);
    assert_eq!(s["restored"]["registrations"], 1, "{s}");
    assert_eq!(s["restored"]["dropped"], 3, "{s}");
    assert_eq!(
        s["last_stop"]["calls_cut"], 1,
        "its phone still gets a BYE: {s}"
    );
    assert_eq!(registered(&admin), vec![kept]);
}

#[test]
fn steady_registrations_write_the_snapshot_at_the_bounded_rate() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pbx = Pbx::start_env(&data, &[], &[("EDGEPBX_SNAPSHOT_SECS", "2")]);
    let admin = pbx.admin();
    let users: Vec<String> = (1000..1020).map(|u| u.to_string()).collect();
    let refs: Vec<&str> = users.iter().map(String::as_str).collect();
    devices(&admin, &refs, 20);
    let dir = SippDir::new();
    let creds: Vec<(&str, String)> = refs.iter().map(|u| (*u, format!("pw{u}"))).collect();
    let creds: Vec<(&str, &str)> = creds.iter().map(|(u, p)| (*u, p.as_str())).collect();
    let writes = |s: &Value| s["snapshots"]["registrations"]["writes"].as_u64().unwrap();
    let before = writes(&status(&admin));
    let started = Instant::now();
    // 20 phones refreshing every second: 200 REGISTERs in 10 s.
    register_users(
        &dir,
        &pbx.sip.to_string(),
        &creds,
        free_port(),
        200,
        Some(20),
    );
    let elapsed = started.elapsed().as_secs();
    let s = status(&admin);
    let n = writes(&s) - before;
    assert!(n >= 1, "the changes were written: {s}");
    assert!(
        n <= elapsed / 2 + 2,
        "{n} writes in {elapsed} s at one per 2 s: {s}"
    );
    // After its first two REGISTERs a phone refreshes on a schedule the restart can predict:
    // those refreshes wait for the longer refresh interval (24 s here).
    assert!(
        n <= 4,
        "{n} writes: refreshes on schedule were written as changes: {s}"
    );
    let file = std::fs::read_to_string(data.join(REGISTRATIONS)).unwrap();
    assert_eq!(file.matches("sip:10").count(), 20, "every phone in {file}");
    assert!(
        s["snapshots"]["registrations"]["last_bytes"]
            .as_u64()
            .unwrap()
            > 0
    );
    assert_eq!(
        s["snapshots"]["calls"]["writes"], 1,
        "no calls: the journal was written once, at start: {s}"
    );
    // Nothing changes any more: nothing more is written (waiting on purpose: the claim is
    // about what does not happen in a span of time).
    let settled = writes(&status(&admin));
    std::thread::sleep(Duration::from_secs(3));
    let after = writes(&status(&admin));
    assert!(after <= settled + 1, "{settled} -> {after}");
}
