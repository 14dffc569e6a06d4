//! An account's concurrent call limits (KAZOO's `limits` document, as jonny5 applies it):
//! `calls` caps the account's calls, `inbound_trunks` and `outbound_trunks` its outside calls
//! by direction with `twoway_trunks` usable by either, and `resource_consuming_calls` its
//! outside calls of both directions together. A limit of -1 (or none) is no limit; a
//! document with `enabled: false` limits nothing. A refused call is logged as an alert.
//! A parent account's (a reseller's) limits bound the calls of the parent and all its
//! sub-accounts together: a new call must fit under its own account's limits and under
//! every ancestor's.

use super::minutes::Owner;
use super::*;
use crate::engine::CallLimits;

/// How many of an account's calls are in progress, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Usage {
    calls: u32,
    inbound: u32,
    outbound: u32,
}

/// Which new use of a line is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::engine) enum NewUse {
    /// A new call of the account (from a phone).
    Call,
    /// A new call from a carrier.
    Inbound,
    /// A new leg out through a carrier.
    Outbound,
}

/// `limit` with `twoway` added; None when either direction is unlimited.
fn with_twoway(limit: Option<u32>, twoway: Option<u32>) -> Option<u32> {
    Some(limit?.saturating_add(twoway.unwrap_or(0)))
}

impl CallLimits {
    /// The first limit `new` would exceed, by its KAZOO name.
    fn exceeded(&self, usage: Usage, new: NewUse) -> Option<&'static str> {
        let full = |limit: Option<u32>, used: u32| limit.is_some_and(|l| used >= l);
        if new != NewUse::Outbound && full(self.calls, usage.calls) {
            return Some("calls");
        }
        // Both directions together may use no more trunks than each alone plus the two-way
        // ones (an inbound call over its own trunks takes from the two-way pool).
        let (in_cap, out_cap) = (
            with_twoway(self.inbound_trunks, self.twoway_trunks),
            with_twoway(self.outbound_trunks, self.twoway_trunks),
        );
        let shared = match (self.inbound_trunks, self.outbound_trunks) {
            (Some(i), Some(o)) => Some(
                i.saturating_add(o)
                    .saturating_add(self.twoway_trunks.unwrap_or(0)),
            ),
            _ => None,
        };
        let trunks = usage.inbound + usage.outbound;
        match new {
            NewUse::Call => None,
            NewUse::Inbound if full(in_cap, usage.inbound) => Some("inbound_trunks"),
            NewUse::Outbound if full(out_cap, usage.outbound) => Some("outbound_trunks"),
            _ if full(shared, trunks) => Some("twoway_trunks"),
            _ if full(self.resource_consuming_calls, trunks) => Some("resource_consuming_calls"),
            _ => None,
        }
    }
}

impl Engine {
    /// Calls in progress of `account` and of its sub-accounts, by kind. `current` is a call
    /// being worked on (out of the table while it is): its legs count too.
    fn usage(&self, account: &str, current: Option<&Call>) -> Usage {
        let mut u = Usage::default();
        let under = |c: &&Call| c.account == account || c.parents.iter().any(|p| p == account);
        let others = self
            .calls
            .values()
            .filter(|c| current.is_none_or(|cur| cur.id != c.id));
        for call in others.chain(current).filter(under) {
            u.calls += 1;
            u.inbound += u32::from(call.caller.outside);
            u.outbound += call
                .legs
                .iter()
                .filter(|l| l.trunk.is_some() && !matches!(l.state, LegState::Done(_)))
                .count() as u32;
        }
        u
    }

    /// Outbound legs in progress of the calls `device` of `account` placed.
    fn device_usage(&self, account: &str, device: &str, current: Option<&Call>) -> Usage {
        let by_device = |c: &&Call| {
            !c.caller.outside && c.caller.account == account && c.caller.device_id == device
        };
        let others = self
            .calls
            .values()
            .filter(|c| current.is_none_or(|cur| cur.id != c.id));
        let outbound = others
            .chain(current)
            .filter(by_device)
            .flat_map(|c| &c.legs)
            .filter(|l| l.trunk.is_some() && !matches!(l.state, LegState::Done(_)))
            .count() as u32;
        Usage {
            outbound,
            ..Usage::default()
        }
    }

    /// Whether the account may start `new` now, under its own limits, every parent's and
    /// (for a leg out of a call a device placed) the device's; logs the limit that refuses
    /// it and whose it is.
    pub(in crate::engine) fn within_limits(
        &self,
        now: Now,
        account: &str,
        new: NewUse,
        current: Option<&Call>,
    ) -> bool {
        let owners = match current {
            Some(call) => self.owners(call),
            None => std::iter::once(account.to_string())
                .chain(self.dir.parent_accounts(account))
                .map(Owner::Account)
                .collect(),
        };
        for owner in &owners {
            let limits = self.limits_of(owner);
            if limits == CallLimits::default() {
                continue;
            }
            let usage = match owner {
                Owner::Account(a) => self.usage(a, current),
                Owner::Device(a, d) => self.device_usage(a, d, current),
            };
            let limit = limits.exceeded(usage, new).or_else(|| {
                (new == NewUse::Outbound && self.minutes_used_up(owner, now.mono))
                    .then_some("outbound_minutes_per_hour")
            });
            if let Some(limit) = limit {
                tracing::warn!(
                    account,
                    limits_of = ?owner,
                    limit,
                    ?new,
                    "call limit reached: call refused"
                );
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(calls: u32, inbound: u32, outbound: u32) -> Usage {
        Usage {
            calls,
            inbound,
            outbound,
        }
    }

    #[test]
    fn kazoo_limits_by_direction_two_way_and_total() {
        let l = CallLimits {
            calls: Some(10),
            inbound_trunks: Some(1),
            outbound_trunks: Some(1),
            twoway_trunks: Some(1),
            resource_consuming_calls: None,
            outbound_minutes_per_hour: None,
        };
        assert_eq!(l.exceeded(usage(9, 0, 0), NewUse::Call), None);
        assert_eq!(l.exceeded(usage(10, 0, 0), NewUse::Call), Some("calls"));
        assert_eq!(l.exceeded(usage(1, 1, 0), NewUse::Inbound), None, "two-way");
        assert_eq!(
            l.exceeded(usage(2, 2, 0), NewUse::Inbound),
            Some("inbound_trunks")
        );
        assert_eq!(
            l.exceeded(usage(2, 2, 1), NewUse::Outbound),
            Some("twoway_trunks"),
            "the two-way trunk is taken by the second inbound call"
        );
        assert_eq!(l.exceeded(usage(2, 1, 1), NewUse::Outbound), None);
        let total = CallLimits {
            resource_consuming_calls: Some(2),
            ..CallLimits::default()
        };
        assert_eq!(
            total.exceeded(usage(2, 1, 1), NewUse::Outbound),
            Some("resource_consuming_calls")
        );
        assert_eq!(
            CallLimits::default().exceeded(usage(99, 99, 99), NewUse::Inbound),
            None
        );
    }
}
