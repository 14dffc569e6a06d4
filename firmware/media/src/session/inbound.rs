//! The receiving half of a leg: RTP in, jitter buffer, decode (or conceal), 8 kHz, digits.
//! Shared by terminated legs (`leg.rs`) and by the listen-only taps of bridged calls
//! (`tap.rs`). Sans-IO: time arrives as `now_ms`.

use super::play::FRAME_8K;
use crate::codec::{Codec, Decoder};
use crate::dsp::DtmfDetector;
use crate::jitter::{JitterBuffer, JitterConfig, Pop};
use crate::plc::Plc;
use crate::resample::Downsample2;
use crate::rtp::{RtpPacket, TelephoneEvent, TelephoneEventReceiver, is_rtcp};

/// Samples per frame at the widest rate (G.722).
pub(crate) const FRAME_MAX: usize = 320;

/// What a stream carries: its codec and payload types as negotiated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreamFormat {
    pub codec: Codec,
    pub payload_type: u8,
    /// RFC 4733 telephone-events, if negotiated.
    pub telephone_event: Option<u8>,
}

pub(crate) struct Inbound {
    format: StreamFormat,
    /// Samples per frame at the codec rate (160 or 320).
    frame_len: usize,
    jitter: JitterBuffer,
    decoder: Decoder,
    plc: Plc,
    down: Downsample2,
    dtmf: DtmfDetector,
    events_rx: TelephoneEventReceiver,
    /// Once RFC 4733 packets arrive, in-band detection is off: phones that send both would
    /// otherwise report every digit twice.
    rfc4733_seen: bool,
    ssrc: Option<u32>,
    /// This tick's audio at the codec rate, and whether any arrived (or was concealed).
    input: [i16; FRAME_MAX],
    has_input: bool,
    input_8k: [i16; FRAME_8K],
}

impl Inbound {
    pub(crate) fn new(format: StreamFormat) -> Self {
        Inbound {
            frame_len: format.codec.samples_for_ms(20),
            jitter: JitterBuffer::new(JitterConfig::default()),
            decoder: Decoder::new(format.codec),
            plc: Plc::new(format.codec.sample_rate()),
            down: Downsample2::new(),
            dtmf: DtmfDetector::new(),
            events_rx: TelephoneEventReceiver::new(),
            rfc4733_seen: false,
            ssrc: None,
            input: [0; FRAME_MAX],
            has_input: false,
            input_8k: [0; FRAME_8K],
            format,
        }
    }

    /// A datagram from the peer. RTCP, foreign payload types and garbage are ignored. Returns
    /// the digit an RFC 4733 event begins, if any.
    pub(crate) fn receive(&mut self, packet: &[u8], now_ms: u64) -> Option<char> {
        if is_rtcp(packet) {
            return None;
        }
        let p = RtpPacket::parse(packet).ok()?;
        if self.format.telephone_event == Some(p.payload_type) {
            self.rfc4733_seen = true;
            return match self.events_rx.on_packet(p.timestamp, p.payload) {
                Ok(Some(TelephoneEvent::Begin { digit, .. })) => Some(digit),
                _ => None,
            };
        }
        if p.payload_type != self.format.payload_type {
            return None;
        }
        if self.ssrc != Some(p.ssrc) {
            if self.ssrc.is_some() {
                self.jitter.reset();
            }
            self.ssrc = Some(p.ssrc);
        }
        let payload = &p.payload[..p.payload.len().min(self.format.codec.bytes_for_ms(20))];
        self.jitter.push(p.sequence, p.timestamp, payload, now_ms);
        None
    }

    /// One 20 ms step: takes the next frame (or conceals a lost one). Returns an in-band digit
    /// when one begins (only while the peer has sent no RFC 4733 event).
    pub(crate) fn tick(&mut self, now_ms: u64) -> Option<char> {
        let n = self.frame_len;
        match self.jitter.pop(now_ms) {
            Pop::Frame { payload, .. } => {
                let k = self.decoder.decode(payload, &mut self.input[..n]);
                self.input[k.min(n)..n].fill(0);
                self.plc.good_frame(&mut self.input[..n]);
                self.has_input = true;
            }
            Pop::Lost { .. } => {
                self.plc.lost_frame(&mut self.input[..n]);
                self.has_input = true;
            }
            Pop::Idle => {
                self.input[..n].fill(0);
                self.has_input = false;
            }
        }
        if n == FRAME_8K {
            self.input_8k.copy_from_slice(&self.input[..n]);
        } else {
            self.down.process(&self.input[..n], &mut self.input_8k);
        }
        if self.rfc4733_seen {
            return None;
        }
        self.dtmf.process(&self.input_8k)
    }

    /// This tick's audio at the codec rate (None before the stream starts).
    pub(crate) fn frame(&self) -> Option<&[i16]> {
        self.has_input.then(|| &self.input[..self.frame_len])
    }

    /// This tick's audio at 8 kHz (silence when nothing arrived).
    pub(crate) fn frame_8k(&self) -> &[i16; FRAME_8K] {
        &self.input_8k
    }
}

/// Whether an event is a key a person pressed (flash and other events are not).
pub(crate) fn is_key(d: char) -> bool {
    matches!(d, '0'..='9' | '*' | '#' | 'A'..='D')
}
