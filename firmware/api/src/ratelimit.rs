//! Login failure limits: after too many failures from one IP address, or against one account
//! (KAZOO's md5 credentials hide the user name, so the account is the finest target we can key
//! on), further attempts are refused until the ban ends. Time is an input.

use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct LoginLimits {
    /// Failures from one IP address within `window` before it is banned.
    pub per_ip: u32,
    /// Failures against one account (from anywhere) within `window` before logins to it pause.
    pub per_target: u32,
    pub window: u64,
    pub ban: u64,
}

impl Default for LoginLimits {
    fn default() -> Self {
        LoginLimits {
            per_ip: 10,
            per_target: 30,
            window: 300,
            ban: 300,
        }
    }
}

/// Keys tracked at most; beyond it the oldest idle entries are dropped (a flood of source
/// addresses must not grow memory without bound).
const MAX_KEYS: usize = 10_000;

#[derive(Debug, Clone, Copy)]
struct Entry {
    window_start: u64,
    failures: u32,
    banned_until: u64,
}

pub struct LoginLimiter {
    limits: LoginLimits,
    entries: HashMap<String, Entry>,
}

impl LoginLimiter {
    pub fn new(limits: LoginLimits) -> Self {
        LoginLimiter {
            limits,
            entries: HashMap::new(),
        }
    }

    /// `Err(seconds to wait)` while any of the keys is banned.
    pub fn check(&self, keys: &[String], now: u64) -> Result<(), u64> {
        let wait = keys
            .iter()
            .filter_map(|k| self.entries.get(k))
            .map(|e| e.banned_until.saturating_sub(now))
            .max()
            .unwrap_or(0);
        if wait > 0 { Err(wait) } else { Ok(()) }
    }

    /// Counts a failure against each key (`ip:` keys and target keys have their own limits).
    pub fn failure(&mut self, keys: &[String], now: u64) {
        if self.entries.len() >= MAX_KEYS {
            let horizon = now.saturating_sub(self.limits.window);
            self.entries
                .retain(|_, e| e.banned_until > now || e.window_start > horizon);
        }
        let limits = self.limits.clone();
        for key in keys {
            if self.entries.len() >= MAX_KEYS && !self.entries.contains_key(key) {
                continue;
            }
            let e = self.entries.entry(key.clone()).or_insert(Entry {
                window_start: now,
                failures: 0,
                banned_until: 0,
            });
            if now >= e.window_start + limits.window {
                *e = Entry {
                    window_start: now,
                    failures: 0,
                    banned_until: e.banned_until,
                };
            }
            e.failures += 1;
            let limit = if key.starts_with("ip:") {
                limits.per_ip
            } else {
                limits.per_target
            };
            if e.failures >= limit {
                e.banned_until = now + limits.ban;
                e.failures = 0;
                e.window_start = now;
                tracing::warn!(
                    key,
                    until = e.banned_until,
                    "login attempts paused after repeated failures"
                );
            }
        }
    }

    /// A successful login clears the source's failure count.
    pub fn success(&mut self, ip_key: &str) {
        self.entries.remove(ip_key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bans_after_limit_and_expires() {
        let mut l = LoginLimiter::new(LoginLimits {
            per_ip: 3,
            per_target: 5,
            window: 60,
            ban: 100,
        });
        let keys = vec!["ip:1.2.3.4".to_string(), "account:a".to_string()];
        for _ in 0..2 {
            l.failure(&keys, 10);
        }
        assert!(l.check(&keys, 10).is_ok());
        l.failure(&keys, 11);
        assert_eq!(l.check(&keys, 11), Err(100));
        assert_eq!(l.check(&["ip:5.6.7.8".to_string()], 11), Ok(()));
        assert!(l.check(&keys, 111).is_ok());
        // Failures spread beyond the window never add up to a ban.
        let other = vec!["ip:9.9.9.9".to_string()];
        for t in [0, 100, 200, 300, 400] {
            l.failure(&other, t);
        }
        assert!(l.check(&other, 400).is_ok());
    }
}
