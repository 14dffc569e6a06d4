//! `missed_call_alert`: the email is due only when nobody answered and no message was left.

use std::sync::Arc;

use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent, MediaEvent};
use serde_json::{Value, json};

use super::testutil::{T0, office, played, run};
use crate::flow::data::Notice;
use crate::flow::testkit::{MemData, TestCall};

/// 900: alert Bob (a user), a plain address, Bob again by address, and junk; then ring Bob
/// for 10 s and leave a message in his box.
fn alerting_office() -> Arc<MemData> {
    let d = office();
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "last_name": "Baker", "email": "bob@example.com"}),
    );
    d.put(
        "vmboxes",
        "box-bob",
        json!({"owner_id": "bob", "mailbox": "1002"}),
    );
    d.register("dev-bob");
    d
}

fn alert_flow() -> Value {
    let recipients = json!([
        {"type": "user", "id": "bob"},
        {"type": "email", "id": "desk@example.com"},
        {"type": "email", "id": "BOB@example.com"},
        {"type": "email", "id": "x@y.com\r\nBcc: evil@example.com"},
        {"type": "user", "id": "nobody"},
        {"type": "fax", "id": "1"}
    ]);
    json!({"module": "missed_call_alert", "data": {"recipients": recipients}, "children": {"_":
        {"module": "user", "data": {"id": "bob", "timeout": 10}, "children": {"_":
            {"module": "voicemail", "data": {"id": "box-bob"}, "children": {}}}}}})
}

fn start(d: &Arc<MemData>) -> TestCall {
    let (call, first) = run(d, "900", alert_flow());
    assert!(matches!(first, FlowCommand::Bridge(_)), "{first:?}");
    call
}

#[test]
fn a_call_nobody_answers_alerts_each_address_once() {
    let d = alerting_office();
    let mut call = start(&d);
    // Bob does not answer; the caller hangs up during the voicemail greeting.
    call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    call.end();
    let notices = d.notices.lock().unwrap().clone();
    assert_eq!(
        notices,
        [Notice::MissedCall {
            to: vec!["bob@example.com".into(), "desk@example.com".into()],
            caller_name: "Alice".into(),
            caller_number: "1001".into(),
            dialled: "900".into(),
            at_unix: T0,
        }]
    );
}

#[test]
fn an_answered_call_or_a_left_message_is_not_missed() {
    let d = alerting_office();
    let mut call = start(&d);
    call.feed(FlowEvent::Bridge(BridgeResult::Answered));
    call.end();
    assert!(d.notices.lock().unwrap().is_empty(), "answered");

    let mut call = start(&d);
    call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    call.feed(played());
    call.feed(FlowEvent::Media(MediaEvent::Recorded {
        audio: Arc::from(vec![7i16; 80]),
        ms: 4000,
        digit: None,
    }));
    call.end();
    // The box's owner is mailed the message; nobody a missed call.
    let notices = d.notices.lock().unwrap();
    assert!(
        notices
            .iter()
            .all(|n| !matches!(n, Notice::MissedCall { .. })),
        "voicemail left: {notices:?}"
    );
}

#[test]
fn an_alert_without_any_usable_address_sends_nothing() {
    let d = office();
    let flow = json!({"module": "missed_call_alert",
        "data": {"recipients": [{"type": "user", "id": "alice"}, {"type": "email", "id": "not-an-address"}]},
        "children": {}});
    let (mut call, _) = run(&d, "901", flow);
    call.end();
    assert!(d.notices.lock().unwrap().is_empty());
}
