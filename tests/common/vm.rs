//! The qemu-system-aarch64 test image booted with U-Boot, reached through qemu's user network:
//! HTTP, SIP (UDP) and a small RTP port range forwarded from free ports on 127.0.0.1. The box
//! listens on the same SIP and RTP port numbers inside and writes 127.0.0.1 into its SIP headers
//! and SDP (`EDGEPBX_PUBLIC_IP`), so phones on the host reach it as if it were local. The serial
//! console is the test's: its output is collected, and a root shell there takes commands.

use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use super::{ADMIN_PASSWORD, Client};

/// U-Boot for qemu's arm64 `virt` machine (Debian package u-boot-qemu).
pub const UBOOT: &str = "/usr/lib/u-boot/qemu_arm64/u-boot.bin";
/// RTP ports forwarded into the VM: two calls' worth (each relayed call takes two pairs).
const RTP_PORTS: u16 = 8;
/// The IPv6 prefix of qemu's user network (a unique local one; qemu's own host, which answers
/// pings, is `::2` in it), so a static IPv6 address set through the API can be tried on the box.
pub const IPV6_NET: &str = "fd00:ed9e::";

pub struct Vm {
    child: Child,
    pub http: SocketAddr,
    pub sip: SocketAddr,
    pub rtp: (u16, u16),
    pub disk: PathBuf,
    pub started: Instant,
    console: Arc<(Mutex<String>, Condvar)>,
    env: Vec<(String, String)>,
    /// Holds the disk; `None` only while [`Vm::power_cut_and_boot`] moves it to the next qemu.
    dir: Option<tempfile::TempDir>,
}

impl Vm {
    /// Boots a private copy of `image` (the test may change its disk); `env` lines go to the
    /// box's edgepbx through qemu's fw_cfg (`opt/edgepbx/env`).
    pub fn boot(image: &Path, env: &[(&str, &str)]) -> Vm {
        let dir = tempfile::tempdir().unwrap();
        let disk = dir.path().join("disk.img");
        let status = Command::new("cp")
            .args(["--sparse=always"])
            .arg(image)
            .arg(&disk)
            .status()
            .unwrap();
        assert!(status.success(), "copy {}", image.display());
        Vm::boot_disk(dir, disk, env)
    }

    /// Pulls the plug (SIGKILL to qemu: nothing in the guest gets to flush) and powers the
    /// same disk on again, with a fresh console and new forwarded ports.
    pub fn power_cut_and_boot(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let dir = self.dir.take().expect("the VM's disk directory");
        let env = std::mem::take(&mut self.env);
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        *self = Vm::boot_disk(dir, self.disk.clone(), &env);
    }

    fn boot_disk(dir: tempfile::TempDir, disk: PathBuf, env: &[(&str, &str)]) -> Vm {
        let http = free_tcp_port();
        let sip = free_udp_range(1);
        let rtp = free_udp_range(RTP_PORTS);
        let mut lines = vec![
            format!("EDGEPBX_ADMIN_PASSWORD={ADMIN_PASSWORD}"),
            "EDGEPBX_PUBLIC_IP=127.0.0.1".to_string(),
            format!("EDGEPBX_SIP=0.0.0.0:{sip}"),
            format!("EDGEPBX_RTP_PORTS={}-{}", rtp, rtp + RTP_PORTS - 1),
        ];
        lines.extend(env.iter().map(|(k, v)| format!("{k}={v}")));
        let env_file = dir.path().join("env");
        std::fs::write(&env_file, lines.join("\n") + "\n").unwrap();

        let mut forwards = format!(
            "user,id=net0,ipv4=on,ipv6=on,ipv6-net={IPV6_NET}/64,hostfwd=tcp:127.0.0.1:{http}-:8000,hostfwd=udp:127.0.0.1:{sip}-:{sip}"
        );
        for port in rtp..rtp + RTP_PORTS {
            forwards.push_str(&format!(",hostfwd=udp:127.0.0.1:{port}-:{port}"));
        }
        let started = Instant::now();
        let mut child = Command::new("qemu-system-aarch64")
            .args(["-M", "virt", "-cpu", "cortex-a53", "-smp", "2", "-m", "512"])
            .args(["-display", "none", "-monitor", "none", "-serial", "stdio"])
            .args(["-bios", UBOOT])
            .arg("-drive")
            .arg(format!(
                "if=none,id=disk,format=raw,file={}",
                disk.display()
            ))
            .args(["-device", "virtio-blk-pci,drive=disk"])
            .args(["-netdev", &forwards])
            .args(["-device", "virtio-net-pci,netdev=net0,romfile="])
            .args(["-device", "i6300esb"])
            .arg("-fw_cfg")
            .arg(format!("name=opt/edgepbx/env,file={}", env_file.display()))
            // A root shell on the serial console, for the tests' commands (`run`).
            .args(["-fw_cfg", "name=opt/edgepbx/console-shell,string=1"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start qemu-system-aarch64 (Debian package qemu-system-arm)");
        let console = Arc::new((Mutex::new(String::new()), Condvar::new()));
        let sink = console.clone();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if std::env::var("EDGEPBX_TEST_LOG").is_ok() {
                    eprintln!("[vm] {line}");
                }
                let (text, changed) = &*sink;
                let mut text = text.lock().unwrap();
                text.push_str(&line);
                text.push('\n');
                changed.notify_all();
            }
        });
        Vm {
            child,
            http: SocketAddr::from(([127, 0, 0, 1], http)),
            sip: SocketAddr::from(([127, 0, 0, 1], sip)),
            rtp: (rtp, rtp + RTP_PORTS - 1),
            disk,
            started,
            console,
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            dir: Some(dir),
        }
    }

    /// Waits until the serial console has shown `needle` `count` times; returns the time since
    /// qemu started, or panics with the console after `limit`.
    pub fn wait_console(&self, needle: &str, count: usize, limit: Duration) -> Duration {
        let (text, changed) = &*self.console;
        let deadline = Instant::now() + limit;
        let mut text = text.lock().unwrap();
        while text.matches(needle).count() < count {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!("no {needle:?} (x{count}) on the console within {limit:?}:\n{text}");
            }
            text = changed.wait_timeout(text, left).unwrap().0;
        }
        self.started.elapsed()
    }

    /// Where the console output is now: [`Vm::wait_console_since`] looks only after it.
    pub fn mark(&self) -> usize {
        self.console.0.lock().unwrap().len()
    }

    /// Waits until the console shows `needle` after `mark`; returns how long this call waited,
    /// or panics with the console after `limit`.
    pub fn wait_console_since(&self, mark: usize, needle: &str, limit: Duration) -> Duration {
        let (text, changed) = &*self.console;
        let start = Instant::now();
        let deadline = start + limit;
        let mut text = text.lock().unwrap();
        while !text[mark.min(text.len())..].contains(needle) {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!(
                    "no {needle:?} on the console within {limit:?}:\n{}",
                    &text[mark.min(text.len())..]
                );
            }
            text = changed.wait_timeout(text, left).unwrap().0;
        }
        start.elapsed()
    }

    /// Types a command into the box's console shell.
    pub fn run(&mut self, command: &str) {
        use std::io::Write;
        let stdin = self.child.stdin.as_mut().expect("qemu's stdin");
        stdin
            .write_all(format!("{command}\n").as_bytes())
            .and_then(|()| stdin.flush())
            .expect("write to the console");
    }

    pub fn console(&self) -> String {
        self.console.0.lock().unwrap().clone()
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

    pub fn admin(&self) -> Client {
        let mut c = self.client();
        c.login("admin", ADMIN_PASSWORD, "office")
            .expect("admin login");
        c
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_tcp_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The first of `n` consecutive UDP ports free on 127.0.0.1 (even, so RTP pairs line up).
fn free_udp_range(n: u16) -> u16 {
    loop {
        let probe = UdpSocket::bind("127.0.0.1:0").unwrap();
        let base = probe.local_addr().unwrap().port() & !1;
        drop(probe);
        if base < 1024 || base > 65_535 - n {
            continue;
        }
        let held: Vec<_> = (base..base + n)
            .map(|p| UdpSocket::bind(("127.0.0.1", p)))
            .collect();
        if held.iter().all(Result::is_ok) {
            return base;
        }
    }
}
