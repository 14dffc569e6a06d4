//! baresip agents for end-to-end SIP tests: each runs as a child process with its own
//! config directory (in a temp dir), plays a WAV file as its microphone (`aufile`), and
//! records what it hears (`sndfile` filter, `dump-*-dec.wav`). Commands go to its stdin
//! (`stdio` + `menu` modules), its console output is collected line by line.
//!
//! Also here: a WAV writer/reader for 8 kHz mono 16-bit tone files and a Goertzel tone
//! detector, so a test can prove audio crossed the box.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};

use serde_json::json;

use super::{Client, id_of};
use std::time::{Duration, Instant};

pub const RATE: u32 = 8000;

/// Where Debian and a source install put baresip's modules.
const MODULE_DIRS: &[&str] = &[
    "/usr/lib/baresip/modules",
    "/usr/lib/x86_64-linux-gnu/baresip/modules",
    "/usr/lib/aarch64-linux-gnu/baresip/modules",
    "/usr/local/lib/baresip/modules",
];
const MODULES: &[&str] = &[
    "stdio.so",
    "g711.so",
    "aufile.so",
    "alsa.so",
    "sndfile.so",
    "account.so",
    "menu.so",
];

/// The baresip module directory; panics with what to install when baresip is missing.
pub fn module_dir() -> PathBuf {
    let installed = Command::new("baresip")
        .arg("-h")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    assert!(
        installed,
        "baresip is not installed (the SIP end-to-end tests need it: apt-get install baresip-core)"
    );
    MODULE_DIRS
        .iter()
        .map(PathBuf::from)
        .find(|d| MODULES.iter().all(|m| d.join(m).exists()))
        .unwrap_or_else(|| {
            panic!(
                "baresip is installed but its modules {MODULES:?} were not found in {MODULE_DIRS:?}"
            )
        })
}

pub struct Agent {
    pub name: String,
    child: Child,
    stdin: ChildStdin,
    lines: Arc<Mutex<Vec<String>>>,
    cursor: usize,
    pub dir: tempfile::TempDir,
}

impl Agent {
    /// Starts baresip with one account line (`<sip:user@host;...>;auth_pass=...`), playing
    /// `tone` (WAV samples at 8 kHz) as its microphone and answering calls by itself.
    /// `codecs` are extra codec modules (`opus.so`...) loaded before G.711, so they come
    /// first in its offers.
    pub fn start(name: &str, account: &str, tone: &[i16], codecs: &[&str]) -> Agent {
        let trace = std::env::var("EDGEPBX_TEST_SIP_TRACE").is_ok();
        Agent::start_traced(name, account, tone, codecs, trace)
    }

    /// [`Agent::start`], with its SIP trace (`-s`) in its output when `trace`.
    pub fn start_traced(
        name: &str,
        account: &str,
        tone: &[i16],
        codecs: &[&str],
        trace: bool,
    ) -> Agent {
        let modules = module_dir();
        for m in codecs {
            assert!(
                modules.join(m).exists(),
                "baresip module {m} missing from {}",
                modules.display()
            );
        }
        let codec_lines: String = codecs.iter().map(|m| format!("module {m}\n")).collect();
        let dir = tempfile::tempdir().expect("temp dir");
        let tone_path = dir.path().join("tone.wav");
        std::fs::write(&tone_path, wav_bytes(tone)).expect("write tone");
        let snd = dir.path().join("snd");
        std::fs::create_dir(&snd).expect("snd dir");
        // Everything on loopback, ports chosen by the kernel; only what the test needs is
        // loaded: G.711, the file source, the recording filter, ALSA's `null` device as the
        // speaker (the recording is taken before it). The box's TLS certificate is
        // self-signed: libre 1.x does not check it, newer baresip needs `sip_verify_server no`
        // (1.0.0 ignores the line).
        let config = format!(
            "poll_method epoll\n\
             sip_listen 127.0.0.1:0\n\
             net_interface 127.0.0.1\n\
             sip_verify_server no\n\
             audio_player alsa,null\n\
             audio_alert alsa,null\n\
             audio_source aufile,{tone}\n\
             call_local_timeout 20\n\
             module_path {modules}\n\
             module stdio.so\n\
             {codec_lines}\
             module g711.so\n\
             module aufile.so\n\
             module alsa.so\n\
             module sndfile.so\n\
             module_app account.so\n\
             module_app menu.so\n\
             snd_path {snd}\n",
            tone = tone_path.display(),
            modules = modules.display(),
            snd = snd.display(),
        );
        std::fs::write(dir.path().join("config"), config).expect("write config");
        std::fs::write(
            dir.path().join("accounts"),
            format!("{account};answermode=auto\n"),
        )
        .expect("write accounts");
        let mut cmd = Command::new("baresip");
        cmd.arg("-f").arg(dir.path());
        if trace {
            cmd.arg("-s");
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start baresip");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let echo = std::env::var("EDGEPBX_TEST_LOG").is_ok();
        for pipe in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let lines = lines.clone();
            let name = name.to_string();
            std::thread::spawn(move || collect_lines(pipe, &lines, &name, echo));
        }
        let stdin = child.stdin.take().unwrap();
        Agent {
            name: name.to_string(),
            child,
            stdin,
            lines,
            cursor: 0,
            dir,
        }
    }

    /// Types a command (e.g. `/dial 1001`, `/hangup`) on the agent's console.
    pub fn command(&mut self, cmd: &str) {
        self.stdin
            .write_all(format!("{cmd}\n").as_bytes())
            .and_then(|()| self.stdin.flush())
            .unwrap_or_else(|e| panic!("{}: console write failed: {e}", self.name));
    }

    /// Waits for an output line containing `needle` (after the last one waited for) and
    /// returns it. A line containing `fail` (if given) ends the wait with an error first.
    pub fn wait_for(
        &mut self,
        needle: &str,
        fail: Option<&str>,
        timeout: Duration,
    ) -> Result<String, String> {
        let deadline = Instant::now() + timeout;
        loop {
            {
                let lines = self.lines.lock().unwrap();
                while self.cursor < lines.len() {
                    let line = &lines[self.cursor];
                    self.cursor += 1;
                    if line.contains(needle) {
                        return Ok(line.clone());
                    }
                    if let Some(f) = fail
                        && line.contains(f)
                    {
                        return Err(format!("{}: waiting for {needle:?}: {line}", self.name));
                    }
                }
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "{}: no {needle:?} within {timeout:?}; its output:\n{}",
                    self.name,
                    self.output()
                ));
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "{}: baresip exited ({status}) waiting for {needle:?}; its output:\n{}",
                    self.name,
                    self.output()
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Everything the agent printed so far (minus the per-frame statistics).
    pub fn output(&self) -> String {
        let lines = self.lines.lock().unwrap();
        lines
            .iter()
            .filter(|l| !l.starts_with('['))
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The path of the last recording of received audio announced on the console.
    pub fn last_recording(&self) -> Option<PathBuf> {
        let lines = self.lines.lock().unwrap();
        lines.iter().rev().find_map(|l| {
            l.split_once("dumping decode audio to ")
                .map(|(_, p)| PathBuf::from(p.trim()))
        })
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = self.stdin.write_all(b"/quit\n");
        let _ = self.stdin.flush();
        for _ in 0..25 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Splits a console stream into lines (baresip ends some with CR only, and echoes typed
/// characters without a newline).
fn collect_lines(
    mut pipe: Box<dyn Read + Send>,
    lines: &Mutex<Vec<String>>,
    name: &str,
    echo: bool,
) {
    let mut buf = [0u8; 4096];
    let mut current = Vec::new();
    loop {
        let n = match pipe.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        for &b in &buf[..n] {
            if b == b'\n' || b == b'\r' {
                if !current.is_empty() {
                    let line = strip_ansi(&String::from_utf8_lossy(&current));
                    if echo && !line.starts_with('[') {
                        eprintln!("[{name}] {line}");
                    }
                    lines.lock().unwrap().push(line);
                    current.clear();
                }
            } else {
                current.push(b);
            }
        }
    }
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // ESC [ ... letter
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

// ---- tones ----

/// Samples of a sequence of (frequency Hz, seconds) segments; frequency 0 is silence.
pub fn tone_samples(segments: &[(f64, f64)]) -> Vec<i16> {
    let mut out = Vec::new();
    for &(freq, secs) in segments {
        let n = (secs * f64::from(RATE)) as usize;
        for i in 0..n {
            let t = i as f64 / f64::from(RATE);
            out.push((10_000.0 * (2.0 * std::f64::consts::PI * freq * t).sin()) as i16);
        }
    }
    out
}

/// A RIFF/WAVE file, 8 kHz mono 16-bit PCM.
pub fn wav_bytes(samples: &[i16]) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut b = Vec::with_capacity(44 + data_len as usize);
    b.extend_from_slice(b"RIFF");
    b.extend_from_slice(&(36 + data_len).to_le_bytes());
    b.extend_from_slice(b"WAVEfmt ");
    b.extend_from_slice(&16u32.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes()); // PCM
    b.extend_from_slice(&1u16.to_le_bytes()); // mono
    b.extend_from_slice(&RATE.to_le_bytes());
    b.extend_from_slice(&(RATE * 2).to_le_bytes());
    b.extend_from_slice(&2u16.to_le_bytes());
    b.extend_from_slice(&16u16.to_le_bytes());
    b.extend_from_slice(b"data");
    b.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        b.extend_from_slice(&s.to_le_bytes());
    }
    b
}

/// Reads a 16-bit PCM WAV file (mono, 8 kHz expected). A data chunk whose declared size
/// is wrong (file not closed cleanly) is read to the end of the file.
pub fn read_wav(path: &Path) -> Result<Vec<i16>, String> {
    let b = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if b.len() < 12 || &b[..4] != b"RIFF" || &b[8..12] != b"WAVE" {
        return Err(format!("{}: not a WAV file", path.display()));
    }
    let mut at = 12;
    let mut format = None;
    while at + 8 <= b.len() {
        let id = &b[at..at + 4];
        let len = u32::from_le_bytes(b[at + 4..at + 8].try_into().unwrap()) as usize;
        let body = at + 8;
        if id == b"fmt " && body + 16 <= b.len() {
            let u16_at = |o: usize| u16::from_le_bytes([b[body + o], b[body + o + 1]]);
            let rate = u32::from_le_bytes(b[body + 4..body + 8].try_into().unwrap());
            format = Some((u16_at(0), u16_at(2), rate, u16_at(14)));
        } else if id == b"data" {
            let (fmt, channels, rate, bits) =
                format.ok_or_else(|| format!("{}: data before fmt", path.display()))?;
            if (fmt, channels, rate, bits) != (1, 1, RATE, 16) {
                return Err(format!(
                    "{}: format {fmt} channels {channels} rate {rate} bits {bits}, want 8 kHz mono 16-bit PCM",
                    path.display()
                ));
            }
            let end = if len == 0 || body + len > b.len() {
                b.len()
            } else {
                body + len
            };
            return Ok(b[body..end]
                .chunks_exact(2)
                .map(|c| i16::from_le_bytes([c[0], c[1]]))
                .collect());
        }
        at = body + len + (len & 1);
    }
    Err(format!("{}: no data chunk", path.display()))
}

/// Signal power at `freq` in `block` (Goertzel).
pub fn goertzel(block: &[i16], freq: f64) -> f64 {
    let k = 2.0 * (2.0 * std::f64::consts::PI * freq / f64::from(RATE)).cos();
    let (mut s1, mut s2) = (0.0f64, 0.0f64);
    for &x in block {
        let s0 = f64::from(x) + k * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    (s1 * s1 + s2 * s2 - k * s1 * s2) / (block.len() as f64).powi(2)
}

/// Analysis block: 50 ms (20 Hz bins, enough to keep 1000 Hz apart from its neighbours).
pub const BLOCK: usize = 400;

/// How one frequency shows in a recording.
#[derive(Debug, Clone)]
pub struct Detection {
    pub freq: f64,
    /// Blocks where `freq` is at least 20 dB above every reference frequency and loud.
    pub blocks: usize,
    /// The longest run of such blocks.
    pub longest_run: usize,
    /// Index of the first such block.
    pub first: Option<usize>,
    /// Median, over the detected blocks, of energy(freq) / max energy(references), in dB.
    pub median_ratio_db: f64,
    pub min_ratio_db: f64,
}

impl Detection {
    pub fn seconds(&self) -> f64 {
        (self.longest_run * BLOCK) as f64 / f64::from(RATE)
    }
}

/// Looks for `freq` in `samples`, against the `references` (neighbouring and other test
/// frequencies).
pub fn detect(samples: &[i16], freq: f64, references: &[f64]) -> Detection {
    let mut blocks = 0;
    let mut run = 0;
    let mut longest_run = 0;
    let mut first = None;
    let mut ratios = Vec::new();
    for (i, block) in samples.chunks_exact(BLOCK).enumerate() {
        let target = goertzel(block, freq);
        let other = references
            .iter()
            .map(|f| goertzel(block, *f))
            .fold(1e-9, f64::max);
        let ratio_db = 10.0 * (target / other).log10();
        // Loud enough: amplitude of a few hundred at least (power is amplitude²/4).
        if ratio_db >= 20.0 && target > 10_000.0 {
            blocks += 1;
            run += 1;
            longest_run = longest_run.max(run);
            first.get_or_insert(i);
            ratios.push(ratio_db);
        } else {
            run = 0;
        }
    }
    ratios.sort_by(f64::total_cmp);
    Detection {
        freq,
        blocks,
        longest_run,
        first,
        median_ratio_db: ratios.get(ratios.len() / 2).copied().unwrap_or(0.0),
        min_ratio_db: ratios.first().copied().unwrap_or(0.0),
    }
}

/// How long a call of [`call`] stays up after both sides say it is established.
pub const TALK: Duration = Duration::from_millis(3500);
/// How long [`call`] waits for each step.
const CALL_WAIT: Duration = Duration::from_secs(10);

/// One call from `caller` to `number` (answered by `callee`), kept up for [`TALK`], hung up
/// by the caller; then each side's recording must hold the other's tones.
pub fn call(
    caller: &mut Agent,
    callee: &mut Agent,
    number: &str,
    caller_tones: [f64; 2],
    callee_tones: [f64; 2],
) {
    caller.command(&format!("/dial {number}"));
    check(callee.wait_for("Call established", Some("terminated"), CALL_WAIT));
    check(caller.wait_for("Call established", Some("terminated"), CALL_WAIT));
    std::thread::sleep(TALK);
    caller.command("/hangup");
    check(caller.wait_for("terminated", None, CALL_WAIT));
    check(callee.wait_for("terminated", None, CALL_WAIT));
    // The recordings are complete once the call's audio is torn down.
    std::thread::sleep(Duration::from_millis(300));
    for (agent, expected, absent) in [
        (&*callee, caller_tones, callee_tones),
        (&*caller, callee_tones, caller_tones),
    ] {
        let path = agent.last_recording().unwrap_or_else(|| {
            panic!(
                "{}: no recording announced:\n{}",
                agent.name,
                agent.output()
            )
        });
        let samples = check(read_wav(&path));
        eprintln!(
            "{}: recorded {:.2} s of received audio",
            agent.name,
            samples.len() as f64 / f64::from(RATE)
        );
        assert_heard(&agent.name, &samples, expected, absent);
        std::fs::remove_file(&path).ok();
    }
}

/// A tone counts as heard when it stands out for this long without a break.
const MIN_RUN_SECS: f64 = 0.8;

/// A device with SIP credentials and a callflow that rings it at `number`; returns its id.
pub fn create_device(admin: &Client, number: &str, password: &str) -> String {
    create_device_named(admin, number, number, password)
}

/// [`create_device`] with a SIP user name other than the number (SmartPBX generates
/// mixed-case ones such as `user_YdYkvpvC5e`).
pub fn create_device_named(admin: &Client, number: &str, username: &str, password: &str) -> String {
    let device = id_of(&admin.put(
        &admin.url("devices"),
        json!({"name": format!("baresip {number}"), "sip": {"username": username, "password": password}}),
    ));
    id_of(&admin.put(
        &admin.url("callflows"),
        json!({"numbers": [number], "flow": {"module": "device", "data": {"id": device}, "children": {}}}),
    ));
    device
}

pub fn check<T>(r: Result<T, String>) -> T {
    r.unwrap_or_else(|e| panic!("{e}"))
}

/// Waits until the API says both devices are registered.
pub fn wait_registered(admin: &Client, devices: &[&str]) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = admin.get(&admin.url("devices/status"));
        assert_eq!(r.status, 200, "{}", r.text());
        let rows = r.data();
        let registered = |id: &str| {
            rows.as_array()
                .into_iter()
                .flatten()
                .any(|row| row["device_id"] == json!(id) && row["registered"] == json!(true))
        };
        if devices.iter().all(|d| registered(d)) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "devices not all registered per the API: {rows}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let r = admin.get(&format!("{}?with_status=true", admin.url("devices")));
    assert_eq!(r.status, 200, "{}", r.text());
    for d in devices {
        let row = r
            .data()
            .as_array()
            .and_then(|rows| rows.iter().find(|row| row["id"] == json!(d)).cloned())
            .unwrap_or_else(|| panic!("device {d} missing from the listing"));
        assert_eq!(row["registered"], json!(true), "{row}");
    }
}

/// Asserts the recording holds `expected` (in that order) and none of `absent`.
pub fn assert_heard(who: &str, samples: &[i16], expected: [f64; 2], absent: [f64; 2]) {
    let all: Vec<f64> = expected.iter().chain(&absent).copied().collect();
    let found: Vec<Detection> = expected
        .iter()
        .map(|&f| {
            let mut refs = vec![f - 250.0, f + 250.0];
            refs.extend(all.iter().copied().filter(|x| *x != f));
            detect(samples, f, &refs)
        })
        .collect();
    for d in &found {
        eprintln!(
            "{who}: {} Hz: {} blocks of 50 ms above the references, longest run {:.2} s, ratio to the strongest reference: median {:.1} dB, min {:.1} dB",
            d.freq,
            d.blocks,
            d.seconds(),
            d.median_ratio_db,
            d.min_ratio_db
        );
        assert!(
            d.seconds() >= MIN_RUN_SECS,
            "{who}: {} Hz not heard for {MIN_RUN_SECS} s (recording {:.2} s): {d:?}",
            d.freq,
            samples.len() as f64 / f64::from(RATE)
        );
    }
    assert!(
        found[0].first < found[1].first,
        "{who}: tones out of order: {found:?}"
    );
    for f in absent {
        let mut refs = vec![f - 250.0, f + 250.0];
        refs.extend(all.iter().copied().filter(|x| *x != f));
        let d = detect(samples, f, &refs);
        assert!(
            d.blocks * BLOCK < RATE as usize / 5,
            "{who}: hears its own {f} Hz tone: {d:?}"
        );
    }
}
