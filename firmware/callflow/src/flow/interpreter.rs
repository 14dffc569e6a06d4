//! Runs a callflow tree (kazoo.md §1.3): enters nodes, skips unknown or `skip_module`
//! nodes, follows `continue`/failure branches, keeps the branch stack for `callflow`
//! jumps (at most 50), and hands the engine one command at a time.

use edgepbx_store::lenient;
use std::sync::Arc;

use edgepbx_media::session::PlayItem;
use edgepbx_sip::engine::{BridgeResult, CallFlow, FlowCommand, FlowEvent, MediaCommand, Now};
use serde_json::Value;

use super::blacklist;
use super::context::{CallInfo, Cx};
use super::data::Data;
use super::metaflow::{self, Metaflow};
use super::modules;
use super::ringback;
use super::step::{Module, Step};

/// KAZOO's `max_branch_count`.
pub const MAX_BRANCHES: u32 = 50;
/// Nodes entered in a row without anything to wait for: more means a loop of modules that
/// never stop (a menu's children pointing back at it, say).
const MAX_NODES_WITHOUT_WAIT: u32 = 200;

pub struct Interpreter {
    data: Arc<dyn Data>,
    call: CallInfo,
    /// The node running (its children are where `continue` goes).
    node: Value,
    children: Vec<String>,
    module: Option<Box<dyn Module>>,
    module_name: String,
    /// Saved `_` children to resume when a branch stops.
    stack: Vec<Value>,
    branches: u32,
    /// The last failed bridge's cause: how the caller is refused when the flow runs out.
    last_cause: Option<String>,
    finished: bool,
    now: Now,
    /// In-call feature keys, and whether the engine has been told to listen for them
    /// (the first command of the call, before the flow's own).
    metaflow: Option<Metaflow>,
    keys_asked: bool,
    /// Whether the call is being recorded as far as the flow knows (for a metaflow toggle).
    recording: bool,
    /// The callflow's `ringback.early` media id, for every bridge without ringback of its own.
    ringback: Option<String>,
    /// The callflow's `ringback.transfer` media id, for every bridge.
    transfer_ringback: Option<String>,
    /// The callflow's `group_id` (a SmartPBX group's number): its members' holds play the
    /// group's music on every bridge of the flow.
    group: Option<String>,
}

impl Interpreter {
    pub fn new(data: Arc<dyn Data>, call: CallInfo, callflow: &Value) -> Interpreter {
        let flow = callflow.get("flow").cloned().unwrap_or(Value::Null);
        // `preflow.always` on the account wraps the matched flow (kazoo.md §1.2 step 4).
        let flow = match data.account(&call.account).and_then(|a| {
            a.pointer("/preflow/always")
                .and_then(Value::as_str)
                .map(str::to_string)
        }) {
            Some(pre) if !pre.is_empty() => serde_json::json!({
                "module": "callflow", "data": {"id": pre}, "children": {"_": flow}
            }),
            _ => flow,
        };
        let metaflow = metaflow::find(data.as_ref(), &call, callflow);
        let ringback_id =
            |kind| ringback::flow_id(data.as_ref(), &call.account, callflow, &call.number, kind);
        let ringback = ringback_id(ringback::Kind::Early);
        let transfer_ringback = ringback_id(ringback::Kind::Transfer);
        let group = callflow
            .get("group_id")
            .and_then(Value::as_str)
            .filter(|g| !g.is_empty())
            .map(str::to_string);
        Interpreter {
            data,
            call,
            node: flow,
            children: Vec::new(),
            module: None,
            module_name: String::new(),
            stack: Vec::new(),
            branches: 0,
            last_cause: None,
            finished: false,
            now: Now { mono: 0, unix: 0 },
            metaflow,
            keys_asked: false,
            recording: false,
            ringback,
            transfer_ringback,
            group,
        }
    }

    /// Notes what a command means for the recording toggle; a bridge without ringback
    /// media of its own gets the callflow's (early and transfer), and every bridge the
    /// callflow's group.
    fn seen(&mut self, mut command: FlowCommand) -> FlowCommand {
        match &mut command {
            FlowCommand::Record(r) => self.recording = r.is_some(),
            FlowCommand::Bridge(b) => {
                self.recording |= b.record.is_some();
                if b.ringback.is_none()
                    && let Some(id) = &self.ringback
                {
                    b.ringback = ringback::media(self.data.as_ref(), &self.call.account, id);
                }
                if b.transfer_ringback.is_none()
                    && let Some(id) = &self.transfer_ringback
                {
                    b.transfer_ringback =
                        ringback::media(self.data.as_ref(), &self.call.account, id);
                }
                if let Some(g) = &self.group
                    && !b.music_groups.contains(g)
                {
                    b.music_groups.push(g.clone());
                }
            }
            _ => {}
        }
        command
    }

    /// Keys pressed in the bridged call.
    fn on_keys(&mut self, by: edgepbx_sip::engine::Party, digits: &str) -> FlowCommand {
        let Some(m) = &self.metaflow else {
            return FlowCommand::Idle;
        };
        match m.action(by, digits, self.recording) {
            Some(c) => self.seen(c),
            None => FlowCommand::Idle,
        }
    }

    pub fn call(&self) -> &CallInfo {
        &self.call
    }

    fn child(&self, key: &str) -> Option<Value> {
        self.node
            .get("children")?
            .get(key)
            .filter(|c| c.get("module").is_some())
            .cloned()
    }

    /// Runs steps until one needs the engine.
    fn drive(&mut self, mut step: Step) -> FlowCommand {
        let mut entered = 0;
        loop {
            let next = match step {
                Step::Command(command) => {
                    return super::language::localize(&*self.data, &self.call.language, command);
                }
                Step::Done => {
                    self.finished = true;
                    return FlowCommand::Idle;
                }
                Step::Hangup(cause) => return FlowCommand::Hangup { cause },
                Step::Continue(key) => self.child(&key).or_else(|| self.child("_")),
                Step::Failed { cause, code } => {
                    self.last_cause = Some(cause.clone());
                    self.child(&cause)
                        .or_else(|| self.child(&format!("sip:{code}")))
                        .or_else(|| self.child("_"))
                }
                Step::Branch(flow) => {
                    self.branches += 1;
                    if self.branches > MAX_BRANCHES {
                        tracing::warn!(
                            account = %self.call.account, number = %self.call.number,
                            "callflow branch limit ({MAX_BRANCHES}) reached: a callflow loop; ending the call"
                        );
                        return FlowCommand::hangup("EXCHANGE_ROUTING_ERROR");
                    }
                    if let Some(resume) = self.child("_") {
                        self.stack.push(resume);
                    }
                    Some(flow)
                }
                Step::Stop => None,
                Step::Error(why) => {
                    tracing::warn!(
                        account = %self.call.account, number = %self.call.number,
                        module = %self.module_name, "callflow node unusable: {why}"
                    );
                    match self.child("_") {
                        Some(c) => Some(c),
                        None => {
                            self.module = Some(Box::new(ErrorPrompt));
                            self.children.clear();
                            step = self.start_module();
                            continue;
                        }
                    }
                }
            };
            let Some(node) = next.or_else(|| self.stack.pop()) else {
                self.finished = true;
                let cause = self.last_cause.clone().unwrap_or("NORMAL_CLEARING".into());
                return FlowCommand::Hangup { cause };
            };
            entered += 1;
            if entered > MAX_NODES_WITHOUT_WAIT {
                tracing::warn!(account = %self.call.account, "callflow runs in a loop without waiting; ending the call");
                return FlowCommand::hangup("EXCHANGE_ROUTING_ERROR");
            }
            step = self.enter(node);
        }
    }

    /// Enters a node: unknown modules and `skip_module` go straight to `_`.
    fn enter(&mut self, node: Value) -> Step {
        let name = node
            .get("module")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let data = node
            .get("data")
            .cloned()
            .unwrap_or(Value::Object(Default::default()));
        self.children = node
            .get("children")
            .and_then(Value::as_object)
            .map(|c| c.keys().cloned().collect())
            .unwrap_or_default();
        self.node = node;
        self.module_name.clone_from(&name);
        if data.get("skip_module").and_then(lenient::as_bool) == Some(true) {
            return Step::next();
        }
        let Some(module) = modules::build(&name, &data) else {
            tracing::info!(module = %name, "unknown callflow module; skipped");
            return Step::next();
        };
        self.module = Some(module);
        self.start_module()
    }

    fn cx_parts(&mut self) -> (Option<Box<dyn Module>>, Vec<String>) {
        (self.module.take(), std::mem::take(&mut self.children))
    }

    fn start_module(&mut self) -> Step {
        self.with_module(|m, cx| m.start(cx))
    }

    fn with_module(&mut self, f: impl FnOnce(&mut dyn Module, &mut Cx) -> Step) -> Step {
        let (module, children) = self.cx_parts();
        let Some(mut module) = module else {
            self.children = children;
            return Step::Stop;
        };
        let step = {
            let mut cx = Cx {
                data: &self.data,
                call: &mut self.call,
                now: self.now,
                children: &children,
            };
            f(module.as_mut(), &mut cx)
        };
        self.module = Some(module);
        self.children = children;
        step
    }
}

/// The caller hears that something is wrong, then the call ends.
struct ErrorPrompt;

impl Module for ErrorPrompt {
    fn start(&mut self, _cx: &mut Cx) -> Step {
        Step::Command(FlowCommand::Media(MediaCommand::Play {
            items: vec![PlayItem::Prompt("err_system".into())],
            collect: None,
            barge_in: false,
        }))
    }
    fn event(&mut self, _cx: &mut Cx, _event: FlowEvent) -> Step {
        Step::Hangup("NORMAL_CLEARING".into())
    }
}

impl CallFlow for Interpreter {
    fn start(&mut self, now: Now) -> FlowCommand {
        self.now = now;
        if self.call.started_unix == 0 {
            self.call.started_unix = now.unix;
            // Until the flow sets one or reaches somebody: the account's language.
            self.call.language = super::language::for_call(&*self.data, &self.call, None);
            if blacklist::blocks(self.data.as_ref(), &self.call) {
                tracing::info!(caller = %self.call.caller.number, number = %self.call.number,
                    "blacklisted caller refused");
                self.finished = true;
                return FlowCommand::Respond {
                    code: 603,
                    reason: "Decline".into(),
                };
            }
        }
        if !self.keys_asked
            && let Some(m) = &self.metaflow
        {
            self.keys_asked = true;
            return FlowCommand::ListenKeys(m.binding());
        }
        let node = std::mem::take(&mut self.node);
        let step = self.enter(node);
        let command = self.drive(step);
        self.seen(command)
    }

    fn event(&mut self, now: Now, event: FlowEvent) -> FlowCommand {
        self.now = now;
        if let FlowEvent::Keys { by, digits } = &event {
            return self.on_keys(*by, digits);
        }
        if self.finished {
            // A bridged call: nothing but in-call keys is ours to act on.
            return FlowCommand::Idle;
        }
        if self.keys_asked && self.module.is_none() && event == FlowEvent::Done {
            // The engine listens for keys: now the flow itself starts.
            return self.start(now);
        }
        if let FlowEvent::Bridge(BridgeResult::Answered) = event {
            self.call.answered = true;
            // Whatever module bridged, a connected call stops the flow (kazoo.md §1.3).
            let step = self.with_module(|m, cx| m.event(cx, event));
            return match step {
                Step::Command(c) => self.seen(c),
                _ => {
                    self.finished = true;
                    FlowCommand::Idle
                }
            };
        }
        let step = self.with_module(|m, cx| m.event(cx, event));
        let command = self.drive(step);
        self.seen(command)
    }

    fn ended(&mut self, now: Now) {
        self.now = now;
        if !self.finished {
            self.with_module(|m, cx| {
                m.ended(cx);
                Step::Stop
            });
        }
        if let Some(notice) = super::missed_call::notice(self.data.as_ref(), &self.call) {
            tracing::info!(account = %self.call.account, number = %self.call.number, "missed call: alert queued");
            self.data.notify(&self.call.account, notice);
        }
    }
}
