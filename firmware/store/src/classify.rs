//! Number classes (KAZOO's number manager `classifiers`): which kind of number a dialled
//! number is, for `call_restriction` and the API's `phone_numbers/classifiers`.
//!
//! The classes are tried in order on the number normalised to E.164 (and on the number as
//! dialled, for short codes such as 911); the first regex that matches names the class. An
//! account may replace the list with its own (`configs/number_manager` `classifiers`, an
//! object of `{name: {regex, friendly_name}}` in the order to try), for its country's plan.

use regex_lite::Regex;
use serde_json::{Map, Value, json};

use crate::numbers;

/// The class that is never restricted.
pub const EMERGENCY: &str = "emergency";

/// KAZOO's default classes, in the order they are tried.
const DEFAULTS: &[(&str, &str, &str)] = &[
    (
        "tollfree_us",
        "US Toll Free",
        r"^\+1((?:800|888|877|866|855|844|833)\d{7})$",
    ),
    ("toll_us", "US Toll", r"^\+1(900\d{7})$"),
    (
        EMERGENCY,
        "Emergency Dispatcher",
        r"^(911|112|999|000|110|118|119)$",
    ),
    (
        "caribbean",
        "Caribbean",
        r"^\+?1((?:684|264|268|242|246|441|284|345|767|809|829|849|473|671|876|664|670|787|939|869|758|784|721|868|649|340)\d{7})$",
    ),
    ("did_us", "US DID", r"^\+?1?([2-9][0-9]{2}[2-9][0-9]{6})$"),
    (
        "international",
        "International",
        r"^(011\d*|00\d*|\+[2-9]\d*)$",
    ),
    ("unknown", "Unknown", r"^(.*)$"),
];

/// The default classes as the API lists them (`{name: {name, friendly_name, regex}}`).
pub fn defaults() -> Value {
    Value::Object(
        DEFAULTS
            .iter()
            .map(|(name, friendly, regex)| {
                (
                    name.to_string(),
                    json!({"name": name, "friendly_name": friendly, "regex": regex}),
                )
            })
            .collect(),
    )
}

/// An account's classes: its own `classifiers` object when it has a usable one, else the
/// defaults. Entries without a compiling regex are skipped (and logged).
pub fn classes(custom: Option<&Value>) -> Vec<(String, Regex)> {
    let list = custom
        .and_then(Value::as_object)
        .filter(|m| !m.is_empty())
        .cloned()
        .unwrap_or_else(|| match defaults() {
            Value::Object(m) => m,
            _ => Map::new(),
        });
    list.iter()
        .filter_map(|(name, c)| {
            let regex = c.get("regex").and_then(Value::as_str)?;
            match Regex::new(regex) {
                Ok(re) => Some((name.clone(), re)),
                Err(e) => {
                    tracing::warn!(class = %name, "classifier regex does not compile: {e}");
                    None
                }
            }
        })
        .collect()
}

/// The class of `number`: emergency when the number as dialled or normalised is one, else
/// the first class matching the normalised number, else the first matching as dialled.
pub fn classify(classes: &[(String, Regex)], number: &str) -> Option<String> {
    let normalized = numbers::normalize(number);
    let first = |n: &str| {
        classes
            .iter()
            .find(|(_, re)| re.is_match(n))
            .map(|(name, _)| name.clone())
    };
    let is_emergency = |n: &str| {
        classes
            .iter()
            .any(|(name, re)| name == EMERGENCY && re.is_match(n))
    };
    if is_emergency(number) || is_emergency(&normalized) {
        return Some(EMERGENCY.into());
    }
    first(&normalized).or_else(|| first(number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_classes_of_the_numbers_toll_fraud_uses() {
        let c = classes(None);
        for (number, class) in [
            ("+442071234567", "international"),
            ("011442071234567", "international"),
            ("00442071234567", "international"),
            ("+19005551234", "toll_us"),
            ("19005551234", "toll_us"),
            ("+18765551234", "caribbean"),
            ("18765551234", "caribbean"),
            ("+18005551234", "tollfree_us"),
            ("4155550100", "did_us"),
            ("911", "emergency"),
            ("112", "emergency"),
            ("1001", "unknown"),
        ] {
            assert_eq!(classify(&c, number).as_deref(), Some(class), "{number}");
        }
    }

    #[test]
    fn an_accounts_own_classes_replace_the_defaults() {
        let custom = json!({"emergency": {"regex": "^(112|999)$"}, "premium_uk": {"regex": "^\\+449\\d+$"},
            "broken": {"regex": "("}, "unknown": {"regex": ".*"}});
        let c = classes(Some(&custom));
        assert_eq!(c.len(), 3);
        assert_eq!(
            classify(&c, "00449012345678").as_deref(),
            Some("premium_uk")
        );
        assert_eq!(classify(&c, "999").as_deref(), Some("emergency"));
        assert_eq!(classify(&c, "911").as_deref(), Some("unknown"));
    }
}
