//! Callflow lookups per second (issue 5), run by `scripts/bench/callflow.sh`.
//!
//! Measures the lookup the box runs for every INVITE, `find_callflow` of
//! `firmware/edgepbx/src/sip/lookup.rs` (compiled in here unchanged through `#[path]`: the
//! root package is a binary only, so its modules have no library to be reached through),
//! with its compiled-pattern cache, over a real redb store in a temporary directory. The
//! store is filled through the API layer (`edgepbx_api::Api::handle`, the code behind
//! `PUT /v2/accounts/{A}/callflows`) with 2,000 callflows in one account: 200 with
//! `patterns` and 1,800 with `numbers` (1,200 extensions, 599 DIDs and `no_match`), on top of
//! the 20 default feature codes every account gets (10 of which are patterns).
//!
//! Dialled numbers come in mixes: `ext` (exact hit as dialled), `did` (exact hit after E.164
//! normalisation: a second index read), `pattern` (no exact hit; the best of all patterns),
//! `miss` (nothing matches: `no_match`) and `overall` (50/15/25/10 % of those). Baselines in
//! the same run over the same dialled numbers: a plain `HashMap<String, _>` lookup, and one
//! redb read (`Store::index_get` of the number index); and, to show where the pattern path
//! spends its time, its two parts alone (the pattern index read, the regex scan).
//!
//!     callflow_lookup [--seconds S] [--json]   measure (table on stderr, JSON on stdout)
//!     callflow_lookup --dump                   print the callflow set and the dialled mixes
//!
//! Pin it to one CPU (callflow.sh runs it with `taskset -c 1`).

#[path = "../../../firmware/edgepbx/src/sip/lookup.rs"]
mod lookup;

use std::collections::HashMap;
use std::hint::black_box;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use edgepbx_api::{Api, ApiConfig, ApiRequest, NoLiveState, bootstrap, credentials_hash};
use edgepbx_store::{IndexName, Store, numbers};
use regex_lite::Regex;
use serde_json::{Value, json};

const PASSWORD: &str = "benchpw";

/// One callflow of the benchmark set; `callee` marks the ones the post-dial-delay run
/// routes to the answering phone (the other ones ring some other device).
struct Cf {
    numbers: Vec<String>,
    patterns: Vec<String>,
    callee: bool,
}

/// Country codes for the `^\+?CC(\d{9,10})$` patterns.
const COUNTRIES: [u32; 32] = [
    30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
    60, 61, 62, 63, 64, 65, 66, 81,
];

/// The site-code pattern whose callflow rings the callee in the post-dial-delay run.
const CALLEE_SITE: u32 = 63;

/// 200 KAZOO-style patterns and 1,800 exact numbers.
fn callflow_set() -> Vec<Cf> {
    let mut patterns: Vec<String> = [
        r"^\+?1?(\d{10})$",
        r"^9(\d+)$",
        r"^\*7(\d+)$",
        r"^\+?1?(8(?:00|33|44|55|66|77|88)\d{7})$",
        r"^011(\d+)$",
        r"^00(\d+)$",
        r"^\+(\d+)$",
        r"^(911)$",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    patterns.extend((0..64).map(|s| format!(r"^8{s:02}(\d{{4}})$"))); // site + extension
    patterns.extend((0..64).map(|s| format!(r"^7{s:02}(\d{{3}})$"))); // short site codes
    patterns.extend((0..32).map(|s| format!(r"^\*6{s:02}(\d*)$"))); // star codes with argument
    patterns.extend(COUNTRIES.iter().map(|cc| format!(r"^\+?{cc}(\d{{9,10}})$")));
    assert_eq!(patterns.len(), 200);
    let callee_pattern = format!(r"^8{CALLEE_SITE:02}(\d{{4}})$");
    let mut set: Vec<Cf> = patterns
        .into_iter()
        .map(|p| Cf {
            callee: p == callee_pattern,
            numbers: Vec::new(),
            patterns: vec![p],
        })
        .collect();
    let mut numbers: Vec<String> = (3000..4200).map(|n| n.to_string()).collect();
    numbers.extend((0..599).map(|n| format!("+1415555{n:04}")));
    numbers.push("no_match".into());
    assert_eq!(numbers.len(), 1800);
    set.extend(numbers.into_iter().map(|n| Cf {
        numbers: vec![n],
        patterns: Vec::new(),
        callee: false,
    }));
    set
}

/// xorshift64*: deterministic dialled numbers without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const MIXES: [&str; 5] = ["ext", "did", "pattern", "miss", "overall"];
const DIALLED_PER_MIX: usize = 4096;
/// Single lookups timed after a cache flush, per mix.
const COLD_SAMPLES: usize = 300;

fn dialled(rng: &mut Rng, kind: &str) -> String {
    match kind {
        "ext" => (3000 + rng.below(1200)).to_string(),
        "did" => format!("415555{:04}", rng.below(599)), // stored as +1415555xxxx
        "pattern" => match rng.below(9) {
            0 => format!("8{:02}{:04}", rng.below(64), rng.below(10_000)),
            1 => format!("7{:02}{:03}", rng.below(64), rng.below(1000)),
            2 => format!("*6{:02}{}", rng.below(32), rng.below(100)),
            3 => format!("9{:07}", rng.below(10_000_000)),
            4 => format!("1212555{:04}", rng.below(10_000)),
            5 => format!(
                "+{}{:010}",
                COUNTRIES[rng.below(32) as usize],
                rng.below(10_000_000_000)
            ),
            6 => format!("*7{}", 100 + rng.below(900)),
            7 => format!("01144{:010}", rng.below(10_000_000_000)),
            _ => "911".into(),
        },
        "miss" => match rng.below(3) {
            0 => (50_000 + rng.below(10_000)).to_string(),
            1 => (4200 + rng.below(800)).to_string(),
            _ => (600_000 + rng.below(100_000)).to_string(),
        },
        _ => {
            let kind = match rng.below(100) {
                0..50 => "ext",
                50..65 => "did",
                65..90 => "pattern",
                _ => "miss",
            };
            dialled(rng, kind)
        }
    }
}

fn mixes() -> Vec<(&'static str, Vec<String>)> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    MIXES
        .iter()
        .map(|kind| {
            let list = (0..DIALLED_PER_MIX)
                .map(|_| dialled(&mut rng, kind))
                .collect();
            (*kind, list)
        })
        .collect()
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn request(method: &str, path: &str, token: Option<&str>, body: &Value) -> ApiRequest {
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    if let Some(t) = token {
        headers.push(("x-auth-token".to_string(), t.to_string()));
    }
    ApiRequest {
        method: method.into(),
        path: path.into(),
        query: String::new(),
        headers,
        body: serde_json::to_vec(body).expect("json"),
        peer: IpAddr::V4(Ipv4Addr::LOCALHOST),
    }
}

fn call(api: &Api, method: &str, path: &str, token: Option<&str>, body: Value) -> Value {
    let r = api.handle(&request(method, path, token, &body), now_secs());
    let v: Value = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
    assert!(
        (200..300).contains(&r.status),
        "{method} {path}: {} {v}",
        r.status
    );
    v
}

/// A fresh store with the office account, filled through the API; returns the account id.
fn fill(api: &Api) -> (String, f64) {
    let account = bootstrap::first_boot(api, "office", "office.local", Some(PASSWORD), now_secs())
        .expect("first boot")
        .expect("a fresh store")
        .account_id;
    let login = call(
        api,
        "PUT",
        "/v2/user_auth",
        None,
        json!({"data": {"credentials": credentials_hash("admin", PASSWORD), "account_name": "office"}}),
    );
    let token = login["auth_token"]
        .as_str()
        .expect("auth_token")
        .to_string();
    let base = format!("/v2/accounts/{account}");
    let device = call(
        api,
        "PUT",
        &format!("{base}/devices"),
        Some(&token),
        json!({"data": {"name": "phone 2000", "sip": {"username": "2000", "password": "pw2000"}}}),
    )["data"]["id"]
        .as_str()
        .expect("device id")
        .to_string();
    let set = callflow_set();
    let t0 = Instant::now();
    // Eight writers: the store's writer thread commits concurrent writes together.
    std::thread::scope(|s| {
        for part in set.chunks(set.len().div_ceil(8)) {
            let (base, token, device) = (&base, &token, &device);
            s.spawn(move || {
                for cf in part {
                    let flow = json!({"module": "device", "data": {"id": device}, "children": {}});
                    call(
                        api,
                        "PUT",
                        &format!("{base}/callflows"),
                        Some(token),
                        json!({"data": {"numbers": cf.numbers, "patterns": cf.patterns, "flow": flow}}),
                    );
                }
            });
        }
    });
    (account, t0.elapsed().as_secs_f64())
}

/// Runs `f` over `list` (cycling) for about `secs` seconds after a short warm-up; ops/s.
fn rate(list: &[String], secs: f64, mut f: impl FnMut(&str) -> usize) -> f64 {
    let warm = Instant::now();
    let mut i = 0usize;
    while warm.elapsed() < Duration::from_millis(200) {
        black_box(f(&list[i % list.len()]));
        i += 1;
    }
    let t0 = Instant::now();
    let mut n = 0usize;
    loop {
        for _ in 0..64 {
            black_box(f(&list[n % list.len()]));
            n += 1;
        }
        let el = t0.elapsed().as_secs_f64();
        if el >= secs {
            return n as f64 / el;
        }
    }
}

/// p50/p99/max of single calls in µs (one pass over the list, each call timed alone).
fn latency(list: &[String], mut f: impl FnMut(&str) -> usize) -> Value {
    let mut us: Vec<f64> = list
        .iter()
        .map(|n| {
            let t = Instant::now();
            black_box(f(n));
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    us.sort_by(f64::total_cmp);
    let q = |p: f64| us[((us.len() - 1) as f64 * p).round() as usize];
    json!({"p50_us": round(q(0.5), 2), "p99_us": round(q(0.99), 2), "max_us": round(q(1.0), 2)})
}

/// Like [`latency`], but with the CPU caches flushed before each call (a 32 MiB buffer is
/// rewritten): in the box a lookup runs once per INVITE, between other work, not in a hot loop.
fn cold_latency(list: &[String], n: usize, mut f: impl FnMut(&str) -> usize) -> Value {
    let mut junk = vec![0u8; 32 << 20];
    let mut us: Vec<f64> = list
        .iter()
        .take(n)
        .enumerate()
        .map(|(i, num)| {
            for chunk in junk.chunks_mut(64) {
                chunk[0] = chunk[0].wrapping_add(i as u8);
            }
            black_box(&junk);
            let t = Instant::now();
            black_box(f(num));
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    us.sort_by(f64::total_cmp);
    let q = |p: f64| us[((us.len() - 1) as f64 * p).round() as usize];
    json!({"n": us.len(), "p50_us": round(q(0.5), 2), "p99_us": round(q(0.99), 2), "max_us": round(q(1.0), 2)})
}

/// A call record shaped like the engine's (firmware/sip/src/engine/cdr.rs).
fn cdr(account: &str, call: u64, leg: u64) -> serde_json::Map<String, Value> {
    let v = json!({
        "call_id": format!("bench-{call}-{leg}@127.0.0.1"),
        "other_leg_call_id": format!("bench-{call}-{}@127.0.0.1", 1 - leg),
        "interaction_id": format!("bench-{call}"),
        "account_id": account,
        "timestamp": now_secs() + edgepbx_store::GREGORIAN_OFFSET,
        "call_direction": if leg == 0 { "inbound" } else { "outbound" },
        "caller_id_name": "phone 1000", "caller_id_number": "1000",
        "callee_id_name": "phone 2000", "callee_id_number": "2000",
        "from": "1000@office.local", "to": "2000@office.local",
        "from_uri": "sip:1000@127.0.0.1", "to_uri": "sip:2000@127.0.0.1",
        "request": "2000@office.local", "authorizing_type": "device",
        "authorizing_id": "0123456789abcdef0123456789abcdef",
        "duration_seconds": 1, "billing_seconds": 1, "ringing_seconds": 0,
        "hangup_cause": "NORMAL_CLEARING", "hangup_code": "sip:200", "disposition": "ANSWER",
        "media_server": "edgepbx", "custom_channel_vars": {"account_id": account},
    });
    match v {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

/// Runs `f` while another thread stores call records the way the box's cdr-writer does
/// (`edgepbx_api::cdrs::record_cdrs`, one durable commit of two legs every 10 ms, i.e. the
/// records of 100 calls/s); returns `f`'s result and the number of commits.
fn under_cdr_writes<R>(store: &Store, account: &str, f: impl FnOnce() -> R) -> (R, u64) {
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        let writer = s.spawn(|| {
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let batch = (0..2)
                    .map(|leg| (account.to_string(), cdr(account, n, leg)))
                    .collect();
                edgepbx_api::cdrs::record_cdrs(store, batch).expect("record_cdrs");
                n += 1;
                std::thread::sleep(Duration::from_millis(10));
            }
            n
        });
        std::thread::sleep(Duration::from_millis(300));
        let r = f();
        stop.store(true, Ordering::Relaxed);
        (r, writer.join().expect("cdr writer"))
    })
}

fn round(x: f64, digits: i32) -> f64 {
    let m = 10f64.powi(digits);
    (x * m).round() / m
}

/// What a lookup of `number` must give: the kind of hit the mix stands for.
fn check(store: &Store, account: &str, kind: &str, number: &str) {
    let found = lookup::find_callflow(store, account, number, lookup::NoMatch::Allowed);
    let (cf, caps) = found.unwrap_or_else(|| panic!("{kind} {number}: no callflow (no no_match?)"));
    let nums: Vec<&str> = cf["numbers"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let ok = match kind {
        "ext" => nums.contains(&number),
        "did" => nums.contains(&numbers::normalize(number).as_str()),
        "pattern" => !caps.is_empty(),
        "miss" => nums.contains(&"no_match"),
        _ => true,
    };
    assert!(ok, "{kind} {number}: got {nums:?} {caps:?}");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let secs: f64 = args
        .iter()
        .position(|a| a == "--seconds")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(2.0);
    if flag("--dump") {
        let set: Vec<Value> = callflow_set()
            .iter()
            .map(|c| json!({"numbers": c.numbers, "patterns": c.patterns, "callee": c.callee}))
            .collect();
        let mixes: serde_json::Map<String, Value> = mixes()
            .into_iter()
            .map(|(k, l)| (k.to_string(), json!(l)))
            .collect();
        println!(
            "{}",
            json!({"callflows": set, "dialled": mixes, "callee_dialled_pattern": format!("8{CALLEE_SITE:02}2000")})
        );
        return;
    }

    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("edgepbx.redb")).expect("store");
    let api = Api::new(store.clone(), ApiConfig::default(), Arc::new(NoLiveState)).expect("api");
    let (account, fill_s) = fill(&api);
    let all_patterns = store
        .index_entries(IndexName::CallflowPattern, &account)
        .expect("pattern index");
    let n_callflows = store
        .collection(&account, "callflows")
        .expect("callflows")
        .len();
    let n_numbers = store
        .index_entries(IndexName::CallflowNumber, &account)
        .expect("number index")
        .len();
    eprintln!(
        "callflow_lookup: {n_callflows} callflows in the account ({n_numbers} numbers, {} patterns, \
         feature codes included), created through the API in {fill_s:.1} s",
        all_patterns.len()
    );

    // Baselines' data: every number of the account as stored, in a HashMap; the patterns
    // compiled once, as the lookup's cache holds them.
    let docs = store.collection(&account, "callflows").expect("callflows");
    let mut map: HashMap<String, Arc<Value>> = HashMap::new();
    for doc in docs.values() {
        for n in doc["numbers"].as_array().into_iter().flatten() {
            if let Some(n) = n.as_str() {
                map.insert(n.to_string(), doc.clone());
            }
        }
    }
    let compiled: Vec<(Regex, String)> = all_patterns
        .iter()
        .filter_map(|(p, id)| Regex::new(p).ok().map(|r| (r, id.clone())))
        .collect();

    let mixes = mixes();
    for (kind, list) in &mixes {
        for n in list {
            check(&store, &account, kind, n);
        }
    }

    let find = |n: &str| {
        lookup::find_callflow(&store, &account, n, lookup::NoMatch::Allowed)
            .map_or(0, |(cf, caps)| Arc::as_ptr(&cf) as usize + caps.len())
    };
    let hashmap = |n: &str| map.get(n).map_or(0, |v| Arc::as_ptr(v) as usize);
    let redb_read = |n: &str| {
        store
            .index_get(IndexName::CallflowNumber, &account, n)
            .ok()
            .flatten()
            .map_or(0, |id| id.len())
    };
    let pattern_index = |_: &str| {
        store
            .index_entries(IndexName::CallflowPattern, &account)
            .map_or(0, |v| v.len())
    };
    let regex_scan = |n: &str| {
        compiled
            .iter()
            .filter_map(|(re, _)| re.captures(n))
            .map(|c| c.len())
            .sum::<usize>()
    };

    let mut out = serde_json::Map::new();
    eprintln!(
        "\n{:<8} {:>12} {:>9} {:>9} {:>9} {:>9} {:>13} {:>9} {:>13} {:>9}",
        "mix",
        "lookups/s",
        "p50 us",
        "p99 us",
        "cold p50",
        "cold p99",
        "HashMap/s",
        "ratio",
        "redb read/s",
        "ratio"
    );
    for (kind, list) in &mixes {
        let lookups = rate(list, secs, find);
        let lat = latency(list, find);
        let cold = cold_latency(list, COLD_SAMPLES, find);
        let hm = rate(list, secs.min(1.0), hashmap);
        let rd = rate(list, secs, redb_read);
        eprintln!(
            "{kind:<8} {lookups:>12.0} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {hm:>13.0} {:>9.5} {rd:>13.0} {:>9.3}",
            lat["p50_us"].as_f64().unwrap_or(f64::NAN),
            lat["p99_us"].as_f64().unwrap_or(f64::NAN),
            cold["p50_us"].as_f64().unwrap_or(f64::NAN),
            cold["p99_us"].as_f64().unwrap_or(f64::NAN),
            lookups / hm,
            lookups / rd
        );
        out.insert(
            kind.to_string(),
            json!({
                "lookups_per_s": lookups.round(),
                "latency": lat,
                "latency_cold_caches": cold,
                "baseline_hashmap_per_s": hm.round(),
                "ratio_vs_hashmap": round(lookups / hm, 6),
                "baseline_redb_index_read_per_s": rd.round(),
                "ratio_vs_redb_read": round(lookups / rd, 4),
                "sample": list.iter().take(5).collect::<Vec<_>>(),
            }),
        );
    }
    let pattern_list = &mixes.iter().find(|(k, _)| *k == "pattern").expect("mix").1;
    let pi = rate(pattern_list, secs, pattern_index);
    let rs = rate(pattern_list, secs, regex_scan);
    eprintln!(
        "\npattern path, parts alone: pattern index read ({} entries) {pi:.0}/s = {:.1} us; \
         regex scan of {} compiled patterns {rs:.0}/s = {:.1} us",
        all_patterns.len(),
        1e6 / pi,
        compiled.len(),
        1e6 / rs
    );
    // Whether a caller ID is one of the account's numbers (every call out through a
    // carrier): the box's number set, against the scan of every callflow it replaced.
    let caller_ids = &mixes.iter().find(|(k, _)| *k == "did").expect("mix").1;
    let owned = |n: &str| usize::from(lookup::owns_number(&store, &account, n));
    let scan = |n: &str| {
        let n = numbers::normalize(n);
        let flows = store.collection(&account, "callflows").expect("callflows");
        usize::from(flows.values().any(|cf| {
            cf["numbers"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .any(|x| numbers::normalize(x) == n)
        }))
    };
    let (own_rate, scan_rate) = (rate(caller_ids, secs, owned), rate(caller_ids, secs, scan));
    eprintln!(
        "\ncaller ID owned (DIDs): number set {own_rate:.0}/s, scan of {n_callflows} callflows \
         (the old way) {scan_rate:.0}/s: {:.0}x",
        own_rate / scan_rate
    );
    // The box stores the records of every call while it routes the next ones: the same
    // lookups again with that write load on the same CPU.
    let mut loaded = serde_json::Map::new();
    for kind in ["ext", "pattern"] {
        let list = &mixes.iter().find(|(k, _)| *k == kind).expect("mix").1;
        let ((lookups, cold), commits) = under_cdr_writes(&store, &account, || {
            (
                rate(list, secs, find),
                cold_latency(list, COLD_SAMPLES, find),
            )
        });
        eprintln!(
            "{kind} lookups under CDR writes (100 calls/s of records, {commits} commits): \
             {lookups:.0}/s, cold p50 {} us p99 {} us",
            cold["p50_us"], cold["p99_us"]
        );
        loaded.insert(
            kind.to_string(),
            json!({"lookups_per_s": lookups.round(), "latency_cold_caches": cold, "cdr_commits": commits}),
        );
    }
    let report = json!({
        "callflows": n_callflows,
        "numbers_indexed": n_numbers,
        "patterns_indexed": all_patterns.len(),
        "created_via": "edgepbx_api::Api::handle PUT /v2/accounts/{A}/callflows (8 threads)",
        "create_seconds": round(fill_s, 2),
        "seconds_per_measurement": secs,
        "caller_id_owned": {"number_set_per_s": own_rate.round(), "baseline_callflow_scan_per_s": scan_rate.round(),
                            "ratio_vs_scan": round(own_rate / scan_rate, 1)},
        "dialled_per_mix": DIALLED_PER_MIX,
        "overall_mix_pct": {"ext": 50, "did": 15, "pattern": 25, "miss": 10},
        "mixes": out,
        "under_cdr_writes": loaded,
        "pattern_path_parts": {
            "pattern_index_read_per_s": pi.round(),
            "pattern_index_read_us": round(1e6 / pi, 2),
            "regex_scan_per_s": rs.round(),
            "regex_scan_us": round(1e6 / rs, 2),
        },
    });
    if flag("--json") {
        println!("{report}");
    }
    store.close();
}
