//! Sessions and the hub in virtual time: a simulated caller sends RTP every 20 ms, the leg
//! ticks, and the outgoing RTP is decoded and checked.

use std::collections::HashMap;
use std::sync::Arc;

use super::*;
use crate::codec::{Codec, Decoder, Encoder, g711};
use crate::dsp::{DtmfGenerator, Goertzel};
use crate::resample::{Downsample2, Upsample2};
use crate::rtp::{RtpHeader, RtpPacket, TelephoneEventPayload};
use crate::testutil::{rms, sine, snr_db_aligned};

const PROMPT: &str = "conf_ended";

/// The far end: encodes 8 kHz audio (upsampled for G.722) and sends RFC 4733 events.
pub(super) struct Caller {
    codec: Codec,
    enc: Encoder,
    up: Upsample2,
    seq: u16,
    ts: u32,
}

impl Caller {
    pub(super) fn new(codec: Codec) -> Self {
        Self::at(codec, 0)
    }

    /// A caller whose stream is as far along as if it had started at 0 ms.
    fn at(codec: Codec, now_ms: u64) -> Self {
        Caller {
            codec,
            enc: Encoder::new(codec),
            up: Upsample2::new(),
            seq: 100 + (now_ms / 20) as u16,
            ts: 5000 + now_ms as u32 * 8,
        }
    }

    /// One 20 ms audio packet of 160 samples at 8 kHz.
    pub(super) fn audio(&mut self, pcm8: &[i16]) -> Vec<u8> {
        let mut wide = [0i16; 320];
        let src: &[i16] = if self.codec == Codec::G722 {
            self.up.process(pcm8, &mut wide);
            &wide
        } else {
            pcm8
        };
        let mut payload = [0u8; 160];
        let n = self.enc.encode(src, &mut payload);
        let pkt = packet(self.codec.payload_type(), self.seq, self.ts, &payload[..n]);
        self.seq = self.seq.wrapping_add(1);
        self.ts = self.ts.wrapping_add(160);
        pkt
    }

    /// The packet train of one RFC 4733 digit (three updates, then the end packet thrice),
    /// stamped with the current audio timestamp.
    pub(super) fn digit(&mut self, d: char) -> Vec<Vec<u8>> {
        let event = crate::rtp::char_to_event(d).unwrap();
        let mut pkts = vec![];
        for (i, (dur, end)) in [
            (160, false),
            (320, false),
            (480, false),
            (640, true),
            (640, true),
            (640, true),
        ]
        .into_iter()
        .enumerate()
        {
            let p = TelephoneEventPayload {
                event,
                end,
                volume: 10,
                duration: dur,
            };
            let mut pkt = packet(101, self.seq, self.ts, &p.write());
            if i == 0 {
                pkt[1] |= 0x80;
            }
            self.seq = self.seq.wrapping_add(1);
            pkts.push(pkt);
        }
        pkts
    }
}

fn packet(pt: u8, seq: u16, ts: u32, payload: &[u8]) -> Vec<u8> {
    let h = RtpHeader {
        marker: false,
        payload_type: pt,
        sequence: seq,
        timestamp: ts,
        ssrc: 0x1234,
    };
    let mut out = vec![0u8; 12 + payload.len()];
    h.write(payload, &mut out).unwrap();
    out
}

fn leg(codec: Codec) -> LegSession {
    LegSession::new(LegConfig {
        codec,
        payload_type: codec.payload_type(),
        telephone_event: Some(101),
        ssrc: 0xABCD_0001,
        country: "us".into(),
    })
}

fn collect(max: u8, first: u32, inter: u32) -> Option<Collect> {
    Some(Collect {
        max_digits: max,
        first_digit_ms: first,
        inter_digit_ms: inter,
        terminators: "#".into(),
    })
}

fn play(items: Vec<PlayItem>, collect: Option<Collect>, barge_in: bool) -> MediaCommand {
    MediaCommand::Play {
        items,
        collect,
        barge_in,
    }
}

/// Decodes an outgoing packet to 8 kHz.
struct Listener {
    dec: Decoder,
    down: Downsample2,
    audio: Vec<i16>,
}

impl Listener {
    fn new(codec: Codec) -> Self {
        Listener {
            dec: Decoder::new(codec),
            down: Downsample2::new(),
            audio: vec![],
        }
    }

    fn hear(&mut self, pkt: &[u8]) {
        let p = RtpPacket::parse(pkt).unwrap();
        let mut pcm = [0i16; 320];
        let n = self.dec.decode(p.payload, &mut pcm);
        if n == 320 {
            let mut narrow = [0i16; 160];
            self.down.process(&pcm, &mut narrow);
            self.audio.extend_from_slice(&narrow);
        } else {
            self.audio.extend_from_slice(&pcm[..n]);
        }
    }
}

/// Runs a leg for `ms`: each tick the caller sends `input(t)` (8 kHz audio, or digits), the
/// leg ticks, its packet is decoded. Returns events with their time.
fn run(
    s: &mut LegSession,
    caller: &mut Caller,
    from_ms: u64,
    ms: u64,
    listener: &mut Listener,
    mut input: impl FnMut(u64, &mut Caller) -> Vec<Vec<u8>>,
) -> Vec<(u64, MediaEvent)> {
    let mut events = vec![];
    let mut out = Vec::new();
    let mut t = from_ms;
    while t < from_ms + ms {
        for pkt in input(t, caller) {
            s.receive(&pkt, t);
        }
        assert!(s.tick(t, &mut out));
        listener.hear(&out);
        while let Some((tag, ev)) = s.poll_event() {
            assert_eq!(tag, 7);
            events.push((t, ev));
        }
        t += 20;
    }
    events
}

fn silence(_: u64, c: &mut Caller) -> Vec<Vec<u8>> {
    vec![c.audio(&[0; 160])]
}

/// Power of `freq` in `x` relative to the signal's total power (0..1 for a pure tone).
fn tone_share(x: &[i16], freq: f32) -> f32 {
    let mut g = Goertzel::new(freq, 8000);
    let mut e = 0f32;
    for &s in x {
        g.push(s as f32);
        e += (s as f32) * (s as f32);
    }
    // A sine of power P over N samples gives |X|² = P N² / 2 (P = mean square).
    let p = g.power_reset();
    let n = x.len() as f32;
    p * 2.0 / (n * n) / (e / n).max(1.0)
}

/// Mean-square level of `freq` in `x`.
pub(super) fn tone_power(x: &[i16], freq: f32) -> f32 {
    let mut g = Goertzel::new(freq, 8000);
    for &s in x {
        g.push(s as f32);
    }
    let n = x.len() as f32;
    g.power_reset() * 2.0 / (n * n)
}

#[test]
fn prompt_comes_out_as_rtp() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    s.command(
        7,
        play(vec![PlayItem::Prompt(PROMPT.into())], None, false),
        0,
    );
    let ulaw = crate::prompts::get(PROMPT).unwrap();
    let frames = ulaw.len().div_ceil(160) as u64;
    let mut out = Vec::new();
    let mut heard = vec![];
    let mut played_at = None;
    for i in 0..frames + 5 {
        s.receive(&c.audio(&[0; 160]), i * 20);
        assert!(s.tick(i * 20, &mut out));
        let p = RtpPacket::parse(&out).unwrap();
        assert_eq!(p.payload_type, 0);
        assert_eq!(p.ssrc, 0xABCD_0001);
        assert_eq!(p.marker, i == 0);
        assert_eq!(p.payload.len(), 160);
        heard.push((p.sequence, p.timestamp));
        let mut pcm = [0i16; 160];
        g711::decode_ulaw(p.payload, &mut pcm);
        let start = (i as usize * 160).min(ulaw.len());
        let end = (start + 160).min(ulaw.len());
        let mut want = [0i16; 160];
        g711::decode_ulaw(&ulaw[start..end], &mut want[..end - start]);
        assert_eq!(pcm, want, "frame {i}");
        if let Some((7, ev)) = s.poll_event() {
            assert_eq!(
                ev,
                MediaEvent::Played {
                    digits: String::new(),
                    end: CollectEnd::Played
                }
            );
            played_at.get_or_insert(i);
        }
    }
    assert_eq!(played_at, Some(frames - 1));
    for w in heard.windows(2) {
        assert_eq!(w[1].0, w[0].0.wrapping_add(1));
        assert_eq!(w[1].1, w[0].1.wrapping_add(160));
    }
}

#[test]
fn rfc4733_digits_with_terminator() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(7, play(vec![], collect(5, 5000, 3000), true), 0);
    let ev = run(&mut s, &mut c, 0, 2000, &mut l, |t, c| {
        let mut v = vec![c.audio(&[0; 160])];
        match t {
            200 => v.extend(c.digit('1')),
            600 => v.extend(c.digit('2')),
            1000 => v.extend(c.digit('#')),
            _ => {}
        }
        v
    });
    assert_eq!(
        ev,
        vec![(
            1000,
            MediaEvent::Played {
                digits: "12".into(),
                end: CollectEnd::Terminator
            }
        )]
    );
}

pub(super) fn inband(
    digits: &'static str,
    rate: u32,
) -> impl FnMut(u64, &mut Caller) -> Vec<Vec<u8>> {
    let mut g = DtmfGenerator::new(rate);
    g.queue(digits, 100, 100, -10.0);
    move |_, c| {
        let mut f = [0i16; 160];
        g.fill(&mut f);
        vec![c.audio(&f)]
    }
}

#[test]
fn inband_digits_collected() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(7, play(vec![], collect(3, 5000, 3000), true), 0);
    let ev = run(&mut s, &mut c, 0, 2000, &mut l, inband("472", 8000));
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(
        ev[0].1,
        MediaEvent::Played {
            digits: "472".into(),
            end: CollectEnd::MaxDigits
        }
    );
}

#[test]
fn first_digit_timeout_counts_from_playback_end() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(
        7,
        play(
            vec![PlayItem::Silence { ms: 500 }],
            collect(4, 1000, 300),
            true,
        ),
        0,
    );
    let ev = run(&mut s, &mut c, 0, 3000, &mut l, silence);
    assert_eq!(ev.len(), 1);
    let (t, e) = &ev[0];
    assert!((1480..=1540).contains(t), "timeout at {t}");
    assert_eq!(
        e,
        &MediaEvent::Played {
            digits: String::new(),
            end: CollectEnd::Timeout
        }
    );
}

#[test]
fn inter_digit_timeout() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(7, play(vec![], collect(4, 5000, 500), true), 0);
    let ev = run(&mut s, &mut c, 0, 3000, &mut l, |t, c| {
        let mut v = vec![c.audio(&[0; 160])];
        if t == 200 {
            v.extend(c.digit('5'));
        }
        v
    });
    assert_eq!(ev.len(), 1);
    assert!((700..=740).contains(&ev[0].0), "at {}", ev[0].0);
    assert_eq!(
        ev[0].1,
        MediaEvent::Played {
            digits: "5".into(),
            end: CollectEnd::Timeout
        }
    );
}

#[test]
fn barge_in_stops_the_prompt_and_without_it_the_prompt_goes_on() {
    for barge_in in [true, false] {
        let mut s = leg(Codec::Pcmu);
        let mut c = Caller::new(Codec::Pcmu);
        let mut l = Listener::new(Codec::Pcmu);
        let items = vec![PlayItem::Tone {
            country: "us".into(),
            kind: crate::dsp::ToneKind::Dial,
            ms: Some(2000),
        }];
        s.command(7, play(items, collect(3, 5000, 3000), barge_in), 0);
        let ev = run(&mut s, &mut c, 0, 1000, &mut l, |t, c| {
            let mut v = vec![c.audio(&[0; 160])];
            if t == 300 {
                v.extend(c.digit('9'));
            }
            v
        });
        assert!(ev.is_empty());
        // Up to the digit the tone plays; afterwards silence only with barge-in.
        assert!(rms(&l.audio[..2400]) > 1000.0);
        let after = rms(&l.audio[2560..]);
        if barge_in {
            assert!(after < 10.0, "{after}");
        } else {
            assert!(after > 1000.0, "{after}");
        }
    }
}

#[test]
fn digit_sent_both_ways_counts_once() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(7, play(vec![], collect(5, 5000, 800), true), 0);
    let mut tone = inband("3", 8000);
    let ev = run(&mut s, &mut c, 0, 2000, &mut l, move |t, c| {
        let mut v = tone(t, c);
        if t == 0 {
            v.extend(c.digit('3'));
        }
        v
    });
    assert_eq!(ev.len(), 1);
    assert_eq!(
        ev[0].1,
        MediaEvent::Played {
            digits: "3".into(),
            end: CollectEnd::Timeout
        }
    );
}

#[test]
fn digits_with_nothing_collecting_are_reported() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(7, play(vec![PlayItem::Music], None, false), 0);
    let ev = run(&mut s, &mut c, 0, 400, &mut l, |t, c| {
        let mut v = vec![c.audio(&[0; 160])];
        if t == 100 {
            v.extend(c.digit('*'));
        }
        v
    });
    assert_eq!(ev, vec![(100, MediaEvent::Digit('*'))]);
}

fn record(max_ms: u32, silence_ms: u32) -> MediaCommand {
    MediaCommand::Record {
        beep: true,
        max_ms,
        silence_stop_ms: silence_ms,
        stop_digits: "#".into(),
    }
}

fn recorded(ev: &[(u64, MediaEvent)]) -> (u64, u32, Option<char>, usize) {
    assert_eq!(ev.len(), 1, "{ev:?}");
    match &ev[0] {
        (t, MediaEvent::Recorded { audio, ms, digit }) => (*t, *ms, *digit, audio.len()),
        e => panic!("{e:?}"),
    }
}

/// 1 s of 400 Hz speech stand-in from 500 ms on.
fn voice_then_silence(t: u64, c: &mut Caller) -> Vec<Vec<u8>> {
    let on = (500..1500).contains(&t);
    let f = if on {
        sine(8000, 400.0, 8000.0, 160)
    } else {
        vec![0; 160]
    };
    vec![c.audio(&f)]
}

#[test]
fn record_beeps_then_stops_on_silence() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(7, record(10_000, 1000), 0);
    let ev = run(&mut s, &mut c, 0, 4000, &mut l, voice_then_silence);
    let (t, ms, digit, len) = recorded(&ev);
    assert!(rms(&l.audio[..1600]) > 1000.0, "beep");
    assert!(rms(&l.audio[2400..]) < 10.0);
    assert!((2500..2700).contains(&t), "stopped at {t}");
    assert!((1000..=1220).contains(&ms), "{ms} ms");
    assert_eq!((digit, len / 8), (None, ms as usize));
}

#[test]
fn record_stops_on_hash_and_on_max_length() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(7, record(10_000, 3000), 0);
    let ev = run(&mut s, &mut c, 0, 3000, &mut l, |t, c| {
        let mut v = voice_then_silence(t, c);
        if t == 1600 {
            v.extend(c.digit('#'));
        }
        v
    });
    let (t, ms, digit, _) = recorded(&ev);
    assert_eq!((t, digit), (1600, Some('#')));
    assert!((900..=1220).contains(&ms), "{ms}");

    let mut s = leg(Codec::Pcmu);
    s.command(7, record(1000, 0), 0);
    let ev = run(&mut s, &mut c, 0, 3000, &mut l, |_, c| {
        vec![c.audio(&sine(8000, 300.0, 8000.0, 160))]
    });
    let (t, ms, digit, _) = recorded(&ev);
    // Beep 250 ms, then 1 s of recording.
    assert!((1240..=1300).contains(&t), "{t}");
    assert!((960..=1000).contains(&ms) && digit.is_none(), "{ms}");
}

#[test]
fn g722_leg_prompt_and_inband_digits() {
    let mut s = leg(Codec::G722);
    let mut c = Caller::new(Codec::G722);
    let mut l = Listener::new(Codec::G722);
    s.command(
        7,
        play(vec![PlayItem::Prompt(PROMPT.into())], None, false),
        0,
    );
    let ev = run(&mut s, &mut c, 0, 3000, &mut l, silence);
    assert_eq!(ev.len(), 1, "{ev:?}");
    let ulaw = crate::prompts::get(PROMPT).unwrap();
    let mut want = vec![0i16; ulaw.len()];
    g711::decode_ulaw(ulaw, &mut want);
    let (snr, delay) = snr_db_aligned(&want, &l.audio, 200);
    assert!(snr > 25.0, "snr {snr:.1} dB at delay {delay}");

    s.command(7, play(vec![], collect(2, 5000, 3000), false), 3000);
    let ev = run(&mut s, &mut c, 3000, 1000, &mut l, inband("58", 8000));
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(
        ev[0].1,
        MediaEvent::Played {
            digits: "58".into(),
            end: CollectEnd::MaxDigits
        }
    );
}

#[test]
fn garbage_is_ignored() {
    let mut s = leg(Codec::Pcmu);
    let mut c = Caller::new(Codec::Pcmu);
    let mut l = Listener::new(Codec::Pcmu);
    s.command(7, play(vec![], collect(1, 400, 400), true), 0);
    let mut noise = crate::testutil::Noise::new(9);
    let ev = run(&mut s, &mut c, 0, 1000, &mut l, |t, c| {
        let mut v: Vec<Vec<u8>> = vec![];
        for len in [0usize, 1, 11, 12, 13, 40, 200, 1600] {
            v.push((0..len).map(|_| noise.next_u32() as u8).collect());
        }
        let mut good = c.audio(&[0; 160]);
        v.push(good[..7].to_vec());
        v.push(vec![0x80, 200, 0, 1, 0, 0, 0, 0]); // RTCP SR header, truncated
        v.push(packet(101, 1, t as u32, &[1, 2])); // short telephone-event
        v.push(packet(101, 2, t as u32, &[77, 0x80, 0, 0])); // unknown event
        v.push(packet(13, 3, t as u32, &[0x40])); // comfort noise: not our codec
        good[0] |= 0x20; // padding bit with a bad count
        *good.last_mut().unwrap() = 0xFF;
        v.push(good);
        v
    });
    assert_eq!(
        ev.iter().map(|e| &e.1).collect::<Vec<_>>(),
        vec![&MediaEvent::Played {
            digits: String::new(),
            end: CollectEnd::Timeout
        }]
    );
}

// ---- hub ----

fn pcmu_cfg(ssrc: u32) -> LegConfig {
    LegConfig::pcmu(ssrc)
}

fn conference(room: &str, muted: bool) -> MediaCommand {
    MediaCommand::Conference {
        room: room.into(),
        muted,
        deaf: false,
        cues: false,
        alone_music: None,
    }
}

type Heard = HashMap<u64, Vec<i16>>;
type HubEvents = Vec<(u64, u32, MediaEvent)>;

/// Runs the hub: each key's caller sends the tone of `freqs[key]` (0 = silence); returns
/// what each key heard (8 kHz) and all events.
fn run_hub(
    hub: &mut MediaHub,
    freqs: &HashMap<u64, (Codec, f32)>,
    from_ms: u64,
    ms: u64,
) -> (Heard, HubEvents) {
    let mut callers: HashMap<u64, Caller> = freqs
        .iter()
        .map(|(&k, &(codec, _))| (k, Caller::at(codec, from_ms)))
        .collect();
    let mut listeners: HashMap<u64, Listener> = freqs
        .iter()
        .map(|(&k, &(codec, _))| (k, Listener::new(codec)))
        .collect();
    let mut events = vec![];
    let mut t = from_ms;
    let mut n = 0usize;
    while t < from_ms + ms {
        for (&k, &(_, f)) in freqs {
            let mut pcm = vec![0i16; 160];
            if f > 0.0 {
                for (i, s) in pcm.iter_mut().enumerate() {
                    let x = (n * 160 + i) as f32 / 8000.0;
                    *s = (6000.0 * (std::f32::consts::TAU * f * x).sin()) as i16;
                }
            }
            let pkt = callers.get_mut(&k).unwrap().audio(&pcm);
            hub.receive(k, &pkt, t);
        }
        hub.tick(t, &mut |k, pkt| listeners.get_mut(&k).unwrap().hear(pkt));
        while let Some(e) = hub.poll_event() {
            events.push(e);
        }
        t += 20;
        n += 1;
    }
    (
        listeners.into_iter().map(|(k, l)| (k, l.audio)).collect(),
        events,
    )
}

#[test]
fn three_member_room_mix_minus_and_mute() {
    let mut hub = MediaHub::new();
    let freqs: HashMap<u64, (Codec, f32)> = [
        (1, (Codec::Pcmu, 500.0)),
        (2, (Codec::Pcma, 900.0)),
        (3, (Codec::G722, 1300.0)),
    ]
    .into();
    for (&k, &(codec, _)) in &freqs {
        hub.open(
            k,
            LegConfig {
                codec,
                payload_type: codec.payload_type(),
                telephone_event: None,
                ssrc: k as u32,
                country: "de".into(),
            },
        );
    }
    for k in 1..=3 {
        hub.command(k, 10 + k as u32, conference("r", false), 0);
    }
    assert_eq!(hub.room_size("r"), 3);
    let (heard, events) = run_hub(&mut hub, &freqs, 0, 1000);
    // RoomSize: 1 to the first, 2 to two, 3 to three members, each with its own tag.
    let sizes: Vec<_> = events
        .iter()
        .filter_map(|(k, tag, e)| match e {
            MediaEvent::RoomSize { members, .. } => Some((*k, *tag, *members)),
            _ => None,
        })
        .collect();
    assert_eq!(
        sizes,
        vec![
            (1, 11, 1),
            (1, 11, 2),
            (2, 12, 2),
            (1, 11, 3),
            (2, 12, 3),
            (3, 13, 3)
        ]
    );
    for (&k, audio) in &heard {
        let tail = &audio[2400..];
        for (&other, &(_, f)) in &freqs {
            let p = tone_power(tail, f);
            if other == k {
                assert!(p < 1e4, "{k} hears itself: {p}");
            } else {
                assert!(p > 5e6, "{k} does not hear {other}: {p}");
            }
        }
    }
    // Member 3 muted: nobody hears 1300 Hz any more.
    hub.command(3, 13, conference("r", true), 1000);
    assert_eq!(hub.room_size("r"), 3);
    let (heard, _) = run_hub(&mut hub, &freqs, 1000, 600);
    for k in [1, 2] {
        assert!(tone_power(&heard[&k][2400..], 1300.0) < 1e4);
    }
    assert!(tone_power(&heard[&1][2400..], 900.0) > 5e6);
}

#[test]
fn room_size_events_and_room_removed_with_last_member() {
    let mut hub = MediaHub::new();
    hub.open(1, pcmu_cfg(1));
    hub.open(2, pcmu_cfg(2));
    hub.command(1, 5, conference("x", false), 0);
    hub.command(2, 6, conference("x", false), 0);
    let mut ev = vec![];
    while let Some(e) = hub.poll_event() {
        ev.push(e);
    }
    let size = |n| MediaEvent::RoomSize {
        room: "x".into(),
        members: n,
    };
    assert_eq!(ev, vec![(1, 5, size(1)), (1, 5, size(2)), (2, 6, size(2))]);
    hub.command(1, 8, MediaCommand::Stop, 0);
    assert_eq!(hub.poll_event(), Some((2, 6, size(1))));
    hub.close(2);
    assert_eq!(hub.room_size("x"), 0);
    assert_eq!(hub.poll_event(), None);
}

#[test]
fn two_member_room_bridges_both_ways() {
    let mut hub = MediaHub::new();
    let freqs: HashMap<u64, (Codec, f32)> =
        [(1, (Codec::Pcmu, 600.0)), (2, (Codec::G722, 1000.0))].into();
    hub.open(1, pcmu_cfg(1));
    hub.open(
        2,
        LegConfig {
            codec: Codec::G722,
            payload_type: 9,
            telephone_event: Some(101),
            ssrc: 2,
            country: "us".into(),
        },
    );
    hub.command(1, 1, conference("park", false), 0);
    hub.command(2, 1, conference("park", false), 0);
    let (heard, _) = run_hub(&mut hub, &freqs, 0, 1000);
    assert!(tone_share(&heard[&1][2400..], 1000.0) > 0.8);
    assert!(tone_share(&heard[&2][2400..], 600.0) > 0.8);
}

#[test]
fn music_on_hold_is_shared() {
    let mut hub = MediaHub::new();
    let freqs: HashMap<u64, (Codec, f32)> =
        [(1, (Codec::Pcmu, 0.0)), (2, (Codec::Pcmu, 0.0))].into();
    hub.open(1, pcmu_cfg(1));
    hub.open(2, pcmu_cfg(2));
    hub.command(1, 1, play(vec![PlayItem::Music], None, false), 0);
    hub.command(2, 1, play(vec![PlayItem::Music], None, false), 0);
    let (heard, events) = run_hub(&mut hub, &freqs, 0, 2000);
    assert!(events.is_empty());
    assert_eq!(heard[&1], heard[&2]);
    assert!(rms(&heard[&1]) > 300.0);
    // Custom music: what the hub was given is what callers hear.
    let pcm: Arc<[i16]> = sine(8000, 350.0, 5000.0, 8000).into();
    let mut hub = MediaHub::with_music(pcm.clone());
    hub.open(1, pcmu_cfg(1));
    hub.command(1, 1, play(vec![PlayItem::Music], None, false), 0);
    let (heard, _) = run_hub(&mut hub, &[(1, (Codec::Pcmu, 0.0))].into(), 0, 400);
    assert!(tone_share(&heard[&1], 350.0) > 0.9);
}

#[test]
fn a_member_alone_in_a_room_hears_music_until_someone_joins() {
    let pcm: Arc<[i16]> = sine(8000, 350.0, 5000.0, 8000).into();
    let mut hub = MediaHub::with_music(pcm);
    hub.open(1, pcmu_cfg(1));
    hub.command(1, 1, conference("park", false), 0);
    let alone: HashMap<u64, (Codec, f32)> = [(1, (Codec::Pcmu, 0.0))].into();
    let (heard, _) = run_hub(&mut hub, &alone, 0, 400);
    assert!(tone_share(&heard[&1], 350.0) > 0.9);
    // The retriever comes: the parked caller now hears it, not the music.
    hub.open(2, pcmu_cfg(2));
    hub.command(2, 1, conference("park", false), 400);
    let both: HashMap<u64, (Codec, f32)> =
        [(1, (Codec::Pcmu, 0.0)), (2, (Codec::Pcmu, 1000.0))].into();
    let (heard, _) = run_hub(&mut hub, &both, 400, 1000);
    assert!(tone_share(&heard[&1][2400..], 1000.0) > 0.8);
    assert!(tone_share(&heard[&1][2400..], 350.0) < 0.05);
}

#[test]
fn a_member_alone_with_music_of_its_own_hears_it_looped_then_the_room() {
    let shared: Arc<[i16]> = sine(8000, 350.0, 5000.0, 8000).into();
    let own: Arc<[i16]> = sine(8000, 700.0, 5000.0, 1600).into();
    let mut hub = MediaHub::with_music(shared);
    hub.open(1, pcmu_cfg(1));
    let mut cmd = conference("park", false);
    if let MediaCommand::Conference { alone_music, .. } = &mut cmd {
        *alone_music = Some(PlayItem::Looped(PendingAudio::ready(Some(own))));
    }
    hub.command(1, 1, cmd, 0);
    let alone: HashMap<u64, (Codec, f32)> = [(1, (Codec::Pcmu, 0.0))].into();
    // 200 ms of own music, heard over and over for a second.
    let (heard, _) = run_hub(&mut hub, &alone, 0, 1000);
    assert!(tone_share(&heard[&1], 700.0) > 0.9);
    assert!(tone_share(&heard[&1], 350.0) < 0.05);
    hub.open(2, pcmu_cfg(2));
    hub.command(2, 1, conference("park", false), 1000);
    let both: HashMap<u64, (Codec, f32)> =
        [(1, (Codec::Pcmu, 0.0)), (2, (Codec::Pcmu, 1000.0))].into();
    let (heard, _) = run_hub(&mut hub, &both, 1000, 1000);
    assert!(tone_share(&heard[&1][2400..], 1000.0) > 0.8);
    assert!(tone_share(&heard[&1][2400..], 700.0) < 0.05);
    // Music that cannot be loaded gives way to the shared stream.
    hub.close(1);
    hub.close(2);
    hub.open(3, pcmu_cfg(3));
    let mut cmd = conference("alone", false);
    if let MediaCommand::Conference { alone_music, .. } = &mut cmd {
        *alone_music = Some(PlayItem::Looped(PendingAudio::ready(None)));
    }
    hub.command(3, 1, cmd, 2000);
    let (heard, _) = run_hub(&mut hub, &[(3, (Codec::Pcmu, 0.0))].into(), 2000, 400);
    assert!(tone_share(&heard[&3], 350.0) > 0.9);
}

#[test]
fn unknown_keys_are_ignored() {
    let mut hub = MediaHub::new();
    hub.command(42, 1, play(vec![PlayItem::Beep], None, false), 0);
    hub.command(42, 1, conference("r", false), 0);
    hub.receive(42, &[0x80, 0, 0, 0], 0);
    hub.close(42);
    let mut sent = 0;
    hub.tick(0, &mut |_, _| sent += 1);
    assert_eq!((sent, hub.poll_event(), hub.room_size("r")), (0, None, 0));
    hub.open(1, pcmu_cfg(1));
    hub.open(1, pcmu_cfg(1));
    hub.tick(20, &mut |_, _| sent += 1);
    assert_eq!((sent, hub.len()), (1, 1));
}

/// Cost of one hub tick: `cargo test --release -p edgepbx-media --lib hub_tick_cost -- --ignored --nocapture`.
#[test]
#[ignore]
fn hub_tick_cost() {
    for (label, codec) in [("PCMU", Codec::Pcmu), ("G.722", Codec::G722)] {
        let mut hub = MediaHub::new();
        for k in 0..200u64 {
            hub.open(
                k,
                LegConfig {
                    codec,
                    payload_type: codec.payload_type(),
                    telephone_event: Some(101),
                    ssrc: k as u32,
                    country: "us".into(),
                },
            );
            let cmd = match k % 4 {
                0 => play(
                    vec![PlayItem::Prompt(PROMPT.into())],
                    collect(4, 5000, 3000),
                    true,
                ),
                1 => play(vec![PlayItem::Music], None, false),
                _ => conference(&format!("room{}", k % 20), false),
            };
            hub.command(k, 1, cmd, 0);
        }
        // The callers' audio is encoded once (a 440 Hz loop), so only the hub is timed.
        let voice: Vec<Vec<u8>> = {
            let mut c = Caller::new(codec);
            (0..50)
                .map(|i| c.audio(&sine(8000, 440.0, 3000.0, 8000)[i * 160..][..160]))
                .collect()
        };
        let ticks = 500u64;
        let mut packets = 0usize;
        let start = std::time::Instant::now();
        for i in 0..ticks {
            for k in 0..200u64 {
                let mut pkt = voice[i as usize % 50].clone();
                pkt[2..4].copy_from_slice(&(i as u16).to_be_bytes());
                pkt[4..8].copy_from_slice(&(i as u32 * 160).to_be_bytes());
                hub.receive(k, &pkt, i * 20);
            }
            hub.tick(i * 20, &mut |_, _| packets += 1);
            while hub.poll_event().is_some() {}
        }
        let per_tick = start.elapsed().as_secs_f64() * 1e6 / ticks as f64;
        eprintln!(
            "{label}: 200 legs (50 prompt+collect, 50 MOH, 100 in 20 rooms): {per_tick:.0} µs per 20 ms tick ({:.1}% of one core), {packets} packets",
            per_tick / 200.0
        );
    }
}
