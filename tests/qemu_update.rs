//! Signed A/B updates on the appliance image under qemu-system-aarch64, on one disk through
//! every step (each step starts from the state the last one left):
//!
//! 1. slot A boots; an office with a voicemail left by a SIPp call through the VM;
//! 2. bundles that are not a bundle, signed by another key, with a tampered manifest, for
//!    another architecture or with a changed image are refused through the API with nothing
//!    written to slot B (the image waits in a spool on the data partition until its hash is
//!    proven);
//! 3. power cuts: qemu killed while the image is received (slot B untouched, the spool
//!    cleared at the next start), and the box reset (sysrq) while the proven image is copied
//!    into slot B: slot A boots, B marked bad, data kept;
//! 4. a good 30 MB bundle: slot B boots with the new version, every document and the
//!    voicemail kept;
//! 5. a bad bundle (its edgepbx never gets healthy) into slot A: it fails its health check
//!    at each of its tries and slot B boots again, data kept.
//!
//! Bundles are made here from the image's own root file system (`rootfs.squashfs` beside the
//! disk image), changed per step, and signed with the key the image's binary trusts
//! (`EDGEPBX_TEST_UPDATE_KEY`: `scripts/test` makes a throw-away pair and builds the aarch64
//! binary with its public half). Run by `scripts/test` as
//! `cargo test --test qemu_update -- --ignored`.

mod common;

use std::io::{Read, Seek, SeekFrom, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::sipp::{SippDir, devices, free_port};
use common::vm::Vm;
use common::{Client, Resp, id_of, pcap};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Boot time under emulation is long and varies with the machine's load.
const BOOT_LIMIT: Duration = Duration::from_secs(240);
/// The bad slot's health limit (its own system.toml); it gets `attempts` (3) boots.
const BAD_HEALTH_SECS: u64 = 10;
/// The size the issue asks the apply time for.
const BUNDLE_BYTES: u64 = 30_000_000;
const UPDATE: &str = "/v2/system/update";
const OCTETS: [(&str, &str); 1] = [("Content-Type", "application/octet-stream")];

fn image() -> PathBuf {
    let path = std::env::var("EDGEPBX_TEST_IMAGE")
        .expect("EDGEPBX_TEST_IMAGE: the disk image from image/qemu/build.sh");
    let path = PathBuf::from(path);
    assert!(path.exists(), "{} does not exist", path.display());
    path
}

fn update_key() -> PathBuf {
    PathBuf::from(std::env::var("EDGEPBX_TEST_UPDATE_KEY").expect(
        "EDGEPBX_TEST_UPDATE_KEY: the secret key whose public half the image's binary trusts",
    ))
}

/// Runs the host's edgepbx (the same source as the box's) with `args`; panics on failure.
fn edgepbx(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "edgepbx {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A root file system image like the image's, with `edit` applied to an unpacked copy.
fn rootfs_variant(work: &Path, name: &str, edit: impl FnOnce(&Path)) -> PathBuf {
    let tree = work.join(format!("{name}-root"));
    let squashfs = image().with_file_name("rootfs.squashfs");
    run(Command::new("unsquashfs")
        .args(["-no-progress", "-quiet", "-d"])
        .arg(&tree)
        .arg(&squashfs));
    edit(&tree);
    let out = work.join(format!("{name}.squashfs"));
    run(Command::new("mksquashfs").arg(&tree).arg(&out).args([
        "-noappend",
        "-all-root",
        "-comp",
        "zstd",
        "-quiet",
    ]));
    std::fs::remove_dir_all(&tree).unwrap();
    out
}

fn append(path: &Path, text: &str) {
    let mut f = std::fs::OpenOptions::new().append(true).open(path).unwrap();
    f.write_all(text.as_bytes()).unwrap();
}

/// Bytes a compressor cannot shrink (xorshift), so the bundle has the size asked for.
fn incompressible(len: usize) -> Vec<u8> {
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

fn make_bundle(work: &Path, key: &Path, rootfs: &Path, version: &str, arch: &str) -> Vec<u8> {
    let out = work.join(format!("{version}-{arch}.bundle"));
    edgepbx(&[
        "update",
        "make-bundle",
        "--key",
        key.to_str().unwrap(),
        "--rootfs",
        rootfs.to_str().unwrap(),
        "--version",
        version,
        "--arch",
        arch,
        "--compatible",
        "edgepbx-aarch64",
        "-o",
        out.to_str().unwrap(),
    ]);
    std::fs::read(out).unwrap()
}

/// Where the manifest ends in a bundle (magic, key id, u32 length, manifest).
fn manifest_end(bundle: &[u8]) -> usize {
    20 + u32::from_be_bytes(bundle[16..20].try_into().unwrap()) as usize
}

/// SHA-256 of MBR partition `n` (1-based) of the VM's disk file, read from the host.
fn partition_sha256(disk: &Path, n: usize) -> String {
    let mut f = std::fs::File::open(disk).unwrap();
    let mut mbr = [0u8; 512];
    f.read_exact(&mut mbr).unwrap();
    let entry = &mbr[446 + 16 * (n - 1)..446 + 16 * n];
    let start = u64::from(u32::from_le_bytes(entry[8..12].try_into().unwrap())) * 512;
    let len = u64::from(u32::from_le_bytes(entry[12..16].try_into().unwrap())) * 512;
    f.seek(SeekFrom::Start(start)).unwrap();
    let mut hash = Sha256::new();
    std::io::copy(&mut f.take(len), &mut hash).unwrap();
    format!("{:x}", hash.finalize())
}

/// Waits (within `limit`) for a boot after `mark` of `slot`, up to edgepbx's health check
/// passing there; returns the administrator.
fn booted(vm: &Vm, mark: usize, slot: &str, limit: Duration) -> Client {
    let line = format!("edgepbx-boot: slot {slot}");
    vm.wait_console_since(mark, &line, limit);
    // From that boot's line on (earlier boots of the other slot said "ready" too).
    let from = mark + vm.console()[mark..].rfind(&line).unwrap();
    vm.wait_console_since(from, "edgepbx ready", BOOT_LIMIT);
    vm.wait_console_since(
        from,
        "health check passed: booted slot marked good",
        BOOT_LIMIT,
    );
    let admin = vm.admin();
    let status = update_status(&admin);
    assert_eq!(status["booted"], slot, "{status}");
    assert_eq!(status["slots"][slot]["state"], "booted, good", "{status}");
    admin
}

fn update_status(admin: &Client) -> Value {
    let r = admin.get(UPDATE);
    assert_eq!(r.status, 200, "{}", r.text());
    r.data()
}

fn upload(admin: &Client, bundle: &[u8]) -> Resp {
    admin.request("PUT", UPDATE, &OCTETS, Some(bundle))
}

/// The refusal's message, which must name `why`.
fn assert_refused(r: &Resp, why: &str) {
    assert_eq!(r.status, 400, "{}", r.text());
    let message = r.json()["data"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(message.contains(why), "{why:?} not in {}", r.text());
}

/// Every document of the office that the test made, whole, and the voicemail's audio.
fn office(admin: &Client, vmbox: &str) -> (Vec<Value>, Vec<u8>) {
    let mut docs = Vec::new();
    for kind in ["users", "devices", "callflows", "vmboxes"] {
        let list = admin.get(&admin.url(kind));
        assert_eq!(list.status, 200, "{}", list.text());
        for item in list.data().as_array().unwrap() {
            let id = item["id"].as_str().unwrap();
            let r = admin.get(&admin.url(&format!("{kind}/{id}")));
            assert_eq!(r.status, 200, "{}", r.text());
            docs.push(r.data());
        }
    }
    let box_doc = admin.get(&admin.url(&format!("vmboxes/{vmbox}"))).data();
    let mid = box_doc["messages"][0]["media_id"]
        .as_str()
        .unwrap()
        .to_string();
    let audio = admin.get(&admin.url(&format!("vmboxes/{vmbox}/messages/{mid}/raw")));
    assert_eq!(audio.status, 200, "{}", audio.text());
    (docs, audio.body)
}

/// A caller on the host leaves a message in box 700 through the VM; returns the box id.
fn leave_voicemail(vm: &Vm, admin: &Client) -> String {
    devices(admin, &["2000"], 20);
    let r = admin.put(
        &admin.url("vmboxes"),
        json!({"name": "Sales", "mailbox": "700", "skip_greeting": true}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let vmbox = id_of(&r);
    let r = admin.put(
        &admin.url("callflows"),
        json!({"numbers": ["700"], "flow": {"module": "voicemail", "data": {"id": vmbox}, "children": {}}}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let dir = SippDir::new();
    pcap::talk(&dir.path().join("dtmf.pcap"), 2000);
    let csv = dir.users("uac-2000.csv", &[("2000", "pw2000")]);
    let mut caller = dir.spawn(&[
        "-sf",
        "uac_dtmf.xml",
        "-inf",
        csv.to_str().unwrap(),
        "-s",
        "700",
        "-i",
        "127.0.0.1",
        "-p",
        &free_port().to_string(),
        "-mi",
        "127.0.0.1",
        "-mp",
        &free_port().to_string(),
        "-m",
        "1",
        "-d",
        "3000",
        &vm.sip.to_string(),
    ]);
    caller.expect_ok(Duration::from_secs(60));
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let doc = admin.get(&admin.url(&format!("vmboxes/{vmbox}"))).data();
        if doc["messages"].as_array().is_some_and(|m| !m.is_empty()) {
            return vmbox;
        }
        assert!(Instant::now() < deadline, "no message was stored: {doc}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Starts an upload of `bundle` and sends `bundle[..len]` of it, not waiting for the answer;
/// the connection stays open.
fn start_upload(vm: &Vm, admin: &Client, bundle: &[u8], len: usize) -> TcpStream {
    let mut s = TcpStream::connect(vm.http).unwrap();
    let head = format!(
        "PUT {UPDATE} HTTP/1.1\r\nHost: {}\r\nX-Auth-Token: {}\r\n\
         Content-Type: application/octet-stream\r\nContent-Length: {}\r\n\r\n",
        vm.http,
        admin.token.as_deref().unwrap(),
        bundle.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(&bundle[..len]).unwrap();
    s.flush().unwrap();
    s
}

fn console_says(vm: &mut Vm, command: &str, expect: &str) {
    let mark = vm.mark();
    vm.run(command);
    vm.wait_console_since(mark, expect, Duration::from_secs(30));
}

#[test]
#[ignore = "needs the qemu image and its update key: run by scripts/test"]
fn updates_roll_forward_refuse_survive_power_cuts_and_roll_back() {
    let key = update_key();
    let work = tempfile::tempdir().unwrap();
    let work = work.path();

    // The bundles, from the image's root file system.
    let good_root = rootfs_variant(work, "good", |root| {
        std::fs::write(root.join("etc/edgepbx/version"), "2.0-qemu\n").unwrap();
        let base = std::fs::metadata(image().with_file_name("rootfs.squashfs"))
            .unwrap()
            .len();
        let pad = BUNDLE_BYTES.saturating_sub(base) as usize;
        std::fs::write(root.join("etc/edgepbx/padding"), incompressible(pad)).unwrap();
    });
    let good = make_bundle(work, &key, &good_root, "2.0-qemu", "aarch64");
    // Its edgepbx takes no HTTP connection, so its health check fails within 10 s.
    let bad_root = rootfs_variant(work, "bad", |root| {
        std::fs::write(root.join("etc/edgepbx/version"), "3.0-broken\n").unwrap();
        append(
            &root.join("etc/edgepbx/edgepbx.toml"),
            "max_connections = 0\n",
        );
        append(
            &root.join("etc/edgepbx/system.toml"),
            &format!("\n[update]\nhealth_timeout_secs = {BAD_HEALTH_SECS}\n"),
        );
    });
    let bad = make_bundle(work, &key, &bad_root, "3.0-broken", "aarch64");
    let small_root = image().with_file_name("rootfs.squashfs");
    let wrong_arch = make_bundle(work, &key, &small_root, "2.0-x86", "x86_64");
    let other_key = work.join("other.sec");
    edgepbx(&[
        "update",
        "keygen",
        "--secret",
        other_key.to_str().unwrap(),
        "--public",
        work.join("other.pub").to_str().unwrap(),
    ]);
    let foreign = make_bundle(work, &other_key, &small_root, "2.0-foreign", "aarch64");

    // 1. Slot A boots; an office with a voicemail.
    let mut vm = Vm::boot(&image(), &[]);
    let ready = vm.wait_console("edgepbx ready", 1, BOOT_LIMIT);
    println!(
        "boot to SIP ready under qemu-system-aarch64 (TCG): {:.1} s",
        ready.as_secs_f64()
    );
    let admin = booted(&vm, 0, "A", BOOT_LIMIT);
    let vmbox = leave_voicemail(&vm, &admin);
    let office_before = office(&admin, &vmbox);
    let slot_b = partition_sha256(&vm.disk, 3);
    let status_before = update_status(&admin);
    assert_eq!(status_before["next_boot"], "A", "{status_before}");
    assert_eq!(status_before["arch"], "aarch64", "{status_before}");

    // 2. Refused with nothing written.
    let mut tampered_image = good.clone();
    let last = tampered_image.len() - 1;
    tampered_image[last] ^= 0xff;
    let mut tampered_manifest = good.clone();
    let at = tampered_manifest[..manifest_end(&good)]
        .windows(8)
        .position(|w| w == b"2.0-qemu")
        .unwrap();
    tampered_manifest[at] = b'9';
    for (bundle, why) in [
        (
            std::fs::read(&small_root).unwrap(),
            "not an edgepbx update bundle",
        ),
        (foreign, "this box trusts only key"),
        (tampered_manifest, "bad signature"),
        (wrong_arch, "architecture x86_64"),
        (tampered_image, "SHA-256 does not match"),
    ] {
        assert_refused(&upload(&admin, &bundle), why);
        assert_eq!(update_status(&admin), status_before);
    }
    assert_eq!(
        partition_sha256(&vm.disk, 3),
        slot_b,
        "slot B was not touched"
    );

    // 3a. The power goes while the image is received: slot B and the boot state untouched,
    // the spool cleared when edgepbx starts again.
    let half = start_upload(&vm, &admin, &good, good.len() / 2);
    console_says(
        &mut vm,
        "until [ -e /data/edgepbx-update.spool ]; do sleep 0.2; done; echo \"spool $(echo seen)\"",
        "spool seen",
    );
    vm.power_cut_and_boot();
    drop(half);
    let admin = booted(&vm, 0, "A", BOOT_LIMIT);
    assert_eq!(update_status(&admin), status_before);
    assert_eq!(partition_sha256(&vm.disk, 3), slot_b, "slot B was written");
    assert_eq!(office(&admin, &vmbox), office_before);
    console_says(
        &mut vm,
        "echo \"spools: $(ls /data | grep -c spool)\"",
        "spools: 0",
    );

    // 3b. The box resets (sysrq: no sync, no unmount) while the proven image is copied into
    // slot B, the moment it is marked bad: slot A boots, B stays bad, data kept.
    let mark = vm.mark();
    vm.run(
        "until grep -q '^BOOT_B_LEFT=0' /boot/boot.env; do sleep 0.1; done; \
         echo b > /proc/sysrq-trigger",
    );
    let whole = start_upload(&vm, &admin, &good, good.len());
    let admin = booted(&vm, mark, "A", BOOT_LIMIT);
    drop(whole);
    let status = update_status(&admin);
    assert_eq!(status["next_boot"], "A", "{status}");
    assert_eq!(status["slots"]["B"]["state"], "bad", "{status}");
    assert_eq!(office(&admin, &vmbox), office_before);

    // 4. A good update: slot B boots the new version; the office is kept.
    let sent = Instant::now();
    let r = upload(&admin, &good);
    let wall = sent.elapsed();
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["installed"], "2.0-qemu");
    assert_eq!(r.data()["slot"], "B");
    println!(
        "update apply of a {:.1} MB bundle through the API under qemu: {} ms on the box \
         (of which {} ms copying the proven image into the slot), {:.1} s upload to answer",
        good.len() as f64 / 1e6,
        r.data()["milliseconds"],
        r.data()["slot_milliseconds"],
        wall.as_secs_f64()
    );
    let mark = vm.mark();
    vm.run("reboot");
    let admin = booted(&vm, mark, "B", BOOT_LIMIT);
    let status = update_status(&admin);
    assert_eq!(status["slots"]["B"]["version"], "2.0-qemu", "{status}");
    assert_eq!(status["slots"]["A"]["state"], "fallback", "{status}");
    console_says(
        &mut vm,
        "echo \"running: $(cat /etc/edgepbx/version)\"",
        "running: 2.0-qemu",
    );
    assert_eq!(office(&admin, &vmbox), office_before);

    // 5. A bad update into slot A: each of its tries fails the health check, then B boots.
    let r = upload(&admin, &bad);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["slot"], "A");
    let mark = vm.mark();
    vm.run("reboot");
    vm.wait_console_since(mark, "edgepbx-boot: slot A", BOOT_LIMIT);
    vm.wait_console_since(mark, "health check failed", BOOT_LIMIT);
    // Two more boots of A fail the same way before U-Boot gives up on it.
    let admin = booted(&vm, mark, "B", 3 * BOOT_LIMIT);
    let console = vm.console();
    let tail = &console[mark..];
    assert_eq!(
        tail.matches("edgepbx-boot: slot A").count(),
        3,
        "slot A had three tries:\n{tail}"
    );
    let status = update_status(&admin);
    assert_eq!(status["slots"]["A"]["state"], "bad", "{status}");
    assert_eq!(status["next_boot"], "B", "{status}");
    assert_eq!(status["slots"]["B"]["version"], "2.0-qemu", "{status}");
    console_says(
        &mut vm,
        "echo \"running: $(cat /etc/edgepbx/version)\"",
        "running: 2.0-qemu",
    );
    assert_eq!(office(&admin, &vmbox), office_before);
}
