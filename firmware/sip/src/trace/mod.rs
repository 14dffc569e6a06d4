//! A record of the SIP messages the box sent and received, for call ladders, pcap downloads
//! and problem reports: a ring bounded by bytes and by message count (`ring`), its pcap form
//! (`pcap`). Sans-IO like the rest of the crate: the runtime gives each message's wall-clock
//! time and addresses.

#[cfg(test)]
mod cost_bench;
mod pcap;
mod ring;

use std::net::SocketAddr;
use std::sync::Arc;

use crate::transaction::Transport;

pub use pcap::to_pcap;
pub use ring::{Limits, Prepared, TraceRing};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Received by the box.
    In,
    /// Sent by the box.
    Out,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::In => "in",
            Direction::Out => "out",
        }
    }
}

/// One message as the runtime saw it on the wire.
#[derive(Clone, Copy, Debug)]
pub struct Seen<'a> {
    /// Wall clock, microseconds since the Unix epoch.
    pub unix_micros: u64,
    pub direction: Direction,
    pub transport: Transport,
    /// The box's address for this transport.
    pub local: SocketAddr,
    pub remote: SocketAddr,
    pub bytes: &'a [u8],
}

/// One recorded message.
#[derive(Clone, Debug)]
pub struct TraceEntry {
    /// Order of recording (increasing, never reused).
    pub seq: u64,
    pub unix_micros: u64,
    pub direction: Direction,
    pub transport: Transport,
    pub local: SocketAddr,
    pub remote: SocketAddr,
    /// Empty when the message has none (or is not SIP).
    pub call_id: Arc<str>,
    /// The message, cut at the ring's per-message cap.
    pub bytes: Arc<[u8]>,
    /// Its length before the cut.
    pub size: usize,
}

impl TraceEntry {
    pub fn truncated(&self) -> bool {
        self.bytes.len() < self.size
    }

    /// The request or status line.
    pub fn first_line(&self) -> String {
        let end = self
            .bytes
            .iter()
            .position(|b| *b == b'\r' || *b == b'\n')
            .unwrap_or(self.bytes.len());
        String::from_utf8_lossy(&self.bytes[..end]).into_owned()
    }

    /// (source, destination) on the wire.
    pub fn endpoints(&self) -> (SocketAddr, SocketAddr) {
        match self.direction {
            Direction::In => (self.remote, self.local),
            Direction::Out => (self.local, self.remote),
        }
    }
}

/// The Call-ID header's value (long or compact form), read from the header block without
/// parsing the message: recording must stay cheap, and unparsable messages are recorded too.
pub fn call_id_of(bytes: &[u8]) -> Option<&str> {
    let mut rest = bytes;
    // Skip the start line.
    let first = rest.iter().position(|b| *b == b'\n')?;
    rest = &rest[first + 1..];
    while !rest.is_empty() {
        let end = rest.iter().position(|b| *b == b'\n').unwrap_or(rest.len());
        let line = rest[..end].strip_suffix(b"\r").unwrap_or(&rest[..end]);
        if line.is_empty() {
            return None;
        }
        if let Some(colon) = line.iter().position(|b| *b == b':') {
            let name = line[..colon].trim_ascii();
            if name.eq_ignore_ascii_case(b"call-id") || name.eq_ignore_ascii_case(b"i") {
                let value = std::str::from_utf8(line[colon + 1..].trim_ascii()).ok()?;
                return (!value.is_empty()).then_some(value);
            }
        }
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::call_id_of;

    #[test]
    fn call_id_in_long_and_compact_form() {
        let long = b"INVITE sip:a@b SIP/2.0\r\nVia: x\r\nCall-ID:  abc@host \r\n\r\nCall-ID: body";
        assert_eq!(call_id_of(long), Some("abc@host"));
        let compact = b"SIP/2.0 200 OK\r\ni:xyz\r\n\r\n";
        assert_eq!(call_id_of(compact), Some("xyz"));
        let bare_lf = b"BYE sip:a SIP/2.0\ncall-id: lf\n\n";
        assert_eq!(call_id_of(bare_lf), Some("lf"));
    }

    #[test]
    fn no_call_id_in_the_headers() {
        assert_eq!(call_id_of(b"OPTIONS sip:a SIP/2.0\r\n\r\nCall-ID: x"), None);
        assert_eq!(call_id_of(b"garbage"), None);
        assert_eq!(call_id_of(b""), None);
        assert_eq!(call_id_of(b"X\r\nCall-ID: \r\n\r\n"), None);
    }
}
