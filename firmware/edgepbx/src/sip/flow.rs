//! Call control from a stored callflow, for the modules the SIP layer serves on its own:
//! `user` (ring every device the user owns), `device`, and `callflow` (jump). Any other
//! module is skipped to its `_` child with a log line; the full interpreter replaces this
//! behind the same [`CallFlow`] trait.

use std::sync::Arc;

use edgepbx_sip::engine::causes::cause_for_status;
use edgepbx_sip::engine::{
    Bridge, BridgeResult, CallFlow, Caller, Endpoint, FlowCommand, FlowEvent, Now,
};
use edgepbx_store::Store;
use serde_json::Value;

/// Ring time when a module does not say (KAZOO's default for users and devices).
const DEFAULT_TIMEOUT_SECS: u32 = 20;
/// Most `callflow` jumps in one call.
const MAX_JUMPS: u32 = 50;

pub struct StoreFlow {
    store: Store,
    caller: Caller,
    /// The node being run, or the one whose bridge is in progress.
    node: Option<Value>,
    last_cause: String,
    jumps: u32,
}

impl StoreFlow {
    pub fn new(
        store: Store,
        caller: Caller,
        callflow: Arc<Value>,
        _captures: Vec<String>,
    ) -> StoreFlow {
        StoreFlow {
            store,
            caller,
            node: callflow.get("flow").cloned(),
            last_cause: "NO_ROUTE_DESTINATION".into(),
            jumps: 0,
        }
    }

    fn child(&self) -> Option<Value> {
        self.node
            .as_ref()?
            .get("children")?
            .get("_")
            .cloned()
            .filter(|c| c.get("module").is_some())
    }

    /// Runs nodes until one needs the engine (a bridge) or the flow ends.
    fn run(&mut self) -> FlowCommand {
        while let Some(node) = self.node.clone() {
            let module = node.get("module").and_then(Value::as_str).unwrap_or("");
            let data = node.get("data").cloned().unwrap_or(Value::Null);
            let timeout = timeout_secs(&data);
            match module {
                "device" => {
                    if let Some(id) = data.get("id").and_then(Value::as_str) {
                        return bridge(vec![id.to_string()], timeout);
                    }
                }
                "user" => {
                    if let Some(id) = data.get("id").and_then(Value::as_str) {
                        return bridge(self.devices_of(id), timeout);
                    }
                }
                "callflow" => {
                    self.jumps += 1;
                    let target = data.get("id").and_then(Value::as_str).and_then(|id| {
                        self.store
                            .get(&self.caller.account, "callflows", id)
                            .ok()
                            .flatten()
                    });
                    if self.jumps > MAX_JUMPS {
                        tracing::warn!(account = %self.caller.account, "callflow jump limit ({MAX_JUMPS}) reached; ending the call");
                        return FlowCommand::Hangup {
                            cause: "EXCHANGE_ROUTING_ERROR".into(),
                        };
                    }
                    if let Some(cf) = target {
                        self.node = cf.get("flow").cloned();
                        continue;
                    }
                    tracing::warn!(account = %self.caller.account, "callflow module points at a missing callflow");
                }
                other => {
                    tracing::info!(
                        module = other,
                        "callflow module not handled by the SIP layer; taking its '_' branch"
                    );
                }
            }
            self.node = self.child();
        }
        FlowCommand::Hangup {
            cause: self.last_cause.clone(),
        }
    }

    /// The enabled devices a user owns, except the one calling.
    fn devices_of(&self, user_id: &str) -> Vec<String> {
        let Ok(devices) = self.store.collection(&self.caller.account, "devices") else {
            return Vec::new();
        };
        devices
            .iter()
            .filter(|(id, d)| {
                d.get("owner_id").and_then(Value::as_str) == Some(user_id)
                    && d.get("enabled").and_then(Value::as_bool) != Some(false)
                    && **id != self.caller.device_id
            })
            .map(|(id, _)| id.clone())
            .collect()
    }
}

/// `data.timeout` as KAZOO accepts it: a number or a numeric string.
fn timeout_secs(data: &Value) -> u32 {
    match data.get("timeout") {
        Some(Value::Number(n)) => n.as_u64().map(|t| t.clamp(1, 3600) as u32),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
    .unwrap_or(DEFAULT_TIMEOUT_SECS)
}

fn bridge(devices: Vec<String>, timeout_secs: u32) -> FlowCommand {
    FlowCommand::Bridge(Bridge {
        endpoints: devices.into_iter().map(Endpoint::device).collect(),
        timeout_secs,
        ..Bridge::default()
    })
}

impl CallFlow for StoreFlow {
    fn start(&mut self, _now: Now) -> FlowCommand {
        self.run()
    }

    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        let FlowEvent::Bridge(result) = event else {
            return FlowCommand::Idle;
        };
        self.last_cause = match result {
            BridgeResult::Answered => return FlowCommand::Idle,
            BridgeResult::Failed { code } => cause_for_status(code).into(),
            BridgeResult::NoAnswer => "NO_ANSWER".into(),
            BridgeResult::NoEndpoints => "SUBSCRIBER_ABSENT".into(),
        };
        self.node = self.child();
        self.run()
    }
}
