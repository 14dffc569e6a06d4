//! `/v2/system/backup` and `/v2/system/sip_security` against the real binary: a backup
//! downloaded, a user deleted, corrupt and truncated files refused with the reason (nothing
//! changed), the backup restored (the user is back, the registered phone stays registered and
//! registers again); both endpoints only for the box's administrator, and an unauthenticated
//! restore body refused at the head; SIP ban thresholds set through the API and applied by
//! the running engine at once.

mod common;

use std::io::{Read, Write};
use std::time::Duration;

use common::sipp::{SippDir, devices, free_port, register_from, registered};
use common::{Client, Pbx, connect_from, id_of, parse_response};
use serde_json::{Value, json};

const BACKUP: &str = "/v2/system/backup";
const SIP_SECURITY: &str = "/v2/system/sip_security";

fn restore(client: &Client, bytes: &[u8]) -> common::Resp {
    client.request(
        "PUT",
        BACKUP,
        &[("Content-Type", "application/octet-stream")],
        Some(bytes),
    )
}

/// The box's administrator, a sub-account's administrator and a plain user.
fn three_roles(pbx: &Pbx) -> (Client, Client, Client) {
    let admin = pbx.admin();
    let sub = id_of(&admin.put(&admin.url(""), json!({"name": "tenant"})));
    let r = admin.put(
        &format!("/v2/accounts/{sub}/users"),
        json!({"first_name": "Ten", "last_name": "Ant", "username": "boss", "password": "pw-12345", "priv_level": "admin"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let mut tenant = pbx.client();
    tenant.login("boss", "pw-12345", "tenant").unwrap();
    let user = pbx.user_client(&admin, "plain", "user");
    (admin, tenant, user)
}

/// Leftover temporary files of backups in the data directory.
fn temp_files(pbx: &Pbx) -> Vec<String> {
    std::fs::read_dir(&pbx.data)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("backup-"))
        .collect()
}

/// Sends only a request head (no body byte) from 127.0.0.3 and reads the answer.
fn head_only(pbx: &Pbx, head: &str) -> common::Resp {
    let mut s = connect_from([127, 0, 0, 3].into(), pbx.http).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    // The answer comes, and the connection closes, without the body.
    while let Ok(n @ 1..) = s.read(&mut chunk) {
        buf.extend_from_slice(&chunk[..n]);
    }
    parse_response(&buf)
}

#[test]
fn a_downloaded_backup_restores_what_was_deleted_and_bad_files_change_nothing() {
    let pbx = Pbx::start();
    let (admin, tenant, plain) = three_roles(&pbx);
    let phone = devices(&admin, &["5001"], 20).remove(0);
    let sipp = SippDir::new();
    let port = free_port();
    register_from(&sipp, &pbx, "5001", port);
    assert_eq!(registered(&admin), vec![phone.clone()]);
    let rita = id_of(&admin.put(
        &admin.url("users"),
        json!({"first_name": "Rita", "last_name": "Backup", "username": "rita", "password": "pw-rita-1"}),
    ));

    let r = admin.get(BACKUP);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/octet-stream"));
    let disposition = r.header("content-disposition").unwrap().to_string();
    let name = disposition
        .strip_prefix("attachment; filename=\"edgepbx-backup-")
        .and_then(|n| n.strip_suffix(".bin\""))
        .unwrap_or_else(|| panic!("{disposition}"));
    assert!(name.len() == 15 && name.as_bytes()[8] == b'-', "{name}");
    let backup = r.body;
    assert!(backup.len() > 1000, "{} bytes", backup.len());
    assert_eq!(
        temp_files(&pbx),
        Vec::<String>::new(),
        "nothing left behind"
    );
    // The dashboard's last backup is this download.
    let last = admin.get("/v2/system_status").data()["last_backup"].clone();
    assert_eq!(last["file"], format!("edgepbx-backup-{name}.bin"), "{last}");
    assert_eq!(last["bytes"], backup.len(), "{last}");

    let r = admin.delete(&admin.url(&format!("users/{rita}")));
    assert_eq!(r.status, 200, "{}", r.text());
    let rita_gone = || admin.get(&admin.url(&format!("users/{rita}"))).status == 404;
    assert!(rita_gone());

    // Not a snapshot, a truncated one, an empty body: 400 with the reason, nothing changed.
    let mut garbage = b"SQLite format 3\0".to_vec();
    garbage.resize(64 * 1024, 0x5a);
    for (what, bytes) in [
        ("garbage", &garbage[..]),
        ("truncated", &backup[..backup.len() / 2]),
        ("empty", &[][..]),
    ] {
        let r = restore(&admin, bytes);
        assert_eq!(r.status, 400, "{what}: {}", r.text());
        let why = r.data()["message"].as_str().unwrap_or_default().to_string();
        eprintln!("{what}: {why}");
        assert!(!why.is_empty() && !why.contains(".tmp"), "{what}: {why}");
        assert!(rita_gone(), "{what} changed the store");
    }
    assert_eq!(admin.get(&admin.url("users")).status, 200);
    assert_eq!(temp_files(&pbx), Vec::<String>::new());

    // Box-wide: a sub-account's administrator and a plain user may do neither.
    for (who, c) in [("tenant", &tenant), ("plain user", &plain)] {
        assert_eq!(c.get(BACKUP).status, 403, "{who}");
        assert_eq!(restore(c, &backup).status, 403, "{who}");
    }
    assert!(rita_gone());

    let r = restore(&admin, &backup);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.data(),
        json!({"restored": true, "bytes": backup.len(), "signed_in": true})
    );
    assert_eq!(temp_files(&pbx), Vec::<String>::new());
    let r = admin.get(&admin.url(&format!("users/{rita}")));
    assert_eq!(r.status, 200, "Rita is back: {}", r.text());
    assert_eq!(r.data()["username"], "rita");
    // The phone stays registered, and registers again.
    assert_eq!(registered(&admin), vec![phone]);
    register_from(&sipp, &pbx, "5001", port);
    // The sub-account existed when the backup was taken: its admin is still signed in.
    assert_eq!(tenant.get(&tenant.url("")).status, 200);
}

#[test]
fn restore_bodies_are_refused_at_the_head_without_a_box_administrators_token() {
    let pbx = Pbx::start();
    let admin = pbx.admin();
    const GIB: u64 = 1 << 30;
    for token in ["", "X-Auth-Token: not.a.token\r\n"] {
        let r = head_only(
            &pbx,
            &format!(
                "PUT {BACKUP} HTTP/1.1\r\nHost: x\r\n{token}Content-Type: application/octet-stream\r\nContent-Length: {GIB}\r\n\r\n"
            ),
        );
        assert_eq!(r.status, 401, "{token:?}: {}", r.text());
    }
    // A box administrator's body beyond what the box takes: refused at the head too.
    let t = admin.token.clone().unwrap();
    let r = head_only(
        &pbx,
        &format!(
            "PUT {BACKUP} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: {t}\r\nContent-Type: application/octet-stream\r\nContent-Length: {GIB}\r\n\r\n"
        ),
    );
    assert!(
        r.status == 413 || r.status == 507,
        "{}: {}",
        r.status,
        r.text()
    );
    assert_eq!(pbx.client().get(BACKUP).status, 401);
    assert_eq!(temp_files(&pbx), Vec::<String>::new());
}

/// A 400 naming `field`.
fn names(r: &common::Resp, field: &str) {
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.data().get(field).is_some(), "names {field}: {}", r.text());
}

/// One REGISTER with a wrong password from 127.0.0.5.
fn fail_once(sipp: &SippDir, pbx: &Pbx, port: &str) {
    let wrong = sipp.users("wrong.csv", &[("5002", "not-the-password")]);
    sipp.run_ok(&[
        "-sf",
        "register_wrong.xml",
        "-inf",
        wrong.to_str().unwrap(),
        "-i",
        "127.0.0.5",
        "-p",
        port,
        "-m",
        "1",
        &pbx.sip.to_string(),
    ]);
}

fn banned(admin: &Client) -> Vec<Value> {
    let bans = admin.get(&admin.url("sip_bans")).data();
    bans.as_array().unwrap().clone()
}

/// Fails to sign in once from 127.0.0.6.
fn fail_login(pbx: &Pbx) {
    let mut c = pbx.client();
    c.source = Some([127, 0, 0, 6].into());
    assert!(c.login("admin", "wrong-password", "office").is_err());
}

/// The login limiter's bans of the address from everything: `seconds_left` of each.
fn login_banned(admin: &Client) -> Vec<u64> {
    let bans = admin.get(&admin.url("login_bans")).data();
    bans.as_array()
        .unwrap()
        .iter()
        .filter(|b| b["ip"] == "127.0.0.6" && b["target"].is_null())
        .map(|b| b["seconds_left"].as_u64().unwrap())
        .collect()
}

#[test]
fn ban_thresholds_are_the_box_admins_and_apply_at_once() {
    let pbx = Pbx::start();
    let (admin, tenant, plain) = three_roles(&pbx);
    devices(&admin, &["5002"], 20);
    // Before any save: what the box applies (its defaults), not configured.
    assert_eq!(
        admin.get(SIP_SECURITY).data(),
        json!({"failures": 10, "window_seconds": 300, "ban_seconds": 600,
               "login_failures": 10, "login_ban_seconds": 300, "configured": false})
    );
    let good = json!({"failures": 3, "window_seconds": 120, "ban_seconds": 90,
                      "login_failures": 2, "login_ban_seconds": 120});
    for c in [&tenant, &plain] {
        assert_eq!(c.get(SIP_SECURITY).status, 403);
        assert_eq!(c.post(SIP_SECURITY, good.clone()).status, 403);
    }
    for (field, bad) in [
        ("failures", json!(101)),
        ("failures", json!("3")),
        ("window_seconds", json!(0)),
        ("ban_seconds", json!(-5)),
        ("ban_seconds", json!(1e12)),
        ("login_failures", json!(0)),
        ("login_ban_seconds", json!(null)),
    ] {
        let mut doc = good.clone();
        doc[field] = bad;
        names(&admin.post(SIP_SECURITY, doc), field);
    }
    let mut doc = good.clone();
    doc.as_object_mut().unwrap().remove("window_seconds");
    names(&admin.post(SIP_SECURITY, doc), "window_seconds");
    names(&admin.post(SIP_SECURITY, json!("3")), "data");

    // Two failures of each kind under the default thresholds of 10: no ban.
    let sipp = SippDir::new();
    let port = free_port().to_string();
    fail_once(&sipp, &pbx, &port);
    fail_once(&sipp, &pbx, &port);
    fail_login(&pbx);
    assert_eq!(banned(&admin), Vec::<Value>::new());
    assert_eq!(login_banned(&admin), Vec::<u64>::new());
    // Three SIP failures and two failed sign-ins from now on: the next failure of each
    // reaches the new threshold in the window, and bans for the new time.
    let r = admin.post(SIP_SECURITY, good.clone());
    assert_eq!(r.status, 200, "{}", r.text());
    let mut shown = good.clone();
    shown["configured"] = json!(true);
    assert_eq!(r.data(), shown);
    assert_eq!(admin.get(SIP_SECURITY).data(), shown);
    fail_once(&sipp, &pbx, &port);
    let bans = banned(&admin);
    assert_eq!(bans.len(), 1, "{bans:?}");
    assert_eq!(bans[0]["ip"], "127.0.0.5");
    let left = bans[0]["expires_in"].as_u64().unwrap();
    assert!((80..=90).contains(&left), "banned for the new 90 s: {left}");
    fail_login(&pbx);
    let left = login_banned(&admin);
    assert!(
        left.len() == 1 && (110..=120).contains(&left[0]),
        "sign-ins banned for the new 120 s: {left:?}"
    );
}

#[test]
fn saved_ban_thresholds_survive_a_restart_and_come_back_with_a_restore() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let defaults = admin.get(SIP_SECURITY).data();
    assert_eq!(defaults["configured"], false);
    let none_saved = admin.get(BACKUP).body;
    let first = json!({"failures": 4, "window_seconds": 100, "ban_seconds": 200,
                       "login_failures": 5, "login_ban_seconds": 60, "configured": true});
    let r = admin.post(SIP_SECURITY, first.clone());
    assert_eq!(r.status, 200, "{}", r.text());
    let first_saved = admin.get(BACKUP).body;
    let second = json!({"failures": 0, "window_seconds": 50, "ban_seconds": 50,
                        "login_failures": 20, "login_ban_seconds": 600, "configured": true});
    assert_eq!(admin.post(SIP_SECURITY, second.clone()).status, 200);
    assert!(pbx.stop());
    // What a backup interrupted by a power cut leaves behind goes at the next start.
    std::fs::write(data.join("backup-download-1-0.partial"), b"half").unwrap();
    let pbx = Pbx::start_with(&data, &[]);
    assert_eq!(temp_files(&pbx), Vec::<String>::new());
    let admin = pbx.admin();
    assert_eq!(admin.get(SIP_SECURITY).data(), second);
    assert_eq!(restore(&admin, &first_saved).status, 200);
    assert_eq!(admin.get(SIP_SECURITY).data(), first);
    // Restored data without saved thresholds: the engine and limiter are back on the
    // config's (what GET shows is theirs then).
    assert_eq!(restore(&admin, &none_saved).status, 200);
    assert_eq!(admin.get(SIP_SECURITY).data(), defaults);
}

#[test]
fn another_boxs_backup_ends_the_session_and_its_own_credentials_sign_in() {
    let other = Pbx::start();
    let their_admin = other.admin();
    let theirs = their_admin.get(BACKUP).body;
    drop(other);
    let pbx = Pbx::start();
    let admin = pbx.admin();
    let r = restore(&admin, &theirs);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["signed_in"], false, "{}", r.text());
    // The account ids differ: this session's account is not in the restored data.
    assert_eq!(admin.get(&admin.url("users")).status, 401);
    let again = pbx.admin();
    assert_eq!(again.account_id, their_admin.account_id);
    assert_eq!(again.get(&again.url("users")).status, 200);
}
