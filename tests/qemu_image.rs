//! The appliance image under qemu-system-aarch64 (U-Boot, Debian's arm64 kernel, busybox, the
//! static aarch64 edgepbx): it boots from slot A, the API answers on a forwarded port, a SIPp
//! phone registers and a call with RTP goes through the VM.
//!
//! Needs the image built by `image/qemu/build.sh`; `scripts/test` builds it and runs these with
//! `EDGEPBX_TEST_IMAGE=target/image/disk.img cargo test --test qemu_image -- --ignored`.

mod common;

use std::net::UdpSocket;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::sipp::{SippDir, devices, free_port, register_users, registered};
use common::vm::{IPV6_NET, Vm};

fn image() -> PathBuf {
    let path = std::env::var("EDGEPBX_TEST_IMAGE")
        .expect("EDGEPBX_TEST_IMAGE: the disk image from image/qemu/build.sh");
    let path = PathBuf::from(path);
    assert!(path.exists(), "{} does not exist", path.display());
    path
}

/// The box's shell words for the pid of `edgepbx run` (not of its `edgepbx log-files`).
const PBX_PID: &str = "$(ps | grep '[e]dgepbx run' | awk '{print $1}')";

/// Boot time under emulation is long and varies with the machine's load.
const BOOT_LIMIT: Duration = Duration::from_secs(240);

#[test]
#[ignore = "needs the qemu image: run by scripts/test"]
fn boots_from_slot_a_and_a_phone_calls_through_the_vm() {
    let vm = Vm::boot(&image(), &[]);
    let ready = vm.wait_console("edgepbx ready", 1, BOOT_LIMIT);
    println!(
        "boot to SIP ready under qemu-system-aarch64 (TCG): {:.1} s",
        ready.as_secs_f64()
    );
    let console = vm.console();
    assert!(
        console.contains("edgepbx-boot: slot A (A left 2, B left 3)"),
        "U-Boot's script chose slot A and counted the attempt:\n{console}"
    );

    let admin = vm.admin();
    // qemu's PL031 RTC holds the host's time, which the kernel reads at boot.
    let status = admin.get("/v2/system_status");
    assert_eq!(status.status, 200, "{}", status.text());
    assert_eq!(status.data()["clock"]["set"], true, "{}", status.text());
    let ids = devices(&admin, &["2000", "2001"], 20);
    let dir = SippDir::new();
    let callee_port = free_port();
    register_users(
        &dir,
        &vm.sip.to_string(),
        &[("2001", "pw2001")],
        callee_port,
        1,
        None,
    );
    assert_eq!(
        registered(&admin),
        vec![ids[1].clone()],
        "the callee registered"
    );

    // The callee's SDP points at this socket. Like a phone behind NAT it sends first (to the
    // box's port for its leg, which the scenario writes down), so the box latches onto it and
    // relays the caller's audio here.
    let sink = UdpSocket::bind("127.0.0.1:0").unwrap();
    sink.set_read_timeout(Some(Duration::from_millis(20)))
        .unwrap();
    let sink_port = sink.local_addr().unwrap().port().to_string();
    let received = Arc::new(AtomicUsize::new(0));
    let counter = received.clone();
    let port_file = dir.path().join("box_media_port.txt");
    let sink_thread = std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(60);
        let box_port: u16 = loop {
            if let Some(p) = std::fs::read_to_string(&port_file)
                .ok()
                .and_then(|s| s.trim().parse().ok())
            {
                break p;
            }
            if Instant::now() > deadline {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut packet = [0xffu8; 172];
        packet[..2].copy_from_slice(&[0x80, 0x00]);
        packet[8..12].copy_from_slice(&0x5eed_u32.to_be_bytes());
        let mut buf = [0u8; 2048];
        let mut last_heard = Instant::now();
        for seq in 0u16.. {
            packet[2..4].copy_from_slice(&seq.to_be_bytes());
            packet[4..8].copy_from_slice(&(u32::from(seq) * 160).to_be_bytes());
            let _ = sink.send_to(&packet, ("127.0.0.1", box_port));
            if let Ok((n, _)) = sink.recv_from(&mut buf)
                && n >= 12
                && buf[0] >> 6 == 2
                && buf[1] & 0x7f == 0
            {
                counter.fetch_add(1, Ordering::Relaxed);
                last_heard = Instant::now();
            }
            let heard = counter.load(Ordering::Relaxed) > 0;
            if (heard && last_heard.elapsed() > Duration::from_secs(2)) || Instant::now() > deadline
            {
                return;
            }
        }
    });
    let mut callee = dir.spawn(&[
        "-sf",
        "uas_sink_tell.xml",
        "-i",
        "127.0.0.1",
        "-p",
        &callee_port.to_string(),
        "-m",
        "1",
        "-set",
        "sink",
        &sink_port,
    ]);
    let caller_csv = dir.users("uac-2000.csv", &[("2000", "pw2000")]);
    let mut caller = dir.spawn(&[
        "-sf",
        "uac_auth_rtp.xml",
        "-inf",
        caller_csv.to_str().unwrap(),
        "-s",
        "2001",
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
    let caller_code = caller.wait(Duration::from_secs(60));
    assert_eq!(
        caller_code,
        Some(0),
        "caller failed:\n{}\ncallee:\n{}\nbox:\n{}",
        caller.errors(),
        callee.errors(),
        vm.console()
    );
    callee.expect_ok(Duration::from_secs(20));
    sink_thread.join().unwrap();
    let packets = received.load(Ordering::Relaxed);
    println!("RTP packets the callee got through the VM: {packets}");
    // 3 s of 20 ms audio is 150 packets; allow for the start before latching and emulation.
    assert!(
        packets >= 50,
        "the callee got {packets} RTP packets through the VM"
    );
}

/// The appliance basics, on one boot: edgepbx's health check marks the booted slot good; a
/// crashed edgepbx is restarted with a line in the bounded log files on the data partition;
/// `edgepbx factory-reset` on the box brings back the first boot; a static address set through
/// the API is applied at the next boot; a hung edgepbx stops the watchdog kicks and the
/// hardware watchdog (i6300esb) resets the box, which boots slot A again (with that address).
#[test]
#[ignore = "needs the qemu image: run by scripts/test"]
fn supervisor_factory_reset_and_watchdog_on_the_box() {
    let mut vm = Vm::boot(&image(), &[]);
    vm.wait_console("edgepbx ready", 1, BOOT_LIMIT);
    vm.wait_console(
        "health check passed: booted slot marked good",
        1,
        BOOT_LIMIT,
    );
    vm.wait_console("watchdog: kicking /dev/watchdog", 1, BOOT_LIMIT);
    vm.run("cat /boot/boot.env");
    vm.wait_console("BOOT_A_LEFT=3", 1, Duration::from_secs(30));
    let first_account = vm.admin().account_id;

    // A crash: the supervisor says so and starts it again; the line is in the log file.
    vm.run(&format!("kill -9 {PBX_PID}"));
    vm.wait_console(
        "supervise: edgepbx exited with status 137; restarting in 1 s",
        1,
        Duration::from_secs(60),
    );
    vm.wait_console("edgepbx ready", 2, BOOT_LIMIT);
    vm.run("grep -c 'exited with status 137' /data/log/edgepbx.log | sed 's/^/log lines: /'");
    vm.wait_console("log lines: 1", 1, Duration::from_secs(30));
    assert_eq!(
        vm.admin().account_id,
        first_account,
        "same data after a crash"
    );

    // Factory reset from the box's command line: a first boot with a new office.
    vm.run("edgepbx factory-reset --data /data/edgepbx --yes");
    vm.wait_console("factory reset: the data directory was wiped", 1, BOOT_LIMIT);
    vm.wait_console("edgepbx ready", 3, BOOT_LIMIT);
    assert_ne!(vm.admin().account_id, first_account, "a new office account");

    // A static address through the API: written to the data partition, applied by the init
    // scripts at the next boot (the one the watchdog causes below). qemu's user network
    // expects the guest at 10.0.2.15 behind 10.0.2.2, so the forwarded ports keep working.
    // A static IPv6 address in qemu's IPv6 prefix goes with it, qemu's host as its gateway.
    let address6 = format!("{IPV6_NET}15/64");
    let gateway6 = format!("{IPV6_NET}2");
    let admin = vm.admin();
    let r = admin.post(
        "/v2/system/network",
        serde_json::json!({"mode": "static", "address": "10.0.2.15/24", "gateway": "10.0.2.2", "dns": ["10.0.2.3"],
            "address6": address6, "gateway6": gateway6}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let mark = vm.mark();
    vm.run("until grep -q mode=static /data/edgepbx/network.conf; do sleep 1; done; echo \"network.conf\" written");
    vm.wait_console_since(mark, "network.conf written", Duration::from_secs(60));

    // A hang: no more kicks, and the watchdog resets the machine; U-Boot boots slot A again.
    vm.run(&format!("kill -STOP {PBX_PID}"));
    vm.wait_console(
        "watchdog: edgepbx does not answer",
        1,
        Duration::from_secs(60),
    );
    vm.wait_console(
        "edgepbx-boot: slot A (A left 2, B left 3)",
        2,
        Duration::from_secs(120),
    );
    vm.wait_console(
        "network: eth0 static 10.0.2.15/24 via 10.0.2.2 (from /data/edgepbx/network.conf)",
        1,
        BOOT_LIMIT,
    );
    vm.wait_console(
        &format!(
            "network: eth0 static {address6} via {gateway6} (from /data/edgepbx/network.conf)"
        ),
        1,
        BOOT_LIMIT,
    );
    vm.wait_console("edgepbx ready", 4, BOOT_LIMIT);
    vm.admin();
    // The IPv6 address is on the interface and reaches its gateway from that address (qemu's
    // host answers the ping; the router advertisements' own address would not prove it). The
    // quotes keep the awaited words out of the console's echo of the command.
    let mark = vm.mark();
    let static6 = address6.trim_end_matches("/64");
    // The address is tentative until duplicate address detection ends (about a second after
    // the init script adds it), and binding to it fails until then: retry, bounded.
    vm.run(&format!(
        "for try in 1 2 3 4 5 6 7 8 9 10; do ping -c 1 -W 2 -I {static6} {gateway6} >/dev/null 2>&1 && {{ echo \"ipv6 gateway\" answers from {static6}; break; }}; sleep 1; done"
    ));
    vm.wait_console_since(
        mark,
        &format!("ipv6 gateway answers from {static6}"),
        Duration::from_secs(60),
    );
}
