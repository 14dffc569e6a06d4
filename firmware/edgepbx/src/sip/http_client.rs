//! The HTTP requests callflows make (pivot, webhook): HTTP/1.1 over TCP, or over TLS for
//! `https://` URLs (`http_tls`), with a deadline; one short-lived thread per request, at
//! most a few at once.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};

use super::http_tls::Connection;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use edgepbx_sip::engine::{HttpRequest, HttpResult};

/// Requests in flight at once; more fail at once rather than pile up threads.
const MAX_IN_FLIGHT: usize = 32;
/// Largest answer read (a callflow document is small).
const MAX_BODY: usize = 256 * 1024;

static IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);

type Done = Box<dyn FnOnce(HttpResult) + Send>;

/// Runs `request` on its own thread and hands the result to `done`, always on another
/// thread: the caller holds the engine lock, which `done` takes. A dispatcher thread starts
/// the workers and answers itself when it cannot (too many in flight, no thread).
pub fn spawn(request: HttpRequest, done: impl FnOnce(HttpResult) + Send + 'static) {
    static DISPATCHER: OnceLock<Option<Sender<(HttpRequest, Done)>>> = OnceLock::new();
    let dispatcher = DISPATCHER.get_or_init(|| {
        let (tx, rx) = channel::<(HttpRequest, Done)>();
        super::supervise::spawn_supervised("flow-http-dispatch", move || {
            rx.iter().for_each(|(req, done)| start(req, done))
        })
        .ok()
        .map(|_| tx)
    });
    match dispatcher {
        Some(tx) => {
            if tx.send((request, Box::new(done))).is_err() {
                tracing::error!("HTTP dispatcher gone: a flow waits for its caller to hang up");
            }
        }
        None => {
            tracing::error!("no HTTP dispatcher thread: a flow waits for its caller to hang up")
        }
    }
}

/// On the dispatcher thread: one worker thread per request, or an immediate failure.
fn start(request: HttpRequest, done: Done) {
    if IN_FLIGHT.fetch_add(1, Ordering::SeqCst) >= MAX_IN_FLIGHT {
        IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
        return done(HttpResult::Failed(
            "too many HTTP requests in flight".into(),
        ));
    }
    // Shared so that the failure below can still answer if the worker never starts.
    let done = Arc::new(Mutex::new(Some(done)));
    let in_worker = done.clone();
    let take = |d: &Mutex<Option<Done>>| d.lock().ok().and_then(|mut g| g.take());
    let spawned = std::thread::Builder::new()
        .name("flow-http".into())
        .spawn(move || {
            // A panic here still answers the flow (and frees its slot).
            let fetched = std::panic::catch_unwind(|| fetch(&request));
            let result = fetched
                .unwrap_or_else(|_| Err("the HTTP client panicked".into()))
                .unwrap_or_else(HttpResult::Failed);
            IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
            if let Some(done) = take(&in_worker) {
                done(result);
            }
        });
    if let Err(e) = spawned {
        IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
        if let Some(done) = take(&done) {
            done(HttpResult::Failed(format!("cannot start the request: {e}")));
        }
    }
}

struct Url<'a> {
    tls: bool,
    host: &'a str,
    port: u16,
    path: &'a str,
}

fn parse_url(url: &str) -> Result<Url<'_>, String> {
    let (tls, rest) = if let Some(rest) = url.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = url.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(format!(
            "only http:// and https:// URLs are supported: {url}"
        ));
    };
    let (authority, path) = rest
        .find('/')
        .map_or((rest, "/"), |i| (&rest[..i], &rest[i..]));
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || authority.starts_with('[') => {
            (h, p.parse().map_err(|_| format!("bad port in {url}"))?)
        }
        _ => (authority, if tls { 443 } else { 80 }),
    };
    if host.is_empty() {
        return Err(format!("no host in {url}"));
    }
    Ok(Url {
        tls,
        host: host.trim_matches(['[', ']']),
        port,
        path,
    })
}

pub fn fetch(request: &HttpRequest) -> Result<HttpResult, String> {
    let url = parse_url(&request.url)?;
    let deadline = Instant::now() + Duration::from_millis(request.timeout_ms.clamp(100, 30_000));
    let addr = (url.host, url.port)
        .to_socket_addrs()
        .map_err(|e| format!("{}: {e}", url.host))?
        .next()
        .ok_or_else(|| format!("{} does not resolve", url.host))?;
    let left = || {
        deadline
            .saturating_duration_since(Instant::now())
            .max(Duration::from_millis(1))
    };
    let tcp =
        TcpStream::connect_timeout(&addr, left()).map_err(|e| format!("connect {addr}: {e}"))?;
    let mut stream = Connection::new(tcp, url.host, url.tls)?;
    let mut head = format!(
        "{} {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: edgepbx\r\nConnection: close\r\nContent-Length: {}\r\n",
        request.method,
        url.path,
        url.host,
        request.body.len()
    );
    if let Some(ct) = &request.content_type {
        head.push_str(&format!("Content-Type: {ct}\r\n"));
    }
    if let Some(auth) = &request.authorization {
        head.push_str(&format!("Authorization: {auth}\r\n"));
    }
    head.push_str("\r\n");
    stream
        .tcp()
        .set_write_timeout(Some(left()))
        .map_err(|e| e.to_string())?;
    // The TLS handshake happens in the first write, within the same deadline.
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(&request.body))
        .map_err(|e| format!("send: {e}"))?;
    let mut answer = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        stream
            .tcp()
            .set_read_timeout(Some(left()))
            .map_err(|e| e.to_string())?;
        if Instant::now() >= deadline {
            return Err(format!(
                "no complete answer within {} ms",
                request.timeout_ms
            ));
        }
        match stream.read(&mut buf) {
            Ok(0) => break,
            // A TLS server that closes without close_notify after a whole answer.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof && !answer.is_empty() => break,
            Ok(n) => {
                answer.extend_from_slice(&buf[..n]);
                if answer.len() > MAX_BODY {
                    return Err("answer too large".into());
                }
            }
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Err(format!(
                    "no complete answer within {} ms",
                    request.timeout_ms
                ));
            }
            Err(e) => return Err(format!("read: {e}")),
        }
    }
    parse_answer(&answer)
}

fn parse_answer(answer: &[u8]) -> Result<HttpResult, String> {
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("the answer has no header end")?;
    let head = std::str::from_utf8(&answer[..split]).map_err(|_| "headers are not text")?;
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or("bad status line")?;
    let mut content_type = None;
    let mut chunked = false;
    for line in lines {
        if let Some((name, value)) = line.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "content-type" => content_type = Some(value.trim().to_string()),
                "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
                _ => {}
            }
        }
    }
    let raw = &answer[split + 4..];
    let body = if chunked { dechunk(raw)? } else { raw.to_vec() };
    Ok(HttpResult::Response {
        status,
        content_type,
        body,
    })
}

fn dechunk(mut raw: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let line_end = raw
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or("truncated chunk")?;
        let size_text = std::str::from_utf8(&raw[..line_end]).map_err(|_| "bad chunk size")?;
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| "bad chunk size")?;
        raw = &raw[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        if raw.len() < size {
            return Err("truncated chunk".into());
        }
        out.extend_from_slice(&raw[..size]);
        raw = raw.get(size + 2..).unwrap_or_default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_on_another_thread_even_when_refused_at_once() {
        let request = HttpRequest {
            method: "GET".into(),
            url: "http://127.0.0.1:1/".into(),
            content_type: None,
            authorization: None,
            body: Vec::new(),
            timeout_ms: 500,
        };
        for full in [true, false] {
            if full {
                IN_FLIGHT.store(MAX_IN_FLIGHT, Ordering::SeqCst);
            }
            let (tx, rx) = channel();
            spawn(request.clone(), move |r| {
                let _ = tx.send((std::thread::current().id(), r));
            });
            let (thread, result) = rx.recv_timeout(Duration::from_secs(5)).unwrap();
            assert_ne!(thread, std::thread::current().id());
            let HttpResult::Failed(why) = result else {
                panic!("{result:?}")
            };
            assert_eq!(why.contains("too many"), full, "{why}");
            IN_FLIGHT.store(0, Ordering::SeqCst);
        }
    }

    #[test]
    fn answers_are_parsed_plain_and_chunked() {
        let plain = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\":1}";
        assert_eq!(
            parse_answer(plain).unwrap(),
            HttpResult::Response {
                status: 200,
                content_type: Some("application/json".into()),
                body: b"{\"a\":1}".to_vec()
            }
        );
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        let HttpResult::Response { body, .. } = parse_answer(chunked).unwrap() else {
            panic!()
        };
        assert_eq!(body, b"abcde");
        assert!(parse_answer(b"garbage").is_err());
        assert!(parse_url("ftp://x/").is_err());
        let s = parse_url("https://pivot.example.com/flow").unwrap();
        assert_eq!((s.tls, s.host, s.port), (true, "pivot.example.com", 443));
        let u = parse_url("http://127.0.0.1:8080/flow?x=1").unwrap();
        assert_eq!((u.host, u.port, u.path), ("127.0.0.1", 8080, "/flow?x=1"));
    }
}
