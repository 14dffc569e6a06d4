//! Music on hold in a bridged call: the side that holds (sendonly, inactive, 0.0.0.0) is
//! replaced on the relay by the media server playing that side's music to the other one,
//! in the codec the listener accepted; resuming gives the relay port back; keys the held
//! party presses into the music are not the flow's; hanging up on hold closes the music; a
//! transfer hands the music's leg to the box's far end and gives a staying holder its port.

use super::reinvite::{alice_answers, answered, from_bob};
use super::transfer::refer_from_bob;
use super::*;

/// Alice's re-INVITE in the answered call, offering `body`.
fn from_alice(ok: &Message, cseq: u32, body: &str) -> String {
    let to_tag = ok.to().unwrap().tag().unwrap().to_string();
    let uri = format!("sip:101@{REALM}");
    request(
        "INVITE",
        &uri,
        "100",
        "call1",
        cseq,
        &format!("h{cseq}"),
        ALICE,
        "",
        body,
    )
    .replace(
        &format!("To: <{uri}>"),
        &format!("To: <{uri}>;tag={to_tag}"),
    )
}

/// Alice holds or resumes with `body`; Bob accepts with `answer`.
fn alice_offers(w: &mut World, ok: &Message, cseq: u32, body: &str, answer: &str) {
    w.send(ALICE, &from_alice(ok, cseq, body));
    let fwd = w.last_to(BOB);
    assert_eq!(fwd.method_str(), "INVITE");
    respond(w, &fwd, 200, answer);
    assert_eq!(w.last_to(ALICE).status(), Some(200));
}

fn last_remote(w: &World, side: MediaSide) -> SocketAddr {
    let media = w.media.lock().unwrap();
    media
        .remotes
        .iter()
        .rev()
        .find(|(_, s, _)| *s == side)
        .map(|r| r.2)
        .unwrap()
}

fn music_outputs(w: &mut World) -> Vec<Output> {
    std::mem::take(&mut w.flow_out)
}

#[test]
fn the_callee_hears_music_while_the_caller_holds_and_the_caller_again_after_resume() {
    let mut w = World::new();
    let (ok, _) = answered(&mut w);
    w.flow_out.clear();
    // Bob answers the hold with PCMA (8) only: that is what he hears the music in.
    let bob_answer = "v=0\r\no=- 1 2 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n\
m=audio 6000 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=recvonly\r\n";
    alice_offers(&mut w, &ok, 3, &sdp(4000, "a=sendonly\r\n"), bob_answer);
    let out = music_outputs(&mut w);
    let [
        Output::MediaOpen {
            call,
            codec,
            payload_type,
            telephone_event,
            relay_port,
            ..
        },
        Output::Media {
            tag,
            command: MediaCommand::Play { items, .. },
            ..
        },
    ] = &out[..]
    else {
        panic!("{out:?}")
    };
    assert_eq!(
        (*codec, *payload_type, *telephone_event, *relay_port),
        (edgepbx_media::Codec::Pcma, 8, Some(101), 20_000),
        "the media server feeds Alice's relay port in Bob's codec"
    );
    assert_eq!(*tag, call::HOLD_MUSIC_TAG);
    // Alice's phone has no music of its own: the built-in one.
    assert_eq!(items, &vec![PlayItem::Music]);
    assert_eq!(last_remote(&w, MediaSide::A), MEDIA_SERVER.parse().unwrap());
    assert_eq!(
        w.media.lock().unwrap().maps.last(),
        Some(&(MediaSide::A, vec![]))
    );
    let call = *call;

    // A key Bob presses into the music is not news for the call's flow (which would
    // hang up on an unexpected event).
    w.sent.clear();
    w.engine.flow_event(
        w.now,
        call,
        call::HOLD_MUSIC_TAG,
        FlowEvent::Media(MediaEvent::Digit('5')),
    );
    w.collect();
    assert_eq!(w.engine.call_count(), 1);
    assert!(w.take(BOB).is_empty() && w.take(ALICE).is_empty());

    // Resume from a new port: the music stops and Alice's port is hers again.
    let maps_before = w.media.lock().unwrap().maps.len();
    alice_offers(&mut w, &ok, 4, &sdp(4100, ""), &sdp(6000, ""));
    let out = music_outputs(&mut w);
    assert!(
        matches!(&out[..], [Output::MediaClose { call: c }] if *c == call),
        "{out:?}"
    );
    assert_eq!(
        last_remote(&w, MediaSide::A),
        "192.0.2.10:4100".parse().unwrap()
    );
    assert_eq!(
        w.media.lock().unwrap().maps.len(),
        maps_before + 2,
        "both sides' payload maps set again"
    );
}

#[test]
fn the_caller_hears_the_holders_own_music_and_hanging_up_on_hold_closes_it() {
    let mut w = World::new();
    let (_, invite) = answered(&mut w);
    w.flow_out.clear();
    // Bob (d101, whose owner uploaded music) holds with "inactive".
    w.send(
        BOB,
        &from_bob(&invite, "INVITE", 2, &sdp(6000, "a=inactive\r\n")),
    );
    let to_alice = w.last_to(ALICE);
    assert_eq!(to_alice.method_str(), "INVITE");
    alice_answers(&mut w, &to_alice, 200, &sdp(4000, "a=inactive\r\n"), &[]);
    let out = music_outputs(&mut w);
    let [
        Output::MediaOpen {
            codec, relay_port, ..
        },
        Output::Media {
            command: MediaCommand::Play { items, .. },
            ..
        },
    ] = &out[..]
    else {
        panic!("{out:?}")
    };
    assert_eq!((*codec, *relay_port), (edgepbx_media::Codec::Pcmu, 20_002));
    let [PlayItem::Looped(music)] = &items[..] else {
        panic!("{items:?}")
    };
    assert_eq!(music.get().flatten().map(|m| &m[..]), Some(&BOB_MUSIC[..]));
    assert_eq!(last_remote(&w, MediaSide::B), MEDIA_SERVER.parse().unwrap());
    w.take(BOB);
    w.send(BOB, &from_bob(&invite, "BYE", 3, ""));
    let out = music_outputs(&mut w);
    assert!(
        out.iter().any(|o| matches!(o, Output::MediaClose { .. })),
        "{out:?}"
    );
    assert_eq!(w.engine.call_count(), 0);
}

#[test]
fn a_refused_hold_and_an_old_style_hold_address() {
    let mut w = World::new();
    let (ok, _) = answered(&mut w);
    w.flow_out.clear();
    // Bob refuses the hold: nothing changes on the relay.
    w.send(ALICE, &from_alice(&ok, 3, &sdp(4000, "a=sendonly\r\n")));
    let fwd = w.last_to(BOB);
    respond(&mut w, &fwd, 488, "");
    assert!(music_outputs(&mut w).is_empty());
    // RFC 2543 hold: c=0.0.0.0.
    let old_style = sdp(4000, "").replace("c=IN IP4 192.0.2.10", "c=IN IP4 0.0.0.0");
    alice_offers(&mut w, &ok, 4, &old_style, &sdp(6000, ""));
    let out = music_outputs(&mut w);
    assert!(
        matches!(
            &out[..],
            [
                Output::MediaOpen {
                    relay_port: 20_000,
                    ..
                },
                Output::Media { .. }
            ]
        ),
        "{out:?}"
    );
}

#[test]
fn a_holder_who_stays_when_the_other_side_transfers_gets_its_relay_port_back() {
    let mut w = World::new();
    let (ok, invite) = answered(&mut w);
    alice_offers(
        &mut w,
        &ok,
        3,
        &sdp(4000, "a=sendonly\r\n"),
        &sdp(6000, "a=recvonly\r\n"),
    );
    assert_eq!(last_remote(&w, MediaSide::A), MEDIA_SERVER.parse().unwrap());
    w.flow_out.clear();
    // Bob hands Alice to 500 (a scripted flow: the box becomes her far end).
    refer_from_bob(&mut w, &invite, "<sip:500@pbx.test>");
    assert_eq!(
        last_remote(&w, MediaSide::A),
        "192.0.2.10:4000".parse().unwrap(),
        "Alice talks to her own relay port again"
    );
    assert_eq!(last_remote(&w, MediaSide::B), MEDIA_SERVER.parse().unwrap());
    let out = music_outputs(&mut w);
    assert!(
        matches!(
            out.first(),
            Some(Output::MediaOpen {
                relay_port: 20_002,
                ..
            })
        ),
        "{out:?}"
    );
}

/// An SRTP holder: the media server stands in for it on the relay (its plain music passes
/// the SRTP leg) and the leg's keys are never taken away, so the relay's packet counters for
/// the phone carry on after resume.
#[test]
fn an_srtp_holders_leg_keeps_its_keys_while_the_media_server_stands_in() {
    let mut w = World::new();
    let srtp = |port, extra: &str| {
        sdp(port, extra).replace("RTP/AVP", "RTP/SAVP")
            + "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVoxMjM0\r\n"
    };
    let invite = call_bob_offering(&mut w, &srtp(4000, ""));
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    let ok = w.last_to(ALICE);
    assert_eq!(ok.status(), Some(200));
    w.take(BOB);
    let keys_before = w.media.lock().unwrap().srtp.clone();
    assert!(
        keys_before
            .iter()
            .any(|(_, s, k)| *s == MediaSide::A && k.is_some())
    );
    alice_offers(
        &mut w,
        &ok,
        3,
        &srtp(4000, "a=sendonly\r\n"),
        &sdp(6000, "a=recvonly\r\n"),
    );
    assert_eq!(last_remote(&w, MediaSide::A), MEDIA_SERVER.parse().unwrap());
    let stand_ins = |w: &World| {
        w.media
            .lock()
            .unwrap()
            .stand_ins
            .iter()
            .map(|(_, s, on)| (*s, *on))
            .collect::<Vec<_>>()
    };
    assert_eq!(stand_ins(&w), [(MediaSide::A, true)]);
    alice_offers(&mut w, &ok, 4, &srtp(4000, ""), &sdp(6000, ""));
    assert_eq!(stand_ins(&w), [(MediaSide::A, true), (MediaSide::A, false)]);
    assert_eq!(
        last_remote(&w, MediaSide::A),
        "192.0.2.10:4000".parse().unwrap()
    );
    // Side A's keys were handed over again unchanged (the relay keeps its state for the
    // same keys) and never cleared.
    let media = w.media.lock().unwrap();
    let a_keys: Vec<_> = media
        .srtp
        .iter()
        .filter(|(_, s, _)| *s == MediaSide::A)
        .map(|(_, _, k)| *k)
        .collect();
    assert!(
        a_keys.iter().all(|k| *k == a_keys[0] && k.is_some()),
        "{a_keys:?}"
    );
}

/// The Play items of the hold music's command among `out`.
fn music_items(out: &[Output]) -> Vec<PlayItem> {
    out.iter()
        .find_map(|o| match o {
            Output::Media {
                tag,
                command: MediaCommand::Play { items, .. },
                ..
            } if *tag == call::HOLD_MUSIC_TAG => Some(items.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no hold music in {out:?}"))
}

#[test]
fn a_group_member_holding_a_call_through_the_group_plays_the_groups_music() {
    let mut w = World::new();
    super::flow::register_bob(&mut w);
    super::flow::dial(&mut w, "515");
    let invite = w.last_to(BOB);
    assert_eq!(invite.method_str(), "INVITE");
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    assert_eq!(w.last_to(ALICE).status(), Some(200));
    w.take(BOB);
    w.flow_out.clear();
    // Bob (a member of sales, with music of his own too) holds.
    w.send(
        BOB,
        &from_bob(&invite, "INVITE", 2, &sdp(6000, "a=inactive\r\n")),
    );
    let to_alice = w.last_to(ALICE);
    assert_eq!(to_alice.method_str(), "INVITE");
    alice_answers(&mut w, &to_alice, 200, &sdp(4000, "a=inactive\r\n"), &[]);
    let items = music_items(&music_outputs(&mut w));
    let [PlayItem::Looped(music)] = &items[..] else {
        panic!("{items:?}")
    };
    assert_eq!(
        music.get().flatten().map(|m| &m[..]),
        Some(&SALES_MUSIC[..]),
        "the group's music, not Bob's own"
    );
}
