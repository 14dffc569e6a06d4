//! The SIP plug-and-play listener: a thread on the multicast group (224.0.1.75:5060 unless
//! configured) that answers phones' ua-profile SUBSCRIBEs with the box's provisioning URL.
//! The exchange itself is `edgepbx_sip::pnp` (sans-IO); here are the sockets, the clock and
//! the box's address as the phone reaches it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, SocketAddrV4, UdpSocket};
use std::time::{SystemTime, UNIX_EPOCH};

use edgepbx_sip::pnp::{self, Refusal, limit::Limiter};
use socket2::{Domain, Protocol, Socket, Type};

/// Largest datagram read (a ua-profile SUBSCRIBE is well under 1 KB).
const MAX_DATAGRAM: usize = 4096;

/// Joins the group and starts answering. `http_port` is the box's plain HTTP port: a phone
/// fresh from the factory does not trust the box's certificate yet, and with HTTPS on the
/// plain-HTTP files are the bootstrap that moves it to HTTPS.
pub fn start(group: SocketAddrV4, http_port: u16) -> Result<(), String> {
    let listen = bind_group(group).map_err(|e| format!("--pnp {group}: {e}"))?;
    // Answers go out from a unicast socket: a socket bound to a group has no address of
    // its own to send from.
    let send = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .map_err(|e| format!("--pnp {group}: sending socket: {e}"))?;
    std::thread::Builder::new()
        .name("pnp".into())
        .spawn(move || serve(&listen, &send, http_port))
        .map_err(|e| e.to_string())?;
    tracing::info!(%group, "SIP plug-and-play: answering ua-profile SUBSCRIBEs");
    Ok(())
}

/// A socket on the group's port that receives the group's datagrams. SO_REUSEADDR lets it
/// share the port with the SIP listener (which also sets it).
fn bind_group(group: SocketAddrV4) -> std::io::Result<UdpSocket> {
    let socket = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
    socket.set_reuse_address(true)?;
    socket.bind(&SocketAddr::V4(group).into())?;
    socket.join_multicast_v4(group.ip(), &Ipv4Addr::UNSPECIFIED)?;
    Ok(socket.into())
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The box's address on the route to `peer` (no packet is sent to find it).
fn address_towards(peer: IpAddr) -> Option<IpAddr> {
    let probe = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    probe.connect((peer, 9)).ok()?;
    Some(probe.local_addr().ok()?.ip())
}

fn nonce() -> String {
    let mut b = [0u8; 12];
    let _ = getrandom::fill(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn serve(listen: &UdpSocket, send: &UdpSocket, http_port: u16) {
    let mut limiter = Limiter::default();
    let mut buf = vec![0u8; MAX_DATAGRAM];
    let send_port = send.local_addr().map_or(0, |a| a.port());
    loop {
        let (n, source) = match listen.recv_from(&mut buf) {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                // Not a transient condition on a receive-only socket: stop rather than spin.
                tracing::warn!(error = %e, "pnp: receive failed; plug-and-play stopped");
                return;
            }
        };
        // Counted before anything is parsed: a flood costs one table lookup per datagram.
        if !limiter.allow(source.ip(), unix_now()) {
            continue;
        }
        let sub = match pnp::read(&buf[..n], source) {
            Ok(sub) => sub,
            Err(Refusal::Ignore) => continue,
            Err(Refusal::Reply { bytes, to }) => {
                tracing::info!(%source, "pnp: SUBSCRIBE refused");
                let _ = send.send_to(&bytes, to);
                continue;
            }
        };
        let Some(ip) = address_towards(source.ip()) else {
            continue;
        };
        let host = match ip {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => format!("[{v6}]"),
        };
        let url = format!("http://{host}:{http_port}/provision/");
        let answer = sub.answer(SocketAddr::new(ip, send_port), &url, &nonce());
        tracing::info!(mac = %sub.mac, vendor = ?sub.vendor, model = ?sub.model, %source, %url,
            "pnp: phone pointed at the provisioning URL");
        let _ = send.send_to(&answer.ok, answer.ok_to);
        let _ = send.send_to(&answer.notify, answer.notify_to);
    }
}
