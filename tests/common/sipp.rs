//! Running SIPp against the box: scenarios from `../shared/bench/sipp` (used unchanged) and
//! `tests/sipp`, copied into a temporary working directory (SIPp writes its logs and reads
//! its media files relative to it), each run bounded in time.

use std::net::UdpSocket;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{Client, Pbx, id_of};

pub struct SippDir {
    dir: tempfile::TempDir,
}

fn copy_all(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

impl SippDir {
    pub fn new() -> SippDir {
        assert!(
            Command::new("sipp").arg("-v").output().is_ok(),
            "sipp is not installed (Debian package sip-tester; .ci/run installs it)"
        );
        let dir = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_all(&root.join("../shared/bench/sipp"), dir.path());
        copy_all(&root.join("tests/sipp"), dir.path());
        SippDir { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes an injection file of users with their digest credentials.
    pub fn users(&self, name: &str, users: &[(&str, &str)]) -> PathBuf {
        let mut text = String::from("SEQUENTIAL\n");
        for (user, password) in users {
            text.push_str(&format!(
                "{user};[authentication username={user} password={password}]\n"
            ));
        }
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Starts SIPp with `args` (plus `-nostdin -trace_err` and a global timeout).
    pub fn spawn(&self, args: &[&str]) -> Sipp {
        // SIPp redraws its screen on stdout all the time: a file, never a pipe that fills.
        let name = args.get(1).map_or("sipp", |s| s.trim_end_matches(".xml"));
        let out = std::fs::File::create(self.dir.path().join(format!("{name}.stdout"))).unwrap();
        let err = out.try_clone().unwrap();
        let child = Command::new("sipp")
            .args(args)
            .args([
                "-nostdin",
                "-trace_err",
                "-trace_msg",
                "-timeout",
                "40s",
                "-timeout_error",
            ])
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .expect("start sipp");
        Sipp {
            child: Some(child),
            dir: self.dir.path().to_path_buf(),
            name: args.get(1).map_or("sipp".into(), |s| s.to_string()),
        }
    }

    /// The SIP messages SIPp runs of `scenario` received (their `-trace_msg` logs) whose
    /// first line starts with `start` (`"INVITE "`, `"SIP/2.0 200"`), in log order.
    pub fn received(&self, scenario: &str, start: &str) -> Vec<String> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir(self.path()).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if !(name.starts_with(scenario) && name.ends_with("_messages.log")) {
                continue;
            }
            let log = std::fs::read_to_string(entry.path()).unwrap();
            for block in log.split("-----------------------------------------------") {
                let mut lines = block
                    .lines()
                    .skip_while(|l| !l.contains("message received"))
                    .skip(1)
                    .skip_while(|l| l.trim().is_empty())
                    .peekable();
                if lines.peek().is_some_and(|l| l.starts_with(start)) {
                    found.push(lines.collect::<Vec<_>>().join("\n"));
                }
            }
        }
        found
    }

    /// Runs SIPp to completion; panics with its error log unless it exits 0.
    pub fn run_ok(&self, args: &[&str]) {
        let mut s = self.spawn(args);
        s.expect_ok(Duration::from_secs(45));
    }
}

pub struct Sipp {
    child: Option<Child>,
    dir: PathBuf,
    name: String,
}

impl Sipp {
    /// Waits for the exit code (None if it had to be killed at the deadline).
    pub fn wait(&mut self, limit: Duration) -> Option<i32> {
        let mut child = self.child.take()?;
        let deadline = Instant::now() + limit;
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn expect_ok(&mut self, limit: Duration) {
        let code = self.wait(limit);
        if code != Some(0) {
            panic!(
                "{} exited with {code:?}; errors:\n{}",
                self.name,
                self.errors()
            );
        }
    }

    /// The error logs SIPp wrote for this scenario.
    pub fn errors(&self) -> String {
        let stem = self.name.trim_end_matches(".xml");
        let mut out = String::new();
        for entry in std::fs::read_dir(&self.dir).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with(stem)
                && (name.ends_with("errors.log") || name.ends_with("messages.log"))
            {
                out.push_str(&format!("--- {name}\n"));
                out.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
            }
        }
        out
    }
}

impl Drop for Sipp {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A UDP port that is free now, with the next three free too (SIPp binds media at
/// port, port+1 and port+2).
pub fn free_port() -> u16 {
    loop {
        let s = UdpSocket::bind("127.0.0.1:0").unwrap();
        let p = s.local_addr().unwrap().port();
        if p > 65_000 {
            continue;
        }
        let others: Vec<_> = (1..4)
            .map(|i| UdpSocket::bind(("127.0.0.1", p + i)))
            .collect();
        if others.iter().all(Result::is_ok) {
            return p;
        }
    }
}

/// Creates a device per user (password `pw<user>`) and a callflow `<user>` -> device,
/// like `users.csv` of the benchmark. Returns the device ids.
pub fn devices(admin: &Client, users: &[&str], timeout_secs: u64) -> Vec<String> {
    users
        .iter()
        .map(|user| {
            let r = admin.put(
                &admin.url("devices"),
                json!({"name": format!("phone {user}"), "sip": {"username": user, "password": format!("pw{user}")}}),
            );
            assert_eq!(r.status, 201, "{}", r.text());
            let id = id_of(&r);
            let r = admin.put(
                &admin.url("callflows"),
                json!({"numbers": [user], "flow": {"module": "device", "data": {"id": id, "timeout": timeout_secs}, "children": {}}}),
            );
            assert_eq!(r.status, 201, "{}", r.text());
            id
        })
        .collect()
}

/// The account's registered device ids, as the API reports them.
pub fn registered(admin: &Client) -> Vec<String> {
    let r = admin.get(&format!(
        "{}?with_status=true&paginate=false",
        admin.url("devices")
    ));
    assert_eq!(r.status, 200, "{}", r.text());
    r.data()
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["registered"] == Value::Bool(true))
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

/// Registers `user` from SIPp local port `port`, so calls to it reach a SIPp UAS there.
pub fn register_from(dir: &SippDir, pbx: &Pbx, user: &str, port: u16) {
    let password = format!("pw{user}");
    register_users(
        dir,
        &pbx.sip.to_string(),
        &[(user, &password)],
        port,
        1,
        None,
    );
}

/// Sends `count` digest-authenticated REGISTERs for `users` (user, password, taken in turn)
/// to `target` from local port `port`, at `rate` per second when given; waits for SIPp to
/// finish without errors.
pub fn register_users(
    dir: &SippDir,
    target: &str,
    users: &[(&str, &str)],
    port: u16,
    count: u32,
    rate: Option<u32>,
) {
    let csv = dir.users(&format!("reg-{port}.csv"), users);
    let (port, count) = (port.to_string(), count.to_string());
    let rate = rate.map(|r| r.to_string());
    let mut args = vec![
        "-sf",
        "register_auth.xml",
        "-inf",
        csv.to_str().unwrap(),
        "-i",
        "127.0.0.1",
        "-p",
        &port,
        "-m",
        &count,
    ];
    if let Some(rate) = &rate {
        args.extend(["-r", rate.as_str()]);
    }
    args.push(target);
    dir.run_ok(&args);
}

/// A UAS scenario on `port` taking one call.
pub fn uas(dir: &SippDir, scenario: &str, port: u16, extra: &[&str]) -> Sipp {
    let mp = free_port().to_string();
    let port = port.to_string();
    let mut args = vec![
        "-sf",
        scenario,
        "-i",
        "127.0.0.1",
        "-p",
        &port,
        "-mi",
        "127.0.0.1",
        "-mp",
        &mp,
        "-m",
        "1",
    ];
    args.extend_from_slice(extra);
    let s = dir.spawn(&args);
    std::thread::sleep(Duration::from_millis(300));
    s
}

/// A UAC scenario calling `number` as `user` (password `pw<user>`).
pub fn uac(
    dir: &SippDir,
    pbx: &Pbx,
    scenario: &str,
    user: &str,
    number: &str,
    extra: &[&str],
) -> Sipp {
    uac_as(
        dir,
        pbx,
        scenario,
        (user, &format!("pw{user}")),
        number,
        extra,
    )
}

/// A UAC scenario calling `number` with these credentials (user, password).
pub fn uac_as(
    dir: &SippDir,
    pbx: &Pbx,
    scenario: &str,
    (user, password): (&str, &str),
    number: &str,
    extra: &[&str],
) -> Sipp {
    let csv = dir.users(&format!("uac-{user}.csv"), &[(user, password)]);
    let port = free_port().to_string();
    let mp = free_port().to_string();
    let target = pbx.sip.to_string();
    let mut args = vec![
        "-sf",
        scenario,
        "-inf",
        csv.to_str().unwrap(),
        "-s",
        number,
        "-i",
        "127.0.0.1",
        "-p",
        &port,
        "-mi",
        "127.0.0.1",
        "-mp",
        &mp,
        "-m",
        "1",
    ];
    args.extend_from_slice(extra);
    args.push(&target);
    dir.spawn(&args)
}

/// The PCMU audio of the RTP packets arriving at `socket` until none has come for a second
/// (bounded by `limit`), and how many packets that was.
pub fn hear_pcmu(socket: &UdpSocket, limit: Duration) -> (Vec<i16>, usize) {
    socket
        .set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let start = Instant::now();
    let mut last = None;
    let (mut audio, mut packets) = (Vec::new(), 0);
    let mut buf = [0u8; 2048];
    while start.elapsed() < limit
        && last.is_none_or(|t: Instant| t.elapsed() < Duration::from_secs(1))
    {
        let Ok(n) = socket.recv(&mut buf) else {
            continue;
        };
        if n > 12 && buf[1] & 0x7f == 0 {
            let mut pcm = vec![0i16; n - 12];
            edgepbx_media::codec::g711::decode_ulaw(&buf[12..n], &mut pcm);
            audio.extend_from_slice(&pcm);
            packets += 1;
            last = Some(Instant::now());
        }
    }
    (audio, packets)
}
