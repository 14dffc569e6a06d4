//! Reading JSON values the way KAZOO clients write them.
//!
//! The Monster UI sends many numbers and booleans as strings (`"timeout": "20"`,
//! `"enabled": "true"`), and older documents keep them that way. Everything that reads a
//! document field as a number or a boolean goes through these, so both forms mean the same.
//! The API also stores coerced values on write ([`coerce_int`] and friends, after KAZOO's
//! `fix_js_types`), so these matter mostly for callflow `data` and documents written before.

use serde_json::{Number, Value};

/// A non-negative integer: a JSON number (a fraction is truncated, a negative one is 0) or a
/// numeric string.
pub fn as_u64(v: &Value) -> Option<u64> {
    as_i64(v).map(|n| n.max(0) as u64)
}

/// An integer: a JSON number (a fraction is truncated) or a numeric string (`" 20 "`, `"1.0"`).
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => {
            let s = s.trim();
            s.parse::<i64>().ok().or_else(|| {
                s.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(|f| f as i64)
            })
        }
        _ => None,
    }
}

/// A boolean: `true`/`false`, or the strings `"true"`/`"false"` in any case.
pub fn as_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.trim().eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.trim().eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// `doc[key]` read with [`as_u64`].
pub fn u64_at(doc: &Value, key: &str) -> Option<u64> {
    doc.get(key).and_then(as_u64)
}

/// `doc[key]` read with [`as_i64`].
pub fn i64_at(doc: &Value, key: &str) -> Option<i64> {
    doc.get(key).and_then(as_i64)
}

/// `doc[key]` read with [`as_bool`].
pub fn bool_at(doc: &Value, key: &str) -> Option<bool> {
    doc.get(key).and_then(as_bool)
}

/// A document's `enabled` flag: anything but an explicit false (or `"false"`) is enabled.
pub fn is_enabled(doc: &Value) -> bool {
    bool_at(doc, "enabled") != Some(false)
}

/// The value as a JSON integer, when it is a string holding one (or an integral float).
pub fn coerce_int(v: &Value) -> Option<Value> {
    match v {
        Value::String(s) => s.trim().parse::<i64>().ok().map(Value::from),
        Value::Number(n) if !n.is_i64() && !n.is_u64() => n
            .as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| Value::from(f as i64)),
        _ => None,
    }
}

/// The value as a JSON number, when it is a string holding one.
pub fn coerce_number(v: &Value) -> Option<Value> {
    let s = v.as_str()?.trim();
    if let Ok(i) = s.parse::<i64>() {
        return Some(Value::from(i));
    }
    s.parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map(Value::Number)
}

/// The value as a JSON boolean, when it is the string `"true"` or `"false"`.
pub fn coerce_bool(v: &Value) -> Option<Value> {
    match v {
        Value::String(_) => as_bool(v).map(Value::Bool),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_from_numbers_and_strings() {
        assert_eq!(as_u64(&json!(20)), Some(20));
        assert_eq!(as_u64(&json!("20")), Some(20));
        assert_eq!(as_u64(&json!(" 600 ")), Some(600));
        assert_eq!(as_u64(&json!("1.0")), Some(1));
        assert_eq!(as_u64(&json!(-5)), Some(0));
        assert_eq!(as_i64(&json!("-5")), Some(-5));
        assert_eq!(as_u64(&json!("twenty")), None);
        assert_eq!(as_u64(&json!(true)), None);
        assert_eq!(as_u64(&json!("NaN")), None);
    }

    #[test]
    fn booleans_from_booleans_and_strings() {
        assert_eq!(as_bool(&json!(true)), Some(true));
        assert_eq!(as_bool(&json!("true")), Some(true));
        assert_eq!(as_bool(&json!("False")), Some(false));
        assert_eq!(as_bool(&json!("yes")), None);
        assert_eq!(as_bool(&json!(1)), None);
        assert!(is_enabled(&json!({})));
        assert!(!is_enabled(&json!({"enabled": "false"})));
        assert!(!is_enabled(&json!({"enabled": false})));
    }

    #[test]
    fn coercions_only_change_what_they_can_read() {
        assert_eq!(coerce_int(&json!("4")), Some(json!(4)));
        assert_eq!(coerce_int(&json!(4.0)), Some(json!(4)));
        assert_eq!(coerce_int(&json!(4.5)), None);
        assert_eq!(coerce_int(&json!("4.5")), None);
        assert_eq!(coerce_int(&json!("four")), None);
        assert_eq!(coerce_number(&json!("4.5")), Some(json!(4.5)));
        assert_eq!(coerce_bool(&json!("true")), Some(json!(true)));
        assert_eq!(coerce_bool(&json!("on")), None);
    }
}
