//! Feature-code control of temporal rules (`temporal_route` with `data.action`).
//!
//! `enable` forces the rules in `data.rules` to match, `disable` forces them not to, `reset`
//! returns them to their schedule; `menu` asks the caller (1 = enable, 2 = disable,
//! 3 = reset, KAZOO's keys). The override is the `enabled` field of each rule document; the
//! caller stores the changed documents and plays the confirmation prompt.

use serde_json::{Map, Value};

/// What a `temporal_route` node does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// No (or an unknown) `action`: route the call by time.
    Route,
    Menu,
    Enable,
    Disable,
    Reset,
}

impl Action {
    pub fn from_data(data: &Value) -> Action {
        match data.get("action").and_then(Value::as_str) {
            Some("menu") => Action::Menu,
            Some("enable") => Action::Enable,
            Some("disable") => Action::Disable,
            Some("reset") => Action::Reset,
            _ => Action::Route,
        }
    }

    /// The override chosen by a menu digit; `None` = not a menu key (KAZOO asks again).
    pub fn from_menu_digit(digit: &str) -> Option<Action> {
        match digit {
            "1" => Some(Action::Enable),
            "2" => Some(Action::Disable),
            "3" => Some(Action::Reset),
            _ => None,
        }
    }

    /// KAZOO's confirmation prompt for an override.
    pub fn prompt(self) -> Option<&'static str> {
        match self {
            Action::Enable => Some("temporal-marked_enabled"),
            Action::Disable => Some("temporal-marked_disabled"),
            Action::Reset => Some("temporal-marker_reset"),
            Action::Menu => Some("temporal-menu"),
            Action::Route => None,
        }
    }

    /// Writes the override into one rule document; `false` if nothing to do.
    pub fn apply(self, rule_doc: &mut Map<String, Value>) -> bool {
        match self {
            Action::Enable => rule_doc
                .insert("enabled".into(), Value::Bool(true))
                .is_none_or(|old| old != true),
            Action::Disable => rule_doc
                .insert("enabled".into(), Value::Bool(false))
                .is_none_or(|old| old != false),
            Action::Reset => rule_doc.remove("enabled").is_some(),
            Action::Menu | Action::Route => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn actions_write_the_enabled_override() {
        assert_eq!(
            Action::from_data(&json!({"action": "disable", "rules": []})),
            Action::Disable
        );
        assert_eq!(Action::from_data(&json!({"rules": []})), Action::Route);
        assert_eq!(Action::from_menu_digit("3"), Some(Action::Reset));
        assert_eq!(Action::from_menu_digit("9"), None);
        let mut doc = json!({"name": "r", "cycle": "weekly"})
            .as_object()
            .unwrap()
            .clone();
        assert!(Action::Enable.apply(&mut doc));
        assert_eq!(doc["enabled"], json!(true));
        assert!(!Action::Enable.apply(&mut doc));
        assert!(Action::Disable.apply(&mut doc));
        assert_eq!(doc["enabled"], json!(false));
        assert!(Action::Reset.apply(&mut doc));
        assert!(!doc.contains_key("enabled"));
        assert!(!Action::Reset.apply(&mut doc));
    }
}
