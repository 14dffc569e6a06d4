//! Callflow documents: numbers (normalised to E.164 as KAZOO does on save), patterns (must
//! compile), and the flow tree (every node a `{module, data, children}` object).

use edgepbx_store::numbers;
use serde_json::{Map, Value, json};

use super::rules::{Field, Ty, validate};

/// Flow trees deeper than this are refused; real ones are a handful of levels deep.
const MAX_FLOW_DEPTH: usize = 64;

const FIELDS: &[Field] = &[
    Field::new("name", Ty::Str).len(1, 128),
    Field::new("numbers", Ty::Arr)
        .def("[]")
        .items(Ty::Str)
        .len(1, 36),
    Field::new("patterns", Ty::Arr)
        .def("[]")
        .items(Ty::Str)
        .len(1, 256),
    Field::new("flow", Ty::Obj).req(),
    Field::new("flags", Ty::Arr).items(Ty::Str),
    Field::new("owner_id", Ty::Str).pattern("^[0-9a-f]{32}$"),
    Field::new("group_id", Ty::Str).pattern("^[0-9a-f]{32}$"),
];

pub fn validate_callflow(doc: &mut Map<String, Value>) -> Result<(), Map<String, Value>> {
    let mut errors = validate(doc, FIELDS).err().unwrap_or_default();
    let empty = |k: &str| {
        doc.get(k)
            .and_then(Value::as_array)
            .is_none_or(|a| a.is_empty())
    };
    if empty("numbers") && empty("patterns") && !errors.contains_key("numbers") {
        errors.insert(
            "numbers".into(),
            json!({"required": {"message": "a callflow needs at least one number or pattern"}}),
        );
    }
    if let Some(patterns) = doc.get("patterns").and_then(Value::as_array) {
        for (i, p) in patterns.iter().enumerate() {
            if let Some(p) = p.as_str()
                && let Err(e) = regex_lite::Regex::new(p)
            {
                errors.insert(
                    format!("patterns.{i}"),
                    json!({"pattern": {"message": format!("invalid regular expression: {e}"), "value": p}}),
                );
            }
        }
    }
    if let Some(Value::Array(list)) = doc.get_mut("numbers") {
        for n in list.iter_mut() {
            if let Some(s) = n.as_str() {
                *n = Value::String(numbers::normalize(s));
            }
        }
        let mut seen = Vec::new();
        list.retain(|n| {
            if seen.contains(n) {
                false
            } else {
                seen.push(n.clone());
                true
            }
        });
    }
    if let Some(flow) = doc.get_mut("flow") {
        check_node(flow, "flow", 0, &mut errors);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn check_node(node: &mut Value, path: &str, depth: usize, errors: &mut Map<String, Value>) {
    if depth > MAX_FLOW_DEPTH {
        errors.insert(path.into(), json!({"maxDepth": {"message": format!("flow is nested deeper than {MAX_FLOW_DEPTH} levels")}}));
        return;
    }
    let Some(map) = node.as_object_mut() else {
        errors.insert(
            path.into(),
            json!({"type": {"message": "Value did not match type(s): object"}}),
        );
        return;
    };
    match map.get("module") {
        Some(Value::String(m)) if !m.is_empty() && m.len() <= 64 => {}
        Some(v) => {
            errors.insert(format!("{path}.module"), json!({"type": {"message": "module must be a string of 1 to 64 characters", "value": v}}));
        }
        None => {
            errors.insert(
                format!("{path}.module"),
                json!({"required": {"message": "Field is required but missing"}}),
            );
        }
    }
    for key in ["data", "children"] {
        match map.get(key) {
            None | Some(Value::Null) => {
                map.insert(key.into(), json!({}));
            }
            Some(Value::Object(_)) => {}
            Some(v) => {
                errors.insert(
                    format!("{path}.{key}"),
                    json!({"type": {"message": "Value did not match type(s): object", "value": v}}),
                );
            }
        }
    }
    let module = map
        .get("module")
        .and_then(Value::as_str)
        .map(str::to_string);
    if let (Some(module), Some(Value::Object(data))) = (module, map.get_mut("data")) {
        super::flow_data::check(&module, data, path, errors);
    }
    if let Some(Value::Object(children)) = map.get_mut("children") {
        for (branch, child) in children.iter_mut() {
            check_node(
                child,
                &format!("{path}.children.{branch}"),
                depth + 1,
                errors,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(v: Value) -> Result<Value, Value> {
        let mut m = v.as_object().unwrap().clone();
        validate_callflow(&mut m)
            .map(|_| Value::Object(m))
            .map_err(Value::Object)
    }

    #[test]
    fn numbers_normalised_and_defaults_inserted() {
        let v = run(json!({"numbers": ["4155550100", "1000", "1000"], "flow": {"module": "user", "children": {"_": {"module": "voicemail"}}}})).unwrap();
        assert_eq!(v["numbers"], json!(["+14155550100", "1000"]));
        assert_eq!(v["flow"]["children"]["_"]["data"], json!({}));
    }

    #[test]
    fn bad_flows_are_named() {
        let e = run(
            json!({"flow": {"children": {"_": {"module": 5, "data": []}}}, "patterns": ["(["]}),
        )
        .unwrap_err();
        assert!(e["flow.module"]["required"].is_object());
        assert!(e["flow.children._.module"]["type"].is_object());
        assert!(e["flow.children._.data"]["type"].is_object());
        assert!(e["patterns.0"]["pattern"].is_object());
        assert!(run(json!({"numbers": ["1"]})).unwrap_err()["flow"]["required"].is_object());
        assert!(
            run(json!({"flow": {"module": "user"}})).unwrap_err()["numbers"]["required"]
                .is_object()
        );
    }
}
