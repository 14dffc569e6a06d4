//! `offnet` and `resources`: the dialled number (or `to_did`) out through the first
//! carrier (`resources` document) that accepts it, presenting the `caller_id_type`
//! (external) caller ID; failures branch on cause / `sip:code` like `user`. The box has one
//! set of carriers, so `offnet` (system carriers) and `resources` (account carriers) are
//! the same here. A call from outside is never sent out to a number it chose (its
//! dialled number, or a transfer target it named): only to a `to_did` the admin set. The
//! caller's `call_restriction` is applied to the number (see `flow::restriction`); the
//! caller ID is one the account owns (`flow::outside_caller_id`), the emergency one for
//! emergency numbers.

use crate::flow::ringback;
use edgepbx_sip::engine::{BridgeResult, Endpoint, FlowEvent};
use serde_json::Value;

use super::ring::{bridge_presenting, custom_headers};
use super::util::{after_bridge, secs, str_field};
use crate::flow::context::Cx;
use crate::flow::endpoints::{self, Options};
use crate::flow::step::{Module, Step};
use crate::flow::{outside_caller_id, restriction};
use edgepbx_store::classify::EMERGENCY;

/// How long an outside number may ring.
const DEFAULT_TIMEOUT: u32 = 60;

pub struct Offnet {
    data: Value,
    /// Gateways still to try if the one ringing fails over, and what the bridge presents.
    fallbacks: Vec<Endpoint>,
    caller_id: (String, String),
}

impl Offnet {
    pub fn new(data: &Value) -> Offnet {
        Offnet {
            data: data.clone(),
            fallbacks: Vec::new(),
            caller_id: Default::default(),
        }
    }

    fn bridge(&self, cx: &Cx, endpoint: Endpoint) -> Step {
        let timeout = secs(&self.data, "timeout", DEFAULT_TIMEOUT);
        let mut step = bridge_presenting(
            cx,
            vec![endpoint],
            timeout,
            custom_headers(&self.data),
            self.caller_id.clone(),
        );
        ringback::apply_own(&mut step, &**cx.data, &cx.call.account, &self.data);
        step
    }
}

/// A gateway that failed this way is skipped for the next one: it timed out (408) or is
/// out of service (5xx). Answers about the number itself (busy, not found) end the call.
fn fails_over(code: u16) -> bool {
    code == 408 || (500..600).contains(&code)
}

impl Module for Offnet {
    fn start(&mut self, cx: &mut Cx) -> Step {
        let to_did = str_field(&self.data, "to_did");
        if cx.call.from_outside && to_did.is_none() {
            tracing::warn!(number = %cx.call.number, caller = %cx.call.caller.number,
                "an outside call may not dial out to a number of its own choosing");
            return Step::Failed {
                cause: "OUTGOING_CALL_BARRED".into(),
                code: 403,
            };
        }
        let number = to_did.map_or_else(|| cx.call.number.clone(), str::to_string);
        let class = restriction::class_of(cx, &number);
        if !cx.call.from_outside
            && let Some(class) = restriction::barred_class(cx, &number)
        {
            tracing::info!(%number, %class, device = %cx.call.caller.device_id,
                "call_restriction: the caller may not dial this class of number");
            return Step::Failed {
                cause: "OUTGOING_CALL_BARRED".into(),
                code: 403,
            };
        }
        let timeout = secs(&self.data, "timeout", DEFAULT_TIMEOUT);
        let opts = Options {
            timeout_secs: Some(timeout),
            ..Options::default()
        };
        let mut gateways = endpoints::trunks(cx, &number, opts);
        if gateways.is_empty() {
            return Step::Failed {
                cause: "NO_ROUTE_DESTINATION".into(),
                code: 404,
            };
        }
        let first = gateways.remove(0);
        gateways.reverse();
        self.fallbacks = gateways;
        let kind = if class.as_deref() == Some(EMERGENCY) {
            EMERGENCY
        } else {
            str_field(&self.data, "caller_id_type").unwrap_or("external")
        };
        // A forwarded outside call keeps its caller's number; the office's own calls
        // present only numbers the account owns.
        self.caller_id = if cx.call.from_outside {
            endpoints::caller_id(cx, kind)
        } else {
            outside_caller_id::for_carrier(cx, kind)
        };
        self.bridge(cx, first)
    }

    fn event(&mut self, cx: &mut Cx, event: FlowEvent) -> Step {
        if let FlowEvent::Bridge(BridgeResult::Failed { code }) = &event
            && fails_over(*code)
            && let Some(next) = self.fallbacks.pop()
        {
            tracing::info!(code, number = %cx.call.number, "carrier gateway failed: trying the next one");
            return self.bridge(cx, next);
        }
        after_bridge(event)
    }
}
