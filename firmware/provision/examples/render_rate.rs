//! Provisioning files rendered per second for 1,000 devices (Yealink, with two BLF keys),
//! beside copying a byte buffer of the same size (what serving a static file costs at least).
//! `cargo run --release -p edgepbx-provision --example render_rate`

use std::sync::Arc;
use std::time::Instant;

use edgepbx_provision::{Data, Request, Site, answer};
use serde_json::{Value, json};

struct Docs;

impl Data for Docs {
    fn device_by_mac(&self, mac: &str) -> Option<(String, String, Arc<Value>)> {
        let n = u64::from_str_radix(&mac[6..], 16).ok()?;
        let doc = json!({"name": format!("Desk {n}"), "sip": {"username": format!("u{n}"), "password": "secret-123456"},
            "provision": {"endpoint_brand": "yealink", "endpoint_model": "T54W",
                "feature_keys": {"0": {"type": "presence", "value": "101"}, "1": {"type": "speed_dial", "value": "5551234"}}}});
        Some(("acct".into(), format!("dev{n}"), Arc::new(doc)))
    }
    fn account(&self, _: &str) -> Option<Arc<Value>> {
        Some(Arc::new(json!({"timezone": "Europe/Berlin"})))
    }
    fn doc(&self, _: &str, _: &str, _: &str) -> Option<Arc<Value>> {
        None
    }
    fn users(&self, _: &str) -> Vec<Arc<Value>> {
        Vec::new()
    }
    fn directories(&self, _: &str) -> Vec<(String, Arc<Value>)> {
        Vec::new()
    }
}

fn main() {
    let site = Site {
        host: "192.168.1.2".into(),
        sip_port: 5060,
        sips_port: 5061,
        https_url: Some("https://192.168.1.2:8443/provision/".into()),
        http_url: "http://192.168.1.2:8000/provision/".into(),
        secret: b"box".to_vec(),
    };
    let files: Vec<String> = (0..1000).map(|i| format!("001565{i:06x}.cfg")).collect();
    let mut bytes = 0;
    let start = Instant::now();
    let rounds = 5;
    for _ in 0..rounds {
        for f in &files {
            let req = Request {
                file: f,
                user_agent: "Yealink SIP-T54W 96.86.0.100",
                source: [192, 168, 1, 23].into(),
                now: 1_800_000_000,
                secure: true,
            };
            bytes = answer(&req, &site, &Docs).expect("renders").body.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let renders = f64::from(rounds * 1000) / secs;
    let static_file = vec![b'x'; bytes];
    let start = Instant::now();
    let mut sink = 0usize;
    for _ in 0..(rounds * 1000) {
        let copy = std::hint::black_box(static_file.clone());
        sink += copy.len();
    }
    let copies = f64::from(rounds * 1000) / start.elapsed().as_secs_f64();
    println!(
        "{renders:.0} files/s rendered ({bytes} bytes each); {copies:.0}/s copies of a buffer that size ({sink})"
    );
}
