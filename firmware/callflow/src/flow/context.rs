//! The state of one call as the interpreter sees it, and what modules get to work with.

use std::sync::Arc;

use edgepbx_sip::engine::{Caller, Now};
use serde_json::{Map, Value};

use super::data::Data;

/// What the flow knows about the call; modules read and change it.
#[derive(Clone, Debug)]
pub struct CallInfo {
    pub account: String,
    pub caller: Caller,
    /// The dialled number (request user).
    pub number: String,
    /// The winning pattern's capture groups; `capture_group` is what modules read.
    pub captures: Vec<String>,
    /// `custom_application_vars` (set_cav) and channel variables (set_variable).
    pub vars: Map<String, Value>,
    /// The prompt language now (see `flow::language::for_call`).
    pub language: String,
    /// Set by the callflow's `language` module: wins over users' and the account's.
    pub flow_language: Option<String>,
    /// prepend_cid prefixes.
    pub cid_name_prefix: String,
    pub cid_number_prefix: String,
    /// A caller ID chosen by the flow (dynamic_cid, privacy, disa), replacing the caller's.
    pub caller_id: Option<(String, String)>,
    /// Distinctive ring for the callees.
    pub alert_info: Option<String>,
    /// Digits gathered by collect_dtmf, by collection name.
    pub collections: Map<String, Value>,
    /// Reached through a ring group (call forwards with `direct_calls_only` do not apply).
    pub via_ring_group: bool,
    /// While a ring group with `ignore_forward` picks its members: their call forwards
    /// (and failovers) are not followed, each member's own phones ring.
    pub ignore_forward: bool,
    /// The call came from outside (a trunk); internal features use the external caller ID.
    pub from_outside: bool,
    /// Somebody answered a bridge (a missed-call alert is then not sent).
    pub answered: bool,
    /// A voicemail message was saved during the call.
    pub voicemail_left: bool,
    /// When the call started (Unix seconds; 0 until the flow starts).
    pub started_unix: u64,
}

impl CallInfo {
    pub fn new(caller: Caller, number: &str, captures: Vec<String>) -> CallInfo {
        CallInfo {
            account: caller.account.clone(),
            caller,
            number: number.to_string(),
            captures,
            vars: Map::new(),
            language: "en-us".into(),
            flow_language: None,
            cid_name_prefix: String::new(),
            cid_number_prefix: String::new(),
            caller_id: None,
            alert_info: None,
            collections: Map::new(),
            via_ring_group: false,
            ignore_forward: false,
            from_outside: false,
            answered: false,
            voicemail_left: false,
            started_unix: 0,
        }
    }

    /// KAZOO's `capture_group`: the longest captured string (the pattern score).
    pub fn capture_group(&self) -> Option<&str> {
        self.captures
            .iter()
            .max_by_key(|c| c.len())
            .map(String::as_str)
            .filter(|c| !c.is_empty())
    }
}

/// A module's view while it runs: the call, the store, the time, its node's child keys.
pub struct Cx<'a> {
    pub data: &'a Arc<dyn Data>,
    pub call: &'a mut CallInfo,
    pub now: Now,
    pub children: &'a [String],
}

impl Cx<'_> {
    pub fn has_child(&self, key: &str) -> bool {
        self.children.iter().any(|c| c == key)
    }

    pub fn doc(&self, kind: &str, id: &str) -> Option<Arc<Value>> {
        self.data.doc(&self.call.account, kind, id)
    }

    /// The calling user's document (the device's owner).
    pub fn caller_user(&self) -> Option<(String, Arc<Value>)> {
        let id = self.call.caller.owner_id.clone()?;
        self.doc("users", &id).map(|d| (id, d))
    }

    pub fn caller_device(&self) -> Option<Arc<Value>> {
        self.doc("devices", &self.call.caller.device_id)
    }
}
