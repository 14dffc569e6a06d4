//! The health check's probes: is SIP answering (an OPTIONS over UDP gets a response) and is
//! HTTP answering (a request gets an HTTP response, whatever its status)? Each waits at most
//! a second.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream, UdpSocket};
use std::time::Duration;

const PROBE_TIMEOUT: Duration = Duration::from_secs(1);

/// A wildcard listen address is probed on loopback.
pub fn reachable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), addr.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), addr.port())
        }
        _ => addr,
    }
}

pub fn probe_http(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, PROBE_TIMEOUT) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(PROBE_TIMEOUT));
    let request =
        format!("GET /v2/system_status HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let mut head = [0u8; 12];
    stream.write_all(request.as_bytes()).is_ok()
        && stream.read_exact(&mut head).is_ok()
        && head.starts_with(b"HTTP/1.1 ")
}

pub fn probe_sip(addr: SocketAddr) -> bool {
    let local: SocketAddr = match addr {
        SocketAddr::V4(_) => (Ipv4Addr::LOCALHOST, 0).into(),
        SocketAddr::V6(_) => (Ipv6Addr::LOCALHOST, 0).into(),
    };
    let Ok(socket) = UdpSocket::bind(local) else {
        return false;
    };
    let Ok(me) = socket.local_addr() else {
        return false;
    };
    let _ = socket.set_read_timeout(Some(PROBE_TIMEOUT));
    let branch = format!("z9hG4bK-health-{}", std::process::id());
    let options = format!(
        "OPTIONS sip:{addr} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch={branch};rport\r\n\
         Max-Forwards: 70\r\nFrom: <sip:health@{me}>;tag=health\r\nTo: <sip:{addr}>\r\n\
         Call-ID: health-{branch}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
    );
    if socket.send_to(options.as_bytes(), addr).is_err() {
        return false;
    }
    let mut buf = [0u8; 2048];
    matches!(socket.recv_from(&mut buf), Ok((n, _)) if buf[..n].starts_with(b"SIP/2.0 "))
}
