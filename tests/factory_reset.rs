//! `edgepbx factory-reset`: refused without --yes; on a running box it stops the PBX, and the
//! next start wipes the data directory and is a first boot (a new office, no old documents).

mod common;

use std::process::Command;
use std::time::Duration;

use common::Pbx;
use common::sipp::devices;

fn factory_reset(data: &std::path::Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .arg("factory-reset")
        .arg("--data")
        .arg(data)
        .args(extra)
        .env_remove("EDGEPBX_DATA")
        .output()
        .expect("run edgepbx factory-reset")
}

#[test]
fn factory_reset_of_a_running_box_brings_back_the_first_boot() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    let old_account = admin.account_id.clone();
    devices(&admin, &["2000"], 20);

    let refused = factory_reset(&data, &[]);
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("--yes"), "{message}");
    assert_eq!(
        admin.get(&admin.url("devices")).status,
        200,
        "still running"
    );

    let done = factory_reset(&data, &["--yes"]);
    assert!(done.status.success(), "{done:?}");
    let status = pbx.wait_exit(Duration::from_secs(20));
    assert!(
        status.is_some_and(|s| s.success()),
        "the PBX stopped cleanly: {status:?}"
    );

    let pbx = Pbx::start_with(&data, &[]);
    let admin = pbx.admin();
    assert_ne!(admin.account_id, old_account, "a new office account");
    let r = admin.get(&admin.url("devices"));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data(), serde_json::json!([]), "no device left");
    assert!(!data.join("factory-reset.requested").exists());
}

#[test]
fn factory_reset_names_a_missing_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = factory_reset(&dir.path().join("nothing-here"), &["--yes"]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("nothing-here") && message.contains("no such data directory"),
        "{message}"
    );
}
