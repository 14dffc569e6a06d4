//! The box's clock by SNTP against small responders on 127.0.0.1: a box whose clock reads
//! 1970 (`EDGEPBX_CLOCK_OFFSET`, as a box without an RTC boots) says so in `system_status`;
//! the box-wide servers are set through `/v2/system/clock` (top-level administrators only,
//! bad lists refused naming the field); a server answering with a kiss-o'-death is reported
//! and skipped; the next one's time becomes the call logic's clock.

mod common;

use std::net::UdpSocket;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::Pbx;
use serde_json::{Value, json};

const NTP_UNIX_SECS: u64 = 2_208_988_800;
const GREGORIAN_OFFSET: u64 = 62_167_219_200;

fn ntp_now() -> [u8; 8] {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    let secs = (now.as_secs() + NTP_UNIX_SECS) & 0xffff_ffff;
    let frac = (u64::from(now.subsec_nanos()) << 32) / 1_000_000_000;
    ((secs << 32) | frac).to_be_bytes()
}

/// A responder on 127.0.0.1 answering well-formed SNTPv4 client requests with this machine's
/// time (or, with `kiss`, a stratum-0 refusal carrying that code). Returns its port and the
/// count of requests it answered.
fn responder(kiss: Option<&'static [u8; 4]>) -> (u16, Arc<AtomicUsize>) {
    let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
    let port = socket.local_addr().unwrap().port();
    let answered = Arc::new(AtomicUsize::new(0));
    let count = answered.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 128];
        while let Ok((n, from)) = socket.recv_from(&mut buf) {
            // Version 4, client mode, 48 bytes: anything else gets no answer.
            if n != 48 || buf[0] != 0x23 {
                continue;
            }
            let mut reply = [0u8; 48];
            reply[0] = (4 << 3) | 4;
            reply[24..32].copy_from_slice(&buf[40..48]);
            match kiss {
                Some(code) => reply[12..16].copy_from_slice(code),
                None => {
                    reply[1] = 1;
                    reply[12..16].copy_from_slice(b"GPS\0");
                    reply[32..40].copy_from_slice(&ntp_now());
                    reply[40..48].copy_from_slice(&ntp_now());
                }
            }
            count.fetch_add(1, Ordering::Relaxed);
            let _ = socket.send_to(&reply, from);
        }
    });
    (port, answered)
}

fn clock(admin: &common::Client) -> Value {
    let r = admin.get("/v2/system_status");
    assert_eq!(r.status, 200, "{}", r.text());
    r.data()["clock"].clone()
}

#[test]
fn a_box_without_a_clock_learns_the_time_from_the_servers_its_administrator_sets() {
    let real_unix = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    // The box's wall clock reads 1970-01-05, as after a boot without an RTC.
    let behind = real_unix - 400_000;
    let dir = tempfile::tempdir().unwrap();
    let offset = format!("-{behind}");
    let pbx = Pbx::start_env(
        &dir.path().join("data"),
        &[],
        &[("EDGEPBX_CLOCK_OFFSET", offset.as_str())],
    );
    let admin = pbx.admin();
    let before = clock(&admin);
    assert_eq!(before["set"], false, "{before}");
    assert_eq!(before["sntp"]["synchronised"], false, "{before}");
    assert_eq!(before["sntp"]["servers"], json!([]), "{before}");

    let path = "/v2/system/clock";
    let r = admin.get(path);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data(), json!({"ntp_servers": [], "configured": false}));
    // Bad lists: 400 naming the field, nothing stored.
    for bad in [
        json!({}),
        json!({"ntp_servers": "127.0.0.1"}),
        json!({"ntp_servers": ["no spaces allowed"]}),
        json!({"ntp_servers": ["127.0.0.1:0"]}),
        json!({"ntp_servers": ["a", "b", "c", "d", "e", "f", "g", "h", "i"]}),
    ] {
        let r = admin.post(path, bad.clone());
        assert_eq!(r.status, 400, "{bad}: {}", r.text());
        assert!(r.text().contains("ntp_servers"), "{}", r.text());
    }
    assert_eq!(admin.get(path).data()["configured"], false);
    // A plain user of the office may not set the box's servers.
    let user = pbx.user_client(&admin, "plain", "user");
    assert_eq!(user.get(path).status, 403);
    let r = user.post(path, json!({"ntp_servers": ["127.0.0.1"]}));
    assert_eq!(r.status, 403, "{}", r.text());

    // The first server refuses (kiss-o'-death RATE), the second answers.
    let (refusing, refused) = responder(Some(b"RATE"));
    let (good, answered) = responder(None);
    let servers = json!([format!("127.0.0.1:{refusing}"), format!("127.0.0.1:{good}")]);
    let r = admin.post(path, json!({"ntp_servers": servers}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.data(),
        json!({"ntp_servers": servers, "configured": true})
    );

    let deadline = Instant::now() + Duration::from_secs(30);
    let after = loop {
        let c = clock(&admin);
        if c["set"] == true {
            break c;
        }
        assert!(Instant::now() < deadline, "never synchronised: {c}");
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(refused.load(Ordering::Relaxed) >= 1);
    assert!(answered.load(Ordering::Relaxed) >= 1);
    let sntp = &after["sntp"];
    assert_eq!(sntp["synchronised"], true, "{after}");
    assert_eq!(sntp["server"], format!("127.0.0.1:{good}"), "{after}");
    assert_eq!(sntp["system_clock_set"], false, "{after}");
    assert!(
        sntp["last_error"].as_str().unwrap_or("").contains("RATE"),
        "{after}"
    );
    // The call logic's clock is now the server's (this machine's) time.
    let now = after["now"].as_u64().unwrap() - GREGORIAN_OFFSET;
    let real_now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(now.abs_diff(real_now) <= 2, "box {now}, real {real_now}");
    let offset_ms = sntp["offset_ms"].as_i64().unwrap();
    assert!(
        (offset_ms / 1000).abs_diff(behind as i64) <= 2,
        "offset {offset_ms} ms for a clock {behind} s behind"
    );
}
