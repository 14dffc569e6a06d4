//! A call whose flow panics ends (500 to the caller, BYE/CANCEL to the callee, media freed,
//! nothing left in the engine) and the engine goes on serving the next call.

use super::*;

/// Panics at the start (666), when the callee answers (667), or when its wait ends (668).
struct Faulty(&'static str);

impl CallFlow for Faulty {
    fn start(&mut self, _now: Now) -> FlowCommand {
        match self.0 {
            "666" => panic!("injected: flow start"),
            "667" => FlowCommand::Bridge(Bridge {
                endpoints: vec![Endpoint::device("d101")],
                timeout_secs: 5,
                ..Bridge::default()
            }),
            _ => FlowCommand::Wait { ms: 500 },
        }
    }
    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        panic!("injected: flow event {event:?}")
    }
}

pub(super) fn flow(number: &str) -> Option<Box<dyn CallFlow>> {
    let which = match number {
        "666" => "666",
        "667" => "667",
        _ => "668",
    };
    Some(Box::new(Faulty(which)))
}

fn register_bob(w: &mut World) {
    let uri = format!("sip:{REALM}");
    w.send(
        BOB,
        &request("REGISTER", &uri, "101", "regp", 1, "rp1", BOB, "", ""),
    );
    let auth = answer_challenge(&w.last_to(BOB), "101", "REGISTER", &uri);
    w.send(
        BOB,
        &request(
            "REGISTER",
            &uri,
            "101",
            "regp",
            2,
            "rp2",
            BOB,
            &format!("Expires: 600\r\n{auth}"),
            "",
        ),
    );
    assert_eq!(w.last_to(BOB).status(), Some(200));
}

/// Everything is gone: no call, every media session allocated was released.
fn nothing_left(w: &World) {
    assert_eq!(w.engine.call_count(), 0);
    assert!(w.engine.server_tx.is_empty() && w.engine.dialogs.is_empty());
    let media = w.media.lock().unwrap();
    for id in 7..7 + media.allocated {
        assert!(media.released.contains(&id), "media {id} not released");
    }
}

/// After a panic the next call still rings Bob.
fn next_call_works(w: &mut World) {
    dial_from(w, "100", ALICE, "101", "after", &sdp(4000, ""));
    let to_bob = w.take(BOB);
    assert!(
        to_bob.iter().any(|m| m.method_str() == "INVITE"),
        "{to_bob:?}"
    );
}

#[test]
fn a_flow_that_panics_at_its_start_gets_500_and_the_engine_goes_on() {
    let mut w = World::new();
    register_bob(&mut w);
    dial_from(&mut w, "100", ALICE, "666", "boom1", &sdp(4000, ""));
    let last = w.last_to(ALICE);
    assert_eq!(
        (last.status(), last.reason()),
        (Some(500), "Internal Error")
    );
    assert_eq!(w.engine.panics_caught(), 1);
    nothing_left(&w);
    next_call_works(&mut w);
}

#[test]
fn a_flow_that_panics_when_the_callee_answers_hangs_both_sides_up() {
    let mut w = World::new();
    register_bob(&mut w);
    dial_from(&mut w, "100", ALICE, "667", "boom2", &sdp(4000, ""));
    let invite = w.last_to(BOB);
    respond(&mut w, &invite, 200, &sdp(4100, ""));
    let to_bob = w.take(BOB);
    assert!(to_bob.iter().any(|m| m.method_str() == "BYE"), "{to_bob:?}");
    let to_alice = w.take(ALICE);
    assert!(
        to_alice
            .iter()
            .any(|m| m.status() == Some(500) || m.method_str() == "BYE"),
        "{to_alice:?}"
    );
    assert_eq!(w.engine.panics_caught(), 1);
    nothing_left(&w);
    next_call_works(&mut w);
}

#[test]
fn a_flow_that_panics_in_a_timer_is_torn_down() {
    let mut w = World::new();
    register_bob(&mut w);
    dial_from(&mut w, "100", ALICE, "668", "boom3", &sdp(4000, ""));
    w.take(ALICE);
    w.advance(1_000);
    let last = w.last_to(ALICE);
    assert_eq!(
        (last.status(), last.reason()),
        (Some(500), "Internal Error")
    );
    assert_eq!(w.engine.panics_caught(), 1);
    nothing_left(&w);
    next_call_works(&mut w);
}

#[test]
fn a_panic_in_housekeeping_tears_down_the_call_it_hit_and_writes_its_cdrs() {
    let mut w = World::new();
    let invite = call_bob(&mut w);
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    w.take(ALICE);
    w.take(BOB);
    // The answered call's media session (the first one allocated, id 7) makes the media
    // timeout check panic.
    w.media.lock().unwrap().idle_panics = Some(7);
    w.advance(1_000);
    assert_eq!(w.engine.panics_caught(), 1);
    for side in [ALICE, BOB] {
        let sent = w.take(side);
        assert!(sent.iter().any(|m| m.method_str() == "BYE"), "{sent:?}");
    }
    assert_eq!(w.cdrs.len(), 2, "both legs' records: {:?}", w.cdrs);
    assert!(
        w.cdrs
            .iter()
            .all(|c| c["hangup_cause"] == "NORMAL_TEMPORARY_FAILURE"),
        "{:?}",
        w.cdrs
    );
    w.media.lock().unwrap().idle_panics = None;
    nothing_left(&w);
    // Housekeeping goes on: the next round is not skipped, and calls still work.
    w.advance(2_000);
    assert_eq!(w.engine.panics_caught(), 1);
    next_call_works(&mut w);
}

#[test]
fn a_flow_that_panics_writes_the_calls_cdr() {
    let mut w = World::new();
    register_bob(&mut w);
    dial_from(&mut w, "100", ALICE, "667", "boom4", &sdp(4000, ""));
    let invite = w.last_to(BOB);
    respond(&mut w, &invite, 200, &sdp(4100, ""));
    assert_eq!(w.engine.panics_caught(), 1);
    assert!(
        w.cdrs
            .iter()
            .any(|c| c["hangup_cause"] == "NORMAL_TEMPORARY_FAILURE"),
        "{:?}",
        w.cdrs
    );
}
