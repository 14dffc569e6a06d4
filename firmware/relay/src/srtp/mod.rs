//! SRTP and SRTCP (RFC 3711) with the two SDES suites phones and carriers offer (RFC 4568):
//! AES_CM_128_HMAC_SHA1_80 and AES_CM_128_HMAC_SHA1_32. One [`Context`] per direction of a leg
//! (what a peer sends us is opened with its key, what we send it is sealed with ours).
//!
//! Sans-IO and allocation-free per packet: packets are transformed in place in the relay's
//! receive buffers, and the caller says how much room the buffer has for the tag.

mod kdf;
mod stream;

use aes::Aes128;
use aes::cipher::{KeyInit, generic_array::GenericArray};
use hmac::{Hmac, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;

use stream::{Streams, Window};

/// Length of an SDES master key (16) plus master salt (14): `inline:` carries these 30 bytes.
pub const MASTER_LEN: usize = 30;

/// Bytes an SRTCP packet grows by (E flag + index, and the 80-bit tag); SRTP grows by at most 10.
pub const MAX_OVERHEAD: usize = 14;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Suite {
    AesCm128HmacSha1_80,
    AesCm128HmacSha1_32,
}

impl Suite {
    /// The name in `a=crypto` lines.
    pub fn name(self) -> &'static str {
        match self {
            Suite::AesCm128HmacSha1_80 => "AES_CM_128_HMAC_SHA1_80",
            Suite::AesCm128HmacSha1_32 => "AES_CM_128_HMAC_SHA1_32",
        }
    }

    pub fn from_name(name: &str) -> Option<Suite> {
        [Suite::AesCm128HmacSha1_80, Suite::AesCm128HmacSha1_32]
            .into_iter()
            .find(|s| s.name().eq_ignore_ascii_case(name))
    }

    /// Length of the SRTP authentication tag. SRTCP always uses 80 bits (RFC 4568 §6.2).
    fn rtp_tag_len(self) -> usize {
        match self {
            Suite::AesCm128HmacSha1_80 => 10,
            Suite::AesCm128HmacSha1_32 => 4,
        }
    }
}

const RTCP_TAG_LEN: usize = 10;

/// The SDES keys of one SRTP leg (key and salt, as `a=crypto` `inline:` carries them).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SrtpKeys {
    pub suite: Suite,
    /// The peer's key: opens what it sends.
    pub remote: [u8; MASTER_LEN],
    /// Ours: seals what it gets.
    pub local: [u8; MASTER_LEN],
}

impl std::fmt::Debug for SrtpKeys {
    // Keys stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SrtpKeys({})", self.suite.name())
    }
}

/// Why a packet was not transformed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SrtpError {
    /// Too short, or its header says more than it holds.
    Malformed,
    /// The tag does not match: wrong key, or altered on the way.
    AuthFailed,
    /// Seen already, or too old for the replay window.
    Replayed,
    /// No room left in the buffer for the tag.
    NoRoom,
}

/// Session keys of one stream kind (RTP or RTCP), derived from the master key.
struct Keys {
    cipher: Aes128,
    auth: Hmac<Sha1>,
    salt: [u8; 14],
}

impl Keys {
    fn derive(master: &[u8; MASTER_LEN], labels: [u8; 3]) -> Keys {
        let (mk, ms) = master.split_at(16);
        let mk: &[u8; 16] = mk.try_into().expect("16 bytes");
        let ms: &[u8; 14] = ms.try_into().expect("14 bytes");
        let mut enc = [0u8; 16];
        let mut auth = [0u8; 20];
        let mut salt = [0u8; 14];
        kdf::derive(mk, ms, labels[0], &mut enc);
        kdf::derive(mk, ms, labels[1], &mut auth);
        kdf::derive(mk, ms, labels[2], &mut salt);
        Keys {
            cipher: Aes128::new(GenericArray::from_slice(&enc)),
            auth: <Hmac<Sha1> as KeyInit>::new_from_slice(&auth).expect("HMAC takes any key"),
            salt,
        }
    }

    /// XORs `data` with the AES-CM keystream for (SSRC, packet index) (RFC 3711 §4.1.1).
    fn crypt(&self, ssrc: u32, index: u64, data: &mut [u8]) {
        let mut iv = [0u8; 16];
        iv[..14].copy_from_slice(&self.salt);
        for (i, b) in ssrc.to_be_bytes().iter().enumerate() {
            iv[4 + i] ^= b;
        }
        for (i, b) in index.to_be_bytes()[2..].iter().enumerate() {
            iv[8 + i] ^= b;
        }
        kdf::keystream_xor(&self.cipher, iv, data);
    }

    fn tag(&self, parts: &[&[u8]]) -> [u8; 20] {
        let mut mac = self.auth.clone();
        for p in parts {
            mac.update(p);
        }
        mac.finalize().into_bytes().into()
    }
}

/// One direction of one leg: all SSRCs the peer (or we) send on it share the master key.
pub struct Context {
    suite: Suite,
    rtp: Keys,
    rtcp: Keys,
    streams: Streams,
    /// SRTCP: the next index we send, and the window of indexes received.
    rtcp_next: u32,
    rtcp_window: Window,
}

impl Context {
    pub fn new(suite: Suite, master: &[u8; MASTER_LEN]) -> Context {
        Context {
            suite,
            rtp: Keys::derive(master, [0, 1, 2]),
            rtcp: Keys::derive(master, [3, 4, 5]),
            streams: Streams::default(),
            rtcp_next: 0,
            rtcp_window: Window::default(),
        }
    }

    /// Encrypts and signs the RTP packet in `buf[..len]`; returns the new length.
    pub fn protect_rtp(&mut self, buf: &mut [u8], len: usize) -> Result<usize, SrtpError> {
        let tag_len = self.suite.rtp_tag_len();
        let head = rtp_header_len(&buf[..len])?;
        if buf.len() < len + tag_len {
            return Err(SrtpError::NoRoom);
        }
        let (ssrc, seq) = rtp_ids(buf);
        let (index, roc) = self.streams.sending(ssrc, seq);
        self.rtp.crypt(ssrc, index, &mut buf[head..len]);
        let tag = self.rtp.tag(&[&buf[..len], &roc.to_be_bytes()]);
        buf[len..len + tag_len].copy_from_slice(&tag[..tag_len]);
        Ok(len + tag_len)
    }

    /// Checks and decrypts the SRTP packet in `buf[..len]`; returns the plain length.
    pub fn unprotect_rtp(&mut self, buf: &mut [u8], len: usize) -> Result<usize, SrtpError> {
        let tag_len = self.suite.rtp_tag_len();
        let body = len.checked_sub(tag_len).ok_or(SrtpError::Malformed)?;
        let head = rtp_header_len(&buf[..body])?;
        let (ssrc, seq) = rtp_ids(buf);
        let (index, roc) = self.streams.guess(ssrc, seq);
        if self.streams.seen(ssrc, index) {
            return Err(SrtpError::Replayed);
        }
        let tag = self.rtp.tag(&[&buf[..body], &roc.to_be_bytes()]);
        if !bool::from(tag[..tag_len].ct_eq(&buf[body..len])) {
            return Err(SrtpError::AuthFailed);
        }
        self.streams.received(ssrc, index);
        self.rtp.crypt(ssrc, index, &mut buf[head..body]);
        Ok(body)
    }

    /// Encrypts and signs the (compound) RTCP packet in `buf[..len]`; returns the new length.
    pub fn protect_rtcp(&mut self, buf: &mut [u8], len: usize) -> Result<usize, SrtpError> {
        if len < 8 {
            return Err(SrtpError::Malformed);
        }
        if buf.len() < len + 4 + RTCP_TAG_LEN {
            return Err(SrtpError::NoRoom);
        }
        let index = self.rtcp_next;
        self.rtcp_next = (self.rtcp_next + 1) & 0x7fff_ffff;
        let ssrc = u32::from_be_bytes([buf[4], buf[5], buf[6], buf[7]]);
        self.rtcp.crypt(ssrc, index as u64, &mut buf[8..len]);
        buf[len..len + 4].copy_from_slice(&(index | 0x8000_0000).to_be_bytes());
        let tag = self.rtcp.tag(&[&buf[..len + 4]]);
        buf[len + 4..len + 4 + RTCP_TAG_LEN].copy_from_slice(&tag[..RTCP_TAG_LEN]);
        Ok(len + 4 + RTCP_TAG_LEN)
    }

    /// Checks and (when its E flag says so) decrypts the SRTCP packet; returns the RTCP length.
    pub fn unprotect_rtcp(&mut self, buf: &mut [u8], len: usize) -> Result<usize, SrtpError> {
        let signed = len.checked_sub(RTCP_TAG_LEN).ok_or(SrtpError::Malformed)?;
        let body = signed.checked_sub(4).ok_or(SrtpError::Malformed)?;
        if body < 8 {
            return Err(SrtpError::Malformed);
        }
        let tag = self.rtcp.tag(&[&buf[..signed]]);
        if !bool::from(tag[..RTCP_TAG_LEN].ct_eq(&buf[signed..len])) {
            return Err(SrtpError::AuthFailed);
        }
        let word = u32::from_be_bytes([buf[body], buf[body + 1], buf[body + 2], buf[body + 3]]);
        let index = (word & 0x7fff_ffff) as u64;
        if !self.rtcp_window.accept(index) {
            return Err(SrtpError::Replayed);
        }
        if word & 0x8000_0000 != 0 {
            let ssrc = u32::from_be_bytes([buf[4], buf[5], buf[6], buf[7]]);
            self.rtcp.crypt(ssrc, index, &mut buf[8..body]);
        }
        Ok(body)
    }
}

/// Length of the RTP header (fixed part, CSRCs, extension) that SRTP leaves in the clear.
fn rtp_header_len(pkt: &[u8]) -> Result<usize, SrtpError> {
    if pkt.len() < 12 || pkt[0] >> 6 != 2 {
        return Err(SrtpError::Malformed);
    }
    let mut head = 12 + 4 * (pkt[0] & 0x0f) as usize;
    if pkt[0] & 0x10 != 0 {
        let ext = pkt.get(head + 2..head + 4).ok_or(SrtpError::Malformed)?;
        head += 4 + 4 * u16::from_be_bytes([ext[0], ext[1]]) as usize;
    }
    if head > pkt.len() {
        return Err(SrtpError::Malformed);
    }
    Ok(head)
}

fn rtp_ids(pkt: &[u8]) -> (u32, u16) {
    (
        u32::from_be_bytes([pkt[8], pkt[9], pkt[10], pkt[11]]),
        u16::from_be_bytes([pkt[2], pkt[3]]),
    )
}

#[cfg(test)]
mod tests;
