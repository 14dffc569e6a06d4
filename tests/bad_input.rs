//! Every class of bad input gets a clear 4xx, the server keeps serving, and stored data is
//! unchanged.

mod common;

use common::{Client, Pbx, raw};
use serde_json::{Value, json};

/// Everything an admin can list, to compare before and after an attack.
fn snapshot(c: &Client) -> Vec<Value> {
    [
        "users",
        "devices",
        "callflows",
        "media",
        "menus",
        "phone_numbers",
        "",
    ]
    .iter()
    .map(|k| {
        let mut v = c.get(&c.url(k)).json();
        if let Some(m) = v.as_object_mut() {
            m.retain(|k, _| k == "data" || k == "revision");
        }
        v
    })
    .collect()
}

fn setup(pbx: &Pbx) -> Client {
    let admin = pbx.admin();
    admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["1000"], "flow": {"module": "user", "data": {"id": admin.owner_id}}}),
    );
    admin.put(
        &admin.url("devices"),
        json!({"name": "Desk", "sip": {"username": "u1", "password": "secret1"}}),
    );
    admin
}

#[test]
fn malformed_bodies() {
    let pbx = Pbx::start();
    let admin = setup(&pbx);
    let before = snapshot(&admin);
    let url = admin.url("callflows");
    let bodies: &[&[u8]] = &[
        b"{\"data\": {\"numbers\": [\"1\"], ",
        b"not json at all",
        b"[1, 2, 3]",
        b"\"just a string\"",
        b"{\"data\": [1]}",
        b"{\"data\": \"x\"}",
        b"{}",
        b"\xff\xfe\x00garbage",
    ];
    for body in bodies {
        let r = admin.request(
            "PUT",
            &url,
            &[("Content-Type", "application/json")],
            Some(body),
        );
        assert_eq!(
            r.status,
            400,
            "{:?}: {}",
            String::from_utf8_lossy(body),
            r.text()
        );
        assert_eq!(r.json()["status"], "error");
    }
    // Nesting deeper than the JSON parser allows.
    let deep = format!("{{\"data\": {}1{}}}", "[".repeat(5000), "]".repeat(5000));
    assert_eq!(
        admin
            .request("PUT", &url, &[], Some(deep.as_bytes()))
            .status,
        400
    );
    // Wrong types in otherwise valid documents.
    let wrong: &[Value] = &[
        json!({"numbers": "1001", "flow": {"module": "user"}}),
        json!({"numbers": [1001], "flow": {"module": "user"}}),
        json!({"numbers": ["1001"], "flow": "user"}),
        json!({"numbers": ["1001"], "flow": {"module": "user", "children": []}}),
    ];
    for doc in wrong {
        let r = admin.put(&url, doc.clone());
        assert_eq!(r.status, 400, "{doc}: {}", r.text());
        assert!(!r.data().as_object().unwrap().is_empty(), "names the field");
    }
    assert_eq!(snapshot(&admin), before);
}

#[test]
fn oversized_requests() {
    let pbx = Pbx::start();
    let admin = setup(&pbx);
    let before = snapshot(&admin);
    // Declared too large: refused before the body is read.
    let big = vec![b'x'; 9 * 1024 * 1024];
    let r = admin.request(
        "PUT",
        &admin.url("menus"),
        &[("Content-Type", "application/json")],
        Some(&big),
    );
    assert_eq!(r.status, 413);
    // Chunked, no length: refused when the limit is crossed.
    let mut req = format!(
        "PUT {} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: {}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        admin.url("menus"),
        admin.token.as_deref().unwrap()
    )
    .into_bytes();
    for _ in 0..9 {
        req.extend_from_slice(format!("{:x}\r\n", 1024 * 1024).as_bytes());
        req.extend(std::iter::repeat_n(b' ', 1024 * 1024));
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(raw(admin.addr, &req).status, 413);
    // Headers beyond the limit.
    let long = "a".repeat(100 * 1024);
    let r = raw(
        admin.addr,
        format!("GET /v2/x HTTP/1.1\r\nHost: x\r\nX-Long: {long}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    );
    assert!(r.status == 431 || r.status == 400, "{}", r.status);
    assert_eq!(snapshot(&admin), before);
}

#[test]
fn path_traversal_and_bad_paths() {
    let pbx = Pbx::start();
    let admin = setup(&pbx);
    let media = common::id_of(&admin.put(&admin.url("media"), json!({"name": "x"})));
    let before = snapshot(&admin);
    let token = admin.token.clone().unwrap();
    let paths = [
        admin.url("media/..%2F..%2F..%2Fetc%2Fpasswd/raw"),
        admin.url("media/%2e%2e/raw"),
        admin.url("media/../../../../etc/passwd"),
        admin.url(&format!("media/{media}%00/raw")),
        admin.url("media/not-an-id/raw"),
        admin.url("users/..%5C..%5Cboot.ini"),
        "/v2/accounts/..%2F..%2F/users".to_string(),
        admin.url("%ff%fe"),
    ];
    for p in &paths {
        for method in ["GET", "POST", "DELETE"] {
            let r = admin.request(
                method,
                p,
                &[("Content-Type", "audio/wav")],
                Some(b"RIFF....WAVE"),
            );
            assert!((400..500).contains(&r.status), "{method} {p}: {}", r.status);
        }
    }
    // Raw request lines with dot segments the client did not normalise.
    let line = format!(
        "GET /v2/accounts/{}/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nX-Auth-Token: {token}\r\nConnection: close\r\n\r\n",
        admin.account_id
    );
    assert!((400..500).contains(&raw(admin.addr, line.as_bytes()).status));
    assert_eq!(snapshot(&admin), before);
}

#[test]
fn protocol_garbage_and_unknown_methods() {
    let pbx = Pbx::start();
    let admin = setup(&pbx);
    let before = snapshot(&admin);
    for junk in [
        &b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"[..],
        b"HELLO\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
    ] {
        let mut s = std::net::TcpStream::connect(admin.addr).unwrap();
        use std::io::{Read, Write};
        s.set_read_timeout(Some(std::time::Duration::from_secs(15)))
            .unwrap();
        let _ = s.write_all(junk);
        let mut buf = Vec::new();
        let _ = s.read_to_end(&mut buf);
        if !buf.is_empty() {
            let r = common::parse_response(&buf);
            assert!(
                (400..500).contains(&r.status) || r.status == 505,
                "{:?} -> {}",
                String::from_utf8_lossy(junk),
                r.status
            );
        }
    }
    assert_eq!(
        admin.request("FROB", &admin.url("users"), &[], None).status,
        405
    );
    assert_eq!(
        admin
            .request("TRACE", &admin.url("users"), &[], None)
            .status,
        405
    );
    assert_eq!(
        admin
            .request("POST", &admin.url("users"), &[], Some(b"{\"data\":{}}"))
            .status,
        405,
        "POST on a collection"
    );
    assert_eq!(admin.get("/v2/nowhere").status, 404);
    assert_eq!(admin.get("/etc/passwd").status, 404);
    assert_eq!(admin.get(&admin.url("users?page_size=abc")).status, 400);
    assert_eq!(snapshot(&admin), before);
    // Still serving.
    assert_eq!(admin.get(&admin.url("users")).status, 200);
}
