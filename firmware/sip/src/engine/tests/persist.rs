//! The crash journal: what it holds of a call, when its version moves, and how a restarted
//! engine ends the calls it lists.

use super::*;

#[test]
fn an_answered_call_is_journaled_and_a_restarted_engine_byes_both_sides() {
    let mut w = World::new();
    let before = w.engine.registrations_version();
    let no_calls = w.engine.journal_version();
    let invite = call_bob(&mut w);
    let registered = w.engine.registrations_version();
    assert_ne!(before, registered, "a registration moves its version");
    respond(&mut w, &invite, 180, "");
    assert!(
        w.engine.call_journal().is_empty(),
        "ringing calls are not kept"
    );
    assert_eq!(w.engine.journal_version(), no_calls);
    respond(&mut w, &invite, 200, &sdp(6000, ""));
    let answered = w.engine.journal_version();
    assert_ne!(answered, no_calls, "an answer moves the journal's version");
    assert_eq!(w.engine.registrations_version(), registered);
    w.advance(2_000);
    assert_eq!(
        w.engine.journal_version(),
        answered,
        "time alone changes nothing"
    );
    let journal = w.engine.call_journal();
    assert_eq!(journal.len(), 1);
    let call = &journal[0];
    assert_eq!(call.a.call_id, "call1");
    assert_eq!(call.a.peer.port(), ALICE);
    let (b, device) = call.b.as_ref().expect("the answered side");
    assert_eq!((b.peer.port(), device.as_str()), (BOB, "d101"));
    assert_eq!(b.remote_tag.as_deref(), Some("bobtag"));

    // The box restarts: a fresh engine ends the call from the journal.
    let mut w2 = World::new();
    w2.now.unix += 30;
    w2.engine.end_lost_calls(w2.now, &journal, true);
    w2.collect();
    let bye_a = w2.last_to(ALICE);
    assert_eq!(bye_a.method_str(), "BYE");
    assert_eq!(bye_a.call_id(), "call1");
    assert_eq!(bye_a.to().unwrap().tag(), Some("ft-call1"));
    assert!(bye_a.cseq().unwrap().number > crate::engine::persist::CSEQ_MARGIN);
    let bye_b = w2.last_to(BOB);
    assert_eq!(bye_b.method_str(), "BYE");
    assert_eq!(bye_b.to().unwrap().tag(), Some("bobtag"));
    assert_eq!(w2.cdrs.len(), 2, "one record per leg");
    for cdr in &w2.cdrs {
        assert_eq!(cdr["hangup_cause"], crate::engine::persist::RESTART_CAUSE);
        assert_eq!(cdr["disposition"], "ANSWER");
    }
    // Unanswered BYEs are retransmitted (UDP), then given up on.
    w2.advance(1_000);
    assert!(!w2.take(ALICE).is_empty(), "BYE retransmitted");
    w2.advance(40_000);
    assert_eq!(w2.engine.call_count(), 0);

    // The caller hangs up in the first engine: the journal empties, the version moves.
    let ok = w.take(ALICE).into_iter().find(|m| m.status() == Some(200));
    assert!(ok.is_some());
    let uri = format!("sip:101@{REALM}");
    let to_tag = call.a.local_tag.clone();
    let bye = request("BYE", &uri, "100", "call1", 3, "b1", ALICE, "", "").replace(
        &format!("To: <{uri}>"),
        &format!("To: <{uri}>;tag={to_tag}"),
    );
    w.send(ALICE, &bye);
    assert!(w.engine.call_journal().is_empty());
    assert_eq!(w.engine.journal_version(), no_calls);
}
