//! Busy lamp fields: Carol's phone watches 101 (Bob) while Alice calls him; the lamp
//! follows the call. Subscription refreshes, ends, expiry and bad SUBSCRIBEs.

use super::*;

const WATCHER: u16 = 5003;

fn subscribe_text(target: &str, call_id: &str, cseq: u32, extra: &str) -> String {
    let uri = format!("sip:{target}@{REALM}");
    request(
        "SUBSCRIBE",
        &uri,
        "102",
        call_id,
        cseq,
        &format!("{call_id}{cseq}"),
        WATCHER,
        extra,
        "",
    )
}

/// Carol (102) subscribes to `target` with these headers, answering the challenge; returns
/// the 200 and the first NOTIFY (answered 200 by the phone).
fn subscribe(w: &mut World, target: &str, extra: &str) -> (Message, Message) {
    let uri = format!("sip:{target}@{REALM}");
    w.send(WATCHER, &subscribe_text(target, "sub1", 1, extra));
    let challenge = w.last_to(WATCHER);
    assert_eq!(challenge.status(), Some(401));
    let auth = answer_challenge(&challenge, "102", "SUBSCRIBE", &uri);
    w.send(
        WATCHER,
        &subscribe_text(target, "sub1", 2, &format!("{extra}{auth}")),
    );
    let sent = w.take(WATCHER);
    assert_eq!(sent.len(), 2, "a 200 then a NOTIFY: {sent:?}");
    assert_eq!(sent[0].status(), Some(200), "{:?}", sent[0]);
    assert_eq!(sent[1].method_str(), "NOTIFY");
    answer_notify(w, &sent[1], 200);
    (sent[0].clone(), sent[1].clone())
}

fn answer_notify(w: &mut World, notify: &Message, code: u16) {
    let bytes = Writer::response_to(notify, code, reason_phrase(code), None).finish_empty();
    w.engine.handle_bytes(w.now, peer(WATCHER), &bytes);
    w.collect();
}

/// The NOTIFYs Carol got since the last look (retransmissions dropped).
fn unanswered_notifies(w: &mut World) -> Vec<Message> {
    let mut got: Vec<Message> = w
        .take(WATCHER)
        .into_iter()
        .filter(|m| m.method_str() == "NOTIFY")
        .collect();
    got.dedup_by_key(|m| m.header(HeaderName::CSeq).map(str::to_string));
    got
}

/// The NOTIFYs Carol got since the last look, each answered 200.
fn notifies(w: &mut World) -> Vec<Message> {
    let got = unanswered_notifies(w);
    for n in &got {
        answer_notify(w, n, 200);
    }
    got
}

fn body(m: &Message) -> String {
    String::from_utf8_lossy(m.body()).to_string()
}

fn header<'a>(m: &'a Message, name: &str) -> &'a str {
    m.header_named(name).unwrap_or_default()
}

/// Refresh or end a subscription inside its dialog (Carol's CSeq `cseq`).
fn resubscribe(w: &mut World, ok: &Message, cseq: u32, expires: u32) -> Vec<Message> {
    let tag = ok.to().unwrap().tag().unwrap().to_string();
    let uri = format!("sip:101@{REALM}");
    let text = subscribe_text(
        "101",
        "sub1",
        cseq,
        &format!("Event: dialog\r\nExpires: {expires}\r\n"),
    )
    .replace(&format!("To: <{uri}>"), &format!("To: <{uri}>;tag={tag}"));
    w.send(WATCHER, &text);
    w.take(WATCHER)
}

#[test]
fn a_lamp_follows_the_watched_phones_call_from_ringing_to_busy_to_idle() {
    let mut w = World::new();
    let (ok, first) = subscribe(&mut w, "101", "Event: dialog;id=k1\r\nExpires: 1800\r\n");
    assert_eq!(header(&ok, "Expires"), "1800");
    assert_eq!(header(&first, "Event"), "dialog;id=k1");
    assert_eq!(header(&first, "Subscription-State"), "active;expires=1800");
    assert_eq!(
        header(&first, "Content-Type"),
        "application/dialog-info+xml"
    );
    assert!(body(&first).contains("entity=\"sip:101@pbx.test\""));
    assert!(!body(&first).contains("<dialog "), "idle: {}", body(&first));
    // The NOTIFY is in the subscription's dialog: Carol's tag in To, ours (the 200's) in From.
    assert_eq!(first.to().unwrap().tag(), Some("ft-sub1"));
    assert_eq!(first.from().unwrap().tag(), ok.to().unwrap().tag());

    let invite = call_bob(&mut w);
    w.advance(1_000);
    let ringing = notifies(&mut w);
    assert_eq!(ringing.len(), 1, "{ringing:?}");
    assert!(body(&ringing[0]).contains("direction=\"recipient\"><state>early</state>"));
    assert!(body(&ringing[0]).contains("version=\"2\""));

    respond(&mut w, &invite, 200, &sdp(6000, ""));
    w.advance(1_000);
    let busy = notifies(&mut w);
    assert_eq!(busy.len(), 1);
    assert!(body(&busy[0]).contains("<state>confirmed</state>"));
    w.advance(3_000);
    assert!(notifies(&mut w).is_empty(), "nothing changed, nothing sent");

    // Bob hangs up.
    let ack_to_bob = w.last_to(BOB);
    assert_eq!(ack_to_bob.method_str(), "ACK");
    let bye = in_dialog(
        BOB,
        "BYE",
        &format!("{};tag=bobtag", invite.header(HeaderName::To).unwrap()),
        invite.header(HeaderName::From).unwrap(),
        invite.call_id(),
        "",
    );
    w.send(BOB, &bye);
    w.advance(1_000);
    let idle = notifies(&mut w);
    assert_eq!(idle.len(), 1);
    assert!(!body(&idle[0]).contains("<dialog "));
}

#[test]
fn a_state_from_the_directory_shows_and_presence_gets_pidf() {
    let mut w = World::new();
    let (_, first) = subscribe(&mut w, "night_mode", "Event: presence\r\n");
    assert_eq!(header(&first, "Content-Type"), "application/pidf+xml");
    assert_eq!(header(&first, "Subscription-State"), "active;expires=3600");
    assert!(
        body(&first).contains("<note>On the phone</note>"),
        "{}",
        body(&first)
    );
}

#[test]
fn a_refresh_renews_and_expires_zero_ends_with_a_terminated_notify() {
    let mut w = World::new();
    let (ok, _) = subscribe(&mut w, "101", "Event: dialog\r\nExpires: 120\r\n");
    w.advance(100_000);
    let renewed = resubscribe(&mut w, &ok, 3, 600);
    assert_eq!(renewed[0].status(), Some(200));
    assert_eq!(header(&renewed[0], "Expires"), "600");
    assert_eq!(
        header(&renewed[1], "Subscription-State"),
        "active;expires=600"
    );
    answer_notify(&mut w, &renewed[1], 200);
    w.advance(60_000);
    assert!(notifies(&mut w).is_empty(), "renewed past the first expiry");

    let ended = resubscribe(&mut w, &ok, 4, 0);
    assert_eq!(ended[0].status(), Some(200));
    assert_eq!(header(&ended[1], "Subscription-State"), "terminated");
    answer_notify(&mut w, &ended[1], 200);
    // The dialog is gone: another refresh is 481.
    let after = resubscribe(&mut w, &ok, 5, 600);
    assert_eq!(after[0].status(), Some(481));
}

#[test]
fn an_expired_subscription_is_terminated_and_a_refused_notify_ends_one() {
    let mut w = World::new();
    subscribe(&mut w, "101", "Event: dialog\r\nExpires: 60\r\n");
    w.advance(61_000);
    let last = notifies(&mut w);
    assert_eq!(last.len(), 1);
    assert_eq!(
        header(&last[0], "Subscription-State"),
        "terminated;reason=timeout"
    );

    // A phone that forgot its subscription answers 481: no more NOTIFYs.
    let (_, _) = subscribe(&mut w, "101", "Event: dialog\r\n");
    let _invite = call_bob(&mut w);
    w.advance(1_000);
    let ringing = unanswered_notifies(&mut w);
    assert_eq!(ringing.len(), 1);
    answer_notify(&mut w, &ringing[0], 481);
    w.advance(40_000);
    assert!(
        w.take(WATCHER).iter().all(|m| m.method_str() != "NOTIFY"),
        "the subscription ended"
    );
}

#[test]
fn a_message_waiting_lamp_follows_the_box() {
    let mut w = World::new();
    let (ok, first) = subscribe(&mut w, "800", "Event: message-summary\r\n");
    assert!(header(&ok, "Allow-Events").contains("message-summary"));
    assert_eq!(header(&first, "Event"), "message-summary");
    assert_eq!(
        header(&first, "Content-Type"),
        "application/simple-message-summary"
    );
    assert_eq!(
        body(&first),
        format!(
            "Messages-Waiting: no\r\nMessage-Account: sip:800@{REALM}\r\nVoice-Message: 0/0 (0/0)\r\n"
        )
    );
    let set = |new, old| VOICEMAIL_800.with(|c| c.set(MessageCounts { new, old }));
    let mut shown = Vec::new();
    for (new, old) in [(1, 0), (1, 0), (0, 1), (0, 0)] {
        set(new, old);
        w.advance(1_000);
        shown.extend(notifies(&mut w).iter().map(body));
    }
    let lines: Vec<&str> = shown
        .iter()
        .map(|b| b.lines().last().unwrap_or_default())
        .collect();
    assert_eq!(
        lines,
        [
            "Voice-Message: 1/0 (0/0)",
            "Voice-Message: 0/1 (0/0)",
            "Voice-Message: 0/0 (0/0)"
        ],
        "one NOTIFY per change"
    );
    assert!(shown[0].starts_with("Messages-Waiting: yes"));
}

#[test]
fn bad_subscribes_get_reasons() {
    let mut w = World::new();
    let cases = [
        ("", 400, "Missing Event Header"),
        ("Event: conference\r\n", 489, "Bad Event"),
        (
            "Event: dialog\r\nExpires: 10\r\n",
            423,
            "Interval Too Brief",
        ),
        (
            "Event: dialog\r\nAccept: application/pidf+xml\r\n",
            406,
            "Accept Lacks The Package's Type",
        ),
    ];
    for (i, (extra, code, reason)) in cases.into_iter().enumerate() {
        w.send(
            WATCHER,
            &subscribe_text("101", &format!("bad{i}"), 1, extra),
        );
        let answer = w.last_to(WATCHER);
        assert_eq!(answer.status(), Some(code), "{extra}");
        assert_eq!(answer.reason(), reason);
    }
    let bad_event = {
        w.send(WATCHER, &subscribe_text("101", "bad9", 1, "Event: foo\r\n"));
        w.last_to(WATCHER)
    };
    assert_eq!(
        header(&bad_event, "Allow-Events"),
        "dialog, presence, message-summary"
    );
    let too_brief = {
        w.send(
            WATCHER,
            &subscribe_text("101", "bad8", 1, "Event: dialog\r\nExpires: 1\r\n"),
        );
        w.last_to(WATCHER)
    };
    assert_eq!(header(&too_brief, "Min-Expires"), "60");
    let no_contact = subscribe_text("101", "bad7", 1, "Event: dialog\r\n")
        .replace(&format!("Contact: <sip:102@192.0.2.10:{WATCHER}>\r\n"), "");
    w.send(WATCHER, &no_contact);
    let answer = w.last_to(WATCHER);
    assert_eq!(
        (answer.status(), answer.reason()),
        (Some(400), "Missing Contact")
    );
    let no_user = subscribe_text("101", "bad6", 1, "Event: dialog\r\n")
        .replace("SUBSCRIBE sip:101@", "SUBSCRIBE sip:");
    w.send(WATCHER, &no_user);
    assert_eq!(w.last_to(WATCHER).status(), Some(400));
}

#[test]
fn a_registered_phone_is_told_of_its_owners_voicemail_without_subscribing() {
    let mut w = World::new();
    register_bob(&mut w);
    w.advance(1_000);
    // The NOTIFYs Bob got (retransmissions dropped), each answered 200.
    let none = |w: &mut World| -> Vec<Message> {
        let mut got: Vec<Message> = w
            .take(BOB)
            .into_iter()
            .filter(|m| m.method_str() == "NOTIFY")
            .collect();
        got.dedup_by_key(|m| m.call_id().to_string());
        for n in &got {
            let ok = Writer::response_to(n, 200, "OK", None).finish_empty();
            w.engine.handle_bytes(w.now, peer(BOB), &ok);
            w.collect();
        }
        got
    };
    assert!(none(&mut w).is_empty(), "nothing while the box is empty");
    VOICEMAIL_800.with(|c| c.set(MessageCounts { new: 2, old: 1 }));
    w.advance(1_000);
    let got = none(&mut w);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(header(&got[0], "Event"), "message-summary");
    assert_eq!(header(&got[0], "Subscription-State"), "active");
    assert!(header(&got[0], "To").contains("sip:101@pbx.test"));
    assert_eq!(
        body(&got[0]),
        "Messages-Waiting: yes\r\nMessage-Account: sip:800@pbx.test\r\nVoice-Message: 2/1 (0/0)\r\n"
    );
    w.advance(1_000);
    assert!(none(&mut w).is_empty(), "told once per change");
    VOICEMAIL_800.with(|c| c.set(MessageCounts { new: 0, old: 0 }));
    w.advance(1_000);
    let got = none(&mut w);
    assert_eq!(got.len(), 1);
    assert!(body(&got[0]).starts_with("Messages-Waiting: no"));
}
