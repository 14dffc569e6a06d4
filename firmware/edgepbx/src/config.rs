//! The effective configuration: command line and environment over the TOML file over defaults.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::cli::RunArgs;

/// The TOML file; every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    data: Option<PathBuf>,
    http: Option<String>,
    https: Option<String>,
    sip: Option<String>,
    sips: Option<String>,
    rtp_ports: Option<String>,
    log_level: Option<String>,
    account_name: Option<String>,
    realm: Option<String>,
    token_ttl: Option<u64>,
    max_body_bytes: Option<usize>,
    max_connections: Option<usize>,
    max_connections_per_ip: Option<usize>,
    header_timeout_secs: Option<u64>,
    body_timeout_secs: Option<u64>,
    unauthenticated_body_bytes: Option<usize>,
    login_failures_per_ip: Option<u32>,
    login_ban_seconds: Option<u64>,
    media_timeout_secs: Option<u64>,
    sip_ban_failures: Option<u32>,
    sip_ban_seconds: Option<u64>,
    sip_digest: Option<String>,
    http_ca: Option<PathBuf>,
    sip_ca: Option<PathBuf>,
    polycom_ca: Option<PathBuf>,
    snapshot_secs: Option<u64>,
    sip_trace_bytes: Option<usize>,
    board: Option<String>,
    public_ip: Option<String>,
    provider_public_ip: Option<String>,
    stun_server: Option<String>,
    pnp: Option<String>,
    ntp_servers: Option<Vec<String>>,
    set_system_clock: Option<bool>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub data: PathBuf,
    pub http: SocketAddr,
    pub https: Option<SocketAddr>,
    pub sip: SocketAddr,
    pub sips: SocketAddr,
    pub rtp_ports: (u16, u16),
    pub log_level: String,
    pub account_name: String,
    pub realm: String,
    pub admin_password: Option<String>,
    pub token_ttl: u64,
    pub max_body_bytes: usize,
    pub max_connections: usize,
    /// Open HTTP(S) connections from one address (IPv6: one /64).
    pub max_connections_per_ip: usize,
    /// Time to send a request head, and then its whole body.
    pub header_timeout_secs: u64,
    pub body_timeout_secs: u64,
    /// Largest body of a request without a token in its head (logins).
    pub unauthenticated_body_bytes: usize,
    pub login_failures_per_ip: u32,
    pub login_ban_seconds: u64,
    /// Calls with no RTP either way for this long are hung up.
    pub media_timeout_secs: u64,
    /// Failed SIP authentications from one address that ban it (0: never).
    pub sip_ban_failures: u32,
    pub sip_ban_seconds: u64,
    /// Digest algorithms offered to phones, most preferred first.
    pub sip_digest: Vec<edgepbx_sip::auth::Algorithm>,
    /// A PEM file of CA certificates callflows' HTTPS requests trust besides the public roots.
    pub http_ca: Option<PathBuf>,
    /// A PEM file of CA certificates that TLS connections to SIP providers trust besides the
    /// public roots (a provider with a private CA; the tests' own CA).
    pub sip_ca: Option<PathBuf>,
    /// A PEM file of the Polycom device CA: the HTTPS listener asks phones for a client
    /// certificate, and a Polycom phone's files over HTTPS need one from it naming its MAC.
    pub polycom_ca: Option<PathBuf>,
    /// Least time between two crash snapshots of registrations and calls (0: only at a
    /// clean shutdown).
    pub snapshot_secs: u64,
    /// Memory for the recent SIP messages (call ladders, pcap, problem reports); 0: none kept.
    pub sip_trace_bytes: usize,
    /// The analog line board (`--board`), if any.
    pub board: Option<crate::analog::BoardSpec>,
    /// The address SIP headers and SDP give for the box when phones reach it through NAT or
    /// port forwarding (a VM behind qemu's user network); default: the interface address.
    pub public_ip: Option<IpAddr>,
    /// The box's address as SIP providers see it (behind the office router): shown only on
    /// dialogs and registrations with `resources` gateways, never to phones.
    pub provider_public_ip: Option<IpAddr>,
    /// A STUN server (`host` or `host:port`, default port 3478) that finds that address
    /// and keeps it up to date (it replaces `provider_public_ip` once found).
    pub stun_server: Option<String>,
    /// The multicast group and port answered for SIP plug-and-play, or None when off.
    pub pnp: Option<std::net::SocketAddrV4>,
    /// SNTP servers used until an administrator sets the box-wide list (`/v2/system/clock`).
    pub ntp_servers: Vec<String>,
    /// Set the system clock from SNTP (the appliance, running as root); otherwise only the
    /// clock the call logic sees is corrected.
    pub set_system_clock: bool,
}

fn addr(name: &str, value: &str) -> Result<SocketAddr, String> {
    value.parse().map_err(|_| {
        format!("--{name}: '{value}' is not an ADDRESS:PORT (e.g. 0.0.0.0:8000 or [::]:8000)")
    })
}

/// `--pnp`: an IPv4 multicast ADDRESS:PORT, or "off".
fn pnp_group(value: &str) -> Result<Option<std::net::SocketAddrV4>, String> {
    if value == "off" {
        return Ok(None);
    }
    match value.parse::<std::net::SocketAddrV4>() {
        Ok(a) if a.ip().is_multicast() => Ok(Some(a)),
        _ => Err(format!(
            "--pnp: '{value}' is not an IPv4 multicast ADDRESS:PORT (e.g. 224.0.1.75:5060) or off"
        )),
    }
}

fn port_range(value: &str) -> Result<(u16, u16), String> {
    let bad = || format!("--rtp-ports: '{value}' is not LOW-HIGH with 1024 <= LOW < HIGH <= 65535");
    let (lo, hi) = value.split_once('-').ok_or_else(bad)?;
    let (lo, hi): (u16, u16) = (
        lo.trim().parse().map_err(|_| bad())?,
        hi.trim().parse().map_err(|_| bad())?,
    );
    if lo < 1024 || lo >= hi {
        return Err(bad());
    }
    Ok((lo, hi))
}

/// A number from the environment, else the file, else the default.
fn number<T: std::str::FromStr>(var: &str, file: Option<T>, default: T) -> Result<T, String> {
    match env(var) {
        Some(v) => v
            .parse()
            .map_err(|_| format!("{var}: '{v}' is not a number")),
        None => Ok(file.unwrap_or(default)),
    }
}

/// `MD5`, `SHA-256` or both (comma-separated, preferred first).
fn digest_list(value: &str) -> Result<Vec<edgepbx_sip::auth::Algorithm>, String> {
    let list: Vec<_> = value
        .split(',')
        .map(|a| {
            edgepbx_sip::auth::Algorithm::parse(a.trim())
                .filter(|a| {
                    matches!(
                        a,
                        edgepbx_sip::auth::Algorithm::Md5 | edgepbx_sip::auth::Algorithm::Sha256
                    )
                })
                .ok_or_else(|| format!("sip_digest: '{}' is not MD5 or SHA-256", a.trim()))
        })
        .collect::<Result<_, _>>()?;
    if list.is_empty() {
        return Err("sip_digest: empty".into());
    }
    Ok(list)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Config {
    /// The SIP trace ring's bounds: `sip_trace_bytes`, the default count and per-message cap.
    pub fn sip_trace_limits(&self) -> edgepbx_sip::trace::Limits {
        edgepbx_sip::trace::Limits {
            max_bytes: self.sip_trace_bytes,
            ..Default::default()
        }
    }

    pub fn load(args: RunArgs) -> Result<Config, String> {
        let file = match &args.config {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        let pick = |cli: Option<String>, file: Option<String>, default: &str| {
            cli.or(file).unwrap_or_else(|| default.to_string())
        };
        let https = pick(args.https, file.https, "0.0.0.0:8443");
        Ok(Config {
            data: args
                .data
                .or(file.data)
                .unwrap_or_else(|| PathBuf::from("edgepbx-data")),
            http: addr("http", &pick(args.http, file.http, "0.0.0.0:8000"))?,
            https: if https == "off" {
                None
            } else {
                Some(addr("https", &https)?)
            },
            sip: addr("sip", &pick(args.sip, file.sip, "0.0.0.0:5060"))?,
            sips: addr("sips", &pick(args.sips, file.sips, "0.0.0.0:5061"))?,
            rtp_ports: port_range(&pick(args.rtp_ports, file.rtp_ports, "16384-32767"))?,
            log_level: pick(args.log_level, file.log_level, "info"),
            account_name: env("EDGEPBX_ACCOUNT_NAME")
                .or(file.account_name)
                .unwrap_or_else(|| "office".into()),
            realm: env("EDGEPBX_REALM")
                .or(file.realm)
                .unwrap_or_else(|| "office.local".into()),
            admin_password: env("EDGEPBX_ADMIN_PASSWORD"),
            token_ttl: file.token_ttl.unwrap_or(3600),
            max_body_bytes: file.max_body_bytes.unwrap_or(8 * 1024 * 1024),
            max_connections: file.max_connections.unwrap_or(256),
            max_connections_per_ip: file.max_connections_per_ip.unwrap_or(32),
            header_timeout_secs: file.header_timeout_secs.unwrap_or(10),
            body_timeout_secs: file.body_timeout_secs.unwrap_or(60),
            unauthenticated_body_bytes: file.unauthenticated_body_bytes.unwrap_or(16 * 1024),
            login_failures_per_ip: file.login_failures_per_ip.unwrap_or(10),
            login_ban_seconds: file.login_ban_seconds.unwrap_or(300),
            media_timeout_secs: number("EDGEPBX_MEDIA_TIMEOUT", file.media_timeout_secs, 60)?,
            sip_ban_failures: number("EDGEPBX_SIP_BAN_FAILURES", file.sip_ban_failures, 10)?,
            sip_ban_seconds: number("EDGEPBX_SIP_BAN_SECONDS", file.sip_ban_seconds, 600)?,
            sip_digest: digest_list(
                &env("EDGEPBX_SIP_DIGEST")
                    .or(file.sip_digest)
                    .unwrap_or_else(|| "MD5".into()),
            )?,
            http_ca: env("EDGEPBX_HTTP_CA").map(PathBuf::from).or(file.http_ca),
            sip_ca: env("EDGEPBX_SIP_CA").map(PathBuf::from).or(file.sip_ca),
            polycom_ca: env("EDGEPBX_POLYCOM_CA")
                .map(PathBuf::from)
                .or(file.polycom_ca),
            snapshot_secs: number("EDGEPBX_SNAPSHOT_SECS", file.snapshot_secs, 5)?,
            sip_trace_bytes: number(
                "EDGEPBX_SIP_TRACE_BYTES",
                file.sip_trace_bytes,
                edgepbx_sip::trace::Limits::default().max_bytes,
            )?,
            pnp: pnp_group(&pick(args.pnp, file.pnp, "224.0.1.75:5060"))?,
            board: args
                .board
                .or(file.board)
                .map(|b| crate::analog::BoardSpec::parse(&b))
                .transpose()?,
            public_ip: ip_option("public_ip", env("EDGEPBX_PUBLIC_IP").or(file.public_ip))?,
            provider_public_ip: ip_option(
                "provider_public_ip",
                env("EDGEPBX_PROVIDER_PUBLIC_IP").or(file.provider_public_ip),
            )?,
            stun_server: env("EDGEPBX_STUN_SERVER")
                .or(file.stun_server)
                .map(|v| stun_server(&v))
                .transpose()?,
            ntp_servers: ntp_servers(
                env("EDGEPBX_NTP_SERVERS")
                    .map(|v| v.split(',').map(|s| s.trim().to_string()).collect())
                    .or(file.ntp_servers)
                    .unwrap_or_default(),
            )?,
            set_system_clock: file.set_system_clock.unwrap_or(false),
        })
    }
}

/// An optional IP address setting; anything else is an error naming `name`.
fn ip_option(name: &str, value: Option<String>) -> Result<Option<IpAddr>, String> {
    value
        .map(|v| {
            v.parse()
                .map_err(|_| format!("{name}: '{v}' is not an IP address (e.g. 203.0.113.7)"))
        })
        .transpose()
}

/// `stun_server`: `host`, `host:port`, `IPv4:port` or `[IPv6]:port`; the port defaults to
/// 3478 (RFC 5389). Returned as `host:port`.
fn stun_server(value: &str) -> Result<String, String> {
    let bad = || {
        format!("stun_server: '{value}' is not a host or host:port (e.g. stun.example.net:3478)")
    };
    let value = value.trim();
    if let Ok(a) = value.parse::<SocketAddr>() {
        return Ok(a.to_string());
    }
    if let Ok(ip) = value.parse::<IpAddr>() {
        return Ok(SocketAddr::new(ip, 3478).to_string());
    }
    let (host, port) = match value.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(bad)?),
        None => (value, 3478),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    if !host_ok {
        return Err(bad());
    }
    Ok(format!("{host}:{port}"))
}

/// `ntp_servers` (file) or `EDGEPBX_NTP_SERVERS` (comma-separated): checked as the API does.
fn ntp_servers(list: Vec<String>) -> Result<Vec<String>, String> {
    let list: Vec<String> = list.into_iter().filter(|s| !s.is_empty()).collect();
    let mut data = serde_json::Map::new();
    data.insert("ntp_servers".into(), serde_json::json!(list));
    edgepbx_api::system_clock::validate(&data).map_err(|e| {
        format!("ntp_servers: {list:?} is not a list of at most 8 host or host:port ({e:?})")
    })
}

fn read_file(path: &Path) -> Result<FileConfig, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_addresses() {
        assert_eq!(port_range("10000-20000"), Ok((10000, 20000)));
        assert!(port_range("20000-10000").is_err());
        assert!(port_range("80-90").is_err());
        assert!(addr("http", "localhost").is_err());
        assert!(addr("http", "[::1]:8000").is_ok());
        assert_eq!(pnp_group("off"), Ok(None));
        assert_eq!(
            pnp_group("224.0.1.75:5060"),
            Ok(Some("224.0.1.75:5060".parse().unwrap()))
        );
        let err = pnp_group("192.0.2.1:5060").unwrap_err();
        assert!(err.contains("--pnp") && err.contains("multicast"), "{err}");
        assert!(pnp_group("224.0.1.75").is_err());
    }

    #[test]
    fn file_values_apply_and_flags_win() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(
            &path,
            "http = \"127.0.0.1:9000\"\nhttps = \"off\"\nrtp_ports = \"20000-20100\"\n",
        )
        .unwrap();
        let args = RunArgs {
            config: Some(path.clone()),
            ..Default::default()
        };
        let c = Config::load(args).unwrap();
        assert_eq!(c.http.port(), 9000);
        assert!(c.https.is_none());
        assert_eq!(c.rtp_ports, (20000, 20100));
        assert_eq!(c.public_ip, None);
        let args = RunArgs {
            config: Some(path.clone()),
            http: Some("127.0.0.1:9001".into()),
            ..Default::default()
        };
        assert_eq!(Config::load(args).unwrap().http.port(), 9001);
        std::fs::write(&path, "public_ip = \"192.0.2.7\"\n").unwrap();
        let load = || {
            Config::load(RunArgs {
                config: Some(path.clone()),
                ..Default::default()
            })
        };
        assert_eq!(load().unwrap().public_ip, Some([192, 0, 2, 7].into()));
        std::fs::write(&path, "public_ip = \"box.example\"\n").unwrap();
        assert!(load().unwrap_err().contains("public_ip"));
        std::fs::write(&path, "htttp = 1\n").unwrap();
        assert!(
            Config::load(RunArgs {
                config: Some(path),
                ..Default::default()
            })
            .unwrap_err()
            .contains("htttp")
        );
    }

    #[test]
    fn sip_trace_bytes_sizes_the_ring() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        let load = |text: &str| {
            std::fs::write(&path, text).unwrap();
            Config::load(RunArgs {
                config: Some(path.clone()),
                ..Default::default()
            })
        };
        let default = load("").unwrap().sip_trace_limits();
        assert_eq!(default, edgepbx_sip::trace::Limits::default());
        assert_eq!(default.max_bytes, 4 * 1024 * 1024);
        let small = load("sip_trace_bytes = 1000\n").unwrap().sip_trace_limits();
        assert_eq!(small.max_bytes, 1000);
        assert_eq!(small.max_messages, default.max_messages);
        assert!(
            load("sip_trace_bytes = \"lots\"\n")
                .unwrap_err()
                .contains("sip_trace_bytes")
        );
    }

    #[test]
    fn provider_address_and_stun_server_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        let load = |text: &str| {
            std::fs::write(&path, text).unwrap();
            Config::load(RunArgs {
                config: Some(path.clone()),
                ..Default::default()
            })
        };
        let c = load("provider_public_ip = \"203.0.113.7\"\nstun_server = \"stun.example.net\"\n")
            .unwrap();
        assert_eq!(c.provider_public_ip, Some([203, 0, 113, 7].into()));
        assert_eq!(c.stun_server.as_deref(), Some("stun.example.net:3478"));
        let err = load("provider_public_ip = \"nat.example\"\n").unwrap_err();
        assert!(err.contains("provider_public_ip"), "{err}");
        assert_eq!(stun_server("192.0.2.9").unwrap(), "192.0.2.9:3478");
        assert_eq!(
            stun_server("[2001:db8::1]:3479").unwrap(),
            "[2001:db8::1]:3479"
        );
        assert_eq!(
            stun_server("stun.example:19302").unwrap(),
            "stun.example:19302"
        );
        for bad in [
            "",
            "stun.example:0",
            "stun.example:x",
            "bad host",
            "a..b",
            "stun.example:70000",
        ] {
            let err = stun_server(bad).unwrap_err();
            assert!(err.contains("stun_server"), "{bad}: {err}");
        }
    }
}
