//! Forwarding on busy and on no answer, set in the panel (`tests/web/call-forward.mjs`), then
//! checked on the documents and on calls with SIPp phones: Bob's phone answers busy (486) and
//! Dee's phone rings instead; Cy's phone rings unanswered for his 5 seconds, then Dee's rings.
//! Also: an edit in the Users form keeps the custom internal caller ID set on Features (and
//! rewrites one the form itself derived).

mod common;

use common::office::{phone, user_with_extension};
use common::panel::{browse, past_first_boot, start_box, tools_present};
use common::sipp::{SippDir, free_port, register_from, uac, uas};
use common::{ADMIN_PASSWORD, Client};
use serde_json::json;
use std::time::{Duration, Instant};

fn user(admin: &Client, id: &str) -> serde_json::Value {
    admin.get(&admin.url(&format!("users/{id}"))).data()
}

#[test]
fn busy_and_no_answer_forwards_set_in_the_panel_ring_the_target() {
    if !tools_present() {
        return;
    }
    let (_dir, _data, pbx) = start_box(&[], &[]);
    let admin = pbx.admin();
    past_first_boot(&admin);
    let bob = user_with_extension(&admin, "Bob", "bob", "1002");
    let cy = user_with_extension(&admin, "Cy", "cy", "1003");
    let dee = user_with_extension(&admin, "Dee", "dee", "1004");
    let eve = user_with_extension(&admin, "Eve", "eve", "1005");
    let derived = json!({"caller_id": {"internal": {"name": "Eve Example", "number": "1005"}}});
    assert_eq!(
        admin
            .patch(&admin.url(&format!("users/{eve}")), derived)
            .status,
        200
    );
    phone(&admin, "callerphone", None);
    phone(&admin, "bobphone", Some(&bob));
    phone(&admin, "cyphone", Some(&cy));
    phone(&admin, "deephone", Some(&dee));

    let seen = browse(
        &pbx,
        "call-forward.mjs",
        "web-call-forward-screenshots",
        &[("PANEL_PASSWORD", ADMIN_PASSWORD)],
    );
    assert_eq!(
        seen["modes"],
        json!(["Off", "Always", "When I am busy", "When I do not answer"]),
        "{seen}"
    );
    assert_eq!(
        seen["ring_time_for_busy"], 0,
        "ring time is for no answer only"
    );
    assert_eq!(
        seen["busy_number_error"],
        "A number of 2 to 15 digits, + first for an international one"
    );
    assert_eq!(
        seen["ring_seconds_error"],
        "A whole number of seconds from 5 to 300"
    );
    assert_eq!(
        seen["kept_number"], "1004",
        "a refused save keeps the input"
    );
    assert_eq!(seen["cy_mode"], "no_answer");
    assert_eq!(seen["cy_ring"], "5");

    // The documents: Always stays off, the mode's own object holds the number.
    let bob_doc = user(&admin, &bob);
    let cf = &bob_doc["call_forward"];
    assert_eq!(cf["enabled"], false, "{bob_doc}");
    assert_eq!(cf["busy"], json!({"enabled": true, "number": "1004"}));
    assert_eq!(cf["no_answer"], json!({"enabled": false}));
    let cy_doc = user(&admin, &cy);
    assert_eq!(
        cy_doc["call_forward"]["no_answer"],
        json!({"enabled": true, "number": "1004", "ring_seconds": 5}),
        "{cy_doc}"
    );
    assert_eq!(cy_doc["call_forward"]["busy"], json!({"enabled": false}));
    // Renamed in the Users form: the custom internal name stays, the extension is derived.
    assert_eq!(bob_doc["last_name"], "Sample");
    assert_eq!(
        bob_doc["caller_id"]["internal"],
        json!({"name": "Bob at Reception", "number": "1002"})
    );

    assert_eq!(
        user(&admin, &eve)["caller_id"]["internal"],
        json!({"name": "Eve Sample", "number": "1006"})
    );

    // The API refuses bad modes, naming the field; the document stays as it was.
    for (bad, field) in [
        (
            json!({"call_forward": {"no_answer": {"ring_seconds": 301}}}),
            "call_forward.no_answer.ring_seconds",
        ),
        (
            json!({"call_forward": {"busy": {"number": "1".repeat(36)}}}),
            "call_forward.busy.number",
        ),
    ] {
        let r = admin.patch(&admin.url(&format!("users/{bob}")), bad);
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(
            r.json()["data"].get(field).is_some(),
            "{field}: {}",
            r.text()
        );
    }
    assert_eq!(user(&admin, &bob), bob_doc);

    let caller = SippDir::new();
    let dee_dir = SippDir::new();
    let dee_port = free_port();
    register_from(&dee_dir, &pbx, "deephone", dee_port);

    // Bob's phone answers busy: Dee's phone rings and answers.
    let bob_dir = SippDir::new();
    let bob_port = free_port();
    register_from(&bob_dir, &pbx, "bobphone", bob_port);
    let mut bob_phone = uas(&bob_dir, "uas_busy.xml", bob_port, &[]);
    let mut dee_phone = uas(&dee_dir, "uas_answer_hangup.xml", dee_port, &["-d", "1000"]);
    uac(
        &caller,
        &pbx,
        "uac_wait_bye.xml",
        "callerphone",
        "1002",
        &[],
    )
    .expect_ok(Duration::from_secs(30));
    bob_phone.expect_ok(Duration::from_secs(10));
    dee_phone.expect_ok(Duration::from_secs(10));

    // Cy's phone rings unanswered: cancelled after his 5 s, then Dee's phone answers.
    let cy_dir = SippDir::new();
    let cy_port = free_port();
    register_from(&cy_dir, &pbx, "cyphone", cy_port);
    let mut cy_phone = uas(&cy_dir, "uas_ring.xml", cy_port, &[]);
    let mut dee_phone = uas(&dee_dir, "uas_answer_hangup.xml", dee_port, &["-d", "1000"]);
    let started = Instant::now();
    uac(
        &caller,
        &pbx,
        "uac_wait_bye.xml",
        "callerphone",
        "1003",
        &[],
    )
    .expect_ok(Duration::from_secs(30));
    let took = started.elapsed();
    cy_phone.expect_ok(Duration::from_secs(10));
    dee_phone.expect_ok(Duration::from_secs(10));
    assert!(
        took >= Duration::from_secs(6) && took < Duration::from_secs(15),
        "5 s of ringing, 1 s of talk: {took:?}"
    );

    assert!(pbx.stop());
}
