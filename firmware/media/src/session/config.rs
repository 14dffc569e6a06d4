//! What the SIP engine knows about a terminated leg when it opens it.

use crate::codec::Codec;

/// The negotiated media of one terminated leg.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegConfig {
    pub codec: Codec,
    /// Payload type of the audio codec as negotiated (usually the static one).
    pub payload_type: u8,
    /// Payload type of RFC 4733 telephone-events, if negotiated.
    pub telephone_event: Option<u8>,
    /// Our outgoing SSRC.
    pub ssrc: u32,
    /// Country code for call-progress tones when a command names none that exists (`tones::country`).
    pub country: String,
}

impl LegConfig {
    /// A PCMU leg with telephone-events on 101 (tests and defaults).
    pub fn pcmu(ssrc: u32) -> Self {
        LegConfig {
            codec: Codec::Pcmu,
            payload_type: 0,
            telephone_event: Some(101),
            ssrc,
            country: "us".into(),
        }
    }
}
