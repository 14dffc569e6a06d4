//! A reseller's `limits` bound the calls of all its sub-accounts together: "acc" and
//! "acc2" (phones at [`SIBLING_DOMAIN`]) are both sub-accounts of "reseller". Calls are
//! scripted flows: `7<seconds>` holds the caller (the box answers it) for that long, and a
//! `+` number rings an outside trunk that never answers.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

use super::*;

pub(super) const SIBLING_DOMAIN: &str = "sibling.test";
pub(super) const PROXY: u16 = 5099;

thread_local! {
    /// Each account's limits, per test thread (none: unlimited).
    static LIMITS: RefCell<HashMap<String, CallLimits>> = RefCell::new(HashMap::new());
}

pub(super) fn of(account: &str) -> CallLimits {
    LIMITS.with(|l| l.borrow().get(account).cloned().unwrap_or_default())
}

/// A device's limits, kept with the accounts' under "account/device".
pub(super) fn of_device(account: &str, device: &str) -> CallLimits {
    of(&format!("{account}/{device}"))
}

pub(super) fn parents(account: &str) -> Vec<String> {
    match account {
        "acc" | "acc2" => vec!["reseller".into(), "root".into()],
        "reseller" => vec!["root".into()],
        _ => Vec::new(),
    }
}

pub(super) fn set(account: &str, limits: CallLimits) {
    LIMITS.with(|l| l.borrow_mut().insert(account.into(), limits));
}

struct Script(VecDeque<FlowCommand>);

impl CallFlow for Script {
    fn start(&mut self, _now: Now) -> FlowCommand {
        self.0.pop_front().unwrap_or(FlowCommand::Idle)
    }
    fn event(&mut self, _now: Now, event: FlowEvent) -> FlowCommand {
        // An answered bridge stays up until a side hangs up.
        if event == FlowEvent::Bridge(BridgeResult::Answered) {
            return FlowCommand::Idle;
        }
        self.0
            .pop_front()
            .unwrap_or(FlowCommand::hangup("NORMAL_CLEARING"))
    }
}

pub(super) fn flow(number: &str) -> Option<Box<dyn CallFlow>> {
    let first = if let Some(secs) = number.strip_prefix('7') {
        FlowCommand::Wait {
            ms: secs.parse::<u64>().ok()? * 1000,
        }
    } else {
        FlowCommand::Bridge(Bridge {
            endpoints: vec![Endpoint::new(Target::Trunk(TrunkTarget {
                uri: format!("sip:{number}@carrier.example"),
                proxy: SocketAddr::from(([203, 0, 113, 9], PROXY)),
                transport: Transport::Udp,
                username: None,
                password: None,
                srtp: Default::default(),
            }))],
            timeout_secs: 60,
            ..Bridge::default()
        })
    };
    let script = [first, FlowCommand::hangup("NORMAL_CLEARING")];
    Some(Box::new(Script(script.into())))
}

/// Phone `user` at `port` of account "acc" (or "acc2" when `sibling`) dials `number`;
/// the final response it got, if any (None: the call is in progress).
pub(super) fn call(
    w: &mut World,
    sibling: bool,
    user: &str,
    port: u16,
    number: &str,
    id: &str,
) -> Option<u16> {
    let domain = if sibling { SIBLING_DOMAIN } else { REALM };
    let uri = format!("sip:{number}@{domain}");
    dial_uri(w, user, port, &uri, id, &sdp(4000, ""));
    let statuses = w.take(port).into_iter().filter_map(|m| m.status());
    statuses.rev().find(|s| *s >= 300)
}

pub(super) fn invites_to_proxy(w: &mut World) -> usize {
    let sent = w.take(PROXY);
    sent.iter().filter(|m| m.method_str() == "INVITE").count()
}

#[test]
fn a_resellers_call_limit_counts_its_sub_accounts_calls_together() {
    let mut w = World::new();
    set(
        "reseller",
        CallLimits {
            calls: Some(2),
            ..CallLimits::default()
        },
    );
    set(
        "acc",
        CallLimits {
            calls: Some(1),
            ..CallLimits::default()
        },
    );
    // One call in each sub-account: within acc's own limit and the reseller's.
    assert_eq!(call(&mut w, true, "102", 5003, "710", "sib1"), None);
    assert_eq!(call(&mut w, false, "100", ALICE, "760", "own1"), None);
    // acc's second call is over acc's own limit.
    assert_eq!(call(&mut w, false, "101", BOB, "760", "own2"), Some(503));
    // acc2 has no limits of its own, but the reseller's two calls are in use.
    assert_eq!(call(&mut w, true, "102", 5004, "760", "sib2"), Some(503));
    // Once the sibling's first call ends there is room again, for the sibling only.
    w.advance(10_500);
    assert_eq!(call(&mut w, true, "102", 5005, "760", "sib3"), None);
    assert_eq!(call(&mut w, false, "101", BOB, "760", "own3"), Some(503));
    assert_eq!(call(&mut w, true, "102", 5006, "760", "sib4"), Some(503));
}

#[test]
fn a_resellers_outside_lines_are_shared_by_its_sub_accounts() {
    let mut w = World::new();
    set(
        "root",
        CallLimits {
            outbound_trunks: Some(1),
            twoway_trunks: Some(0),
            ..CallLimits::default()
        },
    );
    assert_eq!(
        call(&mut w, false, "100", ALICE, "+442071234567", "out1"),
        None
    );
    assert_eq!(invites_to_proxy(&mut w), 1, "the first call goes out");
    // The sibling's call is refused its outside line: nothing reaches the provider.
    let refused = call(&mut w, true, "102", 5003, "+442071234568", "out2");
    assert!(refused.is_some_and(|s| s >= 400), "{refused:?}");
    assert_eq!(
        invites_to_proxy(&mut w),
        0,
        "the top account's one line is taken"
    );
    // Calls inside the box are not outside lines.
    assert_eq!(call(&mut w, true, "102", 5004, "760", "in1"), None);
}
