//! RFC 3261 §18.2.1 and RFC 3581: a response's top Via says where the request really came
//! from (`received`, and `rport` when the client asked), so a phone behind NAT learns its
//! public address and its answers route back through the NAT.

use std::net::SocketAddr;

use crate::message::Via;

/// Stamps `received`/`rport` into the first Via line of a response we wrote.
pub(crate) fn stamp(bytes: Vec<u8>, source: SocketAddr) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return bytes;
    };
    let Some(start) = text.find("\r\nVia: ").map(|i| i + 7) else {
        return bytes;
    };
    let end = start + text[start..].find("\r\n").unwrap_or(0);
    let line = &text[start..end];
    // Only the first value of a comma-separated Via line is ours to stamp.
    let first_end = crate::message::header::split_list(line)
        .next()
        .map_or(line.len(), |first| {
            line.find(first).map_or(line.len(), |i| i + first.len())
        });
    let first = &line[..first_end];
    let Ok(via) = Via::parse(first) else {
        return bytes;
    };
    let ip = source.ip().to_canonical();
    let mut stamped = String::with_capacity(first.len() + 40);
    let wants_rport = via.param("rport") == Some("");
    // Rebuild the value: sent-by part, then params with rport filled in.
    let (head, params) = match first.find(';') {
        Some(i) => (&first[..i], &first[i + 1..]),
        None => (first, ""),
    };
    stamped.push_str(head);
    for p in params.split(';').filter(|p| !p.trim().is_empty()) {
        let name = p.split('=').next().unwrap_or("").trim();
        if name.eq_ignore_ascii_case("received") {
            continue;
        }
        if wants_rport && name.eq_ignore_ascii_case("rport") {
            stamped.push_str(&format!(";rport={}", source.port()));
            continue;
        }
        stamped.push(';');
        stamped.push_str(p.trim());
    }
    if wants_rport || via.host_bare().parse::<std::net::IpAddr>().ok() != Some(ip) {
        stamped.push_str(&format!(";received={ip}"));
    }
    let mut out = String::with_capacity(bytes.len() + 40);
    out.push_str(&text[..start]);
    out.push_str(&stamped);
    out.push_str(&text[start + first_end..]);
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rport_and_received_are_filled_in() {
        let resp = b"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.168.1.5:5060;branch=z9hG4bK1;rport\r\nVia: SIP/2.0/UDP x\r\nContent-Length: 0\r\n\r\n".to_vec();
        let out = String::from_utf8(stamp(resp, "203.0.113.7:40123".parse().unwrap())).unwrap();
        assert!(out.contains("Via: SIP/2.0/UDP 192.168.1.5:5060;branch=z9hG4bK1;rport=40123;received=203.0.113.7\r\nVia: SIP/2.0/UDP x\r\n"), "{out}");
        // No rport asked and the host is the source: unchanged.
        let resp =
            b"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK1\r\n\r\n".to_vec();
        let out = stamp(resp.clone(), "203.0.113.7:5060".parse().unwrap());
        assert_eq!(out, resp);
    }
}
