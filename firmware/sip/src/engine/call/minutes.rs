//! Outside minutes per hour (`outbound_minutes_per_hour`, edgepbx's own field of an
//! account's `limits` document and of a device's `limits` object): a ledger of the answered
//! time of outbound (trunk) legs over the last hour — finished legs' intervals, and legs in
//! progress from their answer time. A new outbound leg is refused while an owner's window
//! is used up (`limits.rs`); a call in progress is ended when its owner's budget runs out
//! during it (checked by housekeeping, once a second). Only legs with a minutes limit on
//! one of their owners when answered are recorded: the ledger stays empty on a box
//! without such limits.

use std::collections::{HashMap, VecDeque};

use super::*;
use crate::engine::CallLimits;

/// The window the limit is counted over.
const HOUR_MS: Millis = 3_600_000;

/// Whose limit a leg's minutes count against.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(in crate::engine) enum Owner {
    Account(String),
    /// (account, device id): the device that placed the call.
    Device(String, String),
}

/// One answered outbound leg: whose minutes it uses, since when (and until when, once over).
struct Interval {
    owners: Vec<Owner>,
    start: Millis,
}

#[derive(Default)]
pub(in crate::engine) struct Ledger {
    /// Legs in progress, by (call, the leg's Call-ID).
    open: HashMap<(CallId, String), Interval>,
    /// Finished legs in the order they ended, with their end.
    finished: VecDeque<(Interval, Millis)>,
}

impl Ledger {
    /// Milliseconds of `owner`'s outbound calls within the hour before `now`.
    fn used(&self, owner: &Owner, now: Millis) -> Millis {
        let from = now.saturating_sub(HOUR_MS);
        let overlap = |start: Millis, end: Millis| end.saturating_sub(start.max(from));
        let done = self
            .finished
            .iter()
            .filter(|(i, _)| i.owners.contains(owner));
        let running = self.open.values().filter(|i| i.owners.contains(owner));
        done.map(|(i, end)| overlap(i.start, *end)).sum::<Millis>()
            + running.map(|i| overlap(i.start, now)).sum::<Millis>()
    }

    fn close(&mut self, key: &(CallId, String), now: Millis) {
        if let Some(interval) = self.open.remove(key) {
            self.finished.push_back((interval, now));
        }
    }

    /// Forgets legs that ended more than an hour ago.
    fn prune(&mut self, now: Millis) {
        let from = now.saturating_sub(HOUR_MS);
        while self.finished.front().is_some_and(|(_, end)| *end <= from) {
            self.finished.pop_front();
        }
    }
}

impl Engine {
    /// Whose outside-call limits a call's outbound legs count against: its account, each
    /// parent, and the calling device (unless the caller is an outside party).
    pub(in crate::engine) fn owners(&self, call: &Call) -> Vec<Owner> {
        let accounts = std::iter::once(&call.account).chain(&call.parents);
        let mut owners: Vec<Owner> = accounts.cloned().map(Owner::Account).collect();
        if !call.caller.outside {
            owners.push(Owner::Device(
                call.caller.account.clone(),
                call.caller.device_id.clone(),
            ));
        }
        owners
    }

    pub(in crate::engine) fn limits_of(&self, owner: &Owner) -> CallLimits {
        match owner {
            Owner::Account(account) => self.dir.limits(account),
            Owner::Device(account, device) => self.dir.device_limits(account, device),
        }
    }

    /// The minutes budget `owner` has used up before `now`, if it has one.
    pub(in crate::engine) fn minutes_used_up(&self, owner: &Owner, now: Millis) -> bool {
        self.limits_of(owner)
            .outbound_minutes_per_hour
            .is_some_and(|m| self.minutes.used(owner, now) >= Millis::from(m) * 60_000)
    }

    /// Leg `i` of `call`, an outbound leg, was answered: its minutes count from `now`.
    pub(in crate::engine) fn outbound_answered(&mut self, now: Now, call: &Call, i: usize) {
        let owners: Vec<Owner> = self.owners(call);
        let limited: Vec<Owner> = owners
            .into_iter()
            .filter(|o| self.limits_of(o).outbound_minutes_per_hour.is_some())
            .collect();
        if !limited.is_empty() {
            let key = (call.id, call.legs[i].dialog.call_id.clone());
            let interval = Interval {
                owners: limited,
                start: now.mono,
            };
            self.minutes.open.insert(key, interval);
        }
    }

    /// The call ended: its outbound legs stop counting.
    pub(in crate::engine) fn outbound_call_over(&mut self, now: Now, call: &Call) {
        let keys: Vec<(CallId, String)> = self
            .minutes
            .open
            .keys()
            .filter(|(cid, _)| *cid == call.id)
            .cloned()
            .collect();
        for key in keys {
            self.minutes.close(&key, now.mono);
        }
    }

    /// Housekeeping: closes legs that ended some other way than with their call, forgets
    /// what left the window, and ends the calls of every owner whose budget ran out.
    pub(in crate::engine) fn check_outside_minutes(&mut self, now: Now) {
        let ended: Vec<(CallId, String)> = self
            .minutes
            .open
            .keys()
            .filter(|(cid, leg)| {
                // A transfer may make the outside party the call's A side: still counted.
                let up = |c: &Call| {
                    c.a.call_id == *leg
                        || c.legs
                            .iter()
                            .any(|l| l.dialog.call_id == *leg && l.state == LegState::Answered)
                };
                !self.calls.get(cid).is_some_and(up)
            })
            .cloned()
            .collect();
        for key in ended {
            self.minutes.close(&key, now.mono);
        }
        self.minutes.prune(now.mono);
        let mut owners: Vec<Owner> = Vec::new();
        for interval in self.minutes.open.values() {
            for owner in &interval.owners {
                if !owners.contains(owner) {
                    owners.push(owner.clone());
                }
            }
        }
        owners.retain(|o| self.minutes_used_up(o, now.mono));
        for owner in &owners {
            self.end_calls_of(now, owner);
        }
    }

    fn end_calls_of(&mut self, now: Now, owner: &Owner) {
        let calls: Vec<CallId> = self
            .minutes
            .open
            .iter()
            .filter(|(_, i)| i.owners.contains(owner))
            .map(|((cid, _), _)| *cid)
            .collect();
        for cid in calls {
            let Some(call) = self.calls.remove(&cid) else {
                continue;
            };
            tracing::warn!(
                account = %call.account,
                limits_of = ?owner,
                limit = "outbound_minutes_per_hour",
                call = %call.a.call_id,
                "call limit reached: outside minutes used up, call ended"
            );
            self.end_call(now, call, "ALLOTTED_TIMEOUT", None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interval(owner: &str, start: Millis) -> Interval {
        Interval {
            owners: vec![Owner::Account(owner.into())],
            start,
        }
    }

    #[test]
    fn the_window_counts_running_legs_and_the_overlap_of_finished_ones() {
        let mut l = Ledger::default();
        let acc = Owner::Account("acc".into());
        l.open.insert((1, "a".into()), interval("acc", 0));
        l.open.insert((2, "b".into()), interval("other", 0));
        assert_eq!(l.used(&acc, 60_000), 60_000);
        l.close(&(1, "a".into()), 120_000);
        assert_eq!(l.used(&acc, 600_000), 120_000, "finished, inside the hour");
        assert_eq!(l.used(&acc, HOUR_MS + 60_000), 60_000, "half slid out");
        l.prune(HOUR_MS + 120_000);
        assert!(l.finished.is_empty());
        assert_eq!(l.used(&acc, HOUR_MS + 120_000), 0);
    }
}
