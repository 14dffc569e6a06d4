//! The `data` of the callflow modules a SmartPBX group's features write (KAZOO's
//! `callflows.<module>` schemas, in part): a bad value is a 400 naming
//! `flow....data.<field>`, not a call that fails later.

use serde_json::{Map, Value};

use super::rules::{Field, Ty, validate};

const RECORD_CALL: &[Field] = &[
    Field::new("action", Ty::Str).one_of(&["start", "stop"]),
    Field::new("time_limit", Ty::Int).range(5, 10_800),
    Field::new("record_min_sec", Ty::Int).range(0, 3600),
];

const PREPEND_CID: &[Field] = &[
    Field::new("action", Ty::Str).one_of(&["prepend", "reset"]),
    Field::new("caller_id_name_prefix", Ty::Str).len(0, 32),
    Field::new("caller_id_number_prefix", Ty::Str).pattern(r"^\+?[0-9*#]{0,15}$"),
];

const RING_GROUP: &[Field] = &[
    Field::new("ignore_forward", Ty::Bool),
    Field::new("ringback", Ty::Str).len(1, 128),
];

/// Checks node `path`'s `data` (an object) for `module`; errors are named under `path.data`.
pub fn check(
    module: &str,
    data: &mut Map<String, Value>,
    path: &str,
    errors: &mut Map<String, Value>,
) {
    let fields = match module {
        "record_call" => RECORD_CALL,
        "prepend_cid" => PREPEND_CID,
        "ring_group" => RING_GROUP,
        _ => return,
    };
    if let Err(found) = validate(data, fields) {
        for (field, error) in found {
            errors.insert(format!("{path}.data.{field}"), error);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(module: &str, data: Value) -> (Value, Map<String, Value>) {
        let mut data = data.as_object().unwrap().clone();
        let mut errors = Map::new();
        check(module, &mut data, "flow", &mut errors);
        (Value::Object(data), errors)
    }

    #[test]
    fn group_feature_data_is_checked_and_form_strings_converted() {
        let (data, errors) = run(
            "record_call",
            json!({"action": "start", "time_limit": "600"}),
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(data["time_limit"], 600);
        let (_, errors) = run("record_call", json!({"time_limit": 2}));
        assert!(
            errors["flow.data.time_limit"]["minimum"].is_object(),
            "{errors:?}"
        );
        let (_, errors) = run(
            "prepend_cid",
            json!({"caller_id_name_prefix": "x".repeat(33),
            "caller_id_number_prefix": "9a"}),
        );
        assert!(
            errors["flow.data.caller_id_name_prefix"].is_object(),
            "{errors:?}"
        );
        assert!(
            errors["flow.data.caller_id_number_prefix"]["pattern"].is_object(),
            "{errors:?}"
        );
        let (data, errors) = run(
            "ring_group",
            json!({"ignore_forward": "false", "endpoints": []}),
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(data["ignore_forward"], false);
        let (_, errors) = run(
            "ring_group",
            json!({"ignore_forward": "sometimes", "ringback": 5}),
        );
        assert!(errors["flow.data.ignore_forward"].is_object(), "{errors:?}");
        assert!(errors["flow.data.ringback"].is_object(), "{errors:?}");
        let (_, errors) = run("user", json!({"anything": 1}));
        assert!(errors.is_empty());
    }
}
