//! How a module tells the interpreter what happens next, and the module trait itself.

use edgepbx_sip::engine::{FlowCommand, FlowEvent};
use serde_json::Value;

use super::context::Cx;

// A Step lives for one module turn and is consumed at once; boxing the command would cost an
// allocation per turn to save stack space nobody holds on to.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Step {
    /// Carry this out; its result comes back to the same module.
    Command(FlowCommand),
    /// Go to this child, or `_` when it is missing (KAZOO's `continue`).
    Continue(String),
    /// A bridge failed: the child named by the hangup cause, else `sip:<code>`, else `_`.
    Failed {
        cause: String,
        code: u16,
    },
    /// Run another flow; afterwards resume at this node's `_` child (`callflow` module).
    Branch(Value),
    /// This branch ends (resume a saved branch, or hang up).
    Stop,
    /// The call is handled (bridged, in a conference): nothing more to run.
    Done,
    Hangup(String),
    /// The node's data is unusable: log why, then fail over to `_` (or play an error).
    Error(String),
}

impl Step {
    pub fn next() -> Step {
        Step::Continue("_".into())
    }
}

/// One callflow module at work on one node. Created when the node is entered.
pub trait Module: Send {
    fn start(&mut self, cx: &mut Cx) -> Step;
    /// The result of the last command. The default moves on.
    fn event(&mut self, _cx: &mut Cx, _event: FlowEvent) -> Step {
        Step::next()
    }
    /// The call ended while this module was at work (a caller hanging up mid-menu): the
    /// last chance to keep what must not be lost. The default does nothing.
    fn ended(&mut self, _cx: &mut Cx) {}
}
