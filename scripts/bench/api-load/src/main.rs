//! api-load: a small HTTP/1.1 keep-alive load generator for scripts/bench/api.sh (std only).
//!
//! One OS thread per connection, blocking sockets, TCP_NODELAY, requests pre-serialised where
//! possible; every run is bounded both by a request count and by a deadline. Results are one
//! JSON object on stdout.
//!
//!   api-load get  --addr H:P [--header 'K: V']... --conns N --seconds S [--warmup S]
//!                 --max-requests M --path P [--path P]... [--expect 200] [--name L]
//!   api-load put  --addr H:P [--header 'K: V']... --conns N --seconds S --count M
//!                 --path P --body TEMPLATE [--start I] [--ids FILE] [--ids-out FILE]
//!                 [--expect 201] [--name L]
//!   api-load sink --addr H:P --body-bytes B --seconds S
//!
//! Body template placeholders: {i} = start + k (k = 0-based sequence number of the request),
//! {i%N} = (start + k) mod N, {id} = line k mod len of --ids FILE, {mac} = a MAC address from i.
//! `sink` is a trivial keep-alive HTTP server answering every request with a fixed 200 and a
//! B-byte body; `get` against it measures the client's own ceiling.

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const MAX_HEAD: usize = 256 * 1024;
const MAX_BODY: usize = 64 * 1024 * 1024;
/// A worker gives up after this many connection failures in a row.
const MAX_CONSECUTIVE_FAILURES: u32 = 50;
/// Error bodies kept for the report.
const MAX_ERROR_SAMPLES: usize = 3;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("get") => run_load(Mode::Get, &args[1..]),
        Some("put") => run_load(Mode::Put, &args[1..]),
        Some("sink") => sink(&args[1..]),
        _ => Err("usage: api-load get|put|sink [options] (see the source header)".into()),
    };
    if let Err(e) = result {
        eprintln!("api-load: {e}");
        std::process::exit(2);
    }
}

// ---------------------------------------------------------------------------------------------
// Options

#[derive(Default)]
struct Opts {
    addr: String,
    headers: Vec<String>,
    conns: usize,
    seconds: f64,
    warmup: f64,
    max_requests: u64,
    paths: Vec<String>,
    body: String,
    start: u64,
    ids: Vec<String>,
    ids_out: Option<String>,
    expect: u16,
    name: String,
    body_bytes: usize,
}

fn parse_opts(args: &[String], default_expect: u16) -> Result<Opts, String> {
    let mut o = Opts {
        conns: 1,
        seconds: 10.0,
        max_requests: 1_000_000,
        expect: default_expect,
        ..Default::default()
    };
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut val = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        let num = |v: String| -> Result<f64, String> {
            v.parse::<f64>().map_err(|_| format!("{flag}: '{v}' is not a number"))
        };
        match flag.as_str() {
            "--addr" => o.addr = val()?,
            "--header" => o.headers.push(val()?),
            "--conns" => o.conns = num(val()?)? as usize,
            "--seconds" => o.seconds = num(val()?)?,
            "--warmup" => o.warmup = num(val()?)?,
            "--max-requests" | "--count" => o.max_requests = num(val()?)? as u64,
            "--path" => o.paths.push(val()?),
            "--body" => o.body = val()?,
            "--start" => o.start = num(val()?)? as u64,
            "--ids" => {
                let f = val()?;
                let text = std::fs::read_to_string(&f).map_err(|e| format!("{f}: {e}"))?;
                o.ids = text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect();
                if o.ids.is_empty() {
                    return Err(format!("{f}: no ids"));
                }
            }
            "--ids-out" => o.ids_out = Some(val()?),
            "--expect" => o.expect = num(val()?)? as u16,
            "--name" => o.name = val()?,
            "--body-bytes" => o.body_bytes = num(val()?)? as usize,
            other => return Err(format!("unknown option {other}")),
        }
    }
    if o.addr.is_empty() {
        return Err("--addr is required".into());
    }
    if o.conns == 0 || o.conns > 1024 {
        return Err("--conns must be 1..1024".into());
    }
    if !(o.seconds > 0.0 && o.seconds <= 3600.0) {
        return Err("--seconds must be in (0, 3600]".into());
    }
    Ok(o)
}

// ---------------------------------------------------------------------------------------------
// Body templates

enum Piece {
    Lit(String),
    I,
    IMod(u64),
    Id,
    Mac,
}

fn compile_template(t: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}');
        let token = close.map(|c| &after[..c]);
        let piece = match token {
            Some("i") => Some(Piece::I),
            Some("id") => Some(Piece::Id),
            Some("mac") => Some(Piece::Mac),
            Some(t) if t.starts_with("i%") => Some(Piece::IMod(
                t[2..]
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("bad placeholder {{{t}}}"))?,
            )),
            _ => None,
        };
        match piece {
            Some(p) => {
                out.push(Piece::Lit(rest[..open].to_string()));
                out.push(p);
                rest = &after[close.unwrap_or(0) + 1..];
            }
            None => {
                // A literal brace (JSON); keep it.
                out.push(Piece::Lit(rest[..=open].to_string()));
                rest = after;
            }
        }
    }
    out.push(Piece::Lit(rest.to_string()));
    Ok(out)
}

fn render(pieces: &[Piece], start: u64, k: u64, ids: &[String]) -> String {
    let i = start + k;
    let mut s = String::with_capacity(256);
    for p in pieces {
        match p {
            Piece::Lit(l) => s.push_str(l),
            Piece::I => s.push_str(&i.to_string()),
            Piece::IMod(n) => s.push_str(&(i % n).to_string()),
            Piece::Id => s.push_str(ids.get((k as usize) % ids.len().max(1)).map_or("", |v| v)),
            Piece::Mac => s.push_str(&format!(
                "02:42:{:02x}:{:02x}:{:02x}:{:02x}",
                (i >> 24) & 0xff,
                (i >> 16) & 0xff,
                (i >> 8) & 0xff,
                i & 0xff
            )),
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------
// HTTP/1.1 client connection

struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
    start: usize,
    end: usize,
}

struct Resp {
    status: u16,
    close: bool,
    wire_bytes: usize,
    body: Option<Vec<u8>>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

impl Conn {
    fn open(addr: &str) -> io::Result<Conn> {
        let stream = TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        stream.set_write_timeout(Some(Duration::from_secs(30)))?;
        Ok(Conn {
            stream,
            buf: vec![0; 64 * 1024],
            start: 0,
            end: 0,
        })
    }

    fn avail(&self) -> usize {
        self.end - self.start
    }

    /// Reads more bytes, compacting or growing the buffer first when it is full.
    fn fill(&mut self) -> io::Result<()> {
        if self.end == self.buf.len() {
            if self.start > 0 {
                self.buf.copy_within(self.start..self.end, 0);
                self.end -= self.start;
                self.start = 0;
            } else {
                let n = self.buf.len() * 2;
                self.buf.resize(n, 0);
            }
        }
        let n = self.stream.read(&mut self.buf[self.end..])?;
        if n == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "connection closed"));
        }
        self.end += n;
        Ok(())
    }

    fn ensure(&mut self, n: usize) -> io::Result<()> {
        while self.avail() < n {
            self.fill()?;
        }
        Ok(())
    }

    /// Offset (relative to start) just past the next "\r\n" at or after `from`.
    fn line_end(&mut self, from: usize) -> io::Result<usize> {
        loop {
            if let Some(p) = find(&self.buf[self.start + from..self.end], b"\r\n") {
                return Ok(from + p + 2);
            }
            if self.avail() > MAX_HEAD {
                return Err(bad("line too long"));
            }
            self.fill()?;
        }
    }

    fn read_response(&mut self, keep_body: bool) -> io::Result<Resp> {
        let head_len = loop {
            if let Some(p) = find(&self.buf[self.start..self.end], b"\r\n\r\n") {
                break p + 4;
            }
            if self.avail() > MAX_HEAD {
                return Err(bad("response head too large"));
            }
            self.fill()?;
        };
        let head = &self.buf[self.start..self.start + head_len];
        let text = std::str::from_utf8(head).map_err(|_| bad("non-UTF-8 head"))?;
        let mut lines = text.split("\r\n");
        let status_line = lines.next().unwrap_or("");
        let status: u16 = status_line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad("bad status line"))?;
        let (mut length, mut chunked, mut close) = (None, false, status_line.starts_with("HTTP/1.0"));
        for line in lines {
            if let Some((k, v)) = line.split_once(':') {
                let v = v.trim();
                if k.eq_ignore_ascii_case("content-length") {
                    length = Some(v.parse::<usize>().map_err(|_| bad("bad content-length"))?);
                } else if k.eq_ignore_ascii_case("transfer-encoding") {
                    chunked = v.to_ascii_lowercase().contains("chunked");
                } else if k.eq_ignore_ascii_case("connection") {
                    close = v.eq_ignore_ascii_case("close");
                }
            }
        }
        let mut body = keep_body.then(Vec::new);
        let consumed;
        if chunked {
            let mut pos = head_len;
            loop {
                let le = self.line_end(pos)?;
                let size_text = std::str::from_utf8(&self.buf[self.start + pos..self.start + le - 2])
                    .map_err(|_| bad("bad chunk size"))?;
                let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
                    .map_err(|_| bad("bad chunk size"))?;
                if size > MAX_BODY {
                    return Err(bad("chunk too large"));
                }
                pos = le;
                if size == 0 {
                    // Trailers until an empty line.
                    loop {
                        let le = self.line_end(pos)?;
                        let empty = le == pos + 2;
                        pos = le;
                        if empty {
                            break;
                        }
                    }
                    break;
                }
                self.ensure(pos + size + 2)?;
                if let Some(b) = body.as_mut() {
                    b.extend_from_slice(&self.buf[self.start + pos..self.start + pos + size]);
                }
                pos += size + 2;
            }
            consumed = pos;
        } else {
            let len = match length {
                Some(n) => n,
                None if status == 204 || status == 304 || (100..200).contains(&status) => 0,
                None => return Err(bad("response without content-length")),
            };
            if len > MAX_BODY {
                return Err(bad("body too large"));
            }
            self.ensure(head_len + len)?;
            if let Some(b) = body.as_mut() {
                b.extend_from_slice(&self.buf[self.start + head_len..self.start + head_len + len]);
            }
            consumed = head_len + len;
        }
        self.start += consumed;
        if self.start == self.end {
            self.start = 0;
            self.end = 0;
        }
        Ok(Resp {
            status,
            close,
            wire_bytes: consumed,
            body,
        })
    }
}

fn bad(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.to_string())
}

// ---------------------------------------------------------------------------------------------
// Load runs

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Get,
    Put,
}

#[derive(Default)]
struct Stats {
    lat_us: Vec<u32>,
    status: BTreeMap<u16, u64>,
    io_errors: u64,
    reconnects: u64,
    bytes: u64,
    ids: Vec<(u64, String)>,
    error_samples: Vec<String>,
    last_done: Option<Instant>,
}

fn build_head(method: &str, path: &str, host: &str, headers: &[String], body_len: Option<usize>) -> Vec<u8> {
    let mut h = format!("{method} {path} HTTP/1.1\r\nhost: {host}\r\nuser-agent: api-load\r\naccept: application/json\r\n");
    for x in headers {
        h.push_str(x);
        h.push_str("\r\n");
    }
    if let Some(n) = body_len {
        h.push_str(&format!("content-type: application/json\r\ncontent-length: {n}\r\n"));
    }
    h.push_str("\r\n");
    h.into_bytes()
}

fn extract_id(body: &[u8]) -> Option<String> {
    let p = find(body, b"\"id\":\"")? + 6;
    let id = body.get(p..p + 32)?;
    std::str::from_utf8(id).ok().map(String::from)
}

struct Plan {
    mode: Mode,
    opts: Opts,
    gets: Vec<Vec<u8>>,
    template: Vec<Piece>,
    host: String,
    next: AtomicU64,
    measure_from: Instant,
    deadline: Instant,
}

fn worker(plan: &Plan) -> Stats {
    let mut st = Stats::default();
    let mut conn: Option<Conn> = None;
    let mut failures = 0u32;
    let want_body = plan.mode == Mode::Put;
    loop {
        let now = Instant::now();
        if now >= plan.deadline {
            break;
        }
        let measuring = now >= plan.measure_from;
        let k = if measuring {
            let k = plan.next.fetch_add(1, Ordering::Relaxed);
            if k >= plan.opts.max_requests {
                break;
            }
            k
        } else {
            0
        };
        if plan.mode == Mode::Put && !measuring {
            // Writes have no warm-up: every document created is counted.
            std::thread::sleep(plan.measure_from - now);
            continue;
        }
        let request = match plan.mode {
            Mode::Get => plan.gets[(k as usize) % plan.gets.len()].clone(),
            Mode::Put => {
                let body = render(&plan.template, plan.opts.start, k, &plan.opts.ids);
                let path = &plan.opts.paths[(k as usize) % plan.opts.paths.len()];
                let mut r = build_head("PUT", path, &plan.host, &plan.opts.headers, Some(body.len()));
                r.extend_from_slice(body.as_bytes());
                r
            }
        };
        let c = match conn.as_mut() {
            Some(c) => c,
            None => match Conn::open(&plan.opts.addr) {
                Ok(c) => conn.insert(c),
                Err(e) => {
                    st.io_errors += 1;
                    failures += 1;
                    if st.error_samples.len() < MAX_ERROR_SAMPLES {
                        st.error_samples.push(format!("connect: {e}"));
                    }
                    if failures >= MAX_CONSECUTIVE_FAILURES {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(20));
                    continue;
                }
            },
        };
        let t0 = Instant::now();
        let outcome = c
            .stream
            .write_all(&request)
            .and_then(|_| c.read_response(want_body || st.error_samples.len() < MAX_ERROR_SAMPLES));
        let t1 = Instant::now();
        match outcome {
            Ok(resp) => {
                failures = 0;
                if measuring {
                    st.lat_us.push((t1 - t0).as_micros().min(u32::MAX as u128) as u32);
                    *st.status.entry(resp.status).or_default() += 1;
                    st.bytes += resp.wire_bytes as u64;
                    st.last_done = Some(t1);
                    if resp.status == plan.opts.expect {
                        if plan.opts.ids_out.is_some() {
                            if let Some(id) = resp.body.as_deref().and_then(extract_id) {
                                st.ids.push((k, id));
                            }
                        }
                    } else if st.error_samples.len() < MAX_ERROR_SAMPLES {
                        let b = resp.body.unwrap_or_default();
                        let b = String::from_utf8_lossy(&b[..b.len().min(400)]).into_owned();
                        st.error_samples.push(format!("status {}: {b}", resp.status));
                    }
                }
                if resp.close {
                    conn = None;
                    st.reconnects += 1;
                }
            }
            Err(e) => {
                if measuring {
                    st.io_errors += 1;
                    st.last_done = Some(t1);
                }
                if st.error_samples.len() < MAX_ERROR_SAMPLES {
                    st.error_samples.push(format!("io: {e}"));
                }
                conn = None;
                st.reconnects += 1;
                failures += 1;
                if failures >= MAX_CONSECUTIVE_FAILURES {
                    break;
                }
            }
        }
    }
    st
}

/// utime + stime of this process in seconds, from /proc/self/stat (USER_HZ = 100).
fn cpu_seconds() -> f64 {
    let text = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = text.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    // After the ")": state is field 3, utime field 14, stime field 15 (1-based in proc(5)).
    let get = |n: usize| f.get(n - 3).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (get(14) + get(15)) / 100.0
}

fn percentile(sorted: &[u32], p: f64) -> u32 {
    if sorted.is_empty() {
        return 0;
    }
    let idx = ((p / 100.0) * (sorted.len() as f64 - 1.0)).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn run_load(mode: Mode, args: &[String]) -> Result<(), String> {
    let opts = parse_opts(args, if mode == Mode::Get { 200 } else { 201 })?;
    if opts.paths.is_empty() {
        return Err("at least one --path is required".into());
    }
    if mode == Mode::Put && opts.body.is_empty() {
        return Err("put needs --body".into());
    }
    let template = compile_template(&opts.body)?;
    let host = opts.addr.clone();
    let gets = opts
        .paths
        .iter()
        .map(|p| build_head("GET", p, &host, &opts.headers, None))
        .collect();
    let warmup = if mode == Mode::Get { opts.warmup } else { 0.0 };
    let t_start = Instant::now();
    let measure_from = t_start + Duration::from_secs_f64(warmup);
    let plan = Arc::new(Plan {
        mode,
        gets,
        template,
        host,
        next: AtomicU64::new(0),
        measure_from,
        deadline: measure_from + Duration::from_secs_f64(opts.seconds),
        opts,
    });
    let all: Arc<Mutex<Vec<Stats>>> = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for n in 0..plan.opts.conns {
        let (plan, all) = (plan.clone(), all.clone());
        handles.push(
            std::thread::Builder::new()
                .name(format!("load-{n}"))
                .stack_size(256 * 1024)
                .spawn(move || {
                    let st = worker(&plan);
                    all.lock().unwrap().push(st);
                })
                .map_err(|e| e.to_string())?,
        );
    }
    let now = Instant::now();
    if now < measure_from {
        std::thread::sleep(measure_from - now);
    }
    let cpu0 = cpu_seconds();
    for h in handles {
        let _ = h.join();
    }
    let cpu1 = cpu_seconds();
    let stats = std::mem::take(&mut *all.lock().unwrap());
    let end = stats
        .iter()
        .filter_map(|s| s.last_done)
        .max()
        .unwrap_or_else(Instant::now);
    let elapsed = end.saturating_duration_since(measure_from).as_secs_f64().max(1e-6);

    let mut lat: Vec<u32> = Vec::new();
    let mut status: BTreeMap<u16, u64> = BTreeMap::new();
    let (mut io_errors, mut reconnects, mut bytes) = (0u64, 0u64, 0u64);
    let mut ids: Vec<(u64, String)> = Vec::new();
    let mut samples: Vec<String> = Vec::new();
    for s in stats {
        lat.extend_from_slice(&s.lat_us);
        for (k, v) in s.status {
            *status.entry(k).or_default() += v;
        }
        io_errors += s.io_errors;
        reconnects += s.reconnects;
        bytes += s.bytes;
        ids.extend(s.ids);
        for e in s.error_samples {
            if samples.len() < MAX_ERROR_SAMPLES {
                samples.push(e);
            }
        }
    }
    lat.sort_unstable();
    let responses = lat.len() as u64;
    let ok = status.get(&plan.opts.expect).copied().unwrap_or(0);
    if let Some(path) = &plan.opts.ids_out {
        ids.sort();
        let text: String = ids.iter().map(|(_, id)| format!("{id}\n")).collect();
        std::fs::write(path, text).map_err(|e| format!("{path}: {e}"))?;
    }
    let mean = if responses > 0 {
        lat.iter().map(|&v| v as f64).sum::<f64>() / responses as f64
    } else {
        0.0
    };
    let status_json: Vec<String> = status.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
    let samples_json: Vec<String> = samples.iter().map(|s| json_str(s)).collect();
    println!(
        "{{\"name\":{},\"mode\":\"{}\",\"conns\":{},\"seconds_planned\":{},\"elapsed_s\":{:.3},\
         \"responses\":{},\"ok\":{},\"expect\":{},\"io_errors\":{},\"reconnects\":{},\"status\":{{{}}},\
         \"rps\":{:.1},\"ok_rps\":{:.1},\"bytes\":{},\"avg_response_bytes\":{:.0},\
         \"latency_ms\":{{\"mean\":{:.3},\"p50\":{:.3},\"p90\":{:.3},\"p99\":{:.3},\"p999\":{:.3},\"max\":{:.3}}},\
         \"client_cpu_s\":{:.2},\"client_cpu_util\":{:.3},\"error_samples\":[{}]}}",
        json_str(&plan.opts.name),
        if mode == Mode::Get { "get" } else { "put" },
        plan.opts.conns,
        plan.opts.seconds,
        elapsed,
        responses,
        ok,
        plan.opts.expect,
        io_errors,
        reconnects,
        status_json.join(","),
        responses as f64 / elapsed,
        ok as f64 / elapsed,
        bytes,
        if responses > 0 { bytes as f64 / responses as f64 } else { 0.0 },
        mean / 1000.0,
        percentile(&lat, 50.0) as f64 / 1000.0,
        percentile(&lat, 90.0) as f64 / 1000.0,
        percentile(&lat, 99.0) as f64 / 1000.0,
        percentile(&lat, 99.9) as f64 / 1000.0,
        lat.last().copied().unwrap_or(0) as f64 / 1000.0,
        cpu1 - cpu0,
        (cpu1 - cpu0) / elapsed,
        samples_json.join(","),
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Sink: the cheapest keep-alive HTTP/1.1 server we can write, for the client-ceiling baseline.

fn sink(args: &[String]) -> Result<(), String> {
    let opts = parse_opts(args, 200)?;
    let listener = TcpListener::bind(&opts.addr).map_err(|e| format!("{}: {e}", opts.addr))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let n = opts.body_bytes.max(12);
    let mut body = String::from("{\"data\":\"");
    body.push_str(&"x".repeat(n.saturating_sub(12)));
    body.push_str("\"}\n");
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body.as_bytes());
    let response = Arc::new(response);
    println!("listening {port}");
    let _ = io::stdout().flush();
    let seconds = opts.seconds;
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs_f64(seconds));
        std::process::exit(0);
    });
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let response = response.clone();
        let _ = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || serve_sink(stream, &response));
    }
    Ok(())
}

fn serve_sink(stream: TcpStream, response: &[u8]) {
    let _ = stream.set_nodelay(true);
    let mut c = Conn {
        stream,
        buf: vec![0; 16 * 1024],
        start: 0,
        end: 0,
    };
    loop {
        // Request head, then skip a content-length body if any.
        let head_len = loop {
            if let Some(p) = find(&c.buf[c.start..c.end], b"\r\n\r\n") {
                break p + 4;
            }
            if c.avail() > MAX_HEAD || c.fill().is_err() {
                return;
            }
        };
        let head = String::from_utf8_lossy(&c.buf[c.start..c.start + head_len]).to_ascii_lowercase();
        let len = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(0);
        if len > MAX_BODY || c.ensure(head_len + len).is_err() {
            return;
        }
        c.start += head_len + len;
        if c.start == c.end {
            c.start = 0;
            c.end = 0;
        }
        if c.stream.write_all(response).is_err() {
            return;
        }
    }
}
