//! SDES-SRTP negotiation (RFC 4568) on top of the SDP reader: which `a=crypto` line of an
//! offer the box takes, the key it carries, and the lines the box writes. What a leg asks for
//! is its [`SrtpPolicy`] (KAZOO's `media.encryption` of a device or a carrier gateway).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::sdp::{Crypto, Media};

/// Master key (16 bytes) and master salt (14), as `inline:` carries them.
pub const KEY_LEN: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SdesSuite {
    AesCm128HmacSha1_80,
    AesCm128HmacSha1_32,
}

impl SdesSuite {
    /// In the order the box offers them (the stronger tag first).
    pub const ALL: [SdesSuite; 2] = [
        SdesSuite::AesCm128HmacSha1_80,
        SdesSuite::AesCm128HmacSha1_32,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SdesSuite::AesCm128HmacSha1_80 => "AES_CM_128_HMAC_SHA1_80",
            SdesSuite::AesCm128HmacSha1_32 => "AES_CM_128_HMAC_SHA1_32",
        }
    }

    pub fn from_name(name: &str) -> Option<SdesSuite> {
        SdesSuite::ALL
            .into_iter()
            .find(|s| s.name().eq_ignore_ascii_case(name))
    }
}

/// What a device or gateway wants for its media (KAZOO `media.encryption`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SrtpPolicy {
    /// Plain RTP offered; an SDES offer from it is still answered with SRTP.
    #[default]
    Plain,
    /// `methods: ["srtp"]`: the box offers RTP/SAVP with SDES keys.
    Offer,
    /// ... and `enforce_security: true`: plain RTP from or to it is refused (488).
    Require,
}

impl SrtpPolicy {
    /// From a device or a carrier gateway document: KAZOO's `media.encryption.methods`
    /// (`["srtp"]`; `"zrtp"` and DTLS are not supported and ignored) and
    /// `media.encryption.enforce_security`.
    pub fn from_doc(doc: &serde_json::Value) -> SrtpPolicy {
        let enc = &doc["media"]["encryption"];
        let srtp = enc["methods"]
            .as_array()
            .is_some_and(|m| m.iter().any(|v| v.as_str() == Some("srtp")));
        match (srtp, enc["enforce_security"].as_bool() == Some(true)) {
            (false, _) => SrtpPolicy::Plain,
            (true, false) => SrtpPolicy::Offer,
            (true, true) => SrtpPolicy::Require,
        }
    }
}

/// One side of an SDES negotiation: a tag, a suite and a master key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SdesKey {
    pub tag: u32,
    pub suite: SdesSuite,
    pub key: [u8; KEY_LEN],
}

impl std::fmt::Debug for SdesKey {
    // Keys stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SdesKey({} {})", self.tag, self.suite.name())
    }
}

impl SdesKey {
    /// The `a=crypto` line offering or answering with this key.
    pub fn to_crypto(&self) -> Crypto {
        Crypto {
            tag: self.tag,
            suite: self.suite.name().to_string(),
            key_params: format!("inline:{}", STANDARD.encode(self.key)),
            session_params: String::new(),
        }
    }

    /// The key of a crypto line the box can use: a known suite, one `inline:` key of 30
    /// bytes, no MKI, no session parameters (they change the transform: KDR, unencrypted or
    /// unauthenticated SRTP, FEC order, window size hints are the only ones tolerated).
    pub fn from_crypto(c: &Crypto) -> Option<SdesKey> {
        let suite = SdesSuite::from_name(&c.suite)?;
        if c.key_params.contains(';') {
            return None; // several keys (MKIs): not supported
        }
        let inline = c.key_params.strip_prefix("inline:")?;
        let mut fields = inline.split('|');
        let b64 = fields.next()?;
        for f in fields {
            // A lifetime (`2^31` or a number) is fine; an MKI (`1:4`) is not.
            if f.contains(':') {
                return None;
            }
        }
        let key: [u8; KEY_LEN] = STANDARD.decode(b64).ok()?.try_into().ok()?;
        let tolerated = |p: &str| p.starts_with("WSH=");
        if !c.session_params.split_ascii_whitespace().all(tolerated) {
            return None;
        }
        Some(SdesKey {
            tag: c.tag,
            suite,
            key,
        })
    }
}

/// Is this media's transport profile secure RTP with SDES (RTP/SAVP, RTP/SAVPF)?
pub fn is_savp(proto: &str) -> bool {
    matches!(
        proto.to_ascii_uppercase().as_str(),
        "RTP/SAVP" | "RTP/SAVPF"
    )
}

/// Reads an offer: the key the box takes (the first usable line), None for plain RTP, or the
/// reason phrase of a 488 when the offer demands what the box cannot do.
pub fn choose(offer: &Media, policy: SrtpPolicy) -> Result<Option<SdesKey>, &'static str> {
    let proto = offer.proto.to_ascii_uppercase();
    if proto.contains("TLS") {
        return Err("DTLS-SRTP Not Supported");
    }
    let key = offer.crypto.iter().find_map(SdesKey::from_crypto);
    match key {
        Some(k) => Ok(Some(k)),
        None if is_savp(&proto) && offer.crypto.is_empty() => Err("SRTP Without SDES Keys"),
        None if is_savp(&proto) => Err("No Supported SRTP Crypto Suite"),
        None if policy == SrtpPolicy::Require => Err("SRTP Required"),
        None if !proto.starts_with("RTP/AVP") => Err("Unsupported Media Profile"),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdp::Sdp;

    fn audio(lines: &str) -> Media {
        let body = format!("v=0\r\nc=IN IP4 192.0.2.1\r\n{lines}");
        Sdp::parse(body.as_bytes())
            .unwrap()
            .audio()
            .unwrap()
            .clone()
    }

    const KEY: &str = "inline:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVoxMjM0";

    #[test]
    fn chooses_the_first_usable_line() {
        let m = audio(&format!(
            "m=audio 4000 RTP/SAVP 0\r\na=crypto:1 AEAD_AES_256_GCM {KEY}\r\n\
             a=crypto:2 AES_CM_128_HMAC_SHA1_32 {KEY}|2^31|1:4\r\n\
             a=crypto:3 AES_CM_128_HMAC_SHA1_32 {KEY}|2^31\r\n\
             a=crypto:4 AES_CM_128_HMAC_SHA1_80 {KEY}\r\n"
        ));
        let k = choose(&m, SrtpPolicy::Plain).unwrap().unwrap();
        assert_eq!((k.tag, k.suite), (3, SdesSuite::AesCm128HmacSha1_32));
        assert_eq!(SdesKey::from_crypto(&k.to_crypto()), Some(k));
    }

    #[test]
    fn refusals_name_what_is_missing() {
        let dtls = audio("m=audio 4000 UDP/TLS/RTP/SAVPF 0\r\na=fingerprint:sha-256 AB:CD\r\n");
        assert_eq!(
            choose(&dtls, SrtpPolicy::Plain),
            Err("DTLS-SRTP Not Supported")
        );
        let bare = audio("m=audio 4000 RTP/SAVP 0\r\n");
        assert_eq!(
            choose(&bare, SrtpPolicy::Plain),
            Err("SRTP Without SDES Keys")
        );
        let gcm = audio(&format!(
            "m=audio 4000 RTP/SAVP 0\r\na=crypto:1 AEAD_AES_128_GCM {KEY}\r\n"
        ));
        assert_eq!(
            choose(&gcm, SrtpPolicy::Plain),
            Err("No Supported SRTP Crypto Suite")
        );
        let short =
            audio("m=audio 4000 RTP/SAVP 0\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:AAAA\r\n");
        assert_eq!(
            choose(&short, SrtpPolicy::Plain),
            Err("No Supported SRTP Crypto Suite")
        );
        let kdr = audio(&format!(
            "m=audio 4000 RTP/SAVP 0\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 {KEY} UNENCRYPTED_SRTP\r\n"
        ));
        assert_eq!(
            choose(&kdr, SrtpPolicy::Plain),
            Err("No Supported SRTP Crypto Suite")
        );
        let plain = audio("m=audio 4000 RTP/AVP 0\r\n");
        assert_eq!(choose(&plain, SrtpPolicy::Offer), Ok(None));
        assert_eq!(choose(&plain, SrtpPolicy::Require), Err("SRTP Required"));
        // SDES keys in a plain-RTP profile (best-effort SRTP) are taken.
        let best_effort = audio(&format!(
            "m=audio 4000 RTP/AVP 0\r\na=crypto:7 AES_CM_128_HMAC_SHA1_80 {KEY}\r\n"
        ));
        assert_eq!(
            choose(&best_effort, SrtpPolicy::Plain)
                .unwrap()
                .unwrap()
                .tag,
            7
        );
    }

    #[test]
    fn policy_from_kazoo_fields() {
        let doc = |v: serde_json::Value| SrtpPolicy::from_doc(&v);
        assert_eq!(doc(serde_json::json!({})), SrtpPolicy::Plain);
        assert_eq!(
            doc(serde_json::json!({"media": {"encryption": {"methods": ["zrtp"]}}})),
            SrtpPolicy::Plain
        );
        assert_eq!(
            doc(serde_json::json!({"media": {"encryption": {"methods": ["srtp"]}}})),
            SrtpPolicy::Offer
        );
        assert_eq!(
            doc(
                serde_json::json!({"media": {"encryption": {"methods": ["srtp"], "enforce_security": true}}})
            ),
            SrtpPolicy::Require
        );
    }

    #[test]
    fn malformed_crypto_line_is_an_sdp_error() {
        let body = "v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/SAVP 0\r\na=crypto:x\r\n";
        assert!(Sdp::parse(body.as_bytes()).is_err());
    }
}
