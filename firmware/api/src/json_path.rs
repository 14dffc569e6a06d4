//! Dotted-path access and KAZOO's PATCH merge on JSON documents.

use serde_json::{Map, Value};

/// The value at a dotted path (`ui_metadata.origin`).
pub fn get_path<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(doc, |v, part| match v {
        Value::Object(m) => m.get(part),
        Value::Array(a) => part.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
}

/// Recursive merge of `patch` into `target`: objects merge key by key, `null` deletes a key,
/// anything else replaces (crossbar_doc PATCH semantics).
pub fn merge(target: &mut Map<String, Value>, patch: &Map<String, Value>) {
    for (k, v) in patch {
        match v {
            Value::Null => {
                target.remove(k);
            }
            Value::Object(p) => match target.get_mut(k) {
                Some(Value::Object(t)) => merge(t, p),
                _ => {
                    let mut fresh = Map::new();
                    merge(&mut fresh, p);
                    target.insert(k.clone(), Value::Object(fresh));
                }
            },
            other => {
                target.insert(k.clone(), other.clone());
            }
        }
    }
}

/// Client input without `id` and private fields (`pvt_*`, `_*`): those belong to the server.
pub fn client_fields(mut data: Map<String, Value>) -> Map<String, Value> {
    data.retain(|k, _| k != "id" && !k.starts_with("pvt_") && !k.starts_with('_'));
    data
}

/// A copy of a stored document without private fields (`pvt_*`, `_*`), with `id` set.
pub fn public(doc: &Value, id: &str) -> Value {
    let mut out = Map::new();
    if let Some(map) = doc.as_object() {
        for (k, v) in map {
            if !k.starts_with("pvt_") && !k.starts_with('_') {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    out.insert("id".into(), Value::String(id.to_string()));
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn patch_keeps_untouched_nested_keys() {
        let mut t = json!({"a": {"b": 1, "c": 2}, "d": 3, "e": 4})
            .as_object()
            .unwrap()
            .clone();
        let p = json!({"a": {"b": 5}, "d": null, "f": {"g": null, "h": 1}})
            .as_object()
            .unwrap()
            .clone();
        merge(&mut t, &p);
        assert_eq!(
            Value::Object(t),
            json!({"a": {"b": 5, "c": 2}, "e": 4, "f": {"h": 1}})
        );
    }

    #[test]
    fn public_view_hides_private_fields() {
        let v = public(
            &json!({"name": "x", "pvt_md5_auth": "s", "_rev": "1-a"}),
            "abc",
        );
        assert_eq!(v, json!({"name": "x", "id": "abc"}));
        assert_eq!(
            get_path(&json!({"a": [{"b": 1}]}), "a.0.b"),
            Some(&json!(1))
        );
    }
}
