//! RTP packet reader (zero-copy) and writer (into a caller buffer).

use std::fmt;

/// Largest RTP packet we accept or write (one Ethernet MTU of UDP payload).
pub const MAX_PACKET_LEN: usize = 1500;

/// Why a packet was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RtpError {
    /// Shorter than the 12-byte fixed header (or than what the header announces).
    Truncated,
    /// Longer than [`MAX_PACKET_LEN`].
    TooLarge,
    /// Version field is not 2.
    BadVersion(u8),
    /// Padding count is zero or longer than the payload.
    BadPadding,
    /// Payload type outside what the caller negotiated / RTCP range.
    UnexpectedPayloadType(u8),
    /// Payload length does not fit the payload format (e.g. RFC 4733 needs 4 bytes).
    BadPayload,
    /// The output buffer is too small for the packet.
    BufferTooSmall,
}

impl fmt::Display for RtpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RtpError::Truncated => write!(f, "RTP packet truncated"),
            RtpError::TooLarge => write!(f, "RTP packet larger than {MAX_PACKET_LEN} bytes"),
            RtpError::BadVersion(v) => write!(f, "RTP version {v}, expected 2"),
            RtpError::BadPadding => write!(f, "RTP padding length invalid"),
            RtpError::UnexpectedPayloadType(pt) => write!(f, "unexpected RTP payload type {pt}"),
            RtpError::BadPayload => write!(f, "RTP payload malformed for its format"),
            RtpError::BufferTooSmall => write!(f, "output buffer too small"),
        }
    }
}

impl std::error::Error for RtpError {}

/// True when a datagram on a muxed RTP/RTCP port is RTCP (RFC 5761 §4: PT 192..=223).
pub fn is_rtcp(buf: &[u8]) -> bool {
    buf.len() >= 2 && buf[0] >> 6 == 2 && (192..=223).contains(&buf[1])
}

/// A parsed RTP packet borrowing the datagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RtpPacket<'a> {
    pub marker: bool,
    pub payload_type: u8,
    pub sequence: u16,
    pub timestamp: u32,
    pub ssrc: u32,
    csrc: &'a [u8],
    /// Header extension: (profile-defined id, data).
    pub extension: Option<(u16, &'a [u8])>,
    pub payload: &'a [u8],
    /// Number of padding bytes that followed the payload (0 if none).
    pub padding: u8,
}

impl<'a> RtpPacket<'a> {
    /// Parse a datagram. Never panics; every malformed input is an [`RtpError`].
    pub fn parse(buf: &'a [u8]) -> Result<RtpPacket<'a>, RtpError> {
        if buf.len() > MAX_PACKET_LEN {
            return Err(RtpError::TooLarge);
        }
        if buf.len() < 12 {
            return Err(RtpError::Truncated);
        }
        let version = buf[0] >> 6;
        if version != 2 {
            return Err(RtpError::BadVersion(version));
        }
        let has_padding = buf[0] & 0x20 != 0;
        let has_ext = buf[0] & 0x10 != 0;
        let cc = (buf[0] & 0x0F) as usize;
        let marker = buf[1] & 0x80 != 0;
        let payload_type = buf[1] & 0x7F;
        let sequence = u16::from_be_bytes([buf[2], buf[3]]);
        let timestamp = u32::from_be_bytes([buf[4], buf[5], buf[6], buf[7]]);
        let ssrc = u32::from_be_bytes([buf[8], buf[9], buf[10], buf[11]]);
        let mut pos = 12 + 4 * cc;
        if buf.len() < pos {
            return Err(RtpError::Truncated);
        }
        let csrc = &buf[12..pos];
        let extension = if has_ext {
            if buf.len() < pos + 4 {
                return Err(RtpError::Truncated);
            }
            let id = u16::from_be_bytes([buf[pos], buf[pos + 1]]);
            let words = u16::from_be_bytes([buf[pos + 2], buf[pos + 3]]) as usize;
            let start = pos + 4;
            let end = start + 4 * words;
            if buf.len() < end {
                return Err(RtpError::Truncated);
            }
            pos = end;
            Some((id, &buf[start..end]))
        } else {
            None
        };
        let mut end = buf.len();
        let mut padding = 0u8;
        if has_padding {
            padding = buf[buf.len() - 1];
            if padding == 0 || end - pos < padding as usize {
                return Err(RtpError::BadPadding);
            }
            end -= padding as usize;
        }
        Ok(RtpPacket {
            marker,
            payload_type,
            sequence,
            timestamp,
            ssrc,
            csrc,
            extension,
            payload: &buf[pos..end],
            padding,
        })
    }

    /// Contributing sources.
    pub fn csrcs(&self) -> impl Iterator<Item = u32> + 'a {
        self.csrc
            .chunks_exact(4)
            .map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]))
    }

    /// The header fields, e.g. to rewrite and forward.
    pub fn header(&self) -> RtpHeader {
        RtpHeader {
            marker: self.marker,
            payload_type: self.payload_type,
            sequence: self.sequence,
            timestamp: self.timestamp,
            ssrc: self.ssrc,
        }
    }
}

/// The fields we write (no CSRC, no extension, no padding).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct RtpHeader {
    pub marker: bool,
    pub payload_type: u8,
    pub sequence: u16,
    pub timestamp: u32,
    pub ssrc: u32,
}

impl RtpHeader {
    pub const LEN: usize = 12;

    /// Write header + payload into `out`; returns the packet length.
    pub fn write(&self, payload: &[u8], out: &mut [u8]) -> Result<usize, RtpError> {
        let len = Self::LEN + payload.len();
        if len > MAX_PACKET_LEN {
            return Err(RtpError::TooLarge);
        }
        if out.len() < len {
            return Err(RtpError::BufferTooSmall);
        }
        if self.payload_type > 127 {
            return Err(RtpError::UnexpectedPayloadType(self.payload_type));
        }
        out[0] = 0x80;
        out[1] = (self.marker as u8) << 7 | self.payload_type;
        out[2..4].copy_from_slice(&self.sequence.to_be_bytes());
        out[4..8].copy_from_slice(&self.timestamp.to_be_bytes());
        out[8..12].copy_from_slice(&self.ssrc.to_be_bytes());
        out[12..len].copy_from_slice(payload);
        Ok(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_then_parse() {
        let h = RtpHeader {
            marker: true,
            payload_type: 9,
            sequence: 65535,
            timestamp: 0xFFFF_FF00,
            ssrc: 0xDEAD_BEEF,
        };
        let mut buf = [0u8; 200];
        let n = h.write(&[1, 2, 3, 4], &mut buf).unwrap();
        assert_eq!(n, 16);
        let p = RtpPacket::parse(&buf[..n]).unwrap();
        assert_eq!(p.header(), h);
        assert_eq!(p.payload, &[1, 2, 3, 4]);
        assert_eq!(p.csrcs().count(), 0);
        assert!(!is_rtcp(&buf[..n]));
    }

    #[test]
    fn csrc_extension_padding() {
        let mut b = vec![0xB2u8, 0x00, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3]; // V=2 P=1 X=1 CC=2
        b.extend_from_slice(&[0, 0, 0, 10, 0, 0, 0, 11]); // CSRCs
        b.extend_from_slice(&[0xBE, 0xDE, 0, 1, 9, 9, 9, 9]); // one-word extension
        b.extend_from_slice(&[7, 7, 7]); // payload
        b.extend_from_slice(&[0, 0, 3]); // 3 padding bytes
        let p = RtpPacket::parse(&b).unwrap();
        assert_eq!(p.csrcs().collect::<Vec<_>>(), vec![10, 11]);
        assert_eq!(p.extension, Some((0xBEDE, &[9u8, 9, 9, 9][..])));
        assert_eq!(p.payload, &[7, 7, 7]);
        assert_eq!(p.padding, 3);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert_eq!(RtpPacket::parse(&[]), Err(RtpError::Truncated));
        assert_eq!(RtpPacket::parse(&[0x80; 11]), Err(RtpError::Truncated));
        assert_eq!(RtpPacket::parse(&[0x40; 12]), Err(RtpError::BadVersion(1)));
        let mut cc = [0u8; 20];
        cc[0] = 0x8F; // 15 CSRCs announced
        assert_eq!(RtpPacket::parse(&cc), Err(RtpError::Truncated));
        let mut ext = [0u8; 16];
        ext[0] = 0x90;
        ext[15] = 5; // 5 words of extension announced
        assert_eq!(RtpPacket::parse(&ext), Err(RtpError::Truncated));
        let mut pad = [0u8; 13];
        pad[0] = 0xA0;
        pad[12] = 2; // 2 padding bytes but only 1 after header
        assert_eq!(RtpPacket::parse(&pad), Err(RtpError::BadPadding));
        pad[12] = 0;
        assert_eq!(RtpPacket::parse(&pad), Err(RtpError::BadPadding));
        let big = vec![0x80u8; MAX_PACKET_LEN + 1];
        assert_eq!(RtpPacket::parse(&big), Err(RtpError::TooLarge));
        let h = RtpHeader::default();
        assert_eq!(
            h.write(&[0; 10], &mut [0u8; 15]),
            Err(RtpError::BufferTooSmall)
        );
        assert_eq!(
            h.write(&[0; MAX_PACKET_LEN], &mut vec![0u8; 2000]),
            Err(RtpError::TooLarge)
        );
    }

    #[test]
    fn rtcp_demux() {
        assert!(is_rtcp(&[0x80, 200, 0, 6]));
        assert!(is_rtcp(&[0x81, 201, 0, 7]));
        assert!(!is_rtcp(&[0x80, 0x00]));
        assert!(!is_rtcp(&[0x80, 0x80 | 8]));
    }
}
