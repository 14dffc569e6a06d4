//! SDP (RFC 4566) as much as a media-anchoring B2BUA needs: read the offer/answer, keep
//! only the codecs we relay, and write a new description that points at our relay port.

use std::fmt::Write as _;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}

impl Direction {
    fn as_str(self) -> &'static str {
        match self {
            Direction::SendRecv => "sendrecv",
            Direction::SendOnly => "sendonly",
            Direction::RecvOnly => "recvonly",
            Direction::Inactive => "inactive",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Format {
    pub pt: u8,
    /// Encoding name from rtpmap (or the static default), upper case: PCMU, PCMA, G722...
    pub encoding: String,
    pub clock: u32,
    pub fmtp: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    pub kind: String,
    pub port: u16,
    pub proto: String,
    pub formats: Vec<Format>,
    pub direction: Direction,
    /// Connection address of this media (its own c= or the session's).
    pub address: Option<String>,
    pub rtcp_port: Option<u16>,
    pub ptime: Option<u32>,
    /// `a=crypto` lines (RFC 4568 SDES), as written; see `crate::sdes` for their meaning.
    pub crypto: Vec<Crypto>,
}

/// One `a=crypto:<tag> <suite> <key-params> [<session-params>]` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crypto {
    pub tag: u32,
    pub suite: String,
    /// `inline:<base64 key||salt>[|lifetime][|MKI:length]`, possibly several joined by `;`.
    pub key_params: String,
    /// Session parameters (UNENCRYPTED_SRTP, KDR=...), empty when none.
    pub session_params: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sdp {
    pub media: Vec<Media>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SdpError(pub &'static str);

impl std::fmt::Display for SdpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

fn static_format(pt: u8) -> Option<(&'static str, u32)> {
    match pt {
        0 => Some(("PCMU", 8000)),
        8 => Some(("PCMA", 8000)),
        9 => Some(("G722", 8000)),
        18 => Some(("G729", 8000)),
        3 => Some(("GSM", 8000)),
        13 => Some(("CN", 8000)),
        _ => None,
    }
}

/// Codecs the relay can carry end to end (same codec on both legs).
pub fn is_relayable(f: &Format) -> bool {
    matches!(
        (f.encoding.as_str(), f.clock),
        ("PCMU", 8000) | ("PCMA", 8000) | ("G722", 8000) | ("TELEPHONE-EVENT", 8000)
    )
}

impl Sdp {
    pub fn parse(body: &[u8]) -> Result<Sdp, SdpError> {
        let text = std::str::from_utf8(body).map_err(|_| SdpError("SDP is not UTF-8"))?;
        let mut session_addr: Option<String> = None;
        let mut session_dir = Direction::SendRecv;
        let mut media: Vec<Media> = Vec::new();
        let mut saw_version = false;
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if line.is_empty() {
                continue;
            }
            let (kind, value) = line
                .split_at_checked(2)
                .ok_or(SdpError("malformed SDP line"))?;
            if kind.as_bytes()[1] != b'=' {
                return Err(SdpError("malformed SDP line"));
            }
            match kind.as_bytes()[0] {
                b'v' => saw_version = true,
                b'c' => {
                    let addr = value
                        .split_ascii_whitespace()
                        .nth(2)
                        .ok_or(SdpError("malformed c= line"))?
                        .split('/')
                        .next()
                        .unwrap_or("")
                        .to_string();
                    match media.last_mut() {
                        Some(m) => m.address = Some(addr),
                        None => session_addr = Some(addr),
                    }
                }
                b'm' => {
                    let mut parts = value.split_ascii_whitespace();
                    let kind = parts.next().ok_or(SdpError("malformed m= line"))?;
                    let port = parts
                        .next()
                        .and_then(|p| p.split('/').next())
                        .and_then(|p| p.parse().ok())
                        .ok_or(SdpError("malformed m= port"))?;
                    let proto = parts.next().ok_or(SdpError("malformed m= line"))?;
                    let mut formats = Vec::new();
                    for fmt in parts {
                        // Non-RTP media (e.g. image/udptl) have non-numeric formats.
                        let Ok(pt) = fmt.parse::<u8>() else { continue };
                        // A payload type listed twice is one format (we would otherwise
                        // offer it back twice, with two different rtpmaps).
                        if formats.iter().any(|f: &Format| f.pt == pt) {
                            continue;
                        }
                        let (encoding, clock) = static_format(pt).unwrap_or(("", 0));
                        formats.push(Format {
                            pt,
                            encoding: encoding.into(),
                            clock,
                            fmtp: None,
                        });
                    }
                    media.push(Media {
                        kind: kind.to_string(),
                        port,
                        proto: proto.to_string(),
                        formats,
                        direction: session_dir,
                        address: session_addr.clone(),
                        rtcp_port: None,
                        ptime: None,
                        crypto: Vec::new(),
                    });
                }
                b'a' => {
                    let (name, arg) = value.split_once(':').unwrap_or((value, ""));
                    let dir = match name {
                        "sendrecv" => Some(Direction::SendRecv),
                        "sendonly" => Some(Direction::SendOnly),
                        "recvonly" => Some(Direction::RecvOnly),
                        "inactive" => Some(Direction::Inactive),
                        _ => None,
                    };
                    let Some(m) = media.last_mut() else {
                        if let Some(d) = dir {
                            session_dir = d;
                        }
                        continue;
                    };
                    if let Some(d) = dir {
                        m.direction = d;
                        continue;
                    }
                    match name {
                        "rtpmap" => {
                            let (pt, enc) =
                                arg.split_once(' ').ok_or(SdpError("malformed rtpmap"))?;
                            let pt: u8 = pt
                                .trim()
                                .parse()
                                .map_err(|_| SdpError("malformed rtpmap"))?;
                            let mut enc = enc.trim().split('/');
                            let name = enc.next().unwrap_or("").to_ascii_uppercase();
                            let clock = enc.next().and_then(|c| c.parse().ok()).unwrap_or(8000);
                            if let Some(f) = m.formats.iter_mut().find(|f| f.pt == pt) {
                                f.encoding = name;
                                f.clock = clock;
                            }
                        }
                        "fmtp" => {
                            let (pt, params) = arg.split_once(' ').unwrap_or((arg, ""));
                            if let Ok(pt) = pt.parse::<u8>()
                                && let Some(f) = m.formats.iter_mut().find(|f| f.pt == pt)
                            {
                                f.fmtp = Some(params.trim().to_string());
                            }
                        }
                        "rtcp" => {
                            m.rtcp_port = arg
                                .split_ascii_whitespace()
                                .next()
                                .and_then(|p| p.parse().ok())
                        }
                        "ptime" => m.ptime = arg.trim().parse().ok(),
                        "crypto" => {
                            let mut parts = arg.split_ascii_whitespace();
                            let tag = parts.next().and_then(|t| t.parse().ok());
                            let suite = parts.next();
                            let key_params = parts.next();
                            let (Some(tag), Some(suite), Some(key_params)) =
                                (tag, suite, key_params)
                            else {
                                return Err(SdpError("malformed a=crypto line"));
                            };
                            m.crypto.push(Crypto {
                                tag,
                                suite: suite.to_string(),
                                key_params: key_params.to_string(),
                                session_params: parts.collect::<Vec<_>>().join(" "),
                            });
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        if !saw_version {
            return Err(SdpError("SDP without v= line"));
        }
        if media.is_empty() {
            return Err(SdpError("SDP without media"));
        }
        Ok(Sdp { media })
    }

    /// The first audio stream, if any.
    pub fn audio(&self) -> Option<&Media> {
        self.media.iter().find(|m| m.kind == "audio" && m.port != 0)
    }

    /// A copy with only relayable audio formats, or None when no audio codec is left
    /// (the caller answers 488).
    pub fn relayable(&self) -> Option<Sdp> {
        let mut out = self.clone();
        let mut any_audio = false;
        for m in &mut out.media {
            if m.kind == "audio" && m.port != 0 {
                m.formats.retain(is_relayable);
                if m.formats.iter().any(|f| f.encoding != "TELEPHONE-EVENT") {
                    any_audio = true;
                } else {
                    m.port = 0;
                }
            } else {
                m.port = 0;
            }
        }
        any_audio.then_some(out)
    }

    /// Writes this description with our address and relay port on the audio stream.
    /// `origin` is (session id, version); the version must grow with every change.
    pub fn render(&self, address: &str, audio_port: u16, origin: (u64, u64)) -> Vec<u8> {
        let family = if address.contains(':') { "IP6" } else { "IP4" };
        let mut s = String::with_capacity(256);
        let _ = write!(
            s,
            "v=0\r\no=edgepbx {} {} IN {family} {address}\r\ns=edgepbx\r\nc=IN {family} {address}\r\nt=0 0\r\n",
            origin.0, origin.1
        );
        let mut audio_done = false;
        for m in &self.media {
            let is_our_audio = !audio_done && m.kind == "audio" && m.port != 0;
            let port = if is_our_audio { audio_port } else { 0 };
            audio_done |= is_our_audio;
            let _ = write!(s, "m={} {port} {}", m.kind, m.proto);
            if m.formats.is_empty() {
                s.push_str(" 0");
            }
            for f in &m.formats {
                let _ = write!(s, " {}", f.pt);
            }
            s.push_str("\r\n");
            if port == 0 {
                continue;
            }
            for f in &m.formats {
                let name = if f.encoding == "TELEPHONE-EVENT" {
                    "telephone-event"
                } else {
                    &f.encoding
                };
                let _ = write!(s, "a=rtpmap:{} {name}/{}\r\n", f.pt, f.clock);
                if let Some(fmtp) = &f.fmtp {
                    let _ = write!(s, "a=fmtp:{} {fmtp}\r\n", f.pt);
                }
            }
            if let Some(p) = m.ptime {
                let _ = write!(s, "a=ptime:{p}\r\n");
            }
            for c in &m.crypto {
                let _ = write!(s, "a=crypto:{} {} {}", c.tag, c.suite, c.key_params);
                if !c.session_params.is_empty() {
                    let _ = write!(s, " {}", c.session_params);
                }
                s.push_str("\r\n");
            }
            let _ = write!(s, "a=rtcp:{}\r\na={}\r\n", port + 1, m.direction.as_str());
        }
        s.into_bytes()
    }
}

/// Payload-type pairs (what one leg sends, what the other leg expects) for the formats two
/// descriptions share by name and clock, where the numbers differ.
pub fn payload_map(from: &Media, to: &Media) -> Vec<(u8, u8)> {
    let mut map = Vec::new();
    for f in &from.formats {
        if let Some(t) = to
            .formats
            .iter()
            .find(|t| t.encoding == f.encoding && t.clock == f.clock)
            && t.pt != f.pt
        {
            map.push((f.pt, t.pt));
        }
    }
    map
}

/// Reads `body` as an offer would be read and, when it is accepted, checks what the box
/// does with it: the payload map between its audio and the relayable copy's pairs formats
/// of the same codec, and the relayable copy written with our address reads back with the
/// same audio formats and direction. Panics when a check fails (the fuzz target and the
/// replayed fuzz regressions call this).
pub fn exercise(body: &[u8]) {
    let Ok(sdp) = Sdp::parse(body) else { return };
    let Some(relay) = sdp.relayable() else { return };
    if let (Some(from), Some(to)) = (sdp.audio(), relay.audio()) {
        let codec = |m: &Media, pt: u8| {
            let f = m.formats.iter().find(|f| f.pt == pt);
            f.map(|f| (f.encoding.clone(), f.clock))
        };
        for (a, b) in payload_map(from, to) {
            assert_eq!(codec(from, a), codec(to, b), "{a} maps to {b}");
        }
    }
    let out = relay.render("192.0.2.1", 4000, (1, 2));
    let again = match Sdp::parse(&out) {
        Ok(again) => again,
        Err(e) => panic!("our rendering of an accepted offer does not parse: {e}"),
    };
    let (ours, theirs) = (again.audio(), relay.audio());
    assert_eq!(
        ours.map(|m| (&m.formats, m.direction)),
        theirs.map(|m| (&m.formats, m.direction)),
        "the rendered audio stream reads back the same"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFER: &str = "v=0\r\no=- 1 1 IN IP4 192.168.1.20\r\ns=-\r\nc=IN IP4 192.168.1.20\r\nt=0 0\r\n\
m=audio 4000 RTP/AVP 9 0 8 18 101\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\n\
a=rtpmap:18 G729/8000\r\na=sendonly\r\nm=video 5000 RTP/AVP 96\r\n";

    #[test]
    fn parse_filter_render() {
        let sdp = Sdp::parse(OFFER.as_bytes()).unwrap();
        let audio = sdp.audio().unwrap();
        assert_eq!(audio.address.as_deref(), Some("192.168.1.20"));
        assert_eq!(audio.port, 4000);
        assert_eq!(audio.direction, Direction::SendOnly);
        assert_eq!(audio.formats.len(), 5);
        let relay = sdp.relayable().unwrap();
        let pts: Vec<u8> = relay.media[0].formats.iter().map(|f| f.pt).collect();
        assert_eq!(pts, vec![9, 0, 8, 101]);
        let out = String::from_utf8(relay.render("10.0.0.1", 20000, (5, 6))).unwrap();
        assert!(out.contains("m=audio 20000 RTP/AVP 9 0 8 101\r\n"), "{out}");
        assert!(out.contains("a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\n"));
        assert!(out.contains("a=sendonly"));
        assert!(out.contains("m=video 0 RTP/AVP 96\r\n"));
        let again = Sdp::parse(out.as_bytes()).unwrap();
        assert_eq!(again.media.len(), 2);
    }

    #[test]
    fn no_common_codec_and_bad_sdp() {
        let sdp = Sdp::parse(b"v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 1 RTP/AVP 18\r\n").unwrap();
        assert!(sdp.relayable().is_none());
        assert!(Sdp::parse(b"garbage").is_err());
        assert!(Sdp::parse(b"v=0\r\n").is_err());
        assert!(Sdp::parse(b"v=0\r\nm=audio x RTP/AVP 0\r\n").is_err());
    }

    #[test]
    fn a_payload_type_listed_twice_is_one_format() {
        let sdp =
            Sdp::parse(b"v=0\r\nm=audio 1 RTP/AVP 9 9 8\r\na=rtpmap:9 PCMA/8000\r\n").unwrap();
        let formats = &sdp.media[0].formats;
        let pts: Vec<(u8, &str)> = formats
            .iter()
            .map(|f| (f.pt, f.encoding.as_str()))
            .collect();
        assert_eq!(pts, [(9, "PCMA"), (8, "PCMA")]);
    }

    #[test]
    fn payload_map_by_name() {
        let a =
            Sdp::parse(b"v=0\r\nm=audio 1 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n")
                .unwrap();
        let b =
            Sdp::parse(b"v=0\r\nm=audio 1 RTP/AVP 0 96\r\na=rtpmap:96 telephone-event/8000\r\n")
                .unwrap();
        assert_eq!(payload_map(&a.media[0], &b.media[0]), vec![(101, 96)]);
    }
}
