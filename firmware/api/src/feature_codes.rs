//! Feature codes (kazoo.md §3): KAZOO ships none; they are ordinary callflows tagged with
//! `featurecode`, created with every account (as SmartPBX does on first use), then edited,
//! disabled (deleted) and re-enabled through the callflows API like any other, as the
//! Callflows app does. This file holds the one table of built-in codes: the account's
//! defaults are made from it, and `GET feature_codes` lists it joined with the account's
//! callflows and with the interpreter's own module table (whether the box runs the code).

use serde_json::{Value, json};

use crate::context::Ctx;
use crate::error::{ApiError, ApiResult};
use crate::{Api, Reply};
use edgepbx_store::{StoreError, Tx};

/// How a code is dialled, hence how its callflow matches it.
#[derive(Clone, Copy, PartialEq)]
enum Dial {
    /// `*` and the code, exactly (a `numbers` entry).
    Star,
    /// `*`, the code, then optional digits (a `patterns` entry capturing them).
    StarDigits,
    /// `*`, the code, then at least one digit.
    StarDigitsRequired,
    /// The code alone (a `numbers` entry), as KAZOO's `move` is 6683.
    Plain,
}

impl Dial {
    /// The callflow's `numbers` and `patterns` for `code`, with `{code}` standing for the code
    /// (the panel fills it in the same way, with `*` escaped in patterns).
    fn template(self) -> (Vec<&'static str>, Vec<&'static str>) {
        match self {
            Dial::Star => (vec!["*{code}"], vec![]),
            Dial::StarDigits => (vec![], vec![r"^\*{code}([0-9]*)$"]),
            Dial::StarDigitsRequired => (vec![], vec![r"^\*{code}([0-9]+)$"]),
            Dial::Plain => (vec!["{code}"], vec![]),
        }
    }

    /// `numbers` and `patterns` for a concrete code.
    fn fill(self, code: &str) -> (Vec<String>, Vec<String>) {
        let (numbers, patterns) = self.template();
        let escaped = code.replace('*', r"\*");
        (
            numbers.iter().map(|n| n.replace("{code}", code)).collect(),
            patterns
                .iter()
                .map(|p| p.replace("{code}", &escaped))
                .collect(),
        )
    }
}

/// One built-in code: its `featurecode.name`, default code, how it is dialled, and the flow
/// node (module and data). What a code does is said by the panel's strings file (keyed by
/// `featurecode.name`), so a translation is a file.
struct Code {
    name: &'static str,
    code: &'static str,
    dial: Dial,
    module: &'static str,
    data: Value,
}

fn code(
    name: &'static str,
    code: &'static str,
    dial: Dial,
    module: &'static str,
    data: Value,
) -> Code {
    Code {
        name,
        code,
        dial,
        module,
        data,
    }
}

/// The built-in codes, with KAZOO's names and default codes.
fn defaults() -> Vec<Code> {
    use Dial::*;
    vec![
        code(
            "call_forward[action=activate]",
            "72",
            StarDigits,
            "call_forward",
            json!({"action": "activate"}),
        ),
        code(
            "call_forward[action=deactivate]",
            "73",
            Star,
            "call_forward",
            json!({"action": "deactivate"}),
        ),
        code(
            "call_forward[action=toggle]",
            "74",
            StarDigits,
            "call_forward",
            json!({"action": "toggle"}),
        ),
        code(
            "call_forward[action=update]",
            "56",
            Star,
            "call_forward",
            json!({"action": "update"}),
        ),
        // The Callflows app's busy / no-answer forwarding codes (README "Call forwarding").
        code(
            "call_forward[action=on_busy_enable]",
            "90",
            StarDigits,
            "call_forward",
            json!({"action": "on_busy_enable"}),
        ),
        code(
            "call_forward[action=on_busy_disable]",
            "91",
            Star,
            "call_forward",
            json!({"action": "on_busy_disable"}),
        ),
        code(
            "call_forward[action=no_answer_enable]",
            "53",
            StarDigits,
            "call_forward",
            json!({"action": "no_answer_enable"}),
        ),
        code(
            "call_forward[action=no_answer_disable]",
            "52",
            Star,
            "call_forward",
            json!({"action": "no_answer_disable"}),
        ),
        code(
            "hotdesk[action=login]",
            "11",
            Star,
            "hotdesk",
            json!({"action": "login"}),
        ),
        code(
            "hotdesk[action=logout]",
            "12",
            Star,
            "hotdesk",
            json!({"action": "logout"}),
        ),
        code(
            "hotdesk[action=toggle]",
            "13",
            Star,
            "hotdesk",
            json!({"action": "toggle"}),
        ),
        code(
            "voicemail[action=check]",
            "97",
            StarDigits,
            "voicemail",
            json!({"action": "check"}),
        ),
        code(
            "voicemail[single_mailbox_login]",
            "98",
            StarDigits,
            "voicemail",
            json!({"action": "check", "single_mailbox_login": true}),
        ),
        code(
            "voicemail[action=\"direct\"]",
            "*",
            StarDigits,
            "voicemail",
            json!({"action": "compose"}),
        ),
        code("intercom", "0", StarDigits, "intercom", json!({})),
        code(
            "privacy[mode=full]",
            "67",
            StarDigits,
            "privacy",
            json!({"mode": "full"}),
        ),
        code(
            "park_and_retrieve",
            "3",
            StarDigits,
            "park",
            json!({"action": "auto"}),
        ),
        code("valet", "4", Star, "park", json!({"action": "park"})),
        code(
            "retrieve",
            "5",
            StarDigits,
            "park",
            json!({"action": "retrieve"}),
        ),
        code(
            "directed_ext_pickup",
            "87",
            StarDigitsRequired,
            "group_pickup_feature",
            json!({"type": "extension"}),
        ),
        code(
            "do_not_disturb[action=activate]",
            "78",
            Star,
            "do_not_disturb",
            json!({"action": "activate"}),
        ),
        code(
            "do_not_disturb[action=deactivate]",
            "79",
            Star,
            "do_not_disturb",
            json!({"action": "deactivate"}),
        ),
        code(
            "do_not_disturb[action=toggle]",
            "76",
            Star,
            "do_not_disturb",
            json!({"action": "toggle"}),
        ),
        code("move", "6683", Plain, "move", json!({})),
    ]
}

impl Code {
    /// The callflow the box makes for this code dialled as `number`.
    fn callflow(&self, number: &str) -> Value {
        let (numbers, patterns) = self.dial.fill(number);
        json!({
            "name": self.name,
            "featurecode": {"name": self.name, "number": number},
            "numbers": numbers,
            "patterns": patterns,
            "flow": {"module": self.module, "data": self.data, "children": {}},
            "ui_metadata": {"origin": "voip"},
        })
    }

    /// Whether the call engine runs this code's module (its interpreter's module table).
    fn handled(&self) -> bool {
        edgepbx_callflow::flow::modules::build(self.module, &self.data).is_some()
    }
}

/// Creates the default feature-code callflows of a new account inside its transaction.
pub fn create_defaults(
    tx: &mut Tx<'_>,
    account: &str,
    now_gregorian: u64,
) -> Result<(), StoreError> {
    for c in defaults() {
        let mut doc = c.callflow(c.code);
        doc["pvt_type"] = json!("callflow");
        doc["pvt_account_id"] = json!(account);
        doc["pvt_created"] = json!(now_gregorian);
        doc["pvt_modified"] = json!(now_gregorian);
        tx.create(account, "callflows", &edgepbx_store::new_id(), doc)?;
    }
    Ok(())
}

/// `GET /v2/accounts/{A}/feature_codes`: every built-in code (its `name` keys what it does in
/// the panel's strings file), whether the box runs it (`handled`), and the account's callflow
/// for it (`enabled`, `callflow_id`, the code dialled now). `template` is the callflow to `PUT`
/// to re-enable a disabled code, its `numbers`/`patterns` with `{code}` for the code (`*`
/// escaped as `\*` in patterns).
pub fn list(api: &Api, ctx: &mut Ctx, account: &str) -> ApiResult<Reply> {
    if ctx.method != "GET" {
        return Err(ApiError::MethodNotAllowed);
    }
    ctx.require_admin()?;
    let callflows = api.store().collection(account, "callflows")?;
    let rows = defaults()
        .into_iter()
        .map(|c| {
            let own = callflows.iter().find(|(_, doc)| {
                doc.pointer("/featurecode/name").and_then(Value::as_str) == Some(c.name)
            });
            let number = own
                .and_then(|(_, doc)| doc.pointer("/featurecode/number"))
                .and_then(Value::as_str)
                .unwrap_or(c.code);
            let (numbers, patterns) = c.dial.template();
            let mut template = c.callflow("{code}");
            template["numbers"] = json!(numbers);
            template["patterns"] = json!(patterns);
            template["featurecode"]["number"] = json!("{code}");
            json!({
                "name": c.name,
                "module": c.module,
                "default_number": c.code,
                "number": number,
                "takes_digits": c.dial != Dial::Star && c.dial != Dial::Plain,
                "star": c.dial != Dial::Plain,
                "handled": c.handled(),
                "enabled": own.is_some(),
                "callflow_id": own.map(|(id, _)| id.as_str()),
                "template": template,
            })
        })
        .collect();
    Ok(Reply::ok(Value::Array(rows)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_code_dials_one_way_and_its_pattern_compiles() {
        let all = defaults();
        assert_eq!(all.len(), 24);
        for c in &all {
            let (numbers, patterns) = c.dial.fill(c.code);
            assert_eq!(numbers.len() + patterns.len(), 1, "{}", c.name);
            for p in patterns {
                assert!(regex_lite::Regex::new(&p).is_ok(), "{}: {p}", c.name);
            }
        }
    }

    #[test]
    fn codes_keep_kazoos_numbers_and_patterns() {
        let find = |name: &str| defaults().into_iter().find(|c| c.name == name).unwrap();
        let cf = find("call_forward[action=activate]").callflow("72");
        assert_eq!(cf["patterns"], json!([r"^\*72([0-9]*)$"]));
        assert_eq!(
            cf["featurecode"],
            json!({"name": "call_forward[action=activate]", "number": "72"})
        );
        let direct = find("voicemail[action=\"direct\"]").callflow("*");
        assert_eq!(direct["patterns"], json!([r"^\*\*([0-9]*)$"]));
        assert_eq!(
            find("directed_ext_pickup").callflow("87")["patterns"],
            json!([r"^\*87([0-9]+)$"])
        );
        assert_eq!(
            find("call_forward[action=deactivate]").callflow("73")["numbers"],
            json!(["*73"])
        );
        assert_eq!(find("move").callflow("6683")["numbers"], json!(["6683"]));
    }

    #[test]
    fn handled_follows_the_interpreters_module_table() {
        let find = |name: &str| defaults().into_iter().find(|c| c.name == name).unwrap();
        assert!(find("call_forward[action=activate]").handled());
        assert!(find("directed_ext_pickup").handled());
        assert!(find("move").handled(), "the interpreter runs move");
        // A module the interpreter does not know is reported as not run.
        let unknown = code("x", "1", Dial::Star, "no_such_module", json!({}));
        assert!(!unknown.handled());
    }
}
