//! dnsmasq (Debian's dnsmasq-base) as the DNS server of a test: on a free loopback port,
//! answering only the records the test gives (`--naptr-record`, `--srv-host`,
//! `--host-record`, ...), NXDOMAIN for other names of its domain, never asking upstream;
//! every query logged so tests can count them.

use std::net::UdpSocket;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Dnsmasq {
    child: Child,
    pub addr: String,
    dir: tempfile::TempDir,
}

impl Dnsmasq {
    /// `domain`: answered locally only; `records`: dnsmasq options adding records.
    pub fn start(domain: &str, records: &[String]) -> Dnsmasq {
        let dir = tempfile::tempdir().unwrap();
        let port = UdpSocket::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let log = std::fs::File::create(dir.path().join("dnsmasq.log")).unwrap();
        let child = Command::new("dnsmasq")
            .args([
                "--keep-in-foreground",
                "--conf-file=/dev/null",
                "--no-resolv",
                "--no-hosts",
                "--bind-interfaces",
                "--listen-address=127.0.0.1",
                "--log-queries",
                "--log-facility=-",
                "--pid-file=",
            ])
            .arg(format!("--port={port}"))
            .arg(format!("--local=/{domain}/"))
            .args(records)
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("dnsmasq is not installed (Debian package dnsmasq-base; .ci/run installs it)");
        let d = Dnsmasq {
            child,
            addr: format!("127.0.0.1:{port}"),
            dir,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while !d.log().contains("started") {
            assert!(
                Instant::now() < deadline,
                "dnsmasq did not start: {}",
                d.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        d
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("dnsmasq.log")).unwrap_or_default()
    }

    /// How many queries of `qtype` (A, AAAA, SRV, NAPTR) for `name` it answered.
    pub fn queries(&self, qtype: &str, name: &str) -> usize {
        let wanted = format!("query[{qtype}] {name} ");
        self.log().lines().filter(|l| l.contains(&wanted)).count()
    }
}

impl Drop for Dnsmasq {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
