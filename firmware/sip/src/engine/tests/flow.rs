//! Flow commands beyond ringing devices: the box answering and playing (terminated legs),
//! a bridge after a menu, delayed endpoints with their own ring time, custom responses,
//! waits — with scripted flows standing in for the callflow interpreter.

use std::cell::RefCell;
use std::collections::VecDeque;

use super::*;
use edgepbx_media::session::{CollectEnd, PlayItem};

thread_local! {
    /// Events the scripted flows received, per test thread.
    static EVENTS: RefCell<Vec<FlowEvent>> = const { RefCell::new(Vec::new()) };
}

struct Scripted(VecDeque<FlowCommand>);

impl CallFlow for Scripted {
    fn start(&mut self, _now: Now) -> FlowCommand {
        self.0.pop_front().unwrap_or(FlowCommand::Idle)
    }
    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        EVENTS.with(|e| e.borrow_mut().push(event));
        self.0.pop_front().unwrap_or(FlowCommand::Idle)
    }
}

const RINGBACK_MEDIA: [i16; 4] = [1, 2, 3, 4];
/// The transfer ringback of flow 516.
pub(super) const TRANSFER_MEDIA: [i16; 2] = [5, 6];
/// A "press one" in another language than the built-in one.
pub(super) const CONFIRM_PROMPT: [i16; 3] = [7, 7, 7];

fn ring_bob_with_ringback() -> FlowCommand {
    FlowCommand::Bridge(Bridge {
        endpoints: vec![Endpoint::device("d101")],
        timeout_secs: 20,
        ringback: Some(PlayItem::Audio(RINGBACK_MEDIA.into())),
        ..Bridge::default()
    })
}

fn play() -> FlowCommand {
    FlowCommand::Media(MediaCommand::Play {
        items: vec![PlayItem::Prompt("ivr_goodbye".into())],
        collect: None,
        barge_in: false,
    })
}

fn ring_bob(delay_secs: u32, timeout_secs: Option<u32>) -> FlowCommand {
    FlowCommand::Bridge(Bridge {
        endpoints: vec![Endpoint {
            delay_secs,
            timeout_secs,
            ..Endpoint::device("d101")
        }],
        timeout_secs: 20,
        headers: vec![("Alert-Info".into(), "<http://x>;info=alert-internal".into())],
        ..Bridge::default()
    })
}

pub(super) fn scripted(number: &str) -> Option<Box<dyn CallFlow>> {
    let script = match number {
        "500" => vec![play(), FlowCommand::hangup("NORMAL_CLEARING")],
        "501" => vec![play(), ring_bob(0, None)],
        "502" => vec![ring_bob(2, Some(3)), FlowCommand::hangup("NO_ANSWER")],
        "503" => vec![FlowCommand::Respond {
            code: 486,
            reason: "Gone Fishing".into(),
        }],
        "505" => vec![
            FlowCommand::Pickup {
                devices: vec!["d101".into()],
            },
            FlowCommand::hangup("NO_CALL_TO_PICK_UP"),
        ],
        // Move the call Bob's phone is in (520), Alice's (522), or one Carol's own phone is in (521).
        "520" => vec![
            FlowCommand::Move {
                devices: vec!["d101".into()],
            },
            FlowCommand::hangup("NO_CALL_TO_MOVE"),
        ],
        "522" => vec![
            FlowCommand::Move {
                devices: vec!["d100".into()],
            },
            FlowCommand::hangup("NO_CALL_TO_MOVE"),
        ],
        "521" => vec![
            FlowCommand::Move {
                devices: vec!["d102".into()],
            },
            FlowCommand::hangup("NO_CALL_TO_MOVE"),
        ],
        "506" => vec![FlowCommand::Page {
            bridge: Bridge {
                endpoints: vec![Endpoint::device("d101"), Endpoint::device("d102")],
                timeout_secs: 5,
                ..Bridge::default()
            },
            two_way: false,
        }],
        // Listens for keys, records, rings Bob; keys pressed then transfer to 500.
        "507" => vec![
            FlowCommand::ListenKeys(crate::engine::KeyBinding {
                binding: '*',
                digit_timeout_ms: 1000,
                caller: true,
                callee: false,
            }),
            FlowCommand::Record(Some(crate::engine::RecordCall {
                time_limit_secs: 60,
                min_secs: 1,
                owner_id: Some("u-alice".into()),
                origin: "callflow".into(),
            })),
            ring_bob(0, None),
            FlowCommand::Idle,
            FlowCommand::Transfer {
                by: crate::engine::Party::Caller,
                number: "500".into(),
            },
        ],
        // Rings Bob, who must press 1 first; then (answered or not) the flow ends the call.
        "508" => vec![
            FlowCommand::Bridge(Bridge {
                endpoints: vec![Endpoint {
                    confirm_key: Some('1'),
                    ..Endpoint::device("d101")
                }],
                timeout_secs: 30,
                ..Bridge::default()
            }),
            FlowCommand::hangup("NO_ANSWER"),
        ],
        // The same, asked in the call's language (the flow's recording of the prompt).
        "518" => vec![
            FlowCommand::Bridge(Bridge {
                endpoints: vec![Endpoint {
                    confirm_key: Some('1'),
                    ..Endpoint::device("d101")
                }],
                timeout_secs: 30,
                confirm_prompt: Some(PlayItem::Audio(CONFIRM_PROMPT.into())),
                ..Bridge::default()
            }),
            FlowCommand::hangup("NO_ANSWER"),
        ],
        // Rings a gateway (see `gateway_faults`); how it went ends the call.
        "509" => vec![
            super::gateway_faults::ring_gateway(),
            FlowCommand::hangup("NORMAL_TEMPORARY_FAILURE"),
        ],
        // Rings Bob with ringback media; then stays (512) or plays a prompt (513).
        "512" => vec![ring_bob_with_ringback(), FlowCommand::Idle],
        "513" => vec![ring_bob_with_ringback(), play()],
        "514" => vec![
            ring_bob_with_ringback(),
            ring_bob_with_ringback(),
            FlowCommand::Idle,
        ],
        // Rings Bob as a call through the sales group (for its music on hold).
        "515" => vec![
            FlowCommand::Bridge(Bridge {
                endpoints: vec![Endpoint::device("d101")],
                timeout_secs: 20,
                music_groups: vec!["sales".into()],
                ..Bridge::default()
            }),
            FlowCommand::Idle,
        ],
        // Rings Bob; a caller answered already (transferred later) hears TRANSFER_MEDIA.
        "516" => vec![
            FlowCommand::Bridge(Bridge {
                endpoints: vec![Endpoint::device("d101")],
                timeout_secs: 20,
                transfer_ringback: Some(PlayItem::Audio(TRANSFER_MEDIA.into())),
                ..Bridge::default()
            }),
            FlowCommand::Idle,
        ],
        "504" => vec![
            FlowCommand::Wait { ms: 1500 },
            FlowCommand::hangup("NORMAL_CLEARING"),
        ],
        _ => return None,
    };
    Some(Box::new(Scripted(script.into())))
}

pub(super) fn events() -> Vec<FlowEvent> {
    EVENTS.with(|e| std::mem::take(&mut *e.borrow_mut()))
}

pub(super) fn register_bob(w: &mut World) {
    register(w, "101", BOB);
}

/// Registers phone `user` (password `s<user>`) from `port`.
pub(super) fn register(w: &mut World, user: &str, port: u16) {
    let uri = format!("sip:{REALM}");
    let call_id = format!("reg-{user}");
    let reg = |cseq, branch: &str, extra: &str| {
        request(
            "REGISTER", &uri, user, &call_id, cseq, branch, port, extra, "",
        )
    };
    w.send(port, &reg(1, &format!("r1{user}"), "Expires: 600\r\n"));
    let challenge = w.last_to(port);
    let auth = answer_challenge(&challenge, user, "REGISTER", &uri);
    w.send(
        port,
        &reg(2, &format!("r2{user}"), &format!("Expires: 600\r\n{auth}")),
    );
    assert_eq!(w.last_to(port).status(), Some(200));
}

/// Alice dials `number` and authenticates; returns Alice's INVITE text (for the ACK).
pub(super) fn dial(w: &mut World, number: &str) -> String {
    dial_from(w, "100", ALICE, number, "fc1", &sdp(4000, ""))
}

pub(super) fn media_open(w: &World) -> Option<(u64, u16)> {
    w.flow_out.iter().find_map(|o| match o {
        Output::MediaOpen {
            call,
            codec,
            payload_type,
            telephone_event,
            relay_port,
            ..
        } => {
            assert_eq!(*codec, edgepbx_media::Codec::Pcmu);
            assert_eq!((*payload_type, *telephone_event), (0, Some(101)));
            Some((*call, *relay_port))
        }
        _ => None,
    })
}

fn media_commands(w: &World) -> Vec<(u32, MediaCommand)> {
    w.flow_out
        .iter()
        .filter_map(|o| match o {
            Output::Media { tag, command, .. } => Some((*tag, command.clone())),
            _ => None,
        })
        .collect()
}

fn played() -> FlowEvent {
    FlowEvent::Media(MediaEvent::Played {
        digits: String::new(),
        end: CollectEnd::Played,
    })
}

#[test]
fn the_box_answers_the_caller_plays_and_hangs_up() {
    let mut w = World::new();
    dial(&mut w, "500");
    let ok = w.take(ALICE).into_iter().find(|m| m.status() == Some(200));
    let ok = ok.expect("the box answers the caller itself");
    let body = String::from_utf8_lossy(ok.body()).to_string();
    assert!(body.contains("m=audio 20000 RTP/AVP 0 101"), "{body}");
    let (call, relay_port) = media_open(&w).expect("a terminated leg is opened");
    assert_eq!(relay_port, 20_002);
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert!(remotes.contains(&(7, MediaSide::B, MEDIA_SERVER.parse().unwrap())));
    let commands = media_commands(&w);
    assert_eq!(commands.len(), 1);
    let (tag, _) = commands[0];

    // A stale result (another tag) is ignored; the right one moves the flow on.
    w.engine.flow_event(w.now, call, tag + 7, played());
    w.collect();
    assert!(w.take(ALICE).is_empty());
    w.engine.flow_event(w.now, call, tag, played());
    w.collect();
    let bye = w.last_to(ALICE);
    assert_eq!(bye.method_str(), "BYE");
    assert!(
        w.flow_out
            .iter()
            .any(|o| matches!(o, Output::MediaClose { .. }))
    );
    assert_eq!(events(), vec![played()]);
    assert_eq!(w.cdrs.len(), 1, "one leg, the caller's");
}

#[test]
fn a_bridge_after_a_menu_offers_the_settled_codec_and_the_callee_takes_over() {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "501");
    assert_eq!(
        w.take(ALICE)
            .iter()
            .filter(|m| m.status() == Some(200))
            .count(),
        1
    );
    let (call, _) = media_open(&w).unwrap();
    let (tag, _) = media_commands(&w)[0];
    w.engine.flow_event(w.now, call, tag, played());
    w.collect();
    let invite = w.last_to(BOB);
    assert_eq!(invite.method_str(), "INVITE");
    assert_eq!(
        invite.header(HeaderName::AlertInfo),
        Some("<http://x>;info=alert-internal")
    );
    let offer = String::from_utf8_lossy(invite.body()).to_string();
    assert!(offer.contains("m=audio 20002 RTP/AVP 0 101\r\n"), "{offer}");
    // The caller hears ringback from the media server meanwhile, in the box's country
    // (the account names none).
    let (_, ringback) = media_commands(&w).pop().unwrap();
    assert!(matches!(ringback, MediaCommand::Play { ref items, .. }
        if matches!(&items[0], PlayItem::Tone { ms: None, country, .. } if country == "us")));

    respond(&mut w, &invite, 200, &sdp(6000, ""));
    assert!(
        w.take(ALICE).iter().all(|m| m.status() != Some(200)),
        "the caller was answered once, by the box"
    );
    assert!(
        w.flow_out
            .iter()
            .any(|o| matches!(o, Output::MediaClose { .. }))
    );
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert_eq!(
        remotes.last(),
        Some(&(7, MediaSide::B, "192.0.2.10:6000".parse().unwrap()))
    );
    assert_eq!(
        events().last(),
        Some(&FlowEvent::Bridge(BridgeResult::Answered))
    );
}

#[test]
fn a_delayed_endpoint_rings_late_and_stops_at_its_own_timeout() {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "502");
    w.advance(1_900);
    assert!(
        w.take(BOB).iter().all(|m| m.method_str() != "INVITE"),
        "not before its 2 s delay"
    );
    w.advance(200);
    let invites: Vec<_> = w
        .take(BOB)
        .into_iter()
        .filter(|m| m.method_str() == "INVITE")
        .collect();
    assert_eq!(invites.len(), 1);
    respond(&mut w, &invites[0], 180, "");
    w.advance(2_800);
    assert!(w.take(BOB).iter().all(|m| m.method_str() != "CANCEL"));
    w.advance(200);
    let cancel = w.take(BOB).into_iter().find(|m| m.method_str() == "CANCEL");
    assert!(cancel.is_some(), "cancelled 3 s after it started ringing");
    assert_eq!(events(), vec![FlowEvent::Bridge(BridgeResult::NoAnswer)]);
    let last = w.take(ALICE).pop().unwrap();
    assert_eq!(last.status(), Some(480));
}

#[test]
fn the_response_module_sends_its_own_code_and_reason() {
    let mut w = World::new();
    dial(&mut w, "503");
    let last = w.take(ALICE).pop().unwrap();
    assert_eq!(last.status(), Some(486));
    assert_eq!(last.reason(), "Gone Fishing");
    assert_eq!(w.cdrs.len(), 1);
    assert_eq!(w.cdrs[0]["hangup_cause"], "USER_BUSY");
}

#[test]
fn a_wait_comes_back_as_a_timer_event_when_due() {
    let mut w = World::new();
    dial(&mut w, "504");
    w.take(ALICE);
    w.advance(1_400);
    assert!(events().is_empty());
    assert!(w.take(ALICE).is_empty());
    w.advance(200);
    assert_eq!(events(), vec![FlowEvent::Timer]);
    assert!(
        w.take(ALICE)
            .iter()
            .any(|m| m.status().is_some_and(|c| c >= 400))
    );
}

/// Ringback media: the caller gets 183 with the box's answer and hears the media from the
/// media server; Bob is offered that codec and his early media is not passed; his answer
/// gives the caller a 200 with the same description, and the relay side goes to Bob.
#[test]
fn ringback_media_is_early_media_from_the_box_until_the_callee_answers() {
    let mut w = World::new();
    register_bob(&mut w);
    // Alice offers PCMA first too: the box settles on one codec for its early answer.
    let offer =
        sdp(4000, "").replace("RTP/AVP 0 101", "RTP/AVP 8 0 101") + "a=rtpmap:8 PCMA/8000\r\n";
    dial_from(&mut w, "100", ALICE, "512", "fc1", &offer);
    let to_alice = w.take(ALICE);
    let early: Vec<_> = to_alice
        .iter()
        .filter(|m| m.status() == Some(183))
        .collect();
    assert_eq!(early.len(), 1, "{to_alice:?}");
    let early_sdp = String::from_utf8_lossy(early[0].body()).to_string();
    assert!(
        early_sdp.contains("m=audio 20000 RTP/AVP 8 101\r\n"),
        "{early_sdp}"
    );
    assert!(to_alice.iter().all(|m| m.status() != Some(200)));
    // The media server plays the ringback media on the callee's side of the relay.
    assert!(w.flow_out.iter().any(|o| matches!(
        o,
        Output::MediaOpen {
            relay_port: 20_002,
            ..
        }
    )));
    let (_, command) = media_commands(&w).pop().unwrap();
    assert!(
        matches!(&command, MediaCommand::Play { items, .. }
            if items[..] == [PlayItem::Audio(RINGBACK_MEDIA.into())]),
        "{command:?}"
    );
    // Bob is offered the codec of the early answer only.
    let invite = w.last_to(BOB);
    let offered = String::from_utf8_lossy(invite.body()).to_string();
    assert!(
        offered.contains("m=audio 20002 RTP/AVP 8 101\r\n"),
        "{offered}"
    );
    // His own early media is not passed on.
    respond(
        &mut w,
        &invite,
        183,
        &sdp(6000, "").replace("RTP/AVP 0 101", "RTP/AVP 8 101"),
    );
    assert!(w.take(ALICE).is_empty());
    w.flow_out.clear();
    respond(
        &mut w,
        &invite,
        200,
        &sdp(6000, "").replace("RTP/AVP 0 101", "RTP/AVP 8 101"),
    );
    let ok: Vec<_> = w
        .take(ALICE)
        .into_iter()
        .filter(|m| m.status() == Some(200))
        .collect();
    assert_eq!(ok.len(), 1);
    assert_eq!(
        String::from_utf8_lossy(ok[0].body()),
        early_sdp,
        "the 200 repeats the early answer"
    );
    assert!(
        w.flow_out
            .iter()
            .any(|o| matches!(o, Output::MediaClose { .. }))
    );
    let remotes = w.media.lock().unwrap().remotes.clone();
    assert_eq!(
        remotes.last(),
        Some(&(7, MediaSide::B, "192.0.2.10:6000".parse().unwrap()))
    );
    assert_eq!(
        events().last(),
        Some(&FlowEvent::Bridge(BridgeResult::Answered))
    );
}

/// Nobody answers a bridge with ringback media: the flow goes on (a prompt here) and the
/// caller is answered then, with the early answer it already has.
#[test]
fn after_unanswered_ringback_media_the_box_answers_with_the_same_description() {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "513");
    let early = w
        .take(ALICE)
        .into_iter()
        .find(|m| m.status() == Some(183))
        .unwrap();
    let invite = w.last_to(BOB);
    respond(&mut w, &invite, 486, "");
    let ok = w.take(ALICE).into_iter().find(|m| m.status() == Some(200));
    let ok = ok.expect("the box answers for its prompt");
    assert_eq!(ok.body(), early.body());
    assert!(matches!(
        media_commands(&w).pop(),
        Some((_, MediaCommand::Play { items, .. })) if matches!(items[0], PlayItem::Prompt(_))
    ));
}

/// A second bridge with ringback media (a ring group's next turn) keeps the early answer the
/// caller has: one 183, and the 200 repeats it.
#[test]
fn a_second_ringback_bridge_sends_no_second_early_answer() {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "514");
    let early = w
        .take(ALICE)
        .into_iter()
        .find(|m| m.status() == Some(183))
        .unwrap();
    let invite = w.last_to(BOB);
    respond(&mut w, &invite, 486, "");
    let invite = w.last_to(BOB);
    assert_eq!(invite.method_str(), "INVITE", "Bob is rung again");
    assert!(w.take(ALICE).iter().all(|m| m.status() != Some(183)));
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    let ok = w
        .take(ALICE)
        .into_iter()
        .find(|m| m.status() == Some(200))
        .unwrap();
    assert_eq!(ok.body(), early.body());
}

/// Which tone country the terminated leg was opened with, and the country of the ringback
/// tone the caller hears while `501` rings Bob after its prompt.
fn ringback_country_after_a_prompt() -> (String, String) {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "501");
    let leg_country = w
        .flow_out
        .iter()
        .find_map(|o| match o {
            Output::MediaOpen { country, .. } => Some(country.clone()),
            _ => None,
        })
        .expect("a terminated leg");
    let (call, _) = media_open(&w).unwrap();
    let (tag, _) = media_commands(&w)[0];
    w.engine.flow_event(w.now, call, tag, played());
    w.collect();
    let (_, ringback) = media_commands(&w).pop().unwrap();
    let MediaCommand::Play { items, .. } = ringback else {
        panic!("{ringback:?}")
    };
    let [
        PlayItem::Tone {
            country,
            kind: edgepbx_media::dsp::ToneKind::Ringback,
            ms: None,
        },
    ] = &items[..]
    else {
        panic!("{items:?}")
    };
    (leg_country, country.clone())
}

#[test]
fn callers_hear_their_accounts_country_tones() {
    TONE_COUNTRY.with_borrow_mut(|c| *c = Some("uk".into()));
    let uk = ringback_country_after_a_prompt();
    TONE_COUNTRY.with_borrow_mut(|c| *c = None);
    assert_eq!(uk, ("uk".to_string(), "uk".to_string()));
    let default = ringback_country_after_a_prompt();
    assert_eq!(default, ("us".to_string(), "us".to_string()));
}
