//! Caller ID and message-waiting on analog lines: the messages (MDMF / SDMF, ETSI EN 300 659
//! and Bell GR-30 framing), the audio that carries them (FSK or DTMF, from the media crate's
//! modems), and a decoder that turns line audio back into messages. A message with a bad
//! checksum is dropped: the call still rings, only without a name.

use edgepbx_media::dsp::{
    DtmfDetector, DtmfGenerator, FskDemodulator, FskModulator, FskStandard, caller_id_mdmf,
};

/// Who is calling, as shown on the phone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallerId {
    pub number: String,
    pub name: String,
    /// "MMDDHHMM" local time of the call (empty: not sent).
    pub datetime: String,
}

/// A decoded on-hook or off-hook message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CidMessage {
    CallerId(CallerId),
    /// Message waiting indicator on (`true`) or off.
    Mwi(bool),
}

/// Message type bytes.
const MDMF_CALL_SETUP: u8 = 0x80;
const SDMF_CALL_SETUP: u8 = 0x04;
const MDMF_MWI: u8 = 0x82;
const SDMF_MWI: u8 = 0x06;
/// MDMF parameter types.
const P_DATETIME: u8 = 0x01;
const P_NUMBER: u8 = 0x02;
const P_NAME: u8 = 0x07;
const P_VISUAL_INDICATOR: u8 = 0x0b;

/// Channel seizure bits for an on-hook (type 1) spill: 300 alternating bits (Bell GR-30).
const SEIZURE_BITS: usize = 300;
/// Mark bits before the message: 180 on hook, 80 off hook (type 2, no seizure).
const MARK_BITS_ON_HOOK: usize = 180;
const MARK_BITS_OFF_HOOK: usize = 80;
/// Trailing mark so the last stop bit is not cut.
const TRAILING_MARK_BITS: usize = 10;

/// The MDMF message for a caller ID.
pub fn caller_id_message(cid: &CallerId) -> Vec<u8> {
    caller_id_mdmf(&cid.datetime, &cid.number, &cid.name)
}

/// The MDMF visual message-waiting indicator.
pub fn mwi_message(waiting: bool) -> Vec<u8> {
    let mut msg = vec![
        MDMF_MWI,
        3,
        P_VISUAL_INDICATOR,
        1,
        if waiting { 0xff } else { 0x00 },
    ];
    msg.push(checksum(&msg));
    msg
}

fn checksum(bytes: &[u8]) -> u8 {
    bytes
        .iter()
        .fold(0u8, |a, &b| a.wrapping_add(b))
        .wrapping_neg()
}

/// Audio that carries a caller ID or MWI message onto the line.
#[derive(Debug, Clone)]
pub enum Spill {
    Fsk(FskModulator),
    Dtmf(DtmfGenerator),
}

impl Spill {
    /// On-hook FSK (type 1): seizure, marks, message.
    pub fn fsk_on_hook(std: FskStandard, msg: &[u8]) -> Spill {
        Self::fsk(std, SEIZURE_BITS, MARK_BITS_ON_HOOK, msg)
    }

    /// Off-hook FSK (type 2, call waiting): marks and message, no seizure.
    pub fn fsk_off_hook(std: FskStandard, msg: &[u8]) -> Spill {
        Self::fsk(std, 0, MARK_BITS_OFF_HOOK, msg)
    }

    fn fsk(std: FskStandard, seizure: usize, marks: usize, msg: &[u8]) -> Spill {
        let mut m = FskModulator::new(std);
        m.queue_seizure(seizure);
        m.queue_mark(marks);
        m.queue_bytes(msg);
        m.queue_mark(TRAILING_MARK_BITS);
        Spill::Fsk(m)
    }

    /// DTMF caller ID: `A<number>C`, 70 ms tones and pauses.
    pub fn dtmf(number: &str) -> Spill {
        let mut g = DtmfGenerator::new(8000);
        let digits: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
        g.queue(&format!("A{digits}C"), 70, 70, -10.0);
        Spill::Dtmf(g)
    }

    pub fn is_busy(&self) -> bool {
        match self {
            Spill::Fsk(m) => m.is_busy(),
            Spill::Dtmf(g) => g.is_busy(),
        }
    }

    pub fn fill(&mut self, out: &mut [i16]) {
        match self {
            Spill::Fsk(m) => m.fill(out),
            Spill::Dtmf(g) => {
                g.fill(out);
            }
        }
    }
}

/// Most bytes buffered while looking for a message (the longest MDMF is 2 + 255 + 1).
const MAX_BUFFER: usize = 260;

/// Decodes FSK caller ID and MWI messages from line audio.
#[derive(Debug, Clone)]
pub struct FskCidDecoder {
    demod: FskDemodulator,
    bytes: Vec<u8>,
}

impl FskCidDecoder {
    pub fn new(std: FskStandard) -> Self {
        FskCidDecoder {
            demod: FskDemodulator::new(std),
            bytes: Vec::with_capacity(MAX_BUFFER),
        }
    }

    /// Feed audio; returns a message once its checksum is right.
    pub fn process(&mut self, samples: &[i16]) -> Option<CidMessage> {
        let bytes = &mut self.bytes;
        self.demod.process(samples, |b| {
            if bytes.len() == MAX_BUFFER {
                bytes.remove(0);
            }
            bytes.push(b);
        });
        // Try every start: seizure bytes (0x55) and noise before the type byte are skipped.
        for start in 0..self.bytes.len() {
            let rest = &self.bytes[start..];
            if !matches!(
                rest[0],
                MDMF_CALL_SETUP | SDMF_CALL_SETUP | MDMF_MWI | SDMF_MWI
            ) || rest.len() < 2
            {
                continue;
            }
            let total = 2 + rest[1] as usize + 1;
            if rest.len() < total {
                continue;
            }
            let msg = &rest[..total];
            if checksum(&msg[..total - 1]) != msg[total - 1] {
                continue;
            }
            if let Some(parsed) = parse(msg) {
                self.bytes.clear();
                return Some(parsed);
            }
        }
        None
    }
}

/// Parses a checksum-verified message.
fn parse(msg: &[u8]) -> Option<CidMessage> {
    let body = &msg[2..msg.len() - 1];
    match msg[0] {
        MDMF_CALL_SETUP => {
            let mut cid = CallerId::default();
            for (t, v) in params(body)? {
                let text = String::from_utf8_lossy(v).into_owned();
                match t {
                    P_DATETIME => cid.datetime = text,
                    P_NUMBER => cid.number = text,
                    P_NAME => cid.name = text,
                    _ => {}
                }
            }
            Some(CidMessage::CallerId(cid))
        }
        SDMF_CALL_SETUP if body.len() >= 8 => Some(CidMessage::CallerId(CallerId {
            datetime: String::from_utf8_lossy(&body[..8]).into_owned(),
            number: String::from_utf8_lossy(&body[8..]).into_owned(),
            name: String::new(),
        })),
        MDMF_MWI => params(body)?
            .into_iter()
            .find(|(t, _)| *t == P_VISUAL_INDICATOR)
            .map(|(_, v)| CidMessage::Mwi(v.first() == Some(&0xff))),
        SDMF_MWI => Some(CidMessage::Mwi(body.first() == Some(&0x42))),
        _ => None,
    }
}

/// MDMF parameters (type, value); None when a length runs past the end.
fn params(mut body: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let mut out = Vec::new();
    while !body.is_empty() {
        let (&t, rest) = body.split_first()?;
        let (&len, rest) = rest.split_first()?;
        if rest.len() < len as usize {
            return None;
        }
        out.push((t, &rest[..len as usize]));
        body = &rest[len as usize..];
    }
    Some(out)
}

/// Decodes DTMF caller ID (`A<number>C`, or `D<number>C` for a withheld number).
#[derive(Debug, Clone, Default)]
pub struct DtmfCidDecoder {
    det: DtmfDetector,
    digits: Option<String>,
}

impl DtmfCidDecoder {
    pub fn process(&mut self, samples: &[i16]) -> Option<CidMessage> {
        let d = self.det.process(samples)?;
        match (d, self.digits.as_mut()) {
            ('A' | 'D', _) => self.digits = Some(String::new()),
            ('C' | '#', Some(_)) => {
                let number = self.digits.take().unwrap_or_default();
                return Some(CidMessage::CallerId(CallerId {
                    number,
                    ..CallerId::default()
                }));
            }
            (d, Some(digits)) if d.is_ascii_digit() && digits.len() < 20 => digits.push(d),
            _ => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::line::FRAME_SAMPLES;

    fn decode_fsk(spill: &mut Spill, std: FskStandard) -> Option<CidMessage> {
        let mut dec = FskCidDecoder::new(std);
        let mut frame = [0i16; FRAME_SAMPLES];
        let mut found = None;
        for _ in 0..300 {
            spill.fill(&mut frame);
            if let Some(m) = dec.process(&frame) {
                found = Some(m);
            }
        }
        found
    }

    fn cid() -> CallerId {
        CallerId {
            number: "2125551234".into(),
            name: "Ada Lovelace".into(),
            datetime: "12031415".into(),
        }
    }

    #[test]
    fn fsk_caller_id_round_trips_in_both_modems_and_both_types() {
        for std in [FskStandard::Bell202, FskStandard::V23] {
            let msg = caller_id_message(&cid());
            let got = decode_fsk(&mut Spill::fsk_on_hook(std, &msg), std);
            assert_eq!(got, Some(CidMessage::CallerId(cid())), "{std:?} type 1");
            let got = decode_fsk(&mut Spill::fsk_off_hook(std, &msg), std);
            assert_eq!(got, Some(CidMessage::CallerId(cid())), "{std:?} type 2");
        }
    }

    #[test]
    fn mwi_round_trips() {
        for on in [true, false] {
            let msg = mwi_message(on);
            let got = decode_fsk(
                &mut Spill::fsk_on_hook(FskStandard::Bell202, &msg),
                FskStandard::Bell202,
            );
            assert_eq!(got, Some(CidMessage::Mwi(on)));
        }
    }

    #[test]
    fn a_bad_checksum_is_ignored() {
        let mut msg = caller_id_message(&cid());
        let last = msg.len() - 1;
        msg[last] ^= 0x01;
        let got = decode_fsk(
            &mut Spill::fsk_on_hook(FskStandard::Bell202, &msg),
            FskStandard::Bell202,
        );
        assert_eq!(got, None);
    }

    #[test]
    fn dtmf_caller_id_round_trips() {
        let mut spill = Spill::dtmf("0401234567");
        let mut dec = DtmfCidDecoder::default();
        let mut frame = [0i16; FRAME_SAMPLES];
        let mut found = None;
        for _ in 0..300 {
            spill.fill(&mut frame);
            if let Some(m) = dec.process(&frame) {
                found = Some(m);
            }
        }
        let Some(CidMessage::CallerId(c)) = found else {
            panic!("no caller id")
        };
        assert_eq!(c.number, "0401234567");
    }
}
