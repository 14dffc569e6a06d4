//! Login failure limits, counted so that nobody can lock a real user out from elsewhere:
//!
//! - per source address (any account): `per_ip` failures within `window` ban the address for
//!   `ban` seconds;
//! - per (source address, account): after `per_pair` failures the address waits before its
//!   next try at that account, 1 s, 2 s, 4 s, ... up to `ban`;
//! - per account (from everywhere): once `per_target` failures came within `window`, the
//!   account is under attack and every address backs off from its first failure at it. An
//!   address that has not failed at it still gets its try, so the real user logs in.
//!
//! KAZOO's md5 credentials hide the user name, so the account is the finest target we can key
//! on. Time is an input. The table is bounded; beyond it the least recently active entries go.

use std::collections::HashMap;
use std::net::IpAddr;

#[derive(Debug, Clone)]
pub struct LoginLimits {
    /// Failures from one address within `window` before it is banned.
    pub per_ip: u32,
    /// Failures from one address at one account before it backs off.
    pub per_pair: u32,
    /// Failures at one account (from anywhere) within `window` that put it under attack.
    pub per_target: u32,
    pub window: u64,
    pub ban: u64,
}

impl Default for LoginLimits {
    fn default() -> Self {
        LoginLimits {
            per_ip: 10,
            per_pair: 3,
            per_target: 30,
            window: 300,
            ban: 300,
        }
    }
}

/// Entries tracked at most (a flood of source addresses must not grow memory without bound).
const MAX_KEYS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Ip(IpAddr),
    Pair(IpAddr, String),
    Target(String),
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    window_start: u64,
    failures: u32,
    blocked_until: u64,
    last_seen: u64,
}

pub struct LoginLimiter {
    limits: LoginLimits,
    max_keys: usize,
    entries: HashMap<Key, Entry>,
}

impl LoginLimiter {
    pub fn new(limits: LoginLimits) -> Self {
        LoginLimiter {
            limits,
            max_keys: MAX_KEYS,
            entries: HashMap::new(),
        }
    }

    /// `(per_ip, ban)`: failures from one address that ban it, and for how long.
    pub fn ip_ban(&self) -> (u32, u64) {
        (self.limits.per_ip, self.limits.ban)
    }

    /// New `per_ip` and `ban` from the next failure on (bans given keep their end).
    pub fn set_ip_ban(&mut self, per_ip: u32, ban: u64) {
        self.limits.per_ip = per_ip;
        self.limits.ban = ban;
    }

    fn blocked(&self, key: &Key, now: u64) -> u64 {
        self.entries
            .get(key)
            .map_or(0, |e| e.blocked_until.saturating_sub(now))
    }

    /// `Err(seconds to wait)` while `ip` may not try to log in to `target`. A try refused
    /// this way still counts towards the address's own ban, so an address that keeps trying
    /// through its backoff is banned rather than slowed down forever.
    pub fn check(&mut self, ip: IpAddr, target: &str, now: u64) -> Result<(), u64> {
        let wait = self
            .blocked(&Key::Ip(ip), now)
            .max(self.blocked(&Key::Pair(ip, target.to_string()), now));
        if wait == 0 {
            return Ok(());
        }
        self.count_towards_ban(ip, now);
        Err(self.blocked(&Key::Ip(ip), now).max(wait))
    }

    /// Counts a failed login from `ip` at `target`.
    pub fn failure(&mut self, ip: IpAddr, target: &str, now: u64) {
        let limits = self.limits.clone();
        self.count_towards_ban(ip, now);
        let under_attack =
            self.count(Key::Target(target.to_string()), now).failures >= limits.per_target;
        let free = if under_attack { 1 } else { limits.per_pair };
        let e = self.count(Key::Pair(ip, target.to_string()), now);
        if e.failures >= free {
            let doublings = (e.failures - free).min(20);
            e.blocked_until = now + (1u64 << doublings).min(limits.ban);
        }
    }

    /// Counts one more try from `ip` against its `per_ip` limit; at the limit the address is
    /// banned for `ban` seconds.
    fn count_towards_ban(&mut self, ip: IpAddr, now: u64) {
        let limits = self.limits.clone();
        let e = self.count(Key::Ip(ip), now);
        if e.failures >= limits.per_ip {
            e.blocked_until = now + limits.ban;
            e.failures = 0;
            e.window_start = now;
            tracing::warn!(%ip, seconds = limits.ban, "login attempts from this address paused after repeated failures");
        }
    }

    /// A successful login clears the address's backoff at that account (not its count of
    /// failures at others: one good login must not buy more guesses elsewhere).
    pub fn success(&mut self, ip: IpAddr, target: &str) {
        self.entries.remove(&Key::Pair(ip, target.to_string()));
    }

    /// Addresses held back now: (address, the target it waits for, or None for a ban from
    /// everything, seconds left), longest first.
    pub fn blocked_now(&self, now: u64) -> Vec<(IpAddr, Option<String>, u64)> {
        let mut out: Vec<_> = self
            .entries
            .iter()
            .filter(|(_, e)| e.blocked_until > now)
            .filter_map(|(k, e)| {
                let left = e.blocked_until - now;
                match k {
                    Key::Ip(ip) => Some((*ip, None, left)),
                    Key::Pair(ip, target) => Some((*ip, Some(target.clone()), left)),
                    Key::Target(_) => None,
                }
            })
            .collect();
        out.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        out
    }

    /// Forgets every ban, backoff and count of `ip`; false when it had none.
    pub fn lift(&mut self, ip: IpAddr) -> bool {
        let before = self.entries.len();
        self.entries
            .retain(|k, _| !matches!(k, Key::Ip(a) | Key::Pair(a, _) if *a == ip));
        self.entries.len() != before
    }

    /// The entry of `key` with this failure counted (its window restarted when over).
    fn count(&mut self, key: Key, now: u64) -> &mut Entry {
        if !self.entries.contains_key(&key) && self.entries.len() >= self.max_keys {
            self.evict(now);
        }
        let window = self.limits.window;
        let e = self.entries.entry(key).or_insert(Entry {
            window_start: now,
            failures: 0,
            blocked_until: 0,
            last_seen: now,
        });
        if now >= e.window_start + window {
            e.window_start = now;
            e.failures = 0;
        }
        e.failures += 1;
        e.last_seen = now;
        e
    }

    /// Drops entries that no longer matter, then (if still over 7/8 full) the least recently
    /// active ones down to 7/8, so eviction runs once per max_keys/8 new keys.
    fn evict(&mut self, now: u64) {
        let window = self.limits.window;
        self.entries
            .retain(|_, e| e.blocked_until > now || now < e.window_start + window);
        let keep = self.max_keys - self.max_keys / 8;
        if self.entries.len() > keep {
            let mut ages: Vec<u64> = self.entries.values().map(|e| e.last_seen).collect();
            let cut = ages.len() - keep;
            let (_, threshold, _) = ages.select_nth_unstable(cut - 1);
            let threshold = *threshold;
            let mut to_drop = cut;
            self.entries.retain(|_, e| {
                if to_drop > 0 && e.last_seen <= threshold {
                    to_drop -= 1;
                    false
                } else {
                    true
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn limiter() -> LoginLimiter {
        LoginLimiter::new(LoginLimits {
            per_ip: 3,
            per_pair: 2,
            per_target: 5,
            window: 60,
            ban: 100,
        })
    }

    #[test]
    fn an_address_is_banned_after_its_limit_and_the_ban_expires() {
        let mut l = limiter();
        let a = ip("192.0.2.1");
        l.failure(a, "x", 10);
        l.failure(a, "y", 10);
        assert!(l.check(a, "z", 10).is_ok());
        l.failure(a, "z", 11);
        assert_eq!(l.check(a, "w", 11), Err(100));
        assert_eq!(l.check(ip("192.0.2.9"), "w", 11), Ok(()));
        assert!(l.check(a, "w", 111).is_ok());
        // Failures spread beyond the window never add up to a ban.
        let b = ip("192.0.2.2");
        for t in [0, 100, 200, 300, 400] {
            l.failure(b, &format!("t{t}"), t);
        }
        assert!(l.check(b, "new", 400).is_ok());
    }

    #[test]
    fn an_address_backs_off_at_one_account_and_a_login_clears_it() {
        // A higher address limit than `limiter()`'s: the refused try below counts towards it.
        let mut l = LoginLimiter::new(LoginLimits {
            per_ip: 10,
            ..limiter().limits
        });
        let a = ip("192.0.2.1");
        l.failure(a, "acc", 0);
        assert!(l.check(a, "acc", 0).is_ok());
        l.failure(a, "acc", 0);
        assert_eq!(l.check(a, "acc", 0), Err(1));
        assert!(l.check(a, "other", 0).is_ok());
        l.success(a, "acc");
        assert!(l.check(a, "acc", 0).is_ok());
    }

    #[test]
    fn an_attack_from_many_addresses_does_not_lock_out_a_new_one() {
        let mut l = limiter();
        for n in 1..=10 {
            let attacker = ip(&format!("198.51.100.{n}"));
            for _ in 0..3 {
                if l.check(attacker, "acc", 0).is_ok() {
                    l.failure(attacker, "acc", 0);
                }
            }
        }
        // The real user, from an address that never failed, still gets a try.
        assert!(l.check(ip("203.0.113.7"), "acc", 0).is_ok());
        // Under attack, a failure backs off at once.
        l.failure(ip("203.0.113.8"), "acc", 0);
        assert!(l.check(ip("203.0.113.8"), "acc", 0).is_err());
    }

    #[test]
    fn the_table_is_bounded_and_keeps_the_most_recent() {
        let mut l = limiter();
        l.max_keys = 64;
        for n in 0..1000u32 {
            let a = IpAddr::from(n.to_be_bytes());
            l.failure(a, "acc", u64::from(n) / 100);
            assert!(l.entries.len() <= 64, "{}", l.entries.len());
        }
        // The newest address's pair entry survived eviction.
        assert!(
            l.entries
                .contains_key(&Key::Pair(IpAddr::from(999u32.to_be_bytes()), "acc".into()))
        );
    }

    #[test]
    fn bans_are_listed_and_lifted() {
        let mut l = limiter();
        for _ in 0..10 {
            l.failure(ip("192.0.2.7"), "provisioning", 100);
        }
        l.failure(ip("192.0.2.8"), "acct", 100);
        let bans = l.blocked_now(100);
        assert!(
            bans.iter()
                .any(|b| b.0 == ip("192.0.2.7") && b.1.is_none() && b.2 > 0),
            "{bans:?}"
        );
        assert!(
            bans.iter()
                .any(|b| b.0 == ip("192.0.2.7") && b.1.as_deref() == Some("provisioning"))
        );
        assert!(
            !bans.iter().any(|b| b.0 == ip("192.0.2.8")),
            "one failure is no ban"
        );
        assert!(l.check(ip("192.0.2.7"), "provisioning", 101).is_err());
        assert!(l.lift(ip("192.0.2.7")));
        assert!(l.check(ip("192.0.2.7"), "provisioning", 101).is_ok());
        assert!(!l.lift(ip("192.0.2.7")));
        assert!(l.blocked_now(101).is_empty());
    }

    #[test]
    fn tries_through_a_backoff_count_towards_the_address_ban() {
        let mut l = limiter();
        let a = ip("192.0.2.3");
        l.failure(a, "acc", 0);
        l.failure(a, "acc", 0);
        // Backing off at "acc" (per_pair 2); this refused try is the address's third (per_ip).
        assert_eq!(
            l.check(a, "acc", 0),
            Err(100),
            "the address limit reached: banned"
        );
        assert_eq!(l.check(a, "other", 0), Err(100));
        assert!(
            l.check(ip("192.0.2.4"), "acc", 0).is_ok(),
            "others unaffected"
        );
    }
}
