//! Provisioning files rendered per second for 1,000 devices (the six brands in turn, two keys
//! each, 50 colleagues in the phone book's account), cold (the first pass of a fresh process:
//! catalogue parsed and templates compiled at first use) and warm (compiled templates kept),
//! beside copying a byte buffer of the average file's size (what serving a static file from
//! memory costs at least), and the heap the compiled template set and catalogue hold.
//! Prints one JSON object. Run by `scripts/bench/provision.sh`, or
//! `cargo run --release -p edgepbx-provision --example render_rate`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Instant;

use edgepbx_provision::{Data, Request, Site, answer};
use serde_json::{Value, json};

/// Counts the bytes allocated and not yet freed.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const DEVICES: usize = 1000;
const WARM_PASSES: usize = 5;

/// Brand, model, file name for device `n` (MAC `00aa00` + n).
fn phone(n: usize) -> (&'static str, &'static str, String) {
    let mac = format!("00aa00{n:06x}");
    match n % 6 {
        0 => ("yealink", "T54W", format!("{mac}.cfg")),
        1 => ("polycom", "VVX_450", format!("{mac}_reg.cfg")),
        2 => ("grandstream", "GXP2170", format!("cfg{mac}.xml")),
        3 => ("cisco", "SPA504G", format!("spa{mac}.xml")),
        4 => (
            "snom",
            "D785",
            format!("snomD785-{}.htm", mac.to_uppercase()),
        ),
        _ => ("fanvil", "X4U", format!("{mac}.cfg")),
    }
}

struct Docs;

impl Data for Docs {
    fn device_by_mac(&self, mac: &str) -> Option<(String, String, Arc<Value>)> {
        let n = usize::from_str_radix(&mac[6..], 16).ok()?;
        let (brand, model, _) = phone(n);
        let doc = json!({"name": format!("Desk {n}"), "sip": {"username": format!("u{n}"), "password": "secret-123456"},
            "provision": {"endpoint_brand": brand, "endpoint_model": model,
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
        (0..50)
            .map(|i| Arc::new(json!({"first_name": format!("User{i}"), "last_name": "Office", "presence_id": format!("{}", 100 + i)})))
            .collect()
    }
    fn directories(&self, _: &str) -> Vec<(String, Arc<Value>)> {
        Vec::new()
    }
}

/// One pass over every device: (seconds, total bytes).
fn pass(site: &Site) -> (f64, usize) {
    let start = Instant::now();
    let mut bytes = 0;
    for n in 0..DEVICES {
        let (_, _, file) = phone(n);
        let req = Request {
            file: &file,
            user_agent: "",
            source: [192, 168, 1, 23].into(),
            now: 1_800_000_000,
            secure: true,
            client_cert: None,
        };
        bytes += answer(&req, site, &Docs).expect("renders").body.len();
    }
    (start.elapsed().as_secs_f64(), bytes)
}

fn main() {
    let site = Site {
        host: "192.168.1.2".into(),
        sip_port: 5060,
        sips_port: 5061,
        https_url: Some("https://192.168.1.2:8443/provision/".into()),
        http_url: "http://192.168.1.2:8000/provision/".into(),
        secret: b"box".to_vec(),
        polycom_client_certs: false,
    };
    // The first request compiles the templates and parses the catalogue; what stays
    // allocated after it (its file is dropped) is the template set's memory.
    let before = LIVE.load(Ordering::Relaxed);
    let (first, _) = {
        let start = Instant::now();
        let req = Request {
            file: "y000000000123.cfg",
            user_agent: "",
            source: [192, 168, 1, 23].into(),
            now: 1_800_000_000,
            secure: true,
            client_cert: None,
        };
        let len = answer(&req, &site, &Docs).expect("renders").body.len();
        (start.elapsed().as_secs_f64(), len)
    };
    let template_bytes = LIVE.load(Ordering::Relaxed) - before;
    let (cold_secs, bytes) = pass(&site);
    let mut warm_secs = 0.0;
    for _ in 0..WARM_PASSES {
        warm_secs += pass(&site).0;
    }
    let size = bytes / DEVICES;
    let static_file = vec![b'x'; size];
    let copies = DEVICES * WARM_PASSES;
    let start = Instant::now();
    let mut sink = 0usize;
    for _ in 0..copies {
        sink += std::hint::black_box(static_file.clone()).len();
    }
    let static_rate = copies as f64 / start.elapsed().as_secs_f64();
    assert_eq!(sink, copies * size);
    let cold = DEVICES as f64 / cold_secs;
    let warm = (DEVICES * WARM_PASSES) as f64 / warm_secs;
    println!(
        "{}",
        json!({
            "devices": DEVICES,
            "average_file_bytes": size,
            "first_request_ms": (first * 1000.0 * 100.0).round() / 100.0,
            "cold_files_per_s": cold.round(),
            "warm_files_per_s": warm.round(),
            "static_copies_per_s": static_rate.round(),
            "static_over_warm": (static_rate / warm * 10.0).round() / 10.0,
            "template_set_bytes": template_bytes,
        })
    );
}
