//! The SDP an analog port offers and answers with: G.711 (PCMU, PCMA) and RFC 4733 events
//! on its local RTP socket, 20 ms packets.

use std::net::SocketAddr;

use edgepbx_sip::sdp::Sdp;

/// The G.711 law a call uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Law {
    Ulaw,
    Alaw,
}

impl Law {
    pub fn payload_type(self) -> u8 {
        match self {
            Law::Ulaw => 0,
            Law::Alaw => 8,
        }
    }
}

/// Where the far end wants our RTP, and in which law.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RemoteMedia {
    pub addr: SocketAddr,
    pub law: Law,
}

/// Our offer (or answer: we always support both laws, the answerer's first choice wins).
pub fn offer(rtp: SocketAddr, version: u64) -> Vec<u8> {
    offer_direction(rtp, version, "sendrecv")
}

/// Our offer with an explicit direction ("sendonly" puts the far end on hold).
pub fn offer_direction(rtp: SocketAddr, version: u64, direction: &str) -> Vec<u8> {
    let ip = rtp.ip();
    let family = if ip.is_ipv6() { "IP6" } else { "IP4" };
    format!(
        "v=0\r\no=edgepbx-line 1 {version} IN {family} {ip}\r\ns=edgepbx analog line\r\n\
         c=IN {family} {ip}\r\nt=0 0\r\nm=audio {} RTP/AVP 0 8 101\r\n\
         a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\n\
         a=fmtp:101 0-15\r\na=ptime:20\r\na={direction}\r\n",
        rtp.port()
    )
    .into_bytes()
}

/// Reads the far end's audio address and law; None when it offers neither G.711 law or no
/// usable address.
pub fn remote(body: &[u8]) -> Option<RemoteMedia> {
    let sdp = Sdp::parse(body).ok()?;
    let audio = sdp.audio()?;
    let law = audio
        .formats
        .iter()
        .find_map(|f| match f.encoding.as_str() {
            "PCMU" => Some(Law::Ulaw),
            "PCMA" => Some(Law::Alaw),
            _ => None,
        })?;
    let ip = audio.address.as_deref()?.parse().ok()?;
    Some(RemoteMedia {
        addr: SocketAddr::new(ip, audio.port),
        law,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_offer_reads_back_and_a_foreign_codec_is_refused() {
        let rtp: SocketAddr = "127.0.0.1:40000".parse().unwrap();
        let got = remote(&offer(rtp, 1)).unwrap();
        assert_eq!(
            got,
            RemoteMedia {
                addr: rtp,
                law: Law::Ulaw
            }
        );
        let g729 = b"v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 18\r\n";
        assert_eq!(remote(g729), None);
    }
}
