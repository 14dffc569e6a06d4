//! The busy and no-answer forward fields on users and devices: bad values refused with the
//! field named, good ones stored as their schema type.

use serde_json::{Value, json};

use super::{fields_for, validate};

fn check(kind: &str, forward: Value) -> Result<Value, Value> {
    let mut doc =
        json!({"first_name": "Bob", "last_name": "B", "name": "desk", "call_forward": forward});
    let m = doc.as_object_mut().unwrap();
    validate(m, &fields_for(kind))
        .map(|_| doc["call_forward"].clone())
        .map_err(Value::Object)
}

#[test]
fn busy_and_no_answer_are_checked_on_users_and_devices() {
    for kind in ["users", "devices"] {
        let ok = check(
            kind,
            json!({"busy": {"enabled": "true", "number": "1004"},
            "no_answer": {"enabled": true, "number": "+14155550100", "ring_seconds": "30"}}),
        )
        .unwrap();
        assert_eq!(ok["busy"]["enabled"], true);
        assert_eq!(ok["no_answer"]["ring_seconds"], 30);
        assert_eq!(ok["enabled"], false, "Always stays off by default");

        for (bad, field, rule) in [
            (
                json!({"busy": {"number": "1".repeat(36)}}),
                "call_forward.busy.number",
                "maxLength",
            ),
            (
                json!({"busy": {"number": 1004}}),
                "call_forward.busy.number",
                "type",
            ),
            (
                json!({"busy": {"enabled": "maybe"}}),
                "call_forward.busy.enabled",
                "type",
            ),
            (json!({"busy": "1004"}), "call_forward.busy", "type"),
            (
                json!({"no_answer": {"ring_seconds": 4}}),
                "call_forward.no_answer.ring_seconds",
                "minimum",
            ),
            (
                json!({"no_answer": {"ring_seconds": "301"}}),
                "call_forward.no_answer.ring_seconds",
                "maximum",
            ),
            (
                json!({"no_answer": {"ring_seconds": "soon"}}),
                "call_forward.no_answer.ring_seconds",
                "type",
            ),
            (
                json!({"no_answer": {"number": ["1004"]}}),
                "call_forward.no_answer.number",
                "type",
            ),
        ] {
            let e = check(kind, bad.clone()).unwrap_err();
            assert!(e[field][rule].is_object(), "{kind} {bad}: {e}");
        }
    }
}
