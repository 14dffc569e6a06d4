//! `offnet` and `resources`: the dialled number (or `to_did`) out through the first
//! carrier (`resources` document) that accepts it, presenting the `caller_id_type`
//! (external) caller ID; failures branch on cause / `sip:code` like `user`. The box has one
//! set of carriers, so `offnet` (system carriers) and `resources` (account carriers) are
//! the same here. A call from outside is never sent out to a number it chose (its
//! dialled number, or a transfer target it named): only to a `to_did` the admin set. The
//! caller's `call_restriction` is applied to the number (see `flow::restriction`).

use edgepbx_sip::engine::FlowEvent;
use serde_json::Value;

use super::ring::{bridge_as, custom_headers};
use super::util::{after_bridge, secs, str_field};
use crate::flow::context::Cx;
use crate::flow::endpoints::{self, Options};
use crate::flow::step::{Module, Step};

/// How long an outside number may ring.
const DEFAULT_TIMEOUT: u32 = 60;

pub struct Offnet {
    data: Value,
}

impl Offnet {
    pub fn new(data: &Value) -> Offnet {
        Offnet { data: data.clone() }
    }
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
        if !cx.call.from_outside
            && let Some(class) = crate::flow::restriction::barred_class(cx, &number)
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
        let Some(endpoint) = endpoints::trunk(cx, &number, opts) else {
            return Step::Failed {
                cause: "NO_ROUTE_DESTINATION".into(),
                code: 404,
            };
        };
        let kind = str_field(&self.data, "caller_id_type").unwrap_or("external");
        bridge_as(
            cx,
            vec![endpoint],
            timeout,
            custom_headers(&self.data),
            kind,
        )
    }

    fn event(&mut self, _cx: &mut Cx, event: FlowEvent) -> Step {
        after_bridge(event)
    }
}
