//! Denial of service without a login: large bodies without a token are refused at the head
//! (memory stays bounded), stalled connections from one address cannot take every slot and
//! are cut off by the head and body timeouts, and failed logins from other addresses cannot
//! lock the real administrator out. Attackers use 127.0.0.2 and up; the office uses 127.0.0.1.

mod common;

use std::io::{Read, Write};
use std::net::{IpAddr, TcpStream};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use common::{ADMIN_PASSWORD, Pbx, connect_from, parse_response};

fn lo(n: u8) -> IpAddr {
    IpAddr::from([127, 0, 0, n])
}

/// Whatever the server answers within `timeout` (status 0: nothing, or closed).
fn read_answer(s: &mut TcpStream, timeout: Duration) -> u16 {
    s.set_read_timeout(Some(timeout)).unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                if buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    break;
                }
            }
        }
    }
    if buf.is_empty() {
        0
    } else {
        parse_response(&buf).status
    }
}

/// Whether the server closes `s` before `deadline` (whatever it answers first).
fn closed_by(s: &mut TcpStream, deadline: Instant) -> bool {
    let mut chunk = [0u8; 4096];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        s.set_read_timeout(Some(left)).unwrap();
        match s.read(&mut chunk) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return false;
            }
            Err(_) => return true,
        }
    }
}

#[test]
fn big_bodies_without_a_token_are_refused_at_the_head_and_memory_stays_bounded() {
    const ATTACKERS: usize = 24;
    const BODY: usize = 8 * 1024 * 1024;
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let path = admin.url("media");
    let http = pbx.http;
    let idle = pbx.rss_kib();
    // Every attacker has sent its head before the office's requests start.
    let heads_sent = Arc::new(Barrier::new(ATTACKERS + 1));
    let attack: Vec<_> = (0..ATTACKERS)
        .map(|_| {
            let path = path.clone();
            let heads_sent = heads_sent.clone();
            std::thread::spawn(move || {
                let mut s = connect_from(lo(2), http).expect("connect");
                let head = format!(
                    "PUT {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {BODY}\r\n\r\n"
                );
                s.write_all(head.as_bytes()).unwrap();
                heads_sent.wait();
                // The answer must come before any body byte is sent.
                let at_head = read_answer(&mut s, Duration::from_secs(3));
                // Then send the body anyway, as an attacker would.
                let chunk = vec![b' '; 64 * 1024];
                let mut sent = 0;
                while sent < BODY && s.write_all(&chunk).is_ok() {
                    sent += chunk.len();
                }
                at_head
            })
        })
        .collect();
    heads_sent.wait();
    let mut peak = idle;
    let mut normal = Vec::new();
    loop {
        peak = peak.max(pbx.rss_kib());
        if normal.len() < 5 {
            normal.push(admin.get(&admin.url("")).status);
        }
        if attack.iter().all(|t| t.is_finished()) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let statuses: Vec<u16> = attack.into_iter().map(|t| t.join().unwrap()).collect();
    peak = peak.max(pbx.rss_kib());
    eprintln!(
        "RSS idle {idle} KiB, peak under {ATTACKERS} x {BODY} B unauthenticated bodies {peak} KiB"
    );
    assert!(
        statuses.iter().all(|s| *s == 401),
        "every head refused with 401 before its body: {statuses:?}"
    );
    assert!(
        peak < idle + 32 * 1024,
        "RSS grew from {idle} KiB to {peak} KiB"
    );
    assert!(
        !normal.is_empty() && normal.iter().all(|s| *s == 200),
        "{normal:?}"
    );
    // A login (no token) is still read, within its small cap; a larger one is a 401.
    let big_login = format!(
        "{{\"data\": {{\"credentials\": \"x\", \"account_name\": \"office\", \"pad\": \"{}\"}}}}",
        "x".repeat(20 * 1024)
    );
    let r = pbx
        .client()
        .request("PUT", "/v2/user_auth", &[], Some(big_login.as_bytes()));
    assert_eq!(r.status, 401, "{}", r.text());
    // A bad token is refused at the head too, whatever the size.
    let mut bad = pbx.client();
    bad.token = Some("not.a.token".into());
    assert_eq!(bad.get(&admin.url("")).status, 401);
}

#[test]
fn stalled_connections_from_one_address_do_not_lock_out_a_normal_request() {
    let pbx = Pbx::start_config("header_timeout_secs = 1\nbody_timeout_secs = 1\n");
    let admin = pbx.admin();
    // 300 connections from one address (more than the box's 256): each sends a head that
    // announces a small body, or half a head, and then nothing.
    let mut stalled = Vec::new();
    for i in 0..300 {
        let Ok(mut s) = connect_from(lo(2), pbx.http) else {
            continue;
        };
        let bytes: &[u8] = if i % 2 == 0 {
            b"PUT /v2/user_auth HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"data\""
        } else {
            b"GET /v2/accounts HTTP/1.1\r\nHost: x\r\n"
        };
        let _ = s.write_all(bytes);
        stalled.push(s);
    }
    let started = Instant::now();
    let mut c = admin.clone();
    c.source = Some(lo(1));
    let r = c.get(&c.url(""));
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    // The stalled ones are cut off by the timeouts: a trickled body gets 408 within about
    // the body timeout, and the attacker's slots come free.
    let mut trickle = connect_from(lo(3), pbx.http).unwrap();
    trickle
        .write_all(b"PUT /v2/user_auth HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")
        .unwrap();
    let started = Instant::now();
    let mut status = 0;
    while started.elapsed() < Duration::from_secs(5) && status == 0 {
        let _ = trickle.write_all(b" ");
        status = read_answer(&mut trickle, Duration::from_millis(200));
    }
    assert_eq!(status, 408);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    let open = stalled
        .iter_mut()
        .map(|s| closed_by(s, deadline))
        .filter(|closed| !closed)
        .count();
    assert_eq!(open, 0, "stalled connections still open after the timeouts");
    let mut again = connect_from(lo(2), pbx.http).unwrap();
    again
        .write_all(b"GET /v2/accounts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert_eq!(read_answer(&mut again, Duration::from_secs(3)), 401);
}

#[test]
fn failed_logins_from_other_addresses_do_not_lock_out_the_admin() {
    let pbx = Pbx::start();
    // 30 bad logins for the admin from three other addresses (10 each: an address's own
    // limit in 5 minutes); each is refused (401) or already paused (429).
    for n in 2..=4 {
        let mut attacker = pbx.client();
        attacker.source = Some(lo(n));
        for _ in 0..10 {
            let r = attacker.login("admin", "guess", "office").unwrap_err();
            assert!(matches!(r.status, 401 | 429), "{}", r.text());
        }
        let r = attacker
            .login("admin", ADMIN_PASSWORD, "office")
            .unwrap_err();
        assert_eq!(r.status, 429, "the attacking address itself is paused");
        assert!(r.header("retry-after").is_some());
    }
    let mut office = pbx.client();
    office.source = Some(lo(1));
    office
        .login("admin", ADMIN_PASSWORD, "office")
        .expect("the real admin from another address still logs in");
}
