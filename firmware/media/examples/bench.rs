//! Per-20 ms-frame cost of the media components, as ns and as a ratio to a plain memcpy of
//! the same frame, plus derived capacity per core. Run: scripts/bench/media.sh

use edgepbx_media::codec::{Codec, Decoder, Encoder, Transcoder};
use edgepbx_media::dsp::{CallProgressDetector, DtmfDetector, FaxToneDetector, tones};
use edgepbx_media::jitter::{JitterBuffer, JitterConfig};
use edgepbx_media::mixer::Mixer;
use edgepbx_media::rtp::RtpHeader;
use edgepbx_media::session::{CallTap, LegConfig, LegSession, StreamFormat, TapCommand, TapSide};
use edgepbx_media::testutil::{add_noise, sine};
use std::hint::black_box;
use std::time::Instant;

const FRAME_NS: f64 = 20_000_000.0;

fn time<F: FnMut()>(iters: u32, mut f: F) -> f64 {
    for _ in 0..iters / 10 {
        f();
    }
    let t = Instant::now();
    for _ in 0..iters {
        f();
    }
    t.elapsed().as_nanos() as f64 / iters as f64
}

fn main() {
    let n = 20_000;
    let pcm8 = {
        let mut s = sine(8000, 1000.0, 8000.0, 160);
        add_noise(&mut s, 500.0, 1);
        s
    };
    let pcm16 = sine(16000, 1000.0, 8000.0, 320);
    let mut out8 = [0i16; 160];
    let mut out16 = [0i16; 320];
    let mut bytes = [0u8; 160];

    let memcpy8 = time(n * 10, || {
        out8.copy_from_slice(black_box(&pcm8));
        black_box(&out8);
    });
    let memcpy16 = time(n * 10, || {
        out16.copy_from_slice(black_box(&pcm16));
        black_box(&out16);
    });
    let mut rows: Vec<(String, f64, f64)> = vec![];
    let mut row = |name: &str, ns: f64, base: f64| rows.push((name.to_string(), ns, base));
    row("memcpy 160 x i16 (8 kHz frame)", memcpy8, memcpy8);
    row("memcpy 320 x i16 (16 kHz frame)", memcpy16, memcpy8);

    for c in [Codec::Pcmu, Codec::Pcma, Codec::G722] {
        let mut e = Encoder::new(c);
        let mut d = Decoder::new(c);
        let (src, base): (&[i16], f64) = if c == Codec::G722 {
            (&pcm16, memcpy16)
        } else {
            (&pcm8, memcpy8)
        };
        let enc = time(n, || {
            black_box(e.encode(black_box(src), &mut bytes));
        });
        let dec = time(n, || {
            black_box(d.decode(black_box(&bytes), &mut out16));
        });
        row(&format!("{c:?} encode"), enc, base);
        row(&format!("{c:?} decode"), dec, base);
    }
    let mut g722 = [0u8; 160];
    Encoder::new(Codec::G722).encode(&pcm16, &mut g722);
    let mut t1 = Transcoder::new(Codec::G722, Codec::Pcmu);
    let tx1 = time(n, || {
        black_box(t1.transcode(black_box(&g722), &mut bytes));
    });
    let mut ulaw = [0u8; 160];
    Encoder::new(Codec::Pcmu).encode(&pcm8, &mut ulaw);
    let mut t2 = Transcoder::new(Codec::Pcmu, Codec::G722);
    let tx2 = time(n, || {
        black_box(t2.transcode(black_box(&ulaw), &mut bytes));
    });
    let mut t3 = Transcoder::new(Codec::Pcmu, Codec::Pcma);
    let tx3 = time(n, || {
        black_box(t3.transcode(black_box(&ulaw), &mut bytes));
    });
    row("transcode G722 -> PCMU", tx1, memcpy8);
    row("transcode PCMU -> G722", tx2, memcpy8);
    row("transcode PCMU -> PCMA", tx3, memcpy8);

    let mut dtmf = DtmfDetector::new();
    let dt = time(n, || {
        black_box(dtmf.process(black_box(&pcm8)));
    });
    row("DTMF detector", dt, memcpy8);
    let mut fax = FaxToneDetector::new();
    let ft = time(n, || {
        black_box(fax.process(black_box(&pcm8)));
    });
    row("fax tone detector (CNG/CED)", ft, memcpy8);
    let mut cp = CallProgressDetector::new(tones::country("us").unwrap());
    let cpt = time(n, || {
        black_box(cp.process(black_box(&pcm8)));
    });
    row("call-progress detector", cpt, memcpy8);
    let mut tg = tones::ToneGenerator::new("us", tones::ToneKind::Ringback, 8000).unwrap();
    let tgt = time(n, || {
        tg.fill(&mut out8);
        black_box(&out8);
    });
    row("tone generator", tgt, memcpy8);

    let mut jb = JitterBuffer::new(JitterConfig::default());
    let mut seq = 0u16;
    let mut now = 0u64;
    let jbt = time(n, || {
        jb.push(seq, seq as u32 * 160, black_box(&ulaw), now);
        black_box(jb.pop(now));
        seq = seq.wrapping_add(1);
        now += 20;
    });
    row("jitter buffer push+pop", jbt, memcpy8);

    // A terminated leg (receive, tick: decode, keys, encode) against a tapped bridged call
    // (both sides received and decoded, keys listened to, the mix recorded).
    let rtp = |seq: u16| {
        let mut pkt = vec![0u8; 12 + 160];
        let h = RtpHeader {
            marker: false,
            payload_type: 0,
            sequence: seq,
            timestamp: seq as u32 * 160,
            ssrc: 7,
        };
        h.write(&ulaw, &mut pkt).expect("fits");
        pkt
    };
    let mut leg = LegSession::new(LegConfig::pcmu(1));
    let mut out = Vec::new();
    let (mut seq, mut now) = (0u16, 0u64);
    let legt = time(n, || {
        leg.receive(&rtp(seq), now);
        black_box(leg.tick(now, &mut out));
        while leg.poll_event().is_some() {}
        seq = seq.wrapping_add(1);
        now += 20;
    });
    row("terminated leg (in, tick, out)", legt, memcpy8);
    let pcmu = Some(StreamFormat {
        codec: Codec::Pcmu,
        payload_type: 0,
        telephone_event: Some(101),
    });
    let mut tap = CallTap::new(pcmu, pcmu);
    tap.command(1, TapCommand::Digits { a: true, b: true });
    // The limit keeps the recording's memory bounded over the many iterations.
    let (mut seq, mut now) = (0u16, 0u64);
    let tapt = time(n, || {
        if !tap.is_recording() {
            tap.command(2, TapCommand::RecordStart { max_ms: 60_000 });
        }
        tap.receive(TapSide::A, &rtp(seq), now);
        tap.receive(TapSide::B, &rtp(seq), now);
        tap.tick(now);
        while tap.poll_event().is_some() {}
        seq = seq.wrapping_add(1);
        now += 20;
    });
    row("tapped call (2 sides, keys, recording)", tapt, memcpy8);

    let mut per_seat = vec![];
    for (rate, parts) in [(8000u32, 10u32), (8000, 50), (16000, 10), (16000, 50)] {
        let mut m = Mixer::new(rate, 20);
        m.tones_enabled = false;
        for i in 0..parts {
            m.join(i, rate);
        }
        let src: &[i16] = if rate == 8000 { &pcm8 } else { &pcm16 };
        let t = time(n / parts.max(1) * 4, || {
            for i in 0..parts {
                m.input(i, black_box(src));
            }
            black_box(m.mix().count());
            for i in 0..parts {
                black_box(m.output(i));
            }
        });
        let base = if rate == 8000 { memcpy8 } else { memcpy16 };
        row(
            &format!("mixer {parts} seats @ {} kHz, per seat", rate / 1000),
            t / parts as f64,
            base,
        );
        per_seat.push((rate, parts, t / parts as f64));
    }

    println!(
        "{:<40} {:>10} {:>10} {:>9}",
        "per 20 ms frame", "ns", "x memcpy", "% of RT"
    );
    for (name, ns, base) in &rows {
        println!(
            "{:<40} {:>10.0} {:>10.1} {:>8.3}%",
            name,
            ns,
            ns / base,
            ns / FRAME_NS * 100.0
        );
    }
    // Capacity: a transcoded call is two legs, each direction: G.722 leg in -> decode ->
    // resample -> encode PCMU, and back.
    let call = tx1 + tx2;
    let call_full = call + 2.0 * jbt + 2.0 * dt; // with jitter buffers and DTMF detection
    println!();
    println!(
        "a tapped call costs {:.2} terminated legs ({:.0} tapped calls per core)",
        tapt / legt,
        FRAME_NS / tapt
    );
    println!(
        "transcoded G.722<->G.711 calls per core: {:.0} (transcode only), {:.0} (+ jitter buffer and DTMF detection on both legs)",
        FRAME_NS / call,
        FRAME_NS / call_full
    );
    for (rate, parts, t) in &per_seat {
        // A seat: decode + jitter buffer + DTMF + mix + encode.
        let (enc, dec) = if *rate == 8000 {
            (rows[2].1, rows[3].1)
        } else {
            (rows[6].1, rows[7].1)
        };
        let seat = t + enc + dec + jbt + dt;
        println!(
            "{}-seat conference @ {} kHz: {:.2}% of one core; seats per core {:.0} (mix {:.0} ns + codec + jitter + DTMF = {:.0} ns per seat)",
            parts,
            rate / 1000,
            seat * *parts as f64 / FRAME_NS * 100.0,
            FRAME_NS / seat,
            t,
            seat
        );
    }
}
