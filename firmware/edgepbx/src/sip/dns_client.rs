//! Asks a DNS server (UDP) for the records RFC 3263 needs. Blocking, with short timeouts:
//! it runs only on the carrier resolver thread, never under the engine's lock. The server
//! is `EDGEPBX_DNS_SERVER` (ADDRESS:PORT; tests start their own) or the first `nameserver`
//! of /etc/resolv.conf. A truncated answer is taken as it is (no TCP retry).

use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::time::Duration;

use super::dns_wire::{QType, Record, answers, query};

const TIMEOUT: Duration = Duration::from_millis(1500);
const TRIES: usize = 2;

pub struct DnsClient {
    server: Option<SocketAddr>,
}

impl DnsClient {
    pub fn from_system() -> DnsClient {
        let server = std::env::var("EDGEPBX_DNS_SERVER")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .or_else(|| {
                let conf = std::fs::read_to_string("/etc/resolv.conf").ok()?;
                conf.lines().find_map(|l| {
                    let ip = l.trim().strip_prefix("nameserver")?.trim();
                    Some(SocketAddr::new(ip.parse().ok()?, 53))
                })
            });
        if server.is_none() {
            tracing::info!("no DNS server known: carrier host names get no SRV/NAPTR lookups");
        }
        DnsClient { server }
    }

    /// A host's addresses: from /etc/hosts, else its A and AAAA records.
    pub fn addresses(&self, name: &str) -> Vec<IpAddr> {
        let listed = std::fs::read_to_string("/etc/hosts")
            .map(|hosts| hosts_file(&hosts, name))
            .unwrap_or_default();
        if !listed.is_empty() {
            return listed;
        }
        [QType::A, QType::Aaaa]
            .into_iter()
            .flat_map(|q| self.lookup(name, q))
            .filter_map(|r| match r {
                Record::Addr(ip) => Some(ip),
                _ => None,
            })
            .collect()
    }

    /// `name`'s records of `qtype` (those of the additional section too); empty when there
    /// are none or the server does not answer (logged).
    pub fn lookup(&self, name: &str, qtype: QType) -> Vec<Record> {
        let Some(server) = self.server else {
            return Vec::new();
        };
        match self.exchange(server, name, qtype) {
            Ok(records) => records
                .into_iter()
                .filter(|(owner, r)| match (qtype, r) {
                    (QType::A | QType::Aaaa, Record::Addr(ip)) => {
                        owner == &name.to_ascii_lowercase() && ip.is_ipv4() == (qtype == QType::A)
                    }
                    (QType::Srv, Record::Srv { .. }) | (QType::Naptr, Record::Naptr { .. }) => true,
                    _ => false,
                })
                .map(|(_, r)| r)
                .collect(),
            Err(e) => {
                tracing::debug!(name, ?qtype, error = %e, "dns lookup failed");
                Vec::new()
            }
        }
    }

    fn exchange(
        &self,
        server: SocketAddr,
        name: &str,
        qtype: QType,
    ) -> Result<Vec<(String, Record)>, String> {
        let bind: SocketAddr = if server.is_ipv4() {
            "0.0.0.0:0".parse().expect("literal")
        } else {
            "[::]:0".parse().expect("literal")
        };
        let sock = UdpSocket::bind(bind).map_err(|e| e.to_string())?;
        sock.connect(server).map_err(|e| e.to_string())?;
        sock.set_read_timeout(Some(TIMEOUT))
            .map_err(|e| e.to_string())?;
        let mut id = [0u8; 2];
        getrandom::fill(&mut id).map_err(|e| e.to_string())?;
        let id = u16::from_be_bytes(id);
        let q = query(id, name, qtype)?;
        let mut buf = vec![0u8; 4096];
        for _ in 0..TRIES {
            sock.send(&q).map_err(|e| e.to_string())?;
            // Answers to other ids (late ones to a previous try) are skipped.
            while let Ok(n) = sock.recv(&mut buf) {
                if let Ok(records) = answers(id, &buf[..n]) {
                    return Ok(records);
                }
            }
        }
        Err(format!("no answer from {server}"))
    }
}

/// The addresses /etc/hosts (`text`) gives `name`, in file order.
fn hosts_file(text: &str, name: &str) -> Vec<IpAddr> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut words = line.split_whitespace();
        let Some(ip) = words.next().and_then(|w| w.parse::<IpAddr>().ok()) else {
            continue;
        };
        if words.any(|w| w.eq_ignore_ascii_case(name)) && !out.contains(&ip) {
            out.push(ip);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_file_names_match_in_any_case_and_comments_are_skipped() {
        let text = "127.0.0.1 localhost\n::1 localhost ip6-localhost # loopback\n# 10.0.0.1 gw\n192.0.2.5 GW.example gw\n";
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(
            hosts_file(text, "localhost"),
            vec![ip("127.0.0.1"), ip("::1")]
        );
        assert_eq!(hosts_file(text, "gw.EXAMPLE"), vec![ip("192.0.2.5")]);
        assert_eq!(hosts_file(text, "gw"), vec![ip("192.0.2.5")]);
        assert!(hosts_file(text, "loopback").is_empty());
    }
}
