//! The media thread on 127.0.0.1 with a plain UDP socket playing the relay.

use std::net::{IpAddr, Ipv4Addr, UdpSocket};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use edgepbx_media::rtp::{RtpHeader, RtpPacket, TelephoneEventPayload, char_to_event};
use edgepbx_media::session::{Collect, CollectEnd, LegConfig, MediaCommand, MediaEvent, PlayItem};

use super::MediaServer;

fn rtp(pt: u8, seq: u16, ts: u32, payload: &[u8]) -> Vec<u8> {
    let h = RtpHeader {
        marker: false,
        payload_type: pt,
        sequence: seq,
        timestamp: ts,
        ssrc: 0x77,
    };
    let mut out = vec![0u8; 12 + payload.len()];
    h.write(payload, &mut out).unwrap();
    out
}

#[test]
fn relay_sends_a_digit_hears_the_prompt_and_the_event_arrives() {
    let (tx, events) = mpsc::channel();
    let server = MediaServer::start(
        IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        Box::new(move |key, tag, ev| {
            let _ = tx.send((key, tag, ev));
        }),
    )
    .unwrap();
    assert!(server.addr().ip().is_loopback());
    let relay = UdpSocket::bind("127.0.0.1:0").unwrap();
    relay
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    server.open(9, LegConfig::pcmu(0xFEED), relay.local_addr().unwrap());
    let cmd = MediaCommand::Play {
        items: vec![PlayItem::Prompt("conf_ended".into())],
        collect: Some(Collect {
            max_digits: 1,
            first_digit_ms: 5000,
            inter_digit_ms: 3000,
            terminators: "#".into(),
        }),
        barge_in: false,
    };
    server.command(9, 3, cmd);

    // The prompt arrives as RTP, paced at 20 ms.
    let prompt = edgepbx_media::prompts::get("conf_ended").unwrap();
    let mut buf = [0u8; 1500];
    let started = Instant::now();
    let mut payloads = vec![];
    let mut seqs = vec![];
    for _ in 0..16 {
        let (n, from) = relay.recv_from(&mut buf).unwrap();
        assert_eq!(from, server.addr());
        let p = RtpPacket::parse(&buf[..n]).unwrap();
        assert_eq!((p.payload_type, p.ssrc), (0, 0xFEED));
        seqs.push(p.sequence);
        payloads.push(p.payload.to_vec());
    }
    let elapsed = started.elapsed();
    assert!(
        elapsed >= Duration::from_millis(250),
        "16 packets in {elapsed:?}"
    );
    assert!(seqs.windows(2).all(|w| w[1] == w[0].wrapping_add(1)));
    // The prompt's first frame (a tick may have run between open and command). µ-law →
    // linear → µ-law is exact except for the two codes of zero.
    let matches = |p: &Vec<u8>| p.iter().zip(prompt).filter(|(a, b)| a == b).count() >= 150;
    assert!(
        payloads.iter().any(matches),
        "no packet carries the prompt's start"
    );

    // The relay forwards an RFC 4733 '5' (with some audio around it).
    let mut seq = 1u16;
    for i in 0..3u32 {
        relay
            .send_to(&rtp(0, seq, i * 160, &[0xFF; 160]), server.addr())
            .unwrap();
        seq += 1;
    }
    for (dur, end) in [(160u16, false), (320, true), (320, true)] {
        let ev = TelephoneEventPayload {
            event: char_to_event('5').unwrap(),
            end,
            volume: 10,
            duration: dur,
        };
        relay
            .send_to(&rtp(101, seq, 480, &ev.write()), server.addr())
            .unwrap();
        seq += 1;
    }
    let got = events.recv_timeout(Duration::from_secs(2)).unwrap();
    assert_eq!(
        got,
        (
            9,
            3,
            MediaEvent::Played {
                digits: "5".into(),
                end: CollectEnd::MaxDigits
            }
        )
    );

    // A digit from an unknown source is ignored; after close nothing more is sent.
    let stranger = UdpSocket::bind("127.0.0.1:0").unwrap();
    stranger
        .send_to(&rtp(101, 1, 0, &[1, 0x80, 0, 160]), server.addr())
        .unwrap();
    server.close(9);
    std::thread::sleep(Duration::from_millis(60));
    relay
        .set_read_timeout(Some(Duration::from_millis(10)))
        .unwrap();
    while relay.recv_from(&mut buf).is_ok() {} // drain what was in flight
    relay
        .set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    assert!(
        relay.recv_from(&mut buf).is_err(),
        "still sending after close"
    );
    assert!(events.try_recv().is_err());
    let t = Instant::now();
    server.shutdown();
    assert!(t.elapsed() < Duration::from_secs(1));
    // Commands after shutdown are harmless.
    server.command(9, 1, MediaCommand::Stop);
}
