//! Taps in virtual time: two simulated phones send RTP every 20 ms, the tap ticks, and what
//! it reports (keys, the mixed recording) is checked.

use super::tests::{Caller, inband, tone_power};
use super::*;
use crate::codec::Codec;
use crate::testutil::sine;
use crate::wav;

fn pcmu() -> Option<StreamFormat> {
    Some(StreamFormat {
        codec: Codec::Pcmu,
        payload_type: 0,
        telephone_event: Some(101),
    })
}

/// Runs the tap for `ms` from `from`: each tick side A and side B send what their closures
/// give. Returns the events seen.
fn run(
    tap: &mut CallTap,
    from: u64,
    ms: u64,
    mut a: impl FnMut(u64, &mut Caller) -> Vec<Vec<u8>>,
    mut b: impl FnMut(u64, &mut Caller) -> Vec<Vec<u8>>,
    phones: &mut (Caller, Caller),
) -> Vec<(u32, MediaEvent)> {
    let mut events = vec![];
    let mut t = from;
    while t < from + ms {
        for p in a(t, &mut phones.0) {
            tap.receive(TapSide::A, &p, t);
        }
        for p in b(t, &mut phones.1) {
            tap.receive(TapSide::B, &p, t);
        }
        tap.tick(t);
        while let Some(ev) = tap.poll_event() {
            events.push(ev);
        }
        t += 20;
    }
    events
}

fn tone(freq: f64) -> impl FnMut(u64, &mut Caller) -> Vec<Vec<u8>> {
    let wave = sine(8000, freq, 8000.0, 8000 * 10);
    move |t, c| {
        let i = (t as usize / 20 % 500) * 160;
        vec![c.audio(&wave[i..i + 160])]
    }
}

fn quiet(_: u64, c: &mut Caller) -> Vec<Vec<u8>> {
    vec![c.audio(&[0; 160])]
}

fn phones() -> (Caller, Caller) {
    (Caller::new(Codec::Pcmu), Caller::new(Codec::Pcmu))
}

#[test]
fn recording_mixes_both_sides_into_one_wav() {
    let mut tap = CallTap::new(pcmu(), pcmu());
    let mut p = phones();
    // Before the recording starts nothing is kept.
    assert!(run(&mut tap, 0, 400, tone(440.0), tone(1000.0), &mut p).is_empty());
    tap.command(3, TapCommand::RecordStart { max_ms: 60_000 });
    assert!(tap.is_recording());
    run(&mut tap, 400, 1000, tone(440.0), tone(1000.0), &mut p);
    tap.command(3, TapCommand::RecordStop);
    let ev = tap.poll_event().expect("a recording");
    let (tag, MediaEvent::CallRecorded { wav: file, ms }) = ev else {
        panic!("{ev:?}")
    };
    assert_eq!((tag, ms), (3, 1000));
    let w = wav::read(&file).unwrap();
    assert_eq!((w.rate, w.samples.len()), (8000, 8000));
    // Past the jitter buffer's start-up delay both phones are heard in the one file.
    let tail = &w.samples[2400..];
    let (low, high, off) = (
        tone_power(tail, 440.0),
        tone_power(tail, 1000.0),
        tone_power(tail, 1700.0),
    );
    assert!(low > 1e5 && high > 1e5, "440 Hz {low}, 1000 Hz {high}");
    assert!(off < low / 1000.0, "1700 Hz {off} vs {low}");
    assert!(!tap.is_recording());
}

#[test]
fn recording_stops_at_its_limit_and_with_the_call() {
    let mut tap = CallTap::new(pcmu(), pcmu());
    let mut p = phones();
    tap.command(1, TapCommand::RecordStart { max_ms: 500 });
    let ev = run(&mut tap, 0, 1000, tone(440.0), quiet, &mut p);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(matches!(
        ev[0],
        (1, MediaEvent::CallRecorded { ms: 500, .. })
    ));

    tap.command(2, TapCommand::RecordStart { max_ms: 5000 });
    run(&mut tap, 1000, 200, tone(440.0), quiet, &mut p);
    tap.close();
    let ev = tap.poll_event();
    assert!(
        matches!(ev, Some((2, MediaEvent::CallRecorded { ms: 200, .. }))),
        "{ev:?}"
    );
}

#[test]
fn keys_are_reported_for_the_sides_listened_to() {
    let mut tap = CallTap::new(pcmu(), pcmu());
    let mut p = phones();
    // Nobody listens yet: keys go unreported.
    let rfc_star = |t: u64, c: &mut Caller| {
        let mut v = vec![c.audio(&[0; 160])];
        if t == 200 {
            v.extend(c.digit('*'));
        }
        v
    };
    assert!(run(&mut tap, 0, 400, rfc_star, quiet, &mut p).is_empty());

    tap.command(9, TapCommand::Digits { a: true, b: false });
    let rfc_star = |t: u64, c: &mut Caller| {
        let mut v = vec![c.audio(&[0; 160])];
        if t == 600 {
            v.extend(c.digit('*'));
        }
        v
    };
    let ev = run(&mut tap, 400, 800, rfc_star, inband("5", 8000), &mut p);
    assert_eq!(
        ev,
        vec![(
            9,
            MediaEvent::TapDigit {
                side: TapSide::A,
                digit: '*'
            }
        )]
    );

    // Side B pressing keys in-band is heard once it is listened to.
    tap.command(9, TapCommand::Digits { a: true, b: true });
    let ev = run(&mut tap, 1200, 800, quiet, inband("52", 8000), &mut p);
    let keys: Vec<_> = ev
        .iter()
        .map(|(_, e)| match e {
            MediaEvent::TapDigit { side, digit } => (*side, *digit),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(keys, vec![(TapSide::B, '5'), (TapSide::B, '2')]);
}

#[test]
fn garbage_and_a_missing_side_are_harmless() {
    let mut tap = CallTap::new(pcmu(), None);
    tap.command(1, TapCommand::Digits { a: true, b: true });
    for junk in [
        &[][..],
        &[0x80][..],
        &[0xff; 40][..],
        &[0x80, 101, 0, 1][..],
    ] {
        tap.receive(TapSide::A, junk, 0);
        tap.receive(TapSide::B, junk, 0);
    }
    tap.command(1, TapCommand::RecordStart { max_ms: 100 });
    for t in 0..10 {
        tap.tick(t * 20);
    }
    assert!(matches!(
        tap.poll_event(),
        Some((1, MediaEvent::CallRecorded { ms: 100, .. }))
    ));
    assert!(tap.poll_event().is_none());
}
