//! The call's prompt language for every prompt the box plays (the `language` module, else
//! the called user's or device owner's, else the account's) and numbers, dates and times in
//! a German pack's words, in virtual time.

use std::sync::Arc;

use edgepbx_media::prompts::{PROMPTS, say_de};
use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{BridgeResult, FlowCommand, FlowEvent, MediaCommand};
use serde_json::{Value, json};

use super::testutil::{keyed, node, office, run};
use crate::flow::testkit::MemData;

/// Installs a German pack of every built-in prompt and German number piece; each prompt's
/// audio is one sample holding its index, so [`said`] can tell which was played.
fn german_pack(d: &Arc<MemData>, language: &str) {
    let ids = PROMPTS.iter().map(|(id, _)| *id).chain(say_de::PIECES);
    let mut packs = d.prompts.lock().unwrap();
    for (i, id) in ids.enumerate() {
        packs.insert((language.into(), id.into()), Arc::from(vec![i as i16]));
    }
}

/// What a play command says: built-in ids as they are, pack prompts as `de:<id>`.
fn said(cmd: &FlowCommand) -> Vec<String> {
    let FlowCommand::Media(MediaCommand::Play { items, .. }) = cmd else {
        panic!("expected a play, got {cmd:?}");
    };
    let ids: Vec<&str> = PROMPTS
        .iter()
        .map(|(id, _)| *id)
        .chain(say_de::PIECES)
        .collect();
    items
        .iter()
        .filter_map(|item| match item {
            PlayItem::Prompt(id) => Some(id.clone()),
            PlayItem::Pending(audio) => {
                let sample = audio.get().flatten().map(|a| a[0])?;
                ids.get(sample as usize).map(|id| format!("de:{id}"))
            }
            _ => None,
        })
        .collect()
}

fn menu() -> Value {
    node("menu", json!({}))
}

fn set_account_language(d: &Arc<MemData>, language: &str) {
    d.account.lock().unwrap()["language"] = json!(language);
}

#[test]
fn the_accounts_language_speaks_menus_parking_and_conferences() {
    let d = office();
    german_pack(&d, "de-de");
    // An English account hears the built-in prompts.
    let (_, first) = run(&d, "3000", menu());
    assert_eq!(said(&first), ["ivr_enter_extension"]);
    set_account_language(&d, "de-DE");
    let (_, first) = run(&d, "3000", menu());
    assert_eq!(said(&first), ["de:ivr_enter_extension"]);
    let (_, first) = run(&d, "3001", node("park", json!({"slot": "7"})));
    assert_eq!(said(&first), ["de:park_parked_at", "de:num_7"]);
    let (_, first) = run(&d, "3002", node("conference", json!({})));
    assert_eq!(said(&first), ["de:conf_joined"]);
    // An account in a language without a pack keeps the built-in prompts.
    set_account_language(&d, "fr-fr");
    let (_, first) = run(&d, "3000", menu());
    assert_eq!(said(&first), ["ivr_enter_extension"]);
}

#[test]
fn the_language_module_wins_over_the_called_user_and_the_account() {
    let d = office();
    german_pack(&d, "de-de");
    d.register("dev-bob");
    set_account_language(&d, "de-de");
    let english = json!({"module": "language", "data": {"language": "en-us"},
                         "children": {"_": menu()}});
    let (_, first) = run(&d, "3000", english);
    assert_eq!(said(&first), ["ivr_enter_extension"]);
    // The flow's language holds after reaching a German user.
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "language": "de-de"}),
    );
    let flow = json!({"module": "language", "data": {"language": "en-us"}, "children": {"_":
        {"module": "user", "data": {"id": "bob"}, "children": {"_": menu()}}}});
    let (mut call, _) = run(&d, "3001", flow);
    let next = call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    assert_eq!(said(&next), ["ivr_enter_extension"]);
}

#[test]
fn the_called_user_or_device_owner_sets_the_language_of_what_follows() {
    let d = office();
    german_pack(&d, "de-de");
    d.register("dev-bob");
    d.put(
        "users",
        "bob",
        json!({"first_name": "Bob", "language": "de-de"}),
    );
    // Bob does not answer: the menu after him speaks his German, in an English account.
    let flow = json!({"module": "user", "data": {"id": "bob"}, "children": {"_": menu()}});
    let (mut call, _) = run(&d, "3000", flow);
    let next = call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    assert_eq!(said(&next), ["de:ivr_enter_extension"]);
    // Calling his device: the owner's language.
    let flow = json!({"module": "device", "data": {"id": "dev-bob"}, "children": {"_": menu()}});
    let (mut call, _) = run(&d, "3001", flow);
    let next = call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    assert_eq!(said(&next), ["de:ivr_enter_extension"]);
    // A device's own language wins over its owner's; Carol (no language) stays English.
    d.put(
        "devices",
        "dev-bob",
        json!({"owner_id": "bob", "language": "en-us"}),
    );
    let (mut call, _) = run(&d, "3001", flow_to("device", "dev-bob"));
    let next = call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    assert_eq!(said(&next), ["ivr_enter_extension"]);
    d.put("users", "carol", json!({"first_name": "Carol"}));
    d.put("devices", "dev-carol", json!({"owner_id": "carol"}));
    d.register("dev-carol");
    let (mut call, _) = run(&d, "3002", flow_to("user", "carol"));
    let next = call.feed(FlowEvent::Bridge(BridgeResult::NoAnswer));
    assert_eq!(said(&next), ["ivr_enter_extension"]);
}

fn flow_to(module: &str, id: &str) -> Value {
    json!({"module": module, "data": {"id": id}, "children": {"_": menu()}})
}

#[test]
fn a_german_box_says_counts_and_the_envelope_in_german() {
    let d = office();
    german_pack(&d, "de-de");
    // 22 new messages, the first left at T0: Friday 15 January 2027, 09:00 in Berlin.
    let mut messages: Vec<Value> = (0..22)
        .map(|i| json!({"media_id": format!("m{i}"), "folder": "new"}))
        .collect();
    messages[0]["caller_id_number"] = json!("1002");
    messages[0]["timestamp"] =
        json!(super::testutil::T0 + 21 * 60 + edgepbx_store::GREGORIAN_OFFSET);
    d.put(
        "vmboxes",
        "box-alice",
        json!({"owner_id": "alice", "mailbox": "1001", "language": "de-de", "is_setup": true,
               "timezone": "Europe/Berlin", "messages": messages}),
    );
    d.audio
        .lock()
        .unwrap()
        .insert("m0".into(), Arc::from(vec![1i16; 8]));
    let (mut call, first) = run(&d, "*97", node("voicemail", json!({"action": "check"})));
    assert_eq!(
        said(&first),
        [
            "de:vm_you_have",
            "de:num_2",
            "de:num_and",
            "de:num_20",
            "de:vm_new_messages",
            "de:vm_main_menu"
        ]
    );
    // "Empfangen Freitag, fünfzehnter Januar, neun Uhr einundzwanzig, von eins null null zwei".
    let envelope = said(&call.feed(keyed("1")));
    assert_eq!(
        envelope[..9],
        [
            "de:vm_received",
            "de:day_friday",
            "de:ord_15",
            "de:month_january",
            "de:num_9",
            "de:oclock",
            "de:num_1_combined",
            "de:num_and",
            "de:num_20",
        ]
    );
    assert_eq!(envelope[9..11], ["de:vm_from", "de:num_1"]);
}

#[test]
fn a_forwards_press_one_prompt_is_in_the_forwarding_users_language() {
    let d = office();
    german_pack(&d, "de-de");
    d.put("users", "carol", json!({"first_name": "Carol"}));
    d.put("devices", "dev-carol", json!({"owner_id": "carol"}));
    d.register("dev-carol");
    d.put(
        "callflows",
        "cf-1004",
        json!({"numbers": ["1004"], "flow": flow_to("user", "carol")}),
    );
    let confirm = |language: Option<&str>| {
        let mut bob = json!({"first_name": "Bob",
            "call_forward": {"enabled": true, "number": "1004", "substitute": true}});
        if let Some(language) = language {
            bob["language"] = json!(language);
        }
        d.put("users", "bob", bob);
        let (_, first) = super::testutil::run(&d, "3000", flow_to("user", "bob"));
        let FlowCommand::Bridge(bridge) = first else {
            panic!("expected a bridge, got {first:?}");
        };
        assert!(bridge.endpoints.iter().any(|e| e.confirm_key == Some('1')));
        bridge.confirm_prompt.map(|p| {
            let play = FlowCommand::Media(MediaCommand::Play {
                items: vec![p],
                collect: None,
                barge_in: false,
            });
            said(&play)
        })
    };
    assert_eq!(
        confirm(Some("de-de")),
        Some(vec!["de:cf_press_one".to_string()])
    );
    // English: the engine's built-in prompt.
    assert_eq!(confirm(None), None);
}
