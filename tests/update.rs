//! A/B updates on the host: the slots and U-Boot's environment (two redundant copies) are files,
//! "rebooting" runs the boot script's walk (`BootState::boot`) on the environment file and
//! writes `rauc.slot=` to the command line file the box reads, and the real binary does the
//! rest: `edgepbx update apply|status`, the health check after boot that marks the slot good.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::Pbx;
use edgepbx_update::env::{self, Env};
use edgepbx_update::{BootState, Slot};
use serde_json::{Value, json};

const SLOT_SIZE: usize = 4 << 20;
const ENV_SIZE: usize = 4096;
const ATTEMPTS: u32 = 3;
const COMPATIBLE: &str = "edgepbx-host-test";

/// Where the board keeps U-Boot's boot state.
#[derive(Clone, Copy, PartialEq)]
enum EnvKind {
    /// The qemu image's way: `boot.env` as text on the boot partition (`env export -t`).
    Text,
    /// U-Boot's binary flash environment, two redundant copies (fw_env format).
    Binary,
}

struct Board {
    dir: tempfile::TempDir,
    config: PathBuf,
    kind: EnvKind,
}

impl Board {
    fn new() -> Board {
        Board::with(EnvKind::Text)
    }

    fn with(kind: EnvKind) -> Board {
        let dir = tempfile::tempdir().unwrap();
        let p = |name: &str| dir.path().join(name);
        for (slot, fill) in [("slot-a.img", b'a'), ("slot-b.img", b'b')] {
            std::fs::write(p(slot), vec![fill; SLOT_SIZE]).unwrap();
        }
        std::fs::write(p("cmdline"), "console=ttyAMA0").unwrap();
        std::fs::create_dir(p("data-partition")).unwrap();
        let mut first = Env::default();
        BootState {
            order: vec![Slot::A, Slot::B],
            left: [ATTEMPTS; 2],
        }
        .apply_to(&mut first);
        std::fs::write(p("edgepbx-slots.json"), r#"{"A": "1.0"}"#).unwrap();
        let env_config = match kind {
            EnvKind::Text => {
                std::fs::write(p("boot.env"), env::encode_text(&first).unwrap()).unwrap();
                format!("env_file = \"{}\"", p("boot.env").display())
            }
            EnvKind::Binary => {
                let mut block = env::encode(&first, ENV_SIZE, Some(1)).unwrap();
                block.extend(vec![0u8; ENV_SIZE]); // the second copy: never written yet
                std::fs::write(p("uboot.env"), block).unwrap();
                format!(
                    "env_device = \"{}\"\nenv_size = {ENV_SIZE}\nenv_redundant_offset = {ENV_SIZE}",
                    p("uboot.env").display()
                )
            }
        };
        let config = p("system.toml");
        // The image's system.toml layout, plus the [update] table of the host tests.
        std::fs::write(
            &config,
            format!(
                "[system]\nhostname = \"test\"\n\n[boot]\ndevice = \"/dev/null\"\n{env_config}\n\
                 attempts = {ATTEMPTS}\n\n[slot.A]\ndevice = \"{}\"\n[slot.B]\ndevice = \"{}\"\n\n\
                 [update]\ncompatible = \"{COMPATIBLE}\"\nhealth_timeout_secs = 20\n\
                 health_failure = \"exit\"\ncmdline = \"{}\"\nstate_file = \"{}\"\n\n\
                 [data]\nmount = \"{}\"\n\n[network]\nmode = \"dhcp\"\n",
                p("slot-a.img").display(),
                p("slot-b.img").display(),
                p("cmdline").display(),
                p("edgepbx-slots.json").display(),
                p("data-partition").display(),
            ),
        )
        .unwrap();
        Board { dir, config, kind }
    }

    fn set_health_timeout(&self, secs: u64) {
        let text = std::fs::read_to_string(&self.config).unwrap();
        let text = text.replace(
            "health_timeout_secs = 20",
            &format!("health_timeout_secs = {secs}"),
        );
        std::fs::write(&self.config, text).unwrap();
    }

    /// The room the spool must leave free on the data partition (system.toml's
    /// `[update] spool_keep_free_mb`; `None`: the default).
    fn set_spool_keep_free_mb(&self, mb: Option<u64>) {
        let text = std::fs::read_to_string(&self.config).unwrap();
        let mut text = text
            .lines()
            .filter(|l| !l.starts_with("spool_keep_free_mb"))
            .collect::<Vec<_>>()
            .join("\n");
        if let Some(mb) = mb {
            text = text.replace("[update]", &format!("[update]\nspool_keep_free_mb = {mb}"));
        }
        std::fs::write(&self.config, text + "\n").unwrap();
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The data partition holds nothing of an update once it is installed or refused.
    fn assert_no_spool(&self) {
        let left: Vec<_> = std::fs::read_dir(self.path("data-partition"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(left.is_empty(), "left on the data partition: {left:?}");
    }

    fn env(&self) -> (Env, env::Current) {
        match self.kind {
            EnvKind::Text => {
                let text = std::fs::read(self.path("boot.env")).unwrap();
                (
                    env::decode_text(&text).unwrap(),
                    env::Current {
                        index: 0,
                        flags: None,
                    },
                )
            }
            EnvKind::Binary => {
                let bytes = std::fs::read(self.path("uboot.env")).unwrap();
                env::read(&[&bytes[..ENV_SIZE], &bytes[ENV_SIZE..]]).unwrap()
            }
        }
    }

    fn boot_state(&self) -> BootState {
        BootState::from_env(&self.env().0, ATTEMPTS)
    }

    /// Power-on: what U-Boot's boot script does, then the kernel command line it passes.
    fn reboot(&self) -> Slot {
        let (mut env, current) = self.env();
        let mut state = BootState::from_env(&env, ATTEMPTS);
        let slot = state.boot(ATTEMPTS);
        state.apply_to(&mut env);
        match self.kind {
            EnvKind::Text => {
                std::fs::write(self.path("boot.env"), env::encode_text(&env).unwrap()).unwrap()
            }
            EnvKind::Binary => {
                let (index, block) = env::write(&env, ENV_SIZE, current).unwrap();
                let mut bytes = std::fs::read(self.path("uboot.env")).unwrap();
                bytes[index * ENV_SIZE..(index + 1) * ENV_SIZE].copy_from_slice(&block);
                std::fs::write(self.path("uboot.env"), bytes).unwrap();
            }
        }
        std::fs::write(
            self.path("cmdline"),
            format!("console=ttyAMA0 rauc.slot={slot} ro"),
        )
        .unwrap();
        slot
    }

    /// A boot after which the system came up healthy (what the health check does, for tests
    /// that run no PBX).
    fn boot_healthy(&self) -> Slot {
        let slot = self.reboot();
        let out = self.cli(&["update", "mark-good"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        slot
    }

    fn slot_bytes(&self, slot: Slot) -> Vec<u8> {
        std::fs::read(self.path(&format!("slot-{}.img", slot.name().to_lowercase()))).unwrap()
    }

    fn cli(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_edgepbx"))
            .env("EDGEPBX_SYSTEM_CONFIG", &self.config)
            .args(args)
            .output()
            .unwrap()
    }

    fn status(&self) -> Value {
        let out = self.cli(&["update", "status"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    fn start(&self, data: &Path) -> Pbx {
        Pbx::start_env(
            data,
            &[],
            &[("EDGEPBX_SYSTEM_CONFIG", self.config.to_str().unwrap())],
        )
    }

    /// Waits (bounded) until the running box's health check marked the booted slot good.
    fn wait_marked_good(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.status()["slots"][self.status()["booted"].as_str().unwrap()]["state"]
            != "booted, good"
        {
            assert!(
                Instant::now() < deadline,
                "slot not marked good: {}",
                self.status()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn dev_secret_key() -> &'static str {
    let key = env!("EDGEPBX_DEV_UPDATE_SECRET_KEY");
    assert!(
        !key.is_empty(),
        "built with a release update key: these tests need the dev key"
    );
    key
}

/// An image of `len` bytes that differs from the slots' fill bytes.
fn image(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

fn make_bundle(board: &Board, key: &str, version: &str, arch: &str, image: &[u8]) -> PathBuf {
    let rootfs = board.path(&format!("rootfs-{version}-{arch}.img"));
    std::fs::write(&rootfs, image).unwrap();
    let bundle = board.path(&format!("bundle-{version}-{arch}.epx"));
    let out = board.cli(&[
        "update",
        "make-bundle",
        "--key",
        key,
        "--rootfs",
        rootfs.to_str().unwrap(),
        "--version",
        version,
        "--arch",
        arch,
        "--compatible",
        COMPATIBLE,
        "-o",
        bundle.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    bundle
}

fn create_user(pbx: &Pbx, name: &str) {
    let admin = pbx.admin();
    let r = admin.put(
        &admin.url("users"),
        json!({"first_name": name, "last_name": "T", "username": name}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

fn user_names(pbx: &Pbx) -> Vec<String> {
    let admin = pbx.admin();
    let list = admin.get(&admin.url("users")).data();
    let mut names: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|u| u["username"].as_str().map(String::from))
        .collect();
    names.sort();
    names
}

#[test]
fn good_update_boots_the_new_slot_and_keeps_the_data() {
    let board = Board::new();
    let data = board.path("data");
    assert_eq!(board.reboot(), Slot::A);
    let pbx = board.start(&data);
    board.wait_marked_good();
    create_user(&pbx, "before_update");

    let new_image = image(1 << 20, 7);
    let bundle = make_bundle(
        &board,
        dev_secret_key(),
        "2.0",
        std::env::consts::ARCH,
        &new_image,
    );
    let out = board.cli(&["update", "apply", bundle.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("installed version 2.0 into slot B"));
    let status = board.status();
    assert_eq!(status["next_boot"], "B");
    assert_eq!(status["slots"]["B"]["state"], "pending: boots next");
    assert_eq!(status["slots"]["B"]["version"], "2.0");
    assert_eq!(status["slots"]["A"]["state"], "booted, good");
    assert_eq!(
        &board.slot_bytes(Slot::B)[..new_image.len()],
        &new_image[..]
    );
    assert!(pbx.stop());

    assert_eq!(board.reboot(), Slot::B);
    assert_eq!(
        board.status()["slots"]["B"]["state"],
        "booted, not yet marked good"
    );
    // While B is on trial, A is the way back: no update may overwrite it.
    let slot_a = board.slot_bytes(Slot::A);
    let out = board.cli(&["update", "apply", bundle.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("running on trial"));
    assert_eq!(board.slot_bytes(Slot::A), slot_a);
    let pbx = board.start(&data);
    board.wait_marked_good();
    let status = board.status();
    assert_eq!(status["booted"], "B");
    assert_eq!(status["slots"]["B"]["tries_left"], ATTEMPTS);
    assert_eq!(status["slots"]["A"]["state"], "fallback");
    assert_eq!(user_names(&pbx), ["admin", "before_update"]);
    assert!(pbx.stop());
    // Marked good: it stays the boot slot.
    assert_eq!(board.reboot(), Slot::B);
}

#[test]
fn a_slot_that_fails_its_health_check_or_crash_loops_rolls_back() {
    let board = Board::new();
    let data = board.path("data");
    assert_eq!(board.reboot(), Slot::A);
    let pbx = board.start(&data);
    board.wait_marked_good();
    create_user(&pbx, "kept");
    let bundle = make_bundle(
        &board,
        dev_secret_key(),
        "2.0-broken",
        std::env::consts::ARCH,
        &image(4096, 1),
    );
    assert!(
        board
            .cli(&["update", "apply", bundle.to_str().unwrap()])
            .status
            .success()
    );
    assert!(pbx.stop());

    // First boot of the new slot: the PBX starts but its HTTP server takes no connection
    // (max_connections = 0), so the health check fails after its timeout and the process exits.
    assert_eq!(board.reboot(), Slot::B);
    board.set_health_timeout(2);
    let config = board.path("edgepbx.toml");
    std::fs::write(&config, "max_connections = 0\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .env("EDGEPBX_SYSTEM_CONFIG", &board.config)
        .args([
            "run",
            "--http",
            "127.0.0.1:0",
            "--https",
            "off",
            "--sip",
            "127.0.0.1:0",
            "--sips",
            "127.0.0.1:0",
        ])
        .arg("--config")
        .arg(&config)
        .arg("--data")
        .arg(&data)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the failed health check did not end the process");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut log = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut log).unwrap();
    assert_eq!(status.code(), Some(75), "{log}");
    assert!(
        log.contains("health check failed") && log.contains("http"),
        "{log}"
    );
    assert_eq!(
        board.status()["slots"]["B"]["state"],
        "booted, not yet marked good"
    );

    // The next boots: the PBX cannot even start (its HTTP port is taken) and exits at once;
    // restarted as the image's supervisor does, it gets no new time limit: the first start
    // after the limit (counted from the first start of this boot) gives up.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let http = taken.local_addr().unwrap().to_string();
    for _ in 1..ATTEMPTS {
        assert_eq!(board.reboot(), Slot::B);
        let first = Instant::now();
        let mut starts = 0;
        let log = loop {
            let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
                .env("EDGEPBX_SYSTEM_CONFIG", &board.config)
                .args([
                    "run",
                    "--http",
                    &http,
                    "--https",
                    "off",
                    "--sip",
                    "127.0.0.1:0",
                    "--sips",
                    "127.0.0.1:0",
                    "--data",
                ])
                .arg(&data)
                .stdout(Stdio::null())
                .output()
                .unwrap();
            starts += 1;
            let log = String::from_utf8_lossy(&out.stderr).into_owned();
            if out.status.code() == Some(75) {
                break log;
            }
            assert!(log.contains("--http"), "{log}");
            assert!(
                first.elapsed() < Duration::from_secs(30),
                "the crash loop was never stopped"
            );
            std::thread::sleep(Duration::from_millis(250)); // the supervisor's pause
        };
        assert!(starts > 1);
        assert!(first.elapsed() >= Duration::from_secs(2));
        assert!(log.contains("a crash loop?"), "{log}");
    }
    assert_eq!(board.reboot(), Slot::A);
    let pbx = board.start(&data);
    board.wait_marked_good();
    let status = board.status();
    assert_eq!(status["booted"], "A");
    assert_eq!(status["next_boot"], "A");
    assert_eq!(status["boot_order"], json!(["A", "B"]));
    assert_eq!(status["slots"]["B"]["state"], "bad");
    assert_eq!(user_names(&pbx), ["admin", "kept"]);
    assert!(pbx.stop());
    assert_eq!(board.reboot(), Slot::A);
}

#[test]
fn bad_bundles_are_refused_with_nothing_switched() {
    let board = Board::with(EnvKind::Binary);
    assert_eq!(board.boot_healthy(), Slot::A);
    let arch = std::env::consts::ARCH;
    let other_secret = board.path("other.sec");
    let out = board.cli(&[
        "update",
        "keygen",
        "--secret",
        other_secret.to_str().unwrap(),
        "--public",
        board.path("other.pub").to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let good = make_bundle(&board, dev_secret_key(), "2.0", arch, &image(100_000, 3));
    let out = board.cli(&[
        "update",
        "make-bundle",
        "--key",
        dev_secret_key(),
        "--rootfs",
        board.config.to_str().unwrap(),
        "--version",
        "2.0",
        "--arch",
        "arm64",
        "--compatible",
        COMPATIBLE,
        "-o",
        board.path("x").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--arch arm64"));
    let good_bytes = std::fs::read(&good).unwrap();

    let foreign = make_bundle(
        &board,
        other_secret.to_str().unwrap(),
        "2.0-foreign",
        arch,
        &image(1000, 3),
    );
    let wrong_arch = make_bundle(&board, dev_secret_key(), "2.0", "riscv64", &image(1000, 3));
    let mut tampered_manifest = good_bytes.clone();
    let at = tampered_manifest
        .windows(5)
        .position(|w| w == b"\"2.0\"")
        .unwrap();
    tampered_manifest[at + 1] = b'9';
    let mut tampered_image = good_bytes.clone();
    let last = tampered_image.len() - 1;
    tampered_image[last] ^= 0xff;
    let truncated = good_bytes[..good_bytes.len() - 5000].to_vec();
    let not_a_bundle = image(5000, 9);
    let write = |name: &str, bytes: &[u8]| {
        let p = board.path(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let good_again = write("good-again", &good_bytes);
    // (bundle, what the error says): every one refused with slot B untouched, its tries and
    // the boot order as they were, and nothing left in the spool.
    let cases = [
        (foreign, "this box trusts only key"),
        (wrong_arch, "architecture riscv64"),
        (
            write("tampered-manifest", &tampered_manifest),
            "bad signature",
        ),
        (
            write("not-a-bundle", &not_a_bundle),
            "not an edgepbx update bundle",
        ),
        (
            write("tampered-image", &tampered_image),
            "SHA-256 does not match",
        ),
        (write("truncated", &truncated), "truncated"),
        // A good bundle on a data partition without room for its image (the spool must
        // leave more free than the disk has): refused before the image is taken.
        (good_again, "must stay free"),
    ];
    let before = board.boot_state();
    let slot_before = board.slot_bytes(Slot::B);
    for (bundle, reason) in cases {
        let no_room = reason == "must stay free";
        board.set_spool_keep_free_mb(no_room.then_some(1 << 40));
        let out = board.cli(&["update", "apply", bundle.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{bundle:?}: {err}");
        assert!(err.contains(reason), "{bundle:?}: {err}");
        assert!(err.contains("nothing was written"), "{err}");
        assert!(err.contains("boot order is unchanged"), "{err}");
        assert_eq!(
            board.boot_state(),
            before,
            "{bundle:?} changed the boot state"
        );
        assert!(
            board.slot_bytes(Slot::B) == slot_before,
            "{bundle:?} wrote to the slot"
        );
        board.assert_no_spool();
        assert_eq!(board.reboot(), Slot::A);
        // What the health check does after each boot (no PBX runs in this test).
        let out = board.cli(&["update", "mark-good"]);
        assert!(String::from_utf8_lossy(&out.stdout).contains("slot A marked good"));
    }
    board.set_spool_keep_free_mb(None);
    assert_eq!(board.status()["slots"]["B"]["state"], "fallback");
    // A good bundle afterwards installs, through the spool, and leaves nothing in it.
    let out = board.cli(&["update", "apply", good.to_str().unwrap()]);
    board.assert_no_spool();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(board.reboot(), Slot::B);
}

#[test]
fn power_cut_while_writing_leaves_the_old_slot_booting() {
    for kind in [EnvKind::Text, EnvKind::Binary] {
        power_cut(Board::with(kind));
    }
}

/// The power goes while the image is being received (into the spool): the slot and the boot
/// state are untouched, and what the spool held is cleared by the next update. (A power cut
/// while the proven image is copied into the slot, after it was marked bad, is made under
/// qemu: tests/qemu_update.rs.)
fn power_cut(board: Board) {
    assert_eq!(board.boot_healthy(), Slot::A);
    let before = board.boot_state();
    let slot_before = board.slot_bytes(Slot::B);
    let new_image = image(3 << 20, 5);
    let bundle_path = make_bundle(
        &board,
        dev_secret_key(),
        "2.0",
        std::env::consts::ARCH,
        &new_image,
    );
    let bundle = std::fs::read(&bundle_path).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .env("EDGEPBX_SYSTEM_CONFIG", &board.config)
        .args(["update", "apply", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Header and the first half of the image; the rest never comes.
    stdin.write_all(&bundle[..bundle.len() / 2]).unwrap();
    stdin.flush().unwrap();
    let spool = board.path("data-partition/edgepbx-update.spool");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !spool.exists() {
        assert!(Instant::now() < deadline, "the image was never received");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL, mid-receive
    child.wait().unwrap();
    drop(stdin);
    assert!(spool.exists(), "a killed update leaves its spool");
    assert_eq!(board.boot_state(), before);
    assert!(
        board.slot_bytes(Slot::B) == slot_before,
        "slot B was written"
    );
    assert_eq!(board.reboot(), Slot::A);
    assert_eq!(board.status()["slots"]["B"]["state"], "fallback");
    let out = board.cli(&["update", "mark-good"]);
    assert!(out.status.success());
    // The next update starts by clearing the spool, and installs.
    let out = board.cli(&["update", "apply", bundle_path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    board.assert_no_spool();
    assert_eq!(board.reboot(), Slot::B);
    assert!(board.slot_bytes(Slot::B)[..new_image.len()] == new_image[..]);
}

/// The upload endpoint: box administrators only, the bundle streamed as the raw body.
#[test]
fn api_upload_is_for_the_box_administrator_and_refuses_bad_bundles() {
    let board = Board::new();
    assert_eq!(board.reboot(), Slot::A);
    let pbx = board.start(&board.path("data"));
    board.wait_marked_good();
    let admin = pbx.admin();
    let sub = admin.put(&admin.url(""), json!({"name": "tenant"})).data()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = admin.put(
        &format!("/v2/accounts/{sub}/users"),
        json!({"first_name": "Ten", "last_name": "Ant", "username": "boss", "password": "pw-12345", "priv_level": "admin"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let mut tenant = pbx.client();
    tenant
        .login("boss", "pw-12345", "tenant")
        .expect("tenant admin login");
    let user = pbx.user_client(&admin, "plain", "user");

    let arch = std::env::consts::ARCH;
    let good = std::fs::read(make_bundle(
        &board,
        dev_secret_key(),
        "3.0",
        arch,
        &image(600_000, 4),
    ))
    .unwrap();
    let wrong_arch = std::fs::read(make_bundle(
        &board,
        dev_secret_key(),
        "3.0-arm",
        "riscv64",
        &image(1000, 4),
    ))
    .unwrap();
    let octets = [("Content-Type", "application/octet-stream")];
    let path = "/v2/system/update";
    let slot_before = board.slot_bytes(Slot::B);

    assert_eq!(
        pbx.client()
            .request("PUT", path, &octets, Some(&good))
            .status,
        401
    );
    assert_eq!(
        tenant.request("PUT", path, &octets, Some(&good)).status,
        403
    );
    assert_eq!(user.request("PUT", path, &octets, Some(&good)).status, 403);
    assert_eq!(tenant.get(path).status, 403);
    assert_eq!(admin.request("DELETE", path, &[], None).status, 405);
    assert_eq!(board.slot_bytes(Slot::B), slot_before);

    let r = admin.request("PUT", path, &octets, Some(&wrong_arch));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.json()["data"]["message"]
            .as_str()
            .unwrap()
            .contains("architecture riscv64"),
        "{}",
        r.text()
    );
    let r = admin.request("PUT", path, &octets, Some(&good[..good.len() / 2]));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("truncated"), "{}", r.text());
    assert_eq!(board.boot_state().primary(), Some(Slot::A));
    // No room on the data partition for the image: 507, nothing written.
    board.set_spool_keep_free_mb(Some(1 << 40));
    let r = admin.request("PUT", path, &octets, Some(&good));
    assert_eq!(r.status, 507, "{}", r.text());
    assert!(r.text().contains("must stay free"), "{}", r.text());
    board.set_spool_keep_free_mb(None);
    assert!(
        board.slot_bytes(Slot::B) == slot_before,
        "slot B was written"
    );
    board.assert_no_spool();

    let r = admin.request("PUT", path, &octets, Some(&good));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["installed"], "3.0");
    assert_eq!(r.data()["slot"], "B");
    let r = admin.get(path);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.data()["next_boot"], "B");
    assert_eq!(r.data()["slots"]["B"]["version"], "3.0");
    assert!(pbx.stop());
}

/// The binary environment as libubootenv's fw_printenv/fw_setenv (Debian libubootenv-tool) see
/// it: they read what the updater wrote, and the updater reads what they write.
#[test]
fn binary_environment_agrees_with_fw_printenv() {
    let board = Board::with(EnvKind::Binary);
    assert_eq!(board.boot_healthy(), Slot::A);
    let env_file = board.path("uboot.env");
    let fw_config = board.path("fw_env.config");
    std::fs::write(
        &fw_config,
        format!(
            "{0} 0x0 {ENV_SIZE:#x}\n{0} {ENV_SIZE:#x} {ENV_SIZE:#x}\n",
            env_file.display()
        ),
    )
    .unwrap();
    let fw = |tool: &str, args: &[&str]| {
        let out = Command::new(tool)
            .arg("-c")
            .arg(&fw_config)
            .args(args)
            .output()
            .expect(tool);
        assert!(
            out.status.success(),
            "{tool}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let bundle = make_bundle(
        &board,
        dev_secret_key(),
        "2.0",
        std::env::consts::ARCH,
        &image(4096, 2),
    );
    assert!(
        board
            .cli(&["update", "apply", bundle.to_str().unwrap()])
            .status
            .success()
    );
    let printed = fw("fw_printenv", &[]);
    assert!(printed.contains("BOOT_ORDER=B A\n"), "{printed}");
    assert!(printed.contains("BOOT_B_LEFT=3\n"), "{printed}");
    assert!(printed.contains("BOOT_A_LEFT=3\n"), "{printed}");
    fw("fw_setenv", &["BOOT_B_LEFT", "1"]);
    let status = board.status();
    assert_eq!(status["slots"]["B"]["tries_left"], 1);
    assert_eq!(status["next_boot"], "B");
    assert_eq!(board.reboot(), Slot::B);
    assert_eq!(board.reboot(), Slot::A);
}

/// A boot state the updater cannot read, or a system not started by the A/B boot script, is
/// a clear error, and the other slot is not touched.
#[test]
fn unreadable_boot_state_is_a_clear_error_and_nothing_is_written() {
    let arch = std::env::consts::ARCH;
    for kind in [EnvKind::Text, EnvKind::Binary] {
        let board = Board::with(kind);
        let bundle = make_bundle(&board, dev_secret_key(), "2.0", arch, &image(4096, 6));
        let slot_before = board.slot_bytes(Slot::B);
        // Not booted through the boot script: no rauc.slot= on the command line.
        let out = board.cli(&["update", "apply", bundle.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1));
        assert!(err.contains("no rauc.slot=A or rauc.slot=B"), "{err}");
        assert_eq!(board.reboot(), Slot::A);
        let garbage: Vec<(&str, Vec<u8>, &str)> = match kind {
            EnvKind::Text => vec![(
                "boot.env",
                b"garbage without an equals sign\n".to_vec(),
                "malformed environment entry",
            )],
            EnvKind::Binary => vec![
                (
                    "uboot.env",
                    vec![0x55; 2 * ENV_SIZE],
                    "no copy of the boot environment has a valid CRC",
                ),
                (
                    "uboot.env",
                    vec![0x55; 100],
                    "shorter than the configured copy at 0 of 4096 bytes",
                ),
            ],
        };
        for (file, bytes, expected) in garbage {
            std::fs::write(board.path(file), bytes).unwrap();
            for args in [
                &["update", "apply", bundle.to_str().unwrap()][..],
                &["update", "status"],
            ] {
                let out = board.cli(args);
                let err = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(1), "{err}");
                assert!(err.contains(expected), "{err}");
            }
        }
        assert_eq!(board.slot_bytes(Slot::B), slot_before);
    }
    let out = Command::new(env!("CARGO_BIN_EXE_edgepbx"))
        .env("EDGEPBX_SYSTEM_CONFIG", "/nonexistent/system.toml")
        .args(["update", "status"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/system.toml"));
}

/// After a rollback the old binary meets a store a newer binary migrated: with a migration it
/// cannot read, it puts back the snapshot taken before the migration and runs on that.
#[test]
fn rolled_back_binary_restores_the_store_snapshot_from_before_a_breaking_migration() {
    use edgepbx_store::Store;
    use edgepbx_store::schema::{CURRENT, Migration, Schema};
    const NEWER: Schema = Schema {
        version: CURRENT.version + 1,
        migrations: &[
            CURRENT.migrations[0],
            Migration {
                to: CURRENT.version + 1,
                readable_by: CURRENT.version + 1,
                run: |_| Ok(()),
            },
        ],
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pbx = Pbx::start_with(&data, &[]);
    create_user(&pbx, "before_update");
    assert!(pbx.stop());
    // What the newer binary does to the data directory when it starts.
    let store_file = data.join("edgepbx.redb");
    let newer = Store::open_with_schema(&store_file, &NEWER).unwrap();
    newer.close();
    drop(newer);
    assert!(
        data.join(format!("edgepbx.redb.pre-schema-{}", CURRENT.version))
            .exists()
    );

    let pbx = Pbx::start_with(&data, &[]);
    assert_eq!(user_names(&pbx), ["admin", "before_update"]);
    assert!(
        data.join(format!("edgepbx.redb.schema-{}-rolled-back", NEWER.version))
            .exists()
    );
    assert!(pbx.stop());
}
