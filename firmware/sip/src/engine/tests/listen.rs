//! Listening in on bridged calls: the relay tap opened on answer, call recordings kept
//! after the call, and in-call keys gathered into a transfer.

use edgepbx_media::session::{StreamFormat, TapCommand, TapSide};

use super::flow::{dial, events, media_open, register_bob};
use super::*;

/// Each TapOpen: (call, A side's format and relay port, B side's).
type Opened = (
    u64,
    (Option<StreamFormat>, u16),
    (Option<StreamFormat>, u16),
);

fn taps(w: &World) -> Vec<Opened> {
    w.flow_out
        .iter()
        .filter_map(|o| match o {
            Output::TapOpen { call, a, b } => Some((*call, *a, *b)),
            _ => None,
        })
        .collect()
}

fn tap_commands(w: &World) -> Vec<TapCommand> {
    w.flow_out
        .iter()
        .filter_map(|o| match o {
            Output::Tap { command, .. } => Some(command.clone()),
            _ => None,
        })
        .collect()
}

fn key(w: &mut World, call: u64, side: TapSide, digit: char) {
    let ev = FlowEvent::Media(MediaEvent::TapDigit { side, digit });
    w.engine.flow_event(w.now, call, 0, ev);
    w.collect();
}

#[test]
fn an_answered_call_is_tapped_recorded_and_keys_transfer_the_other_party() {
    let mut w = World::new();
    register_bob(&mut w);
    dial(&mut w, "507");
    let invite = w.last_to(BOB);
    assert_eq!(invite.method_str(), "INVITE");
    assert!(
        taps(&w).is_empty(),
        "nothing to listen to before the answer"
    );
    respond(&mut w, &invite, 200, &sdp(6000, ""));

    let opened = taps(&w);
    assert_eq!(opened.len(), 1, "{:?}", w.flow_out);
    let (call, (a, a_port), (b, b_port)) = opened[0];
    let pcmu = StreamFormat {
        codec: edgepbx_media::Codec::Pcmu,
        payload_type: 0,
        telephone_event: Some(101),
    };
    assert_eq!(
        (a, b, a_port, b_port),
        (Some(pcmu), Some(pcmu), 20_000, 20_002)
    );
    assert_eq!(
        tap_commands(&w),
        vec![
            TapCommand::Digits { a: true, b: false },
            TapCommand::RecordStart { max_ms: 60_000 }
        ]
    );
    let server: SocketAddr = MEDIA_SERVER.parse().unwrap();
    let set = w.media.lock().unwrap().taps.clone();
    assert_eq!(
        set,
        vec![
            (7, MediaSide::A, Some(server)),
            (7, MediaSide::B, Some(server))
        ]
    );
    assert_eq!(
        events(),
        vec![
            FlowEvent::Done,
            FlowEvent::Done,
            FlowEvent::Bridge(BridgeResult::Answered)
        ]
    );

    // Keys before the binding key, and the callee's, do not count; `*500` then a pause does.
    key(&mut w, call, TapSide::A, '5');
    key(&mut w, call, TapSide::A, '*');
    for d in ['5', '0', '0'] {
        w.advance(300);
        key(&mut w, call, TapSide::A, d);
    }
    w.advance(900);
    assert!(events().is_empty(), "still within the digit timeout");
    w.flow_out.clear();
    w.advance(200);
    assert_eq!(
        events(),
        vec![FlowEvent::Keys {
            by: Party::Caller,
            digits: "500".into()
        }]
    );
    // Alice leaves (a BYE, no NOTIFY: she sent no REFER); Bob runs 500's flow on the box.
    let to_alice = w.take(ALICE);
    assert!(to_alice.iter().any(|m| m.method_str() == "BYE"));
    assert!(to_alice.iter().all(|m| m.method_str() != "NOTIFY"));
    assert!(
        media_open(&w).is_some(),
        "Bob is answered by the media server"
    );
    assert!(
        w.flow_out
            .iter()
            .any(|o| matches!(o, Output::TapClose { call: c } if *c == call)),
        "the box took a side: listening stops"
    );
    let set = w.media.lock().unwrap().taps.clone();
    assert_eq!(
        &set[2..],
        &[(7, MediaSide::A, None), (7, MediaSide::B, None)]
    );

    // The media server hands the recording over: it becomes a document with its audio.
    w.flow_out.clear();
    let wav: std::sync::Arc<[u8]> = vec![1u8, 2, 3].into();
    let done = FlowEvent::Media(MediaEvent::CallRecorded {
        wav: wav.clone(),
        ms: 4_200,
    });
    w.engine.flow_event(w.now, call, 1, done.clone());
    w.collect();
    let rec = w.flow_out.iter().find_map(|o| match o {
        Output::Recording { account, doc, wav } => {
            Some((account.clone(), doc.clone(), wav.clone()))
        }
        _ => None,
    });
    let (account, doc, stored) = rec.expect("a recording output");
    assert_eq!(account, "acc");
    assert_eq!(stored, wav);
    assert_eq!(doc["duration_ms"], 4_200);
    assert_eq!(doc["duration"], 5);
    assert_eq!(doc["owner_id"], "u-alice");
    assert_eq!(doc["origin"], "callflow");
    assert_eq!(doc["destination"], "507");
    assert_eq!(doc["content_type"], "audio/wav");
    // Delivered once.
    w.flow_out.clear();
    w.engine.flow_event(w.now, call, 1, done);
    w.collect();
    assert!(
        w.flow_out
            .iter()
            .all(|o| !matches!(o, Output::Recording { .. }))
    );
}
