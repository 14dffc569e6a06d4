//! What the browser tests of the web panel share: the tools they need, the node packages of
//! `tests/web/`, a small WAV, documents made for a scenario, and running one of the
//! `tests/web/*.mjs` scripts (Debian's headless Chromium driven by playwright-core) against a
//! box's panel, which prints its findings as one JSON line.

use super::{Client, Pbx};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub const CHROMIUM: &str = "/usr/bin/chromium";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether the browser tests can run here; in CI (`CI=true`) a missing tool is a failure.
pub fn tools_present() -> bool {
    let runs = |tool: &str| Command::new(tool).arg("-v").output().is_ok();
    let present = runs("node") && runs("npm") && runs("sipp") && Path::new(CHROMIUM).exists();
    if !present {
        let msg = format!("node, npm, sipp and {CHROMIUM} are needed (.ci/run installs them)");
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{msg}");
        eprintln!("SKIPPED: {msg}");
    }
    present
}

pub fn npm_ci(dir: &Path) {
    if dir.join("node_modules/.package-lock.json").exists() {
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(dir)
        .status()
        .expect("npm ci");
    assert!(status.success(), "npm ci in {}", dir.display());
}

/// The directory a test's screenshots go to (made empty of nothing: screenshots are replaced).
pub fn screenshots(name: &str) -> PathBuf {
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&shots).unwrap();
    shots
}

/// Starts `tests/web/{script}` with `PANEL_*` settings in `env` (npm packages installed first).
pub fn spawn_script(script: &str, env: &[(&str, &str)]) -> Child {
    let web_tests = repo().join("tests/web");
    npm_ci(&web_tests);
    let mut cmd = Command::new("node");
    cmd.arg(web_tests.join(script))
        .current_dir(&web_tests)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.spawn().expect("node tests/web script")
}

/// Waits for a script and returns what it printed last (its JSON findings).
pub fn findings(browser: Child) -> Value {
    let out = browser.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    serde_json::from_str(stdout.lines().last().unwrap_or(""))
        .unwrap_or_else(|e| panic!("browser script output ({e}): {stdout}\n{stderr}"))
}

/// A box for a browser test in a new temporary directory: the directory (removed when
/// dropped), the data directory in it, and the box running there with the further `run`
/// arguments `args` and environment `env`.
pub fn start_box(args: &[&str], env: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf, Pbx) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_env(&data, args, env);
    (dir, data, pbx)
}

/// Makes a document of `kind` in the admin's account (201 expected); its id.
pub fn make(admin: &Client, kind: &str, doc: Value) -> String {
    let r = admin.put(&admin.url(kind), doc);
    assert_eq!(r.status, 201, "{kind}: {}", r.text());
    super::id_of(&r)
}

/// Takes the admin past the first-boot password change (the wizard has its own test).
pub fn past_first_boot(admin: &Client) {
    let r = admin.patch(
        &admin.url(&format!("users/{}", admin.owner_id)),
        json!({"require_password_update": false}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
}

/// Runs `tests/web/{script}` against `pbx`'s panel (`PANEL_URL`), its screenshots into the
/// directory `shots` (`PANEL_OUT`), with the further `PANEL_*` settings in `env`; returns its
/// findings once the browser met no problem (page or console errors).
pub fn browse(pbx: &Pbx, script: &str, shots: &str, env: &[(&str, &str)]) -> Value {
    let shots = screenshots(shots);
    let url = format!("http://{}/", pbx.http);
    let mut all = vec![
        ("PANEL_URL", url.as_str()),
        ("PANEL_OUT", shots.to_str().unwrap()),
    ];
    all.extend_from_slice(env);
    let seen = findings(spawn_script(script, &all));
    eprintln!("screenshots in {}", shots.display());
    assert_eq!(seen["problems"], json!([]), "browser: {seen}");
    seen
}

/// Now in Gregorian seconds, as call records count time.
pub fn now_gregorian() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + edgepbx_store::GREGORIAN_OFFSET
}

/// Writes into the store of a stopped box (data directory `data`) what calls leave behind,
/// as the call engine writes it: the call legs `cdrs` of `account`, and a voicemail message's
/// audio (one second of tone) as the media `message` (its box is made later).
pub fn seed_calls_and_message(data: &Path, account: &str, cdrs: Vec<Value>, message: &str) {
    let store = edgepbx_store::Store::open(&data.join("edgepbx.redb")).unwrap();
    for cdr in cdrs {
        let cdr = cdr.as_object().expect("a call record is an object").clone();
        edgepbx_api::cdrs::record_cdr(&store, account, cdr).unwrap();
    }
    let (account, message, wav) = (account.to_string(), message.to_string(), one_second_wav());
    store
        .write(move |tx| tx.blob_put(&account, "media", &message, &wav))
        .unwrap();
    store.close();
}

/// One second of a 440 Hz tone, 8 kHz 16-bit mono WAV.
pub fn one_second_wav() -> Vec<u8> {
    let samples: Vec<i16> = (0..8000)
        .map(|i| ((i as f64 * 440.0 * std::f64::consts::TAU / 8000.0).sin() * 8000.0) as i16)
        .collect();
    let data_len = samples.len() as u32 * 2;
    let mut wav = Vec::new();
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    for field in [16u32, 1 | (1 << 16), 8000, 16000, 2 | (16 << 16)] {
        wav.extend_from_slice(&field.to_le_bytes());
    }
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        wav.extend_from_slice(&s.to_le_bytes());
    }
    wav
}
