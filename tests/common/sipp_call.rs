//! One real call through the box between two SIPp phones (2000 calls 2001, which answers;
//! the caller hangs up after a second), for tests of what a finished call leaves behind.

use std::net::UdpSocket;
use std::time::Duration;

use super::sipp::{SippDir, devices, free_port, register_from, uac, uas};
use super::{Client, Pbx};
use serde_json::Value;

pub struct DoneCall {
    /// The device ids of 2000 and 2001.
    pub devices: Vec<String>,
    /// The call's legs as `cdrs/interaction` and `cdrs/legs` list them: the caller's first.
    pub legs: Vec<Value>,
}

impl DoneCall {
    pub fn interaction(&self) -> &str {
        self.legs[0]["interaction_id"].as_str().unwrap()
    }

    /// The Call-ID of the caller's leg (`inbound`), then the callee's.
    pub fn call_ids(&self) -> (String, String) {
        let id = |dir: &str| {
            self.legs
                .iter()
                .find(|l| l["call_direction"] == dir)
                .and_then(|l| l["call_id"].as_str())
                .unwrap_or_else(|| panic!("no {dir} leg: {:?}", self.legs))
                .to_string()
        };
        (id("inbound"), id("outbound"))
    }
}

/// Makes devices 2000 and 2001 in `admin`'s account, the call, and waits (bounded) for its
/// two call records.
pub fn call_2000_to_2001(pbx: &Pbx, admin: &Client) -> DoneCall {
    let devices = devices(admin, &["2000", "2001"], 20);
    let dir = SippDir::new();
    let callee_port = free_port();
    register_from(&dir, pbx, "2001", callee_port);
    // Where the callee's SDP points: nobody listens to the audio.
    let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
    let sink_port = sink.local_addr().unwrap().port().to_string();
    let mut callee = uas(
        &dir,
        "uas_sink.xml",
        callee_port,
        &["-set", "sink", &sink_port],
    );
    let mut caller = uac(
        &dir,
        pbx,
        "uac_auth_rtp.xml",
        "2000",
        "2001",
        &["-d", "1000"],
    );
    caller.expect_ok(Duration::from_secs(30));
    callee.expect_ok(Duration::from_secs(10));
    for _ in 0..100 {
        let rows = admin.get(&admin.url("cdrs")).data();
        if rows.as_array().is_some_and(|r| r.len() >= 2) {
            let mut legs = rows.as_array().unwrap().clone();
            legs.sort_by_key(|l| l["call_direction"] != "inbound");
            return DoneCall { devices, legs };
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "the call left no records: {}",
        admin.get(&admin.url("cdrs")).text()
    );
}
