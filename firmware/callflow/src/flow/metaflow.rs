//! In-call feature keys (KAZOO metaflows, "Konami"): once a call is bridged, the binding key
//! (`*` by default) followed by digits runs an action on the call. The configuration is the
//! first found of: the matched callflow's `metaflow`, the calling device's `metaflows`, its
//! user's `metaflows`, the account's `metaflows`:
//!
//! `{"binding_digit": "*", "digit_timeout": 3000, "listen_on": "self|peer|both",
//!   "numbers": {"<digits>": {"module": ..., "data": {...}}},
//!   "patterns": {"<regex>": {"module": ..., "data": {...}}}}`
//!
//! Modules: `transfer` (blind: the other party goes to `data.target`, or the pattern's
//! capture, and the one who pressed leaves), `hangup`, `record_call` (`data.action`
//! start, stop, or toggle by default).

use edgepbx_sip::engine::{FlowCommand, KeyBinding, Party, RecordCall};
use edgepbx_store::lenient;
use regex_lite::Regex;
use serde_json::Value;

use super::context::CallInfo;
use super::data::Data;

/// KAZOO's default time between keys.
const DEFAULT_DIGIT_TIMEOUT_MS: u64 = 3000;

pub struct Metaflow {
    binding: KeyBinding,
    numbers: Vec<(String, Value)>,
    patterns: Vec<(Regex, Value)>,
}

/// The first metaflow configuration that binds something for this call, if any.
pub fn find(data: &dyn Data, call: &CallInfo, callflow: &Value) -> Option<Metaflow> {
    let own = callflow.get("metaflow").cloned();
    let device = || {
        data.doc(&call.account, "devices", &call.caller.device_id)
            .and_then(|d| d.get("metaflows").cloned())
    };
    let user = || {
        let owner = call.caller.owner_id.as_deref()?;
        data.doc(&call.account, "users", owner)
            .and_then(|u| u.get("metaflows").cloned())
    };
    let account = || {
        data.account(&call.account)
            .and_then(|a| a.get("metaflows").cloned())
    };
    let mut found = own
        .as_ref()
        .and_then(Metaflow::parse)
        .or_else(|| device().as_ref().and_then(Metaflow::parse))
        .or_else(|| user().as_ref().and_then(Metaflow::parse))
        .or_else(|| account().as_ref().and_then(Metaflow::parse))?;
    if call.from_outside {
        // Keys are for the office's own people: on a call from outside only the inside
        // party (the callee) is listened to, whatever `listen_on` says.
        found.binding.caller = false;
        found.binding.callee = true;
    }
    Some(found)
}

impl Metaflow {
    /// None when nothing is bound (no numbers or patterns).
    fn parse(doc: &Value) -> Option<Metaflow> {
        let binding = doc
            .get("binding_digit")
            .and_then(Value::as_str)
            .and_then(|s| s.chars().next())
            .filter(|c| c.is_ascii_digit() || *c == '*' || *c == '#')
            .unwrap_or('*');
        let digit_timeout_ms = doc
            .get("digit_timeout")
            .and_then(lenient::as_u64)
            .unwrap_or(DEFAULT_DIGIT_TIMEOUT_MS)
            .clamp(500, 30_000);
        let (caller, callee) = match doc.get("listen_on").and_then(Value::as_str) {
            Some("peer") => (false, true),
            Some("both") => (true, true),
            _ => (true, false),
        };
        let entries = |key: &str| -> Vec<(String, Value)> {
            doc.get(key)
                .and_then(Value::as_object)
                .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default()
        };
        let numbers = entries("numbers");
        let patterns: Vec<(Regex, Value)> = entries("patterns")
            .into_iter()
            .filter_map(|(p, v)| match Regex::new(&p) {
                Ok(re) => Some((re, v)),
                Err(e) => {
                    tracing::warn!(pattern = %p, "metaflow pattern is not a valid regex: {e}");
                    None
                }
            })
            .collect();
        if numbers.is_empty() && patterns.is_empty() {
            return None;
        }
        Some(Metaflow {
            binding: KeyBinding {
                binding,
                digit_timeout_ms,
                caller,
                callee,
            },
            numbers,
            patterns,
        })
    }

    pub fn binding(&self) -> KeyBinding {
        self.binding.clone()
    }

    /// What `digits` (pressed by `by` after the binding key) do; `recording` tells whether
    /// the call is being recorded (for a toggle).
    pub fn action(&self, by: Party, digits: &str, recording: bool) -> Option<FlowCommand> {
        let (node, capture) = self.lookup(digits)?;
        let data = node.get("data").cloned().unwrap_or(Value::Null);
        let module = node.get("module").and_then(Value::as_str).unwrap_or("");
        match module {
            "transfer" => {
                let target = data
                    .get("target")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .or(capture)
                    .filter(|t| !t.is_empty())?;
                Some(FlowCommand::Transfer { by, number: target })
            }
            "hangup" => Some(FlowCommand::hangup("NORMAL_CLEARING")),
            "record_call" => {
                let start = match data.get("action").and_then(Value::as_str) {
                    Some("start") => true,
                    Some("stop") => false,
                    _ => !recording,
                };
                Some(FlowCommand::Record(start.then(|| {
                    RecordCall {
                        time_limit_secs: data
                            .get("time_limit")
                            .and_then(lenient::as_u64)
                            .unwrap_or(3600)
                            .clamp(5, 10_800) as u32,
                        min_secs: 0,
                        owner_id: None,
                        origin: "metaflow".into(),
                    }
                })))
            }
            other => {
                tracing::info!(
                    module = other,
                    "metaflow module not supported; keys ignored"
                );
                None
            }
        }
    }

    /// The node for `digits`: an exact number, else the first matching pattern (with its
    /// longest capture).
    fn lookup(&self, digits: &str) -> Option<(&Value, Option<String>)> {
        if let Some((_, node)) = self.numbers.iter().find(|(n, _)| n == digits) {
            return Some((node, None));
        }
        self.patterns.iter().find_map(|(re, node)| {
            let caps = re.captures(digits)?;
            let capture = caps
                .iter()
                .skip(1)
                .flatten()
                .map(|m| m.as_str().to_string())
                .max_by_key(String::len);
            Some((node, capture))
        })
    }
}
