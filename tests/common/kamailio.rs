//! Kamailio (Debian's `kamailio`, and `kamailio-tls-modules` for TLS) as the SIP provider of
//! the provider tests, run with `tests/kamailio/provider.cfg` in the foreground and stopped
//! with SIGTERM (its children go with it). A TLS provider gets a certificate of a test CA
//! made with openssl, which the box is told to trust through `EDGEPBX_SIP_CA`.

use std::net::UdpSocket;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Kamailio {
    child: Child,
    dir: tempfile::TempDir,
}

/// A test CA and a server certificate it signed for `names` (DNS names).
pub struct TestCa {
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl is not installed (.ci/run installs it)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

impl TestCa {
    pub fn new(dir: &Path, names: &[&str]) -> TestCa {
        openssl(
            dir,
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "2",
                "-subj",
                "/CN=edgepbx test CA",
            ],
        );
        openssl(
            dir,
            &[
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "key.pem",
                "-out",
                "srv.csr",
                "-subj",
                "/CN=provider",
            ],
        );
        let san: Vec<String> = names.iter().map(|n| format!("DNS:{n}")).collect();
        std::fs::write(
            dir.join("ext.cnf"),
            format!("subjectAltName={}\n", san.join(",")),
        )
        .unwrap();
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                "srv.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                "cert.pem",
                "-days",
                "2",
                "-extfile",
                "ext.cnf",
            ],
        );
        TestCa {
            ca: dir.join("ca.pem"),
            cert: dir.join("cert.pem"),
            key: dir.join("key.pem"),
        }
    }
}

impl Kamailio {
    /// Listens on `listen` (`udp:ADDR:PORT`, `tcp:...`, `tls:...`; the first UDP one is
    /// polled until Kamailio answers). `tls`: the certificate for the TLS listeners.
    /// `pstn_uas`: where INVITEs for no registered user go (`sip:ADDR:PORT`).
    pub fn start(listen: &[String], tls: Option<&TestCa>, pstn_uas: Option<&str>) -> Kamailio {
        let dir = tempfile::tempdir().unwrap();
        let cfg = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kamailio/provider.cfg");
        let log = std::fs::File::create(dir.path().join("kamailio.log")).unwrap();
        let mut cmd = Command::new("kamailio");
        cmd.arg("-f").arg(&cfg).args(["-DD", "-E"]);
        for l in listen {
            cmd.args(["-l", l]);
        }
        if let Some(ca) = tls {
            let tls_cfg = dir.path().join("tls.cfg");
            std::fs::write(
                &tls_cfg,
                format!(
                    "[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\nrequire_certificate = no\n\
private_key = {}\ncertificate = {}\n\n[client:default]\nmethod = TLSv1.2+\nverify_certificate = no\n\
require_certificate = no\n",
                    ca.key.display(),
                    ca.cert.display()
                ),
            )
            .unwrap();
            cmd.args(["-A", "WITH_TLS", "-A"])
                .arg(format!("TLS_CONFIG=\"{}\"", tls_cfg.display()));
        }
        if let Some(uas) = pstn_uas {
            cmd.arg("-A").arg(format!("PSTN_UAS=\"{uas}\""));
        }
        let child = cmd
            .arg("-Y")
            .arg(dir.path())
            .arg("-P")
            .arg(dir.path().join("kamailio.pid"))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("kamailio is not installed (Debian package kamailio; .ci/run installs it)");
        let k = Kamailio { child, dir };
        let udp = listen
            .iter()
            .find_map(|l| l.strip_prefix("udp:"))
            .expect("a UDP listener to poll");
        k.wait_alive(udp);
        k
    }

    /// Polls with OPTIONS (bounded) until Kamailio answers on `addr`.
    fn wait_alive(&self, addr: &str) {
        let ip = addr.rsplit_once(':').unwrap().0;
        let sock = UdpSocket::bind(format!("{ip}:0")).unwrap();
        sock.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        let local = sock.local_addr().unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut buf = [0u8; 2048];
        for n in 0.. {
            assert!(
                Instant::now() < deadline,
                "kamailio did not start: {}",
                self.log()
            );
            let options = format!(
                "OPTIONS sip:{addr} SIP/2.0\r\nVia: SIP/2.0/UDP {local};branch=z9hG4bKping{n}\r\n\
From: <sip:ping@{ip}>;tag=p\r\nTo: <sip:{addr}>\r\nCall-ID: ping{n}\r\nCSeq: 1 OPTIONS\r\n\
Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n"
            );
            let _ = sock.send_to(options.as_bytes(), addr);
            if let Ok((len, _)) = sock.recv_from(&mut buf)
                && buf[..len].starts_with(b"SIP/2.0 200")
            {
                return;
            }
        }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("kamailio.log")).unwrap_or_default()
    }
}

impl Drop for Kamailio {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
