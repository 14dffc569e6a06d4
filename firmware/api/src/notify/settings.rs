//! The settings of a notification the box acts on besides its templates: who it goes to
//! (KAZOO's `to`: `{"type": "admins" | "specified" | "original", "email_addresses": [..]}`)
//! and, for `trunk_down`, how long an outside line must stay down before it is mailed
//! (`down_after_seconds`, the box's own field). Checked when saved; read when mailing.

use serde_json::Value;

/// How long a registration must keep failing before `trunk_down` is mailed, by default.
pub const DOWN_AFTER_DEFAULT_SECS: u64 = 300;
pub const DOWN_AFTER_MIN_SECS: u64 = 1;
pub const DOWN_AFTER_MAX_SECS: u64 = 86_400;
pub const DOWN_AFTER_FIELD: &str = "down_after_seconds";

/// Who a notification goes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum To {
    /// The account's administrators with an email address (else the nearest parent
    /// account's), as KAZOO's `admins`.
    Admins,
    /// The addresses listed in `to.email_addresses` (KAZOO's `specified`).
    Specified(Vec<String>),
}

/// The stored `to` of a notification; `admins` when it says nothing usable (KAZOO's default
/// for system alerts). `original` (the addresses of the event) is `admins` for mails about
/// the box, which have no addresses of their own.
pub fn to(stored: Option<&Value>) -> To {
    let Some(to) = stored.and_then(|d| d.get("to")) else {
        return To::Admins;
    };
    let addresses: Vec<String> = to
        .get("email_addresses")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .filter(|e| is_address(e))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    match to.get("type").and_then(Value::as_str) {
        Some("specified") if !addresses.is_empty() => To::Specified(addresses),
        _ => To::Admins,
    }
}

/// `down_after_seconds` of the account's `trunk_down`, else the default.
pub fn down_after_secs(stored: Option<&Value>) -> u64 {
    stored
        .and_then(|d| d.get(DOWN_AFTER_FIELD))
        .and_then(Value::as_u64)
        .filter(|s| (DOWN_AFTER_MIN_SECS..=DOWN_AFTER_MAX_SECS).contains(s))
        .unwrap_or(DOWN_AFTER_DEFAULT_SECS)
}

/// One `@` with something on both sides (KAZOO's own check), no spaces or brackets.
pub fn is_address(e: &str) -> bool {
    let mut parts = e.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(user), Some(host), None)
        if !user.is_empty() && !host.is_empty())
        && !e.chars().any(|c| c.is_whitespace() || "<>,;\"".contains(c))
}

/// Checks `to` and `down_after_seconds` of a settings edit of notification `id`: the field
/// that fails (as the API names it) and why.
pub fn check(id: &str, data: &serde_json::Map<String, Value>) -> Result<(), (String, String)> {
    if let Some(to) = data.get("to") {
        let to = to
            .as_object()
            .ok_or_else(|| ("to".to_string(), "an object".to_string()))?;
        if let Some(t) = to.get("type") {
            match t.as_str() {
                Some("admins" | "specified" | "original") => {}
                _ => {
                    return Err((
                        "to.type".into(),
                        "one of admins, specified, original".into(),
                    ));
                }
            }
        }
        if let Some(list) = to.get("email_addresses") {
            let list = list
                .as_array()
                .ok_or_else(|| ("to.email_addresses".to_string(), "a list".to_string()))?;
            for (i, e) in list.iter().enumerate() {
                if !e.as_str().is_some_and(is_address) {
                    return Err((
                        format!("to.email_addresses.{i}"),
                        "an email address (name@domain)".into(),
                    ));
                }
            }
        }
    }
    if let Some(v) = data.get(DOWN_AFTER_FIELD) {
        if id != "trunk_down" {
            return Err((DOWN_AFTER_FIELD.into(), "only trunk_down has it".into()));
        }
        if !v
            .as_u64()
            .is_some_and(|s| (DOWN_AFTER_MIN_SECS..=DOWN_AFTER_MAX_SECS).contains(&s))
        {
            return Err((
                DOWN_AFTER_FIELD.into(),
                format!("whole seconds, {DOWN_AFTER_MIN_SECS}-{DOWN_AFTER_MAX_SECS}"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn checked(id: &str, v: Value) -> Result<(), String> {
        check(id, v.as_object().unwrap()).map_err(|(field, _)| field)
    }

    #[test]
    fn recipients_default_to_the_admins_and_specified_needs_addresses() {
        assert_eq!(to(None), To::Admins);
        assert_eq!(to(Some(&json!({"to": {"type": "original"}}))), To::Admins);
        assert_eq!(
            to(Some(
                &json!({"to": {"type": "specified", "email_addresses": []}})
            )),
            To::Admins
        );
        assert_eq!(
            to(Some(
                &json!({"to": {"type": "specified", "email_addresses": ["a@b.example", "nope"]}})
            )),
            To::Specified(vec!["a@b.example".into()])
        );
    }

    #[test]
    fn the_threshold_defaults_to_five_minutes_and_bad_settings_name_their_field() {
        assert_eq!(down_after_secs(None), 300);
        assert_eq!(down_after_secs(Some(&json!({DOWN_AFTER_FIELD: 2}))), 2);
        assert_eq!(checked("trunk_down", json!({DOWN_AFTER_FIELD: 60})), Ok(()));
        for (id, bad, field) in [
            ("trunk_down", json!({DOWN_AFTER_FIELD: 0}), DOWN_AFTER_FIELD),
            (
                "trunk_down",
                json!({DOWN_AFTER_FIELD: "5"}),
                DOWN_AFTER_FIELD,
            ),
            (
                "trunk_down",
                json!({DOWN_AFTER_FIELD: 86_401}),
                DOWN_AFTER_FIELD,
            ),
            (
                "missed_call",
                json!({DOWN_AFTER_FIELD: 60}),
                DOWN_AFTER_FIELD,
            ),
            ("trunk_down", json!({"to": "me@x.example"}), "to"),
            ("trunk_down", json!({"to": {"type": "everyone"}}), "to.type"),
            (
                "trunk_down",
                json!({"to": {"email_addresses": "a@b.example"}}),
                "to.email_addresses",
            ),
            (
                "missed_call",
                json!({"to": {"email_addresses": ["a@b.example", "a b@c"]}}),
                "to.email_addresses.1",
            ),
        ] {
            assert_eq!(checked(id, bad.clone()), Err(field.to_string()), "{bad}");
        }
    }
}
