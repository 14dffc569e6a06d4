//! The default feature codes (kazoo.md §3): ordinary callflows tagged with `featurecode`,
//! created with every account (as SmartPBX does on first use), then editable and deletable
//! through the callflows API like any other. Codes that take an argument are patterns.

use serde_json::{Value, json};

use edgepbx_store::{StoreError, Tx};

/// One default code: its `featurecode.name`, exact number or pattern, and the flow node.
type Code = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
    Value,
);

/// (featurecode name, number or None, pattern or None, module, data).
fn defaults() -> Vec<Code> {
    vec![
        (
            "call_forward[action=activate]",
            None,
            Some(r"^\*72([0-9]*)$"),
            "call_forward",
            json!({"action": "activate"}),
        ),
        (
            "call_forward[action=deactivate]",
            Some("*73"),
            None,
            "call_forward",
            json!({"action": "deactivate"}),
        ),
        (
            "call_forward[action=toggle]",
            None,
            Some(r"^\*74([0-9]*)$"),
            "call_forward",
            json!({"action": "toggle"}),
        ),
        (
            "call_forward[action=update]",
            Some("*56"),
            None,
            "call_forward",
            json!({"action": "update"}),
        ),
        (
            "hotdesk[action=login]",
            Some("*11"),
            None,
            "hotdesk",
            json!({"action": "login"}),
        ),
        (
            "hotdesk[action=logout]",
            Some("*12"),
            None,
            "hotdesk",
            json!({"action": "logout"}),
        ),
        (
            "hotdesk[action=toggle]",
            Some("*13"),
            None,
            "hotdesk",
            json!({"action": "toggle"}),
        ),
        (
            "voicemail[action=check]",
            None,
            Some(r"^\*97([0-9]*)$"),
            "voicemail",
            json!({"action": "check"}),
        ),
        (
            "voicemail[single_mailbox_login]",
            None,
            Some(r"^\*98([0-9]*)$"),
            "voicemail",
            json!({"action": "check", "single_mailbox_login": true}),
        ),
        (
            "voicemail[action=\"direct\"]",
            None,
            Some(r"^\*\*([0-9]*)$"),
            "voicemail",
            json!({"action": "compose"}),
        ),
        (
            "intercom",
            None,
            Some(r"^\*0([0-9]*)$"),
            "intercom",
            json!({}),
        ),
        (
            "privacy[mode=full]",
            None,
            Some(r"^\*67([0-9]*)$"),
            "privacy",
            json!({"mode": "full"}),
        ),
        (
            "park_and_retrieve",
            None,
            Some(r"^\*3([0-9]*)$"),
            "park",
            json!({"action": "auto"}),
        ),
        ("valet", Some("*4"), None, "park", json!({"action": "park"})),
        (
            "retrieve",
            None,
            Some(r"^\*5([0-9]*)$"),
            "park",
            json!({"action": "retrieve"}),
        ),
        (
            "directed_ext_pickup",
            None,
            Some(r"^\*87([0-9]+)$"),
            "group_pickup_feature",
            json!({"type": "extension"}),
        ),
        (
            "do_not_disturb[action=activate]",
            Some("*78"),
            None,
            "do_not_disturb",
            json!({"action": "activate"}),
        ),
        (
            "do_not_disturb[action=deactivate]",
            Some("*79"),
            None,
            "do_not_disturb",
            json!({"action": "deactivate"}),
        ),
        (
            "do_not_disturb[action=toggle]",
            Some("*76"),
            None,
            "do_not_disturb",
            json!({"action": "toggle"}),
        ),
        ("move", Some("6683"), None, "move", json!({})),
    ]
}

/// Creates the default feature-code callflows of a new account inside its transaction.
pub fn create_defaults(
    tx: &mut Tx<'_>,
    account: &str,
    now_gregorian: u64,
) -> Result<(), StoreError> {
    for (name, number, pattern, module, data) in defaults() {
        let code = number
            .map(|n| n.trim_start_matches('*').to_string())
            .or_else(|| {
                pattern.map(|p| {
                    p.trim_start_matches("^\\*")
                        .split('(')
                        .next()
                        .unwrap_or("")
                        .to_string()
                })
            })
            .unwrap_or_default();
        let doc = json!({
            "name": name,
            "featurecode": {"name": name, "number": code},
            "numbers": number.into_iter().collect::<Vec<_>>(),
            "patterns": pattern.into_iter().collect::<Vec<_>>(),
            "flow": {"module": module, "data": data, "children": {}},
            "ui_metadata": {"origin": "voip"},
            "pvt_type": "callflow",
            "pvt_account_id": account,
            "pvt_created": now_gregorian,
            "pvt_modified": now_gregorian,
        });
        tx.create(account, "callflows", &edgepbx_store::new_id(), doc)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_code_has_exactly_one_number_or_pattern_and_compiles() {
        let all = defaults();
        assert_eq!(all.len(), 20);
        for (name, number, pattern, _, _) in all {
            assert!(number.is_some() != pattern.is_some(), "{name}");
            if let Some(p) = pattern {
                assert!(regex_lite::Regex::new(p).is_ok(), "{name}: {p}");
            }
        }
    }
}
