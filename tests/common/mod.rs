//! Test harness: runs the real `edgepbx` binary on ephemeral loopback ports in a temporary
//! data directory, and talks to it over plain HTTP/1.1 sockets (so tests can also send bytes
//! no well-behaved client would).

#![allow(dead_code)]

pub mod baresip;
pub mod dnsmasq;
pub mod kamailio;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub mod office;
pub mod panel;
pub mod pcap;
pub mod provision;
pub mod sim_board;
pub mod sipp;
pub mod sipp_call;
pub mod smtp;
pub mod stt;
pub mod trunks;
pub mod vm;

use serde_json::{Value, json};

pub const ADMIN_PASSWORD: &str = "correct-horse-9";

pub struct Pbx {
    child: Child,
    pub http: SocketAddr,
    pub https: Option<SocketAddr>,
    /// SIP over UDP and TCP (same port), and over TLS.
    pub sip: SocketAddr,
    pub sips: SocketAddr,
    pub data: PathBuf,
    _dir: Option<tempfile::TempDir>,
    pub stdout: mpsc::Receiver<String>,
    /// What the box logged (stderr) up to and including its ready line.
    pub startup_log: Vec<String>,
}

impl Pbx {
    /// A fresh PBX with its own data directory.
    pub fn start() -> Pbx {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let mut pbx = Pbx::start_with(&data, &[]);
        pbx._dir = Some(dir);
        pbx
    }

    /// A PBX on an existing data directory (restart tests), with extra `run` arguments.
    pub fn start_with(data: &Path, extra: &[&str]) -> Pbx {
        Pbx::start_env(data, extra, &[])
    }

    /// A fresh PBX with this TOML config file (options only the file can set).
    pub fn start_config(toml: &str) -> Pbx {
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().join("edgepbx.toml");
        std::fs::write(&config, toml).expect("write config");
        let data = dir.path().join("data");
        let mut pbx = Pbx::start_with(&data, &["--config", config.to_str().unwrap()]);
        pbx._dir = Some(dir);
        pbx
    }

    /// Like [`Pbx::start_with`], with extra environment variables.
    /// An address option given in `extra` (e.g. `--sip 127.0.0.1:PORT` to restart on the
    /// same port) replaces the ephemeral default.
    pub fn start_env(data: &Path, extra: &[&str], env: &[(&str, &str)]) -> Pbx {
        let listeners: Vec<&str> = ["--http", "--https", "--sip", "--sips"]
            .into_iter()
            .filter(|o| !extra.contains(o))
            .flat_map(|o| [o, "127.0.0.1:0"])
            .collect();
        let mut child = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
            .envs(env.iter().copied())
            .arg("run")
            .args(&listeners)
            .args([
                "--log-level",
                &std::env::var("EDGEPBX_TEST_LOG_LEVEL").unwrap_or_else(|_| "info".into()),
                "--data",
            ])
            .arg(data)
            .args(extra)
            .env("EDGEPBX_ADMIN_PASSWORD", ADMIN_PASSWORD)
            .env_remove("EDGEPBX_CONFIG")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start edgepbx");
        let (ready_tx, ready_rx) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            // The start-up log, kept for tests that check what it says; none after ready.
            let mut startup = Some(Vec::new());
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if std::env::var("EDGEPBX_TEST_LOG").is_ok() {
                    eprintln!("[pbx] {line}");
                }
                if line.contains("edgepbx ready") {
                    let mut log = startup.take().unwrap_or_default();
                    log.push(line.clone());
                    let _ = ready_tx.send((line, log));
                } else if let Some(log) = &mut startup {
                    log.push(line);
                }
            }
        });
        let (out_tx, out_rx) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = out_tx.send(line);
            }
        });
        let (line, startup_log) = ready_rx
            .recv_timeout(Duration::from_secs(30))
            .expect("edgepbx did not become ready");
        let field = |name: &str| -> Option<SocketAddr> {
            let start = line.find(&format!("{name}="))? + name.len() + 1;
            line[start..].split_whitespace().next()?.parse().ok()
        };
        Pbx {
            child,
            http: field("http").expect("http address"),
            https: field("https"),
            sip: field("sip").expect("sip address"),
            sips: field("sips").expect("sips address"),
            data: data.to_path_buf(),
            _dir: None,
            stdout: out_rx,
            startup_log,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The process's resident memory in KiB (`VmRSS`).
    pub fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .expect("process status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .expect("VmRSS")
    }

    /// SIGTERM and wait for a clean exit; returns whether the exit status was success.
    pub fn stop(mut self) -> bool {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        for _ in 0..200 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        let _ = self.child.kill();
        false
    }

    /// SIGKILL: no chance to flush anything.
    /// Waits for the PBX to exit by itself; its exit status, or None after `limit`.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let deadline = std::time::Instant::now() + limit;
        while std::time::Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        None
    }

    pub fn kill9(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn client(&self) -> Client {
        Client {
            addr: self.http,
            token: None,
            account_id: String::new(),
            owner_id: String::new(),
            source: None,
        }
    }

    /// A client logged in as the first-boot administrator.
    pub fn admin(&self) -> Client {
        let mut c = self.client();
        c.login("admin", ADMIN_PASSWORD, "office")
            .expect("admin login");
        c
    }

    /// Creates a user with a password and returns a client logged in as that user.
    pub fn user_client(&self, admin: &Client, username: &str, priv_level: &str) -> Client {
        let r = admin.put(
            &admin.url("users"),
            json!({"first_name": username, "last_name": "Test", "username": username, "password": "pw-12345", "priv_level": priv_level}),
        );
        assert_eq!(r.status, 201, "{}", r.text());
        let mut c = self.client();
        c.login(username, "pw-12345", "office").expect("user login");
        c
    }
}

impl Drop for Pbx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn md5_credentials(username: &str, password: &str) -> String {
    use md5::{Digest, Md5};
    Md5::digest(format!("{}:{password}", username.to_lowercase()))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
    pub fn data(&self) -> Value {
        self.json()["data"].clone()
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Clone)]
pub struct Client {
    pub addr: SocketAddr,
    pub token: Option<String>,
    pub account_id: String,
    pub owner_id: String,
    /// The loopback address to connect from (default: the system's choice, 127.0.0.1).
    pub source: Option<std::net::IpAddr>,
}

impl Client {
    pub fn login(&mut self, username: &str, password: &str, account: &str) -> Result<Value, Resp> {
        let body = json!({"data": {"credentials": md5_credentials(username, password), "account_name": account}});
        let r = self.request(
            "PUT",
            "/v2/user_auth",
            &[],
            Some(body.to_string().as_bytes()),
        );
        if r.status != 201 {
            return Err(r);
        }
        let v = r.json();
        self.token = v["auth_token"].as_str().map(str::to_string);
        self.account_id = v["data"]["account_id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        self.owner_id = v["data"]["owner_id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        Ok(v)
    }

    /// `/v2/accounts/{account}/{rest}`
    pub fn url(&self, rest: &str) -> String {
        if rest.is_empty() {
            format!("/v2/accounts/{}", self.account_id)
        } else {
            format!("/v2/accounts/{}/{rest}", self.account_id)
        }
    }

    pub fn get(&self, path: &str) -> Resp {
        self.request("GET", path, &[], None)
    }
    pub fn delete(&self, path: &str) -> Resp {
        self.request("DELETE", path, &[], None)
    }
    pub fn put(&self, path: &str, data: Value) -> Resp {
        self.send_data("PUT", path, data)
    }
    pub fn post(&self, path: &str, data: Value) -> Resp {
        self.send_data("POST", path, data)
    }
    pub fn patch(&self, path: &str, data: Value) -> Resp {
        self.send_data("PATCH", path, data)
    }
    pub fn send_data(&self, method: &str, path: &str, data: Value) -> Resp {
        let body = json!({"data": data}).to_string();
        self.request(
            method,
            path,
            &[("Content-Type", "application/json")],
            Some(body.as_bytes()),
        )
    }

    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Resp {
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        if let Some(t) = &self.token {
            head.push_str(&format!("X-Auth-Token: {t}\r\n"));
        }
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        if let Some(b) = body {
            head.push_str(&format!("Content-Length: {}\r\n", b.len()));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body.unwrap_or_default());
        match self.source {
            Some(src) => raw_from(src, self.addr, &bytes),
            None => raw(self.addr, &bytes),
        }
    }
}

/// A TCP connection to `addr` from the loopback address `src` (127.0.0.x), so tests can
/// act as several clients.
pub fn connect_from(src: std::net::IpAddr, addr: SocketAddr) -> std::io::Result<TcpStream> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
    socket.bind(&SocketAddr::new(src, 0).into())?;
    socket.connect_timeout(&addr.into(), Duration::from_secs(5))?;
    Ok(socket.into())
}

/// Sends raw bytes and parses the HTTP response.
pub fn raw(addr: SocketAddr, bytes: &[u8]) -> Resp {
    exchange(TcpStream::connect(addr), bytes)
}

/// [`raw`] from the loopback address `src`.
pub fn raw_from(src: std::net::IpAddr, addr: SocketAddr, bytes: &[u8]) -> Resp {
    exchange(connect_from(src, addr), bytes)
}

fn exchange(stream: std::io::Result<TcpStream>, bytes: &[u8]) -> Resp {
    let Ok(mut s) = stream else {
        return Resp {
            status: 0,
            headers: Vec::new(),
            body: Vec::new(),
        };
    };
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    // The server may answer (e.g. 413) and close before reading everything we send.
    let _ = s.write_all(bytes);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    parse_response(&buf)
}

pub fn parse_response(buf: &[u8]) -> Resp {
    if buf.is_empty() {
        // The server closed without answering (it was killed, or refused the connection).
        return Resp {
            status: 0,
            headers: Vec::new(),
            body: Vec::new(),
        };
    }
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP response: {:?}", String::from_utf8_lossy(buf)));
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = buf[end + 4..].to_vec();
    if let Some(len) = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
    {
        body.truncate(len);
    }
    Resp {
        status,
        headers,
        body,
    }
}

/// The id of a created document.
pub fn id_of(r: &Resp) -> String {
    assert!(
        r.status == 200 || r.status == 201,
        "status {}: {}",
        r.status,
        r.text()
    );
    r.data()["id"].as_str().expect("id").to_string()
}
