//! What survives: restarts, SIGKILL in the middle of a burst of writes, SIGTERM, and
//! backup/restore with the PBX running or stopped.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use common::{Client, Pbx, id_of};
use serde_json::{Value, json};

fn doc(c: &Client, kind: &str, id: &str) -> Value {
    let r = c.get(&c.url(&format!("{kind}/{id}")));
    assert_eq!(r.status, 200, "{kind}/{id}: {}", r.text());
    let mut v = r.json();
    v.as_object_mut()
        .unwrap()
        .retain(|k, _| k == "data" || k == "revision");
    v
}

fn cli(args: &[&str], data: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn restart_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let mut made = Vec::new();
    for (kind, body) in [
        (
            "users",
            json!({"first_name": "Ada", "last_name": "L", "username": "ada", "password": "pw-12345", "ui_help": {"voip": {"x": false}}}),
        ),
        (
            "devices",
            json!({"name": "Desk", "sip": {"username": "u1", "password": "secret1"}, "mac_address": "00:04:f2:00:00:01"}),
        ),
        (
            "callflows",
            json!({"numbers": ["4155550100"], "flow": {"module": "offnet"}, "type": "main"}),
        ),
        ("vmboxes", json!({"mailbox": "1000", "name": "Box"})),
        (
            "temporal_rules",
            json!({"name": "T", "cycle": "weekly", "wdays": ["monday"]}),
        ),
    ] {
        made.push((kind, id_of(&admin.put(&admin.url(kind), body))));
    }
    let before: Vec<Value> = made.iter().map(|(k, id)| doc(&admin, k, id)).collect();
    assert!(pbx.stop(), "SIGTERM exits cleanly");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let after: Vec<Value> = made.iter().map(|(k, id)| doc(&admin, k, id)).collect();
    assert_eq!(before, after);
    // Indexes came back too: a duplicate number is still refused, the new user can log in.
    assert_eq!(
        admin
            .put(
                &admin.url("callflows"),
                json!({"numbers": ["+14155550100"], "flow": {"module": "offnet"}})
            )
            .status,
        400
    );
    pbx.client()
        .login("ada", "pw-12345", "office")
        .expect("login after restart");
    // No second first-boot: still one account, one admin.
    assert_eq!(
        admin
            .get(&admin.url("users?filter_priv_level=admin"))
            .data()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// Writers hammer the API; the PBX is SIGKILLed while writes are in flight. Every write that
/// was acknowledged must be there afterwards, and the store must open and list cleanly.
#[test]
fn kill_9_mid_burst_keeps_every_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let acked: Arc<Mutex<Vec<(String, Value)>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..6)
        .map(|w| {
            let (admin, acked, stop) = (admin.clone(), acked.clone(), stop.clone());
            std::thread::spawn(move || {
                for i in 0..2000 {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let body = json!({"numbers": [format!("{}{:04}", w + 1, i)], "flow": {"module": "offnet"}, "name": format!("w{w} #{i}")});
                    let r = admin.put(&admin.url("callflows"), body);
                    match r.status {
                        201 => acked.lock().unwrap().push((id_of(&r), r.data())),
                        _ => break, // the server went away mid-request: not acknowledged
                    }
                }
            })
        })
        .collect();
    while acked.lock().unwrap().len() < 300 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    pbx.kill9();
    stop.store(true, Ordering::SeqCst);
    for w in writers {
        let _ = w.join();
    }
    let acked = acked.lock().unwrap().clone();
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let listed = admin.get(&admin.url("callflows?paginate=false")).data();
    let listed = listed.as_array().unwrap();
    assert!(
        listed.len() >= acked.len(),
        "{} listed < {} acknowledged",
        listed.len(),
        acked.len()
    );
    for (id, data) in &acked {
        let got = admin.get(&admin.url(&format!("callflows/{id}")));
        assert_eq!(got.status, 200, "acknowledged write {id} lost");
        let mut got = got.data();
        got.as_object_mut().unwrap().remove("metadata");
        assert_eq!(&got, data);
    }
    // Every stored row, acknowledged or not, is whole.
    for row in listed {
        assert_eq!(
            admin
                .get(&admin.url(&format!("callflows/{}", row["id"].as_str().unwrap())))
                .status,
            200
        );
    }
}

#[test]
fn live_backup_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let snap = dir.path().join("office.backup");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let kept = id_of(&admin.put(&admin.url("menus"), json!({"name": "kept"})));
    let (ok, out) = cli(&["backup", snap.to_str().unwrap()], &data);
    assert!(ok && out.contains("live"), "{out}");
    let later = id_of(&admin.put(&admin.url("menus"), json!({"name": "later"})));
    assert_eq!(
        admin.delete(&admin.url(&format!("menus/{kept}"))).status,
        200
    );

    let (ok, out) = cli(&["restore", snap.to_str().unwrap()], &data);
    assert!(ok && out.contains("live"), "{out}");
    assert_eq!(
        admin.get(&admin.url(&format!("menus/{kept}"))).status,
        200,
        "the running PBX serves the restored state"
    );
    assert_eq!(admin.get(&admin.url(&format!("menus/{later}"))).status, 404);

    // A file that is not a snapshot is refused, and nothing changes.
    let junk = dir.path().join("junk");
    std::fs::write(&junk, b"definitely not a snapshot").unwrap();
    let (ok, out) = cli(&["restore", junk.to_str().unwrap()], &data);
    assert!(!ok, "{out}");
    assert_eq!(admin.get(&admin.url(&format!("menus/{kept}"))).status, 200);
    assert!(pbx.stop());

    // Offline: restore into a fresh data directory, then run from it.
    let fresh = dir.path().join("fresh");
    let (ok, out) = cli(&["restore", snap.to_str().unwrap()], &fresh);
    assert!(ok, "{out}");
    let (ok, out) = cli(
        &[
            "backup",
            dir.path().join("offline.backup").to_str().unwrap(),
        ],
        &fresh,
    );
    assert!(ok && !out.contains("live"), "{out}");
    let pbx = Pbx::start_with(&fresh, &[]);
    let admin = pbx.admin();
    assert_eq!(admin.get(&admin.url(&format!("menus/{kept}"))).status, 200);
}

#[test]
fn sigterm_during_writes_finishes_them_and_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let acked: Arc<Mutex<Vec<String>>> = Arc::default();
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (admin, acked) = (admin.clone(), acked.clone());
            std::thread::spawn(move || {
                for i in 0..400 {
                    let r = admin.put(&admin.url("menus"), json!({"name": format!("{w}-{i}")}));
                    match r.status {
                        201 => acked.lock().unwrap().push(id_of(&r)),
                        _ => break,
                    }
                }
            })
        })
        .collect();
    while acked.lock().unwrap().len() < 100 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(pbx.stop(), "clean exit on SIGTERM");
    for w in writers {
        let _ = w.join();
    }
    assert!(
        !data.join("control.sock").exists(),
        "control socket removed on shutdown"
    );
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    for id in acked.lock().unwrap().iter() {
        assert_eq!(admin.get(&admin.url(&format!("menus/{id}"))).status, 200);
    }
}

#[test]
fn runs_with_no_config_and_documents_its_flags() {
    let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .args(["run", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--data",
        "--http",
        "--https",
        "--sip",
        "--sips",
        "--rtp-ports",
        "--log-level",
        "--config",
    ] {
        assert!(help.contains(flag), "{flag} missing from help");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .args(["run", "--rtp-ports", "9-3"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--rtp-ports"));

    // Default data directory in the working directory, generated admin password printed once.
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .args(["run", "--http", "127.0.0.1:0", "--https", "off"])
        .current_dir(dir.path())
        .env_remove("EDGEPBX_ADMIN_PASSWORD")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::BufRead;
    let stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let password = stdout
        .lines()
        .map_while(Result::ok)
        .find_map(|l| {
            l.trim()
                .strip_prefix("with the password ")
                .map(str::to_string)
        })
        .expect("generated password printed");
    assert!(password.len() >= 12);
    let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let ready = stderr
        .lines()
        .map_while(Result::ok)
        .find(|l| l.contains("edgepbx ready"))
        .unwrap();
    let addr: std::net::SocketAddr = ready
        .split("http=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mut c = Client {
        addr,
        token: None,
        account_id: String::new(),
        owner_id: String::new(),
        source: None,
    };
    c.login("admin", &password, "office")
        .expect("the printed password works");
    assert!(dir.path().join("edgepbx-data/edgepbx.redb").exists());
    let _ = child.kill();
    let _ = child.wait();
}
