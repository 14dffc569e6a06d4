//! Codecs: G.711 µ-law/A-law (8 kHz) and G.722 (16 kHz), plus transcoding between legs.

pub mod g711;
pub mod g722;
mod transcode;

pub use g722::{G722Decoder, G722Encoder};
pub use transcode::Transcoder;

/// A codec the box speaks on RTP legs. Internally audio is linear 16-bit at 8 or 16 kHz.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Codec {
    /// G.711 µ-law, static payload type 0.
    Pcmu,
    /// G.711 A-law, static payload type 8.
    Pcma,
    /// G.722, static payload type 9 (16 kHz audio, 8000 Hz RTP clock per RFC 3551).
    G722,
}

impl Codec {
    pub const ALL: [Codec; 3] = [Codec::Pcmu, Codec::Pcma, Codec::G722];

    /// Static RTP payload type.
    pub fn payload_type(self) -> u8 {
        match self {
            Codec::Pcmu => 0,
            Codec::Pcma => 8,
            Codec::G722 => 9,
        }
    }

    pub fn from_payload_type(pt: u8) -> Option<Codec> {
        match pt {
            0 => Some(Codec::Pcmu),
            8 => Some(Codec::Pcma),
            9 => Some(Codec::G722),
            _ => None,
        }
    }

    /// SDP encoding name (`a=rtpmap:<pt> <name>/<clock>`).
    pub fn encoding_name(self) -> &'static str {
        match self {
            Codec::Pcmu => "PCMU",
            Codec::Pcma => "PCMA",
            Codec::G722 => "G722",
        }
    }

    /// RTP timestamp clock rate (8000 for all three, including G.722).
    pub fn rtp_clock_rate(self) -> u32 {
        8000
    }

    /// Audio sample rate of the linear signal.
    pub fn sample_rate(self) -> u32 {
        match self {
            Codec::G722 => 16000,
            _ => 8000,
        }
    }

    /// Linear samples in `ms` milliseconds.
    pub fn samples_for_ms(self, ms: u32) -> usize {
        (self.sample_rate() / 1000 * ms) as usize
    }

    /// Encoded bytes in `ms` milliseconds (8 per ms for all three codecs).
    pub fn bytes_for_ms(self, ms: u32) -> usize {
        (8 * ms) as usize
    }

    /// Linear samples carried by `bytes` of payload.
    pub fn samples_for_bytes(self, bytes: usize) -> usize {
        match self {
            Codec::G722 => bytes * 2,
            _ => bytes,
        }
    }

    /// RTP timestamp units carried by `bytes` of payload (one per byte for all three).
    pub fn timestamp_units_for_bytes(self, bytes: usize) -> u32 {
        bytes as u32
    }
}

/// A stateful encoder for one stream.
#[derive(Clone, Debug)]
pub enum Encoder {
    Pcmu,
    Pcma,
    G722(Box<G722Encoder>),
}

impl Encoder {
    pub fn new(codec: Codec) -> Self {
        match codec {
            Codec::Pcmu => Encoder::Pcmu,
            Codec::Pcma => Encoder::Pcma,
            Codec::G722 => Encoder::G722(Box::default()),
        }
    }

    pub fn codec(&self) -> Codec {
        match self {
            Encoder::Pcmu => Codec::Pcmu,
            Encoder::Pcma => Codec::Pcma,
            Encoder::G722(_) => Codec::G722,
        }
    }

    /// Encode linear samples at the codec's sample rate; returns bytes written.
    pub fn encode(&mut self, pcm: &[i16], out: &mut [u8]) -> usize {
        match self {
            Encoder::Pcmu => g711::encode_ulaw(pcm, out),
            Encoder::Pcma => g711::encode_alaw(pcm, out),
            Encoder::G722(e) => e.encode(pcm, out),
        }
    }
}

/// A stateful decoder for one stream.
#[derive(Clone, Debug)]
pub enum Decoder {
    Pcmu,
    Pcma,
    G722(Box<G722Decoder>),
}

impl Decoder {
    pub fn new(codec: Codec) -> Self {
        match codec {
            Codec::Pcmu => Decoder::Pcmu,
            Codec::Pcma => Decoder::Pcma,
            Codec::G722 => Decoder::G722(Box::default()),
        }
    }

    pub fn codec(&self) -> Codec {
        match self {
            Decoder::Pcmu => Codec::Pcmu,
            Decoder::Pcma => Codec::Pcma,
            Decoder::G722(_) => Codec::G722,
        }
    }

    /// Decode a payload into linear samples at the codec's sample rate; returns samples written.
    pub fn decode(&mut self, data: &[u8], out: &mut [i16]) -> usize {
        match self {
            Decoder::Pcmu => g711::decode_ulaw(data, out),
            Decoder::Pcma => g711::decode_alaw(data, out),
            Decoder::G722(d) => d.decode(data, out),
        }
    }
}
