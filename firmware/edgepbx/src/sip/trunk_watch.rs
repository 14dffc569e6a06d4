//! When an outside line counts as down long enough to tell someone: a pure state machine
//! over the registrations' statuses, with the time as an input. A registration is down
//! while it is not registered and has been failing (`down_since`); once it has been down
//! for its account's threshold it yields one [`Event::Down`], and nothing more until it
//! registers again ([`Event::Up`]), however often it fails meanwhile: one mail per outage.

use std::collections::HashMap;

use edgepbx_sip::engine::uplink::UplinkKey;
use edgepbx_sip::engine::uplink::client::{State, Status};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// Down for at least the threshold: mail it.
    Down {
        key: UplinkKey,
        down_since_unix: u64,
        /// The last error, `403 Trunk Suspended`.
        reason: String,
    },
    /// Registered again after an outage that was alerted.
    Up { key: UplinkKey, down_secs: u64 },
}

#[derive(Default)]
pub struct TrunkWatch {
    /// Outages already alerted: the registration and when it went down.
    alerted: HashMap<UplinkKey, u64>,
}

impl TrunkWatch {
    /// The events of the registrations as they are now. `down_after(account)` is that
    /// account's threshold in seconds. Registrations no longer listed (deleted, disabled)
    /// are forgotten without an event.
    pub fn observe(
        &mut self,
        now_unix: u64,
        statuses: &[(UplinkKey, Status)],
        down_after: &mut dyn FnMut(&str) -> u64,
    ) -> Vec<Event> {
        self.alerted
            .retain(|k, _| statuses.iter().any(|(key, _)| key == k));
        let mut events = Vec::new();
        for (key, status) in statuses {
            if status.state == State::Registered {
                if let Some(since) = self.alerted.remove(key) {
                    events.push(Event::Up {
                        key: key.clone(),
                        down_secs: now_unix.saturating_sub(since),
                    });
                }
                continue;
            }
            let Some(since) = status.down_since_unix else {
                continue;
            };
            if self.alerted.contains_key(key) || now_unix.saturating_sub(since) < down_after(&key.0)
            {
                continue;
            }
            self.alerted.insert(key.clone(), since);
            events.push(Event::Down {
                key: key.clone(),
                down_since_unix: since,
                reason: reason(status),
            });
        }
        events
    }
}

fn reason(status: &Status) -> String {
    match &status.last_error {
        Some((0, why)) => why.clone(),
        Some((code, why)) => format!("{code} {why}"),
        None => "no answer".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_800_000_000;

    fn key(account: &str) -> UplinkKey {
        (account.into(), "res".into(), 0)
    }

    fn status(state: State, down_since: Option<u64>) -> Status {
        Status {
            state,
            expires_unix: None,
            last_error: Some((403, "Trunk Suspended".into())),
            last_attempt_unix: down_since,
            down_since_unix: down_since,
            server: None,
        }
    }

    #[test]
    fn one_alert_per_outage_after_the_threshold_and_one_up_when_it_registers_again() {
        let mut w = TrunkWatch::default();
        let mut five_minutes = |_: &str| 300;
        let down = [(key("a"), status(State::Failed, Some(T0)))];
        assert!(w.observe(T0, &down, &mut five_minutes).is_empty());
        assert!(w.observe(T0 + 299, &down, &mut five_minutes).is_empty());
        assert_eq!(
            w.observe(T0 + 300, &down, &mut five_minutes),
            [Event::Down {
                key: key("a"),
                down_since_unix: T0,
                reason: "403 Trunk Suspended".into()
            }]
        );
        // Every second for an hour of retries (the backoff keeps failing): nothing more.
        for t in T0 + 301..T0 + 3_600 {
            assert!(w.observe(t, &down, &mut five_minutes).is_empty());
        }
        let up = [(key("a"), status(State::Registered, None))];
        assert_eq!(
            w.observe(T0 + 3_600, &up, &mut five_minutes),
            [Event::Up {
                key: key("a"),
                down_secs: 3_600
            }]
        );
        assert!(w.observe(T0 + 3_601, &up, &mut five_minutes).is_empty());
        // A new outage is a new alert.
        let again = [(key("a"), status(State::Failed, Some(T0 + 4_000)))];
        assert_eq!(w.observe(T0 + 4_300, &again, &mut five_minutes).len(), 1);
    }

    #[test]
    fn a_short_outage_a_refresh_still_valid_and_other_accounts_are_not_alerted() {
        let mut w = TrunkWatch::default();
        let mut thresholds = |account: &str| if account == "a" { 60 } else { 600 };
        // Down 59 s, then registered: no mail and no "up".
        let short = [(key("a"), status(State::Failed, Some(T0)))];
        assert!(w.observe(T0 + 59, &short, &mut thresholds).is_empty());
        let up = [(key("a"), status(State::Registered, None))];
        assert!(w.observe(T0 + 60, &up, &mut thresholds).is_empty());
        // A refresh failing while the registration still runs is not down yet.
        let refreshing = [(key("a"), status(State::Registered, Some(T0)))];
        assert!(
            w.observe(T0 + 1_000, &refreshing, &mut thresholds)
                .is_empty()
        );
        // Each account's own threshold; B's line working is untouched by A's outage.
        let both = [
            (key("a"), status(State::Failed, Some(T0))),
            (key("b"), status(State::Failed, Some(T0))),
            (key("c"), status(State::Registered, None)),
        ];
        let events = w.observe(T0 + 120, &both, &mut thresholds);
        assert_eq!(events.len(), 1);
        assert!(matches!(&events[0], Event::Down { key: k, .. } if k.0 == "a"));
        assert_eq!(w.observe(T0 + 600, &both, &mut thresholds).len(), 1, "b's");
    }

    #[test]
    fn a_deleted_gateway_is_forgotten_and_a_trying_one_keeps_its_outage() {
        let mut w = TrunkWatch::default();
        let mut minute = |_: &str| 60;
        let down = [(key("a"), status(State::Failed, Some(T0)))];
        assert_eq!(w.observe(T0 + 60, &down, &mut minute).len(), 1);
        // The gateway was edited: a fresh registration is trying, the outage goes on.
        let trying = [(key("a"), status(State::Trying, None))];
        assert!(w.observe(T0 + 61, &trying, &mut minute).is_empty());
        let failed_again = [(key("a"), status(State::Failed, Some(T0 + 62)))];
        assert!(w.observe(T0 + 200, &failed_again, &mut minute).is_empty());
        // Deleted: forgotten, no "up"; the same key later starts afresh.
        assert!(w.observe(T0 + 201, &[], &mut minute).is_empty());
        assert_eq!(w.observe(T0 + 300, &failed_again, &mut minute).len(), 1);
    }
}
