//! A callee that must press a key: asked on a call of its own while the caller hears
//! ringing; the key chains its relay session to the call's; no key ends its leg.

use super::flow::{dial, events, register_bob};
use super::*;
use edgepbx_media::session::{CollectEnd, PlayItem};

fn answer(w: &mut World, invite: &Message) {
    let mut wr = Writer::response_to(invite, 200, "OK", Some("b1"));
    wr.header("Contact", format_args!("<sip:x@192.0.2.10:{BOB}>"));
    let bytes = wr.finish(Some("application/sdp"), sdp(6000, "").as_bytes());
    w.engine.handle_bytes(w.now, peer(BOB), &bytes);
    w.collect();
}

/// The confirming call's id and its outstanding Play tag.
fn asked(w: &World) -> (u64, u32) {
    asked_with(w, &PlayItem::Prompt("cf_press_one".into()))
}

fn asked_with(w: &World, prompt: &PlayItem) -> (u64, u32) {
    w.flow_out
        .iter()
        .rev()
        .find_map(|o| match o {
            Output::Media {
                call,
                tag,
                command: MediaCommand::Play { items, .. },
            } if items == std::slice::from_ref(prompt) => Some((*call, *tag)),
            _ => None,
        })
        .expect("the callee is asked for the key")
}

fn pressed(digits: &str) -> FlowEvent {
    FlowEvent::Media(MediaEvent::Played {
        digits: digits.into(),
        end: CollectEnd::MaxDigits,
    })
}

#[test]
fn the_key_connects_the_callee_through_its_own_session() {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "508");
    let invite = w.last_to(BOB);
    assert!(
        String::from_utf8_lossy(invite.body()).contains("m=audio 20004 "),
        "offered a session of its own"
    );
    answer(&mut w, &invite);
    assert_eq!(w.last_to(BOB).method_str(), "ACK");
    assert!(
        w.take(ALICE).iter().all(|m| m.status() != Some(200)),
        "the caller is not answered yet"
    );
    let (member, tag) = asked(&w);
    w.engine.flow_event(w.now, member, tag, pressed("2"));
    w.collect();
    let (member, tag) = asked(&w);
    w.engine.flow_event(w.now, member, tag, pressed("1"));
    w.collect();
    let to_alice = w.take(ALICE);
    let ok = to_alice
        .iter()
        .find(|m| m.status() == Some(200))
        .expect("the caller is answered once the key is pressed");
    assert!(String::from_utf8_lossy(ok.body()).contains("m=audio 20000 "));
    // Call session 7 (caller 20000, callee side 20002) <-> Bob's session 8 (Bob 20004,
    // chained side 20006).
    let remotes = w.media.lock().unwrap().remotes.clone();
    let ip = "198.51.100.1";
    assert!(remotes.contains(&(8, MediaSide::A, "192.0.2.10:6000".parse().unwrap())));
    assert!(remotes.contains(&(8, MediaSide::B, format!("{ip}:20002").parse().unwrap())));
    assert!(remotes.contains(&(7, MediaSide::B, format!("{ip}:20006").parse().unwrap())));
    assert_eq!(events(), vec![FlowEvent::Bridge(BridgeResult::Answered)]);
    // The script then hangs up: both are sent BYE (Bob in the leg's dialog, now the
    // call's callee side) and both sessions are freed.
    assert_eq!(to_alice.last().unwrap().method_str(), "BYE");
    let bye = w.last_to(BOB);
    assert_eq!(bye.method_str(), "BYE");
    assert_eq!(bye.call_id(), invite.call_id());
    assert_eq!(w.engine.call_count(), 0);
    let released = w.media.lock().unwrap().released.clone();
    assert!(
        released.contains(&7) && released.contains(&8),
        "{released:?}"
    );
}

#[test]
fn no_key_in_time_fails_the_leg_and_the_flow_moves_on() {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "508");
    let invite = w.last_to(BOB);
    answer(&mut w, &invite);
    w.take(BOB);
    let played = |d: &str| {
        FlowEvent::Media(MediaEvent::Played {
            digits: d.into(),
            end: CollectEnd::Timeout,
        })
    };
    for _ in 0..3 {
        let (member, tag) = asked(&w);
        w.engine.flow_event(w.now, member, tag, played(""));
        w.collect();
    }
    assert_eq!(w.last_to(BOB).method_str(), "BYE", "the callee is hung up");
    assert_eq!(
        events(),
        vec![FlowEvent::Bridge(BridgeResult::NoAnswer)],
        "the flow hears nobody answered"
    );
    let refusal = w.take(ALICE).into_iter().rev().find_map(|m| m.status());
    assert_eq!(refusal, Some(480));
    assert!(w.media.lock().unwrap().released.contains(&8));
}

#[test]
fn the_callee_is_asked_with_the_bridges_prompt_in_the_calls_language() {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "518");
    let invite = w.last_to(BOB);
    answer(&mut w, &invite);
    let prompt = PlayItem::Audio(super::flow::CONFIRM_PROMPT.into());
    let (member, tag) = asked_with(&w, &prompt);
    w.engine.flow_event(w.now, member, tag, pressed("1"));
    w.collect();
    assert!(w.take(ALICE).iter().any(|m| m.status() == Some(200)));
}
