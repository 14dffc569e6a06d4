//! Calls the box starts (`quickcall`): the device rings first; when it answers, the number
//! is dialled for it through the account's call control; no answer, busy, the device
//! hanging up while the number rings, SRTP devices, and refusals.

use super::flow::register;
use super::*;
use crate::sdes::SrtpPolicy;

const CAROL: u16 = 5003;

fn quickcall(w: &mut World, device: &str, number: &str) -> Result<Originated, OriginateRefused> {
    start(w, &[device], AfterAnswer::Dial(number.into()))
}

fn start(
    w: &mut World,
    devices: &[&str],
    then: AfterAnswer,
) -> Result<Originated, OriginateRefused> {
    start_with(w, devices, then, false)
}

fn start_with(
    w: &mut World,
    devices: &[&str],
    then: AfterAnswer,
    auto_answer: bool,
) -> Result<Originated, OriginateRefused> {
    let result = w.engine.originate(
        w.now,
        Originate {
            account: "acc".into(),
            realm: REALM.into(),
            devices: devices.iter().map(|d| d.to_string()).collect(),
            then,
            ring_secs: 10,
            caller_id: None,
            auto_answer,
        },
    );
    w.collect();
    result
}

fn respond(w: &mut World, invite: &Message, port: u16, code: u16, tag: &str, body: &str) {
    let mut wr = Writer::response_to(invite, code, "X", Some(tag));
    wr.header("Contact", format_args!("<sip:x@192.0.2.10:{port}>"));
    let bytes = if body.is_empty() {
        wr.finish_empty()
    } else {
        wr.finish(Some("application/sdp"), body.as_bytes())
    };
    w.engine.handle_bytes(w.now, peer(port), &bytes);
    w.collect();
}

/// Bob's phone (d101) is rung for a call to 102 and answers; returns the box's INVITE to it.
fn bob_answers(w: &mut World) -> Message {
    register(w, "101", BOB);
    register(w, "102", CAROL);
    quickcall(w, "d101", "102").expect("the call starts");
    let invite = w.last_to(BOB);
    assert_eq!(invite.method_str(), "INVITE");
    // Nothing rings Carol before Bob answers.
    assert!(w.take(CAROL).is_empty());
    respond(w, &invite, BOB, 200, "bob1", &sdp(6000, ""));
    invite
}

fn bye_from_bob(w: &mut World, invite: &Message) {
    let from = format!("{};tag=bob1", invite.header(HeaderName::To).unwrap());
    let bye = in_dialog(
        BOB,
        "BYE",
        &from,
        invite.header(HeaderName::From).unwrap(),
        invite.call_id(),
        "",
    );
    w.send(BOB, &bye);
}

fn causes(w: &World) -> Vec<String> {
    w.cdrs
        .iter()
        .filter_map(|c| c.get("hangup_cause").and_then(|v| v.as_str()))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_device_answers_then_the_number_rings_as_if_the_device_dialled_it() {
    let mut w = World::new();
    let invite = bob_answers(&mut w);
    // The device sees the number it will be connected to.
    assert!(
        invite
            .header(HeaderName::From)
            .unwrap()
            .contains("\"QuickCall\" <sip:102@"),
        "{:?}",
        invite.header(HeaderName::From)
    );
    assert_eq!(w.last_to(BOB).method_str(), "ACK");
    // The box plays ringback to Bob while Carol rings.
    assert!(super::flow::media_open(&w).is_some());
    let to_carol = w.last_to(CAROL);
    assert_eq!(to_carol.method_str(), "INVITE");
    // Carol sees Bob's phone calling, as if Bob had dialled 102.
    assert!(
        to_carol
            .header(HeaderName::From)
            .unwrap()
            .contains("Phone 101"),
        "{:?}",
        to_carol.header(HeaderName::From)
    );
    respond(&mut w, &to_carol, CAROL, 200, "carol1", &sdp(7000, ""));
    assert_eq!(w.last_to(CAROL).method_str(), "ACK");
    assert_eq!(w.engine.call_count(), 1);
    // Bob's and Carol's RTP addresses are the relay's two sides.
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert!(
        remotes.iter().any(|(_, _, a)| a.port() == 6000),
        "{remotes:?}"
    );
    assert!(
        remotes.iter().any(|(_, _, a)| a.port() == 7000),
        "{remotes:?}"
    );

    bye_from_bob(&mut w, &invite);
    assert_eq!(w.last_to(CAROL).method_str(), "BYE");
    assert_eq!(w.engine.call_count(), 0);
    assert!(!w.cdrs.is_empty());
    assert!(
        w.cdrs
            .iter()
            .all(|c| c["hangup_cause"] == "NORMAL_CLEARING"),
        "{:?}",
        causes(&w)
    );
}

#[test]
fn a_device_that_does_not_answer_is_cancelled_and_the_call_ends() {
    let mut w = World::new();
    register(&mut w, "101", BOB);
    quickcall(&mut w, "d101", "102").unwrap();
    let invite = w.last_to(BOB);
    respond(&mut w, &invite, BOB, 180, "bob1", "");
    w.advance(9_000);
    assert_eq!(w.engine.call_count(), 1);
    w.advance(1_100);
    assert_eq!(w.last_to(BOB).method_str(), "CANCEL");
    respond(&mut w, &invite, BOB, 487, "bob1", "");
    assert_eq!(w.engine.call_count(), 0);
    assert!(
        causes(&w).iter().any(|c| c == "NO_ANSWER"),
        "{:?}",
        causes(&w)
    );
    // The box's own side is no dialog: nothing went anywhere but to Bob.
    assert!(w.sent.iter().all(|(a, _)| a.port() == BOB));
}

#[test]
fn a_busy_device_ends_the_call_as_busy() {
    let mut w = World::new();
    register(&mut w, "101", BOB);
    quickcall(&mut w, "d101", "102").unwrap();
    let invite = w.last_to(BOB);
    respond(&mut w, &invite, BOB, 486, "bob1", "");
    assert_eq!(w.engine.call_count(), 0);
    assert!(
        causes(&w).iter().any(|c| c == "USER_BUSY"),
        "{:?}",
        causes(&w)
    );
}

#[test]
fn the_device_hanging_up_while_the_number_rings_cancels_it() {
    let mut w = World::new();
    let invite = bob_answers(&mut w);
    let to_carol = w.last_to(CAROL);
    assert_eq!(to_carol.method_str(), "INVITE");
    respond(&mut w, &to_carol, CAROL, 180, "carol1", "");
    bye_from_bob(&mut w, &invite);
    assert_eq!(w.last_to(CAROL).method_str(), "CANCEL");
    assert_eq!(w.engine.call_count(), 0);
    // Carol's answer after all is acknowledged and hung up.
    respond(&mut w, &to_carol, CAROL, 487, "carol1", "");
    assert_eq!(w.engine.call_count(), 0);
}

#[test]
fn an_srtp_device_is_offered_keys_and_keyed_by_its_answer() {
    let mut w = World::new();
    SRTP_POLICIES.with_borrow_mut(|p| p.push(("d101", SrtpPolicy::Require)));
    register(&mut w, "101", BOB);
    register(&mut w, "102", CAROL);
    quickcall(&mut w, "d101", "102").unwrap();
    let invite = w.last_to(BOB);
    let offered = crate::sdp::Sdp::parse(invite.body()).unwrap();
    let audio = offered.audio().unwrap();
    assert_eq!(audio.proto, "RTP/SAVP");
    assert!(!audio.crypto.is_empty());
    let key = "inline:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVoxMjM0";
    let answer = sdp(
        6000,
        &format!("a=crypto:1 AES_CM_128_HMAC_SHA1_80 {key}\r\n"),
    )
    .replace("RTP/AVP", "RTP/SAVP");
    respond(&mut w, &invite, BOB, 200, "bob1", &answer);
    assert_eq!(w.last_to(BOB).method_str(), "ACK");
    let keyed = w
        .media
        .lock()
        .unwrap()
        .srtp
        .iter()
        .any(|(_, _, k)| k.is_some_and(|k| k.remote == *b"ABCDEFGHIJKLMNOPQRSTUVWXYZ1234"));
    assert!(keyed, "Bob's key reached the relay");
    // Carol (plain) is offered plain RTP.
    let to_carol = w.last_to(CAROL);
    let audio = crate::sdp::Sdp::parse(to_carol.body()).unwrap();
    assert_eq!(audio.audio().unwrap().proto, "RTP/AVP");
}

#[test]
fn refusals_name_their_reason_and_start_nothing() {
    let mut w = World::new();
    assert_eq!(
        quickcall(&mut w, "d101", "102"),
        Err(OriginateRefused::NotRegistered)
    );
    register(&mut w, "101", BOB);
    assert_eq!(
        quickcall(&mut w, "d101", "no-such-number"),
        Err(OriginateRefused::NoRoute)
    );
    assert_eq!(w.engine.call_count(), 0);
    assert!(w.take(BOB).is_empty());
    // At most MAX_ORIGINATES_PER_ACCOUNT at once.
    for _ in 0..MAX_ORIGINATES_PER_ACCOUNT {
        quickcall(&mut w, "d101", "102").unwrap();
    }
    assert_eq!(
        quickcall(&mut w, "d101", "102"),
        Err(OriginateRefused::TooMany)
    );
    assert_eq!(w.engine.call_count(), MAX_ORIGINATES_PER_ACCOUNT);
}

#[test]
fn a_ring_test_plays_the_confirmation_to_the_device_that_answers_and_hangs_up() {
    let mut w = World::new();
    // A user's two phones: only the registered one rings.
    register(&mut w, "102", CAROL);
    start(&mut w, &["d101", "d102"], AfterAnswer::Confirm).unwrap();
    assert!(w.take(BOB).is_empty());
    let invite = w.last_to(CAROL);
    respond(&mut w, &invite, CAROL, 200, "carol1", &sdp(7000, ""));
    let played = w.flow_out.iter().find_map(|o| match o {
        Output::Media {
            call,
            tag,
            command: MediaCommand::Play { items, .. },
        } => Some((*call, *tag, items.clone())),
        _ => None,
    });
    let (call, tag, heard) = played.expect("the confirmation is played");
    let prompt = |p: &str| PlayItem::Prompt(p.into());
    assert_eq!(
        heard,
        [
            PlayItem::Beep,
            PlayItem::Silence { ms: 300 },
            prompt("num_1"),
            prompt("num_0"),
            prompt("num_2"),
            prompt("ivr_goodbye")
        ]
    );
    w.engine.flow_event(
        w.now,
        call,
        tag,
        FlowEvent::Media(MediaEvent::Played {
            digits: String::new(),
            end: edgepbx_media::session::CollectEnd::Timeout,
        }),
    );
    w.collect();
    assert_eq!(w.last_to(CAROL).method_str(), "BYE");
    assert_eq!(w.engine.call_count(), 0);
    // The call log shows it like any call: Carol's phone called its own extension.
    assert!(
        w.cdrs.iter().any(|c| c["callee_id_number"] == "102"
            || c["request"].as_str().is_some_and(|r| r.starts_with("102@"))),
        "{:?}",
        w.cdrs
    );
}

#[test]
fn auto_answer_asks_the_phone_to_answer_by_itself() {
    let mut w = World::new();
    register(&mut w, "101", BOB);
    start_with(&mut w, &["d101"], AfterAnswer::Dial("102".into()), true).unwrap();
    let invite = w.last_to(BOB);
    assert_eq!(
        invite.header(HeaderName::parse("Call-Info")),
        Some(format!("<sip:{REALM}>;answer-after=0").as_str())
    );
    start_with(&mut w, &["d101"], AfterAnswer::Dial("102".into()), false).unwrap();
    let invite = w.last_to(BOB);
    assert_eq!(invite.header(HeaderName::parse("Call-Info")), None);
}
